#include "pg_connection.h"

#include <libpq-fe.h>

#include <fmt/format.h>

#include "platform/i18n.h"

namespace vigie::storage::pg {

using Kind = StorageError::Kind;

Params& Params::text(std::string value) {
    values_.emplace_back(std::move(value));
    return *this;
}

Params& Params::integer(std::int64_t value) {
    values_.emplace_back(std::to_string(value));
    return *this;
}

Params& Params::null() {
    values_.emplace_back(std::nullopt);
    return *this;
}

Params& Params::optionalText(const std::optional<std::string>& value) {
    values_.push_back(value);
    return *this;
}

Params& Params::textArray(const std::vector<std::string>& values) {
    return textArray(std::vector<std::optional<std::string>>(values.begin(), values.end()));
}

Params& Params::textArray(const std::vector<std::optional<std::string>>& values) {
    std::string literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        literal += i ? "," : "";
        if (!values[i]) {
            literal += "NULL";
            continue;
        }
        literal += '"';
        for (char c : *values[i]) {
            if (c == '"' || c == '\\') {
                literal += '\\';
            }
            literal += c;
        }
        literal += '"';
    }
    values_.emplace_back(literal + "}");
    return *this;
}

Result::Result(pg_result* result) : result_(result) {}

Result::~Result() {
    if (result_) {
        PQclear(result_);
    }
}

Result::Result(Result&& other) noexcept : result_(other.result_) {
    other.result_ = nullptr;
}

int Result::rows() const {
    return PQntuples(result_);
}

bool Result::isNull(int row, int column) const {
    return PQgetisnull(result_, row, column) != 0;
}

std::string Result::text(int row, int column) const {
    return std::string(PQgetvalue(result_, row, column),
                       static_cast<std::size_t>(PQgetlength(result_, row, column)));
}

std::optional<std::string> Result::optionalText(int row, int column) const {
    if (isNull(row, column)) {
        return std::nullopt;
    }
    return text(row, column);
}

std::int64_t Result::integer(int row, int column) const {
    return isNull(row, column) ? 0 : std::stoll(text(row, column));
}

std::string Result::bytes(int row, int column) const {
    std::size_t length = 0;
    unsigned char* raw = PQunescapeBytea(
        reinterpret_cast<const unsigned char*>(PQgetvalue(result_, row, column)), &length);
    std::string out(reinterpret_cast<const char*>(raw), length);
    PQfreemem(raw);
    return out;
}

long long Result::affected() const {
    const char* n = PQcmdTuples(result_);
    return n && *n ? std::stoll(n) : 0;
}

Connection::Connection(const std::string& uri) : conn_(PQconnectdb(uri.c_str())) {
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
        const std::string why = conn_ ? PQerrorMessage(conn_) : "out of memory";
        if (conn_) {
            PQfinish(conn_);
        }
        throw StorageError(Kind::CannotOpen,
                           fmt::format(fmt::runtime(tr("Cannot reach the shared database: {}")),
                                       why));
    }
    // Dates, numbers and messages the same whatever the server's own settings.
    PQclear(PQexec(conn_, "SET client_encoding = 'UTF8'; SET DateStyle = 'ISO'; "
                          "SET lc_messages = 'C'"));
}

Connection::~Connection() {
    PQfinish(conn_);
}

void Connection::setBeforeStatement(std::function<void(const std::string& sql)> hook) {
    beforeStatement_ = std::move(hook);
}

void Connection::before(const std::string& sql) {
    if (!beforeStatement_ || inHook_) {
        return;
    }
    inHook_ = true;
    try {
        beforeStatement_(sql);
    } catch (...) {
        inHook_ = false;
        throw;
    }
    inHook_ = false;
}

bool Connection::inTransaction() const {
    return PQtransactionStatus(conn_) != PQTRANS_IDLE;
}

void Connection::refuse(pg_result* result, const std::string& sql) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string code = state ? state : "";
    const std::string detail = result ? PQresultErrorMessage(result) : PQerrorMessage(conn_);
    if (result) {
        PQclear(result);
    }
    if (code == "40001" || code == "40P01") {
        throw RetryableConflict(tr("Someone else was saving at the same moment: nothing was "
                                   "written. Try again."));
    }
    if (code == "23505") {
        throw StorageError(Kind::Conflict,
                           tr("This would duplicate an entry already in the database (someone "
                              "may have saved the same one at the same moment): nothing was "
                              "written."));
    }
    if (code == "42501") {
        throw StorageError(Kind::ReadOnly,
                           tr("Your account on the shared database may not change this: "
                              "nothing was written."));
    }
    if (PQstatus(conn_) != CONNECTION_OK) {
        throw StorageError(Kind::CannotOpen,
                           tr("The connection to the shared database was lost: nothing was "
                              "written. Check the network and try again."));
    }
    // A statement of ours the server refused: a bug, told with the server's words.
    throw StorageError(Kind::Failed, fmt::format("{} [{}] {}", detail, code, sql.substr(0, 80)));
}

// Statements built from a filter differ by what the user chose: past this many, the
// rarer ones are planned each time rather than kept for the connection's life.
constexpr std::size_t kPreparedKept = 400;

const char* Connection::prepared(const std::string& sql, int parameters) {
    if (const auto it = prepared_.find(sql); it != prepared_.end()) {
        return it->second.c_str();
    }
    if (prepared_.size() >= kPreparedKept) {
        return nullptr;
    }
    std::string name = "vigie" + std::to_string(prepared_.size());
    pg_result* result = PQprepare(conn_, name.c_str(), sql.c_str(), parameters, nullptr);
    const bool ok = result && PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!ok) {
        return nullptr; // run unprepared: the server then says what is wrong, in context
    }
    return prepared_.emplace(sql, std::move(name)).first->second.c_str();
}

Result Connection::exec(const std::string& sql, const Params& params) {
    before(sql);
    std::vector<const char*> values;
    values.reserve(params.values().size());
    for (const auto& v : params.values()) {
        values.push_back(v ? v->c_str() : nullptr);
    }
    const int count = static_cast<int>(values.size());
    const char* name = prepared(sql, count);
    pg_result* result =
        name ? PQexecPrepared(conn_, name, count, values.data(), nullptr, nullptr, 0)
             : PQexecParams(conn_, sql.c_str(), count, nullptr, values.data(), nullptr, nullptr, 0);
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        refuse(result, sql);
    }
    return Result(result);
}

void Connection::execScript(const std::string& sql) {
    before(sql);
    pg_result* result = PQexec(conn_, sql.c_str());
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        refuse(result, sql);
    }
    PQclear(result);
}

Result Connection::execWithBytes(const std::string& sql, const std::string& key,
                                 const std::string& bytes) {
    before(sql);
    const char* values[] = {key.c_str(), bytes.data()};
    const int lengths[] = {0, static_cast<int>(bytes.size())};
    const int formats[] = {0, 1};
    pg_result* result = PQexecParams(conn_, sql.c_str(), 2, nullptr, values, lengths, formats, 0);
    const auto status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        refuse(result, sql);
    }
    return Result(result);
}

} // namespace vigie::storage::pg
