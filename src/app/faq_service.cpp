#include "faq_service.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "domain/text.h"
#include "platform/i18n.h"
#include "reference_rows.h"
#include "stale_save.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

// The codes as stored when the reference data knows them (any case), else as written;
// each once, in the order written.
template <class Row>
std::vector<std::string> storedCodes(const std::vector<Row>& rows,
                                     const std::vector<std::string>& codes) {
    std::vector<std::string> out;
    for (const auto& written : codes) {
        const std::string code = text::trimmed(written);
        if (code.empty()) {
            continue;
        }
        auto it = std::find_if(rows.begin(), rows.end(),
                               [&](const Row& row) { return codeKey(row.code) == codeKey(code); });
        std::string stored = it == rows.end() ? code : it->code;
        if (std::none_of(out.begin(), out.end(),
                         [&](const std::string& c) { return codeKey(c) == codeKey(stored); })) {
            out.push_back(std::move(stored));
        }
    }
    return out;
}

} // namespace

std::string auditJson(const FaqEntry& e) {
    return Json{{"question", e.question}, {"reponse", e.answer},
                {"droits", e.rights},     {"institutions", e.institutions},
                {"fiches", e.reports},    {"date_revision", e.checkedOn ? e.checkedOn->iso() : ""},
                {"publiee", e.published}}
        .dump(-1, ' ', false, Json::error_handler_t::replace);
}

FaqEntry faqFrom(const DifficultyReport& report) {
    FaqEntry e;
    e.question = report.description;
    e.rights = report.rights;
    e.institutions = report.institutions;
    if (report.id != 0) {
        e.reports.push_back(report.id);
    }
    return e;
}

std::vector<FaqEntry> FaqService::list() {
    return store_.faq().list();
}

std::vector<FaqEntry> FaqService::list(const FaqFilter& filter, const Date& today) {
    auto entries = store_.faq().list();
    std::erase_if(entries, [&](const FaqEntry& e) {
        const bool namesRight =
            filter.right.empty() ||
            std::any_of(e.rights.begin(), e.rights.end(),
                        [&](const std::string& r) { return codeKey(r) == codeKey(filter.right); });
        return (filter.published && e.published != *filter.published) ||
               (filter.dueForReview && !reviewDue(e, today)) || !namesRight;
    });
    return entries;
}

std::optional<FaqEntry> FaqService::find(FaqId id) {
    return store_.faq().find(id);
}

FaqEntry FaqService::save(FaqEntry entry, PersonalData personalData) {
    auto work = store_.begin();
    const std::string note = guardPersonalData(
        store_, {{tr("Question"), entry.question, {}}, {tr("Answer"), entry.answer, {}}},
        personalData);
    if (entry.id != 0 && !store_.faq().find(entry.id)) {
        throw StorageError(StorageError::Kind::NotFound,
                           tr("This FAQ entry no longer exists: it was deleted after it was "
                              "opened here."));
    }
    const char* action = entry.id == 0 ? "create" : "update";
    entry = saveIn(std::move(entry), action, note);
    work->commit();
    return entry;
}

FaqEntry FaqService::saveIn(FaqEntry e, const std::string& action, const std::string& note) {
    e.question = text::trimmed(e.question);
    e.answer = text::trimmed(e.answer);
    if (const auto problems = problemsOf(e, Date::today()); !problems.empty()) {
        throw std::invalid_argument(text::join(problems, " ; "));
    }
    for (auto id : e.reports) {
        if (!store_.reports().find(id)) {
            throw std::invalid_argument(tr("A linked report no longer exists: it was deleted "
                                           "after the FAQ entry was opened."));
        }
    }
    e.rights = storedCodes(store_.reference().rights(), e.rights);
    e.institutions = storedCodes(store_.reference().institutions(), e.institutions);
    addMissingRights(store_, actor_, e.rights, tr("named by a FAQ entry"));
    addMissingInstitutions(store_, actor_, e.institutions, tr("named by a FAQ entry"));
    e.updatedAt = actor_.now();
    std::string before;
    const auto old = e.id != 0 ? store_.faq().find(e.id) : std::nullopt;
    if (!old) {
        e.createdAt = e.updatedAt;
        store_.faq().insert(e); // a new id, or the one a CSV file gave
    } else {
        before = auditJson(*old);
        e.createdAt = old->createdAt;
        updateUnlessStale(store_, "faq", e.id, fmt::format(fmt::runtime(tr("FAQ entry {}")), e.id),
                          [&] { store_.faq().update(e); });
    }
    store_.audit().record(
        {0, e.updatedAt, actor_.user, "faq", e.id, action, before, auditJson(e), note});
    return e;
}

void FaqService::remove(FaqId id) {
    auto work = store_.begin();
    const auto old = store_.faq().find(id);
    if (!old) {
        return;
    }
    store_.faq().remove(id);
    store_.audit().record(
        {0, actor_.now(), actor_.user, "faq", id, "delete", auditJson(*old), "", ""});
    work->commit();
}

FaqReview faqReview(storage::Store& store, const Date& today) {
    FaqReview review;
    for (auto& e : store.faq().list()) {
        review.published += e.published ? 1 : 0;
        if (reviewDue(e, today)) {
            review.toReview.push_back(std::move(e));
        }
    }
    return review;
}

} // namespace vigie::app
