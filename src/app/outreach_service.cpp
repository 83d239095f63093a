#include "outreach_service.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "domain/statistics.h"
#include "domain/text.h"
#include "platform/i18n.h"
#include "reference_rows.h"
#include "stale_save.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

Json countOrNull(const std::optional<long long>& n) {
    return n ? Json(*n) : Json(nullptr);
}

// The scheme's code as stored, whatever case it was written in; empty when unknown.
std::string knownScheme(storage::Store& store, const std::string& code) {
    for (const auto& s : store.outreach().schemes()) {
        if (codeKey(s.code) == codeKey(code)) {
            return s.code;
        }
    }
    return {};
}

// Themes are right families: written as their codes, once each, in the order given.
std::vector<std::string> checkedThemes(storage::Store& store, const std::vector<std::string>& in) {
    const auto families = store.reference().rightFamilies();
    std::vector<std::string> out;
    for (const auto& theme : in) {
        const auto t = text::trimmed(theme);
        if (t.empty()) {
            continue;
        }
        auto it = std::find_if(families.begin(), families.end(), [&](const RightFamily& f) {
            return codeKey(f.code) == codeKey(t) || codeKey(f.label) == codeKey(t);
        });
        if (it == families.end()) {
            throw std::invalid_argument(
                fmt::format(fmt::runtime(tr("\"{}\" is not a family of rights.")), t));
        }
        if (std::find(out.begin(), out.end(), it->code) == out.end()) {
            out.push_back(it->code);
        }
    }
    return out;
}

} // namespace

