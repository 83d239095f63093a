// One connection to a shared PostgreSQL database through libpq: statements with their
// parameters sent apart from the SQL text (never spliced in), results read by column,
// and the server's refusals turned into StorageError in the user's words. Internal to
// storage: nothing above it sees libpq.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "platform/errors.h"

struct pg_conn;
struct pg_result;

namespace vigie::storage::pg {

// The parameters of one statement, $1, $2, ... in the order added.
class Params {
public:
    Params& text(std::string value);
    Params& integer(std::int64_t value);
    Params& null();
    Params& optionalText(const std::optional<std::string>& value);
    // An array parameter (each element quoted for PostgreSQL's array syntax, a missing
    // one NULL), cast in the statement to the array type it is: $1::text[], $2::bigint[].
    Params& textArray(const std::vector<std::string>& values);
    Params& textArray(const std::vector<std::optional<std::string>>& values);
    const std::vector<std::optional<std::string>>& values() const { return values_; }

private:
    std::vector<std::optional<std::string>> values_;
};

class Result {
public:
    explicit Result(pg_result* result);
    ~Result();
    Result(Result&& other) noexcept;
    Result& operator=(Result&&) = delete;
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    std::optional<std::string> optionalText(int row, int column) const;
    std::int64_t integer(int row, int column) const;
    // bytea columns, read in PostgreSQL's hex form.
    std::string bytes(int row, int column) const;
    long long affected() const; // rows changed by an UPDATE, INSERT or DELETE

private:
    pg_result* result_;
};

// A refusal the caller may retry as a whole: two transactions crossed (serialisation
// failure, deadlock) and the server rolled one back.
class RetryableConflict : public StorageError {
public:
    explicit RetryableConflict(const std::string& message)
        : StorageError(Kind::Crossed, message) {}
};

class Connection {
public:
    // `uri`: a libpq connection URI (postgresql://...). Throws StorageError(CannotOpen).
    explicit Connection(const std::string& uri);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Result exec(const std::string& sql, const Params& params = {});
    // Several statements without parameters (schema scripts).
    void execScript(const std::string& sql);
    // bytea parameters go through this: binary, not text.
    Result execWithBytes(const std::string& sql, const std::string& key, const std::string& bytes);

    bool inTransaction() const;

    // Called with each statement's text before it is sent (not for the statements the
    // hook itself sends): writes held back are sent first, or dropped before a ROLLBACK.
    void setBeforeStatement(std::function<void(const std::string& sql)> hook);

private:
    [[noreturn]] void refuse(pg_result* result, const std::string& sql);
    // The name the statement was prepared under on this connection (prepared on its
    // first use: the server parses and plans it once), or null when it is not kept.
    const char* prepared(const std::string& sql, int parameters);

    void before(const std::string& sql);

    pg_conn* conn_;
    std::unordered_map<std::string, std::string> prepared_;
    std::function<void(const std::string&)> beforeStatement_;
    bool inHook_ = false;
};

} // namespace vigie::storage::pg
