#include "report_service.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "domain/text.h"
#include "platform/i18n.h"
#include "reference_rows.h"
#include "stale_save.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

// Enough of a description to recognise the situation in a narrow list.
constexpr std::size_t kSimilarDescriptionChars = 140;

std::string joinMessages(const std::vector<FieldProblem>& problems) {
    std::string out;
    for (const auto& p : problems) {
        out += (out.empty() ? "" : "; ") + p.field + ": " + p.message;
    }
    return out;
}

} // namespace

ValidationError::ValidationError(std::vector<FieldProblem> problems)
    : std::runtime_error(joinMessages(problems)), problems_(std::move(problems)) {}

std::string auditJson(const DifficultyReport& r) {
    nlohmann::ordered_json j;
    j["reference"] = r.reference.assigned() ? r.reference.text() : "";
    j["date_reception"] = r.receivedOn.iso();
    j["source"] = r.source;
    j["redacteur"] = r.author;
    j["description"] = r.description;
    auto categories = nlohmann::json::array();
    for (auto c : r.categories.list()) {
        categories.push_back(std::string(code(c)));
    }
    j["categories"] = categories;
    j["droits"] = r.rights;
    j["institutions"] = r.institutions;
    j["non_recours"] = r.nonTakeUp ? std::string(code(*r.nonTakeUp)) : "";
    j["propositions"] = r.proposals;
    j["statut"] = std::string(code(r.status));
    j["date_cloture"] = r.closedOn ? r.closedOn->iso() : "";
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void ReportService::ensureReferences(const DifficultyReport& report) {
    const std::string why = report.reference.assigned()
                                ? fmt::format(fmt::runtime(tr("named by report {}")),
                                              report.reference.text())
                                : tr("named by a new report");
    addMissingSourceGroup(store_, actor_, report.source, why);
    addMissingRights(store_, actor_, report.rights, why);
    addMissingInstitutions(store_, actor_, report.institutions, why);
}

DifficultyReport ReportService::createIn(DifficultyReport report, const std::string& action,
                                         const std::string& note) {
    if (!report.reference.assigned()) {
        const int year = report.receivedOn.year();
        report.reference = store_.reports().nextReference(year);
    }
    report.createdAt = report.updatedAt = actor_.now();
    store_.reports().insert(report);
    store_.audit().record({0, report.createdAt, actor_.user, "report", report.id, action, "",
                           auditJson(report), note});
    return report;
}

DifficultyReport ReportService::updateIn(DifficultyReport report, const DifficultyReport& before,
                                         const std::string& action, const std::string& note) {
    report.id = before.id;
    report.createdAt = before.createdAt;
    report.updatedAt = actor_.now();
    updateUnlessStale(store_, "report", report.id,
                      fmt::format(fmt::runtime(tr("Report {}")), before.reference.text()),
                      [&] { store_.reports().update(report); });
    store_.audit().record({0, report.updatedAt, actor_.user, "report", report.id, action,
                           auditJson(before), auditJson(report), note});
    return report;
}

// The report's free texts, as the privacy guard checks them.
static std::vector<GuardedText> textsOf(const DifficultyReport& report) {
    return {{tr("Description"), report.description, {}}, {tr("Proposals"), report.proposals, {}}};
}

DifficultyReport ReportService::create(DifficultyReport report, PersonalData personalData) {
    if (auto problems = validate(report); !problems.empty()) {
        throw ValidationError(std::move(problems));
    }
    auto work = store_.begin();
    const std::string note = guardPersonalData(store_, textsOf(report), personalData);
    if (!report.reference.assigned()) {
        report.reference = store_.reports().nextReference(report.receivedOn.year());
    }
    ensureReferences(report); // their history names the report
    report = createIn(std::move(report), "create", note);
    work->commit();
    return report;
}

DifficultyReport ReportService::update(DifficultyReport report, PersonalData personalData) {
    if (auto problems = validate(report); !problems.empty()) {
        throw ValidationError(std::move(problems));
    }
    auto work = store_.begin();
    const std::string note = guardPersonalData(store_, textsOf(report), personalData);
    auto before = store_.reports().find(report.id);
    if (!before) {
        throw StorageError(StorageError::Kind::Failed,
                                    tr("This report no longer exists."));
    }
    if (report.reference != before->reference &&
        store_.reports().findByReference(report.reference)) {
        throw ValidationError(std::vector<FieldProblem>{
            {"reference", tr("this reference is already used by another report")}});
    }
    ensureReferences(report);
    report = updateIn(std::move(report), *before, "update", note);
    work->commit();
    return report;
}

DifficultyReport ReportService::withdraw(ReportId id) {
    auto work = store_.begin();
    auto before = store_.reports().find(id);
    if (!before) {
        throw StorageError(StorageError::Kind::Failed,
                                    tr("This report no longer exists."));
    }
    DifficultyReport after = *before;
    after.status = ReportStatus::Withdrawn;
    after = updateIn(std::move(after), *before, "withdraw", "");
    work->commit();
    return after;
}

std::vector<SimilarReport> ReportService::similar(SimilarQuery query) {
    query.limit = std::clamp(query.limit, 0, 20);
    auto found = store_.reports().similar(query);
    for (auto& r : found) {
        std::string line = r.description;
        std::replace_if(
            line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; },
            ' ');
        r.description = text::ellipsis(text::trim(line), kSimilarDescriptionChars);
    }
    return found;
}

} // namespace vigie::app