std::string auditJson(const OutreachSession& s) {
    return Json{{"date", s.heldOn.iso()},
                {"heure_debut", s.startsAt ? s.startsAt->text() : ""},
                {"heure_fin", s.endsAt ? s.endsAt->text() : ""},
                {"dispositif", s.scheme},
                {"lieu", s.place},
                {"quartier", s.district},
                {"partenaire", s.partner},
                {"intervenants", s.staff},
                {"personnes", s.people},
                {"nouvelles", countOrNull(s.newPeople)},
                {"informees", countOrNull(s.informed)},
                {"rdv_droits", countOrNull(s.rightsAppointments)},
                {"demandes", countOrNull(s.applications)},
                {"orientations", countOrNull(s.referrals)},
                {"relances", countOrNull(s.reminders)},
                {"themes", s.themes},
                {"fiches", s.reports},
                {"notes", s.notes}}
        .dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::vector<OutreachSession> OutreachService::list(const SessionFilter& filter) {
    return store_.outreach().list(filter);
}

std::optional<OutreachSession> OutreachService::find(SessionId id) {
    return store_.outreach().find(id);
}

std::vector<OutreachSession> OutreachService::ofReport(ReportId report) {
    return store_.outreach().ofReport(report);
}

OutreachSession OutreachService::draft(const std::string& scheme, const Date& day) {
    SessionFilter filter;
    filter.scheme = scheme;
    const auto earlier = store_.outreach().list(filter);
    OutreachSession s;
    s.heldOn = day;
    s.scheme = scheme;
    if (!earlier.empty()) {
        const auto& last = earlier.back();
        s.scheme = last.scheme;
        s.startsAt = last.startsAt;
        s.endsAt = last.endsAt;
        s.place = last.place;
        s.district = last.district;
        s.partner = last.partner;
        s.staff = last.staff;
    }
    return s;
}

OutreachSession OutreachService::save(OutreachSession s, PersonalData personalData) {
    auto work = store_.begin();
    const std::string note = guardPersonalData(store_,
                                               {{tr("Place"), s.place, {}},
                                                {tr("Staff"), s.staff, {}},
                                                {tr("Notes"), s.notes, {}}},
                                               personalData);
    if (s.id != 0 && !store_.outreach().find(s.id)) {
        throw StorageError(StorageError::Kind::NotFound,
                           tr("This session no longer exists: it was deleted after it was "
                              "opened here."));
    }
    s = saveIn(std::move(s), s.id == 0 ? "create" : "update", note);
    work->commit();
    return s;
}

OutreachSession OutreachService::saveIn(OutreachSession s, const std::string& action,
                                        const std::string& note) {
    for (auto* field : {&s.scheme, &s.place, &s.district, &s.partner, &s.staff, &s.notes}) {
        *field = text::trimmed(*field);
    }
    std::vector<std::string> problems;
    for (const auto& p : problemsOf(s)) {
        problems.push_back(p.message);
    }
    if (!problems.empty()) {
        throw std::invalid_argument(text::join(problems, " ; "));
    }
    s.themes = checkedThemes(store_, s.themes);
    if (const auto known = knownScheme(store_, s.scheme); !known.empty()) {
        s.scheme = known;
    } else {
        OutreachScheme scheme{0, s.scheme, s.scheme, true};
        saveSchemeIn(scheme);
    }
    addMissingInstitutions(store_, actor_, {s.partner}, tr("named by an outreach session"));
    s.updatedAt = actor_.now();
    std::string before;
    const auto old = s.id != 0 ? store_.outreach().find(s.id) : std::nullopt;
    if (!old) {
        s.createdAt = s.updatedAt;
        store_.outreach().insert(s); // a new id, or the one a CSV file gave
    } else {
        before = auditJson(*old);
        s.createdAt = old->createdAt;
        updateUnlessStale(store_, "outreach_session", s.id,
                          fmt::format(fmt::runtime(tr("Session of {}")), s.heldOn.french()),
                          [&] { store_.outreach().update(s); });
    }
    store_.audit().record(
        {0, s.updatedAt, actor_.user, "outreach_session", s.id, action, before, auditJson(s), note});
    return s;
}

void OutreachService::remove(SessionId id) {
    auto work = store_.begin();
    const auto old = store_.outreach().find(id);
    if (!old) {
        return;
    }
    store_.outreach().remove(id);
    store_.audit().record(
        {0, actor_.now(), actor_.user, "outreach_session", id, "delete", auditJson(*old), "", ""});
    work->commit();
}

void OutreachService::linkReport(SessionId session, ReportId report) {
    auto work = store_.begin();
    auto s = store_.outreach().find(session);
    if (!s) {
        throw StorageError(StorageError::Kind::NotFound, tr("This session no longer exists."));
    }
    if (std::find(s->reports.begin(), s->reports.end(), report) != s->reports.end()) {
        return;
    }
    const std::string before = auditJson(*s);
    s->reports.push_back(report);
    s->updatedAt = actor_.now();
    store_.outreach().update(*s);
    store_.audit().record({0, s->updatedAt, actor_.user, "outreach_session", s->id, "link_report",
                           before, auditJson(*s), ""});
    work->commit();
}

std::vector<OutreachScheme> OutreachService::schemes() {
    return store_.outreach().schemes();
}

void OutreachService::saveScheme(OutreachScheme& scheme) {
    auto work = store_.begin();
    saveSchemeIn(scheme);
    work->commit();
}

void OutreachService::saveSchemeIn(OutreachScheme& scheme) {
    scheme.code = text::trimmed(scheme.code);
    scheme.label = text::trimmed(scheme.label);
    if (scheme.code.empty()) {
        throw std::invalid_argument(tr("The code is required."));
    }
    if (scheme.label.empty()) {
        scheme.label = scheme.code;
    }
    const auto json = Json{{"code", scheme.code}, {"libelle", scheme.label},
                           {"actif", scheme.active}}
                          .dump(-1, ' ', false, Json::error_handler_t::replace);
    const bool creating = scheme.id == 0;
    if (creating) {
        store_.outreach().add(scheme);
    } else {
        store_.outreach().update(scheme);
    }
    store_.audit().record({0, actor_.now(), actor_.user, "outreach_scheme", scheme.id,
                           creating ? "create" : "update", "", json, ""});
}

std::vector<std::string> OutreachService::districts() {
    return store_.outreach().districts();
}

bool isOutreachScheme(storage::Store& store, const std::string& code) {
    return !knownScheme(store, code).empty();
}

OutreachFigures outreachFigures(storage::Store& store, const Period& period,
                                const std::string& scheme) {
    SessionFilter filter;
    filter.period = period;
    filter.scheme = scheme;
    return computeOutreachFigures(period, store.outreach().list(filter),
                                  store.reference().rightFamilies());
}

OutreachComparison outreachComparison(storage::Store& store, const Period& period,
                                      const std::string& scheme) {
    return {outreachFigures(store, period, scheme),
            outreachFigures(store, periodBefore(period), scheme),
            outreachFigures(store, previousYear(period), scheme)};
}

} // namespace vigie::app
