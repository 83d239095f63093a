#include "people.h"

#include <algorithm>
#include <functional>
#include <map>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "domain/person_names.h"
#include "platform/i18n.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

// Offered every text of every record that may name someone; returns true when it changed
// the text (an erasure), false when it only looked (an extract).
using Visit = std::function<bool(const PersonPlace& where, std::string& text)>;

// The one walk over the database that both the extract and the erasure make, so that an
// erasure reaches exactly the places an extract shows. Records changed are saved back.
class Walk {
public:
    Walk(storage::Store& store, Visit visit, std::string now)
        : store_(store), visit_(std::move(visit)), now_(std::move(now)) {}

    long long records = 0; // records saved back

    void all() {
        reports();
        meetings();
        solicitations();
        sessions();
        aids();
        faq();
        institutions();
        settings();
        audit();
    }

private:
    storage::Store& store_;
    Visit visit_;
    std::string now_;
    std::map<ReportId, std::string> references_;

    bool field(PersonPlace where, std::string label, std::string& text) {
        if (text.empty()) {
            return false;
        }
        where.field = std::move(label);
        return visit_(where, text);
    }

    bool list(const PersonPlace& where, const std::string& label, std::vector<std::string>& items) {
        bool changed = false;
        for (auto& item : items) {
            changed |= field(where, label, item);
        }
        return changed;
    }

    void reports() {
        ReportFilter every;
        every.includeWithdrawn = true;
        std::vector<DifficultyReport> changed;
        store_.reports().forEach(every, [&](const DifficultyReport& stored) {
            references_[stored.id] = stored.reference.text();
            DifficultyReport r = stored;
            const PersonPlace where{"report", r.id,
                                    fmt::format(fmt::runtime(tr("Difficulty report {}")), r.reference.text()),
                                    "", "", r.receivedOn};
            if (field(where, tr("Author"), r.author) | field(where, tr("Situation"), r.description) |
                field(where, tr("Proposals"), r.proposals)) {
                changed.push_back(std::move(r));
            }
        });
        for (auto& r : changed) {
            r.updatedAt = now_;
            store_.reports().update(r);
            ++records;
        }
    }

    void meetings() {
        for (const auto& listed : store_.meetings().list(std::nullopt)) {
            auto m = store_.meetings().find(listed.id);
            if (!m) {
                continue;
            }
            const PersonPlace where{"meeting", m->id,
                                    fmt::format(fmt::runtime(tr("Meeting of {}")), m->date.french()),
                                    "", "", m->date};
            bool changed = field(where, tr("Place"), m->place) |
                           field(where, tr("Who leads the meeting"), m->facilitators) |
                           list(where, tr("Present"), m->presentPeople) |
                           list(where, tr("Excused"), m->excusedPeople) |
                           field(where, tr("Notes"), m->notes);
            for (auto& item : m->agenda) {
                changed |= field(where, tr("Agenda"), item.title) |
                           field(where, tr("Minutes of the item"), item.minutes);
            }
            if (changed) {
                dropRepeated(m->presentPeople, m->excusedPeople);
                m->updatedAt = now_;
                store_.meetings().update(*m);
                ++records;
            }
            decisions(*m);
        }
    }

    // A meeting names each member once (the storage's key): two people who became the
    // same role, or a role already listed, are one line.
    static void dropRepeated(std::vector<std::string>& present, std::vector<std::string>& excused) {
        std::vector<std::string> seen;
        for (auto* names : {&present, &excused}) {
            std::erase_if(*names, [&](const std::string& n) {
                if (std::find(seen.begin(), seen.end(), n) != seen.end()) {
                    return true;
                }
                seen.push_back(n);
                return false;
            });
        }
    }

    void decisions(const Meeting& m) {
        for (auto d : store_.meetings().decisionsOfMeeting(m.id)) {
            const auto ref = references_.find(d.report);
            const PersonPlace where{
                "decision", d.id,
                fmt::format(fmt::runtime(tr("Follow-up of report {}, meeting of {}")),
                            ref == references_.end() ? "?" : ref->second, m.date.french()),
                "", "", m.date};
            if (field(where, tr("What"), d.text) | field(where, tr("Who does it"), d.owner)) {
                store_.meetings().update(d);
                ++records;
            }
        }
    }

    void solicitations() {
        for (auto s : store_.solicitations().list({})) {
            const PersonPlace where{
                "solicitation", s.id,
                fmt::format(fmt::runtime(tr("Solicitation of {} sent on {}")), s.addresseesLabel(),
                            s.sentOn.french()),
                "", "", s.sentOn};
            bool changed = field(where, tr("Subject"), s.subject) |
                           field(where, tr("Contact"), s.contact) |
                           field(where, tr("Answer"), s.answer);
            for (auto& chase : s.chases) {
                changed |= field(where, tr("Reminder"), chase.note);
            }
            if (changed) {
                s.updatedAt = now_;
                store_.solicitations().update(s);
                ++records;
            }
        }
    }

    void sessions() {
        for (auto s : store_.outreach().list({})) {
            const PersonPlace where{
                "session", s.id,
                fmt::format(fmt::runtime(tr("Outreach session of {}")), s.heldOn.french()), "", "",
                s.heldOn};
            if (field(where, tr("Staff"), s.staff) | field(where, tr("Place"), s.place) |
                field(where, tr("Notes"), s.notes)) {
                s.updatedAt = now_;
                store_.outreach().update(s);
                ++records;
            }
        }
    }

    void aids() {
        for (auto a : store_.aids().list(std::nullopt)) {
            const PersonPlace where{
                "aid", a.id, fmt::format(fmt::runtime(tr("Emergency aid of {}")), a.grantedOn.french()),
                "", "", a.grantedOn};
            if (field(where, tr("Notes"), a.notes)) {
                a.updatedAt = now_;
                store_.aids().update(a);
                ++records;
            }
        }
    }

    void faq() {
        for (auto f : store_.faq().list()) {
            const PersonPlace where{"faq", f.id,
                                    fmt::format(fmt::runtime(tr("FAQ answer #{}")), f.id), "",
                                    "", f.checkedOn};
            if (field(where, tr("Question"), f.question) | field(where, tr("Answer"), f.answer)) {
                f.updatedAt = now_;
                store_.faq().update(f);
                ++records;
            }
        }
    }

    void institutions() {
        for (auto i : store_.reference().institutions()) {
            const PersonPlace where{"institution", i.id,
                                    fmt::format(fmt::runtime(tr("Institution {}")),
                                                institutionLabel(i.code, i.name)),
                                    "", "", std::nullopt};
            if (field(where, tr("Contact"), i.contactPerson) |
                field(where, tr("Address"), i.postalAddress)) {
                store_.reference().update(i);
                ++records;
            }
        }
    }

    void settings() {
        for (const auto& key : store_.settings().keys()) {
            std::string value = store_.settings().get(key).value_or("");
            const PersonPlace where{"setting", 0, tr("Settings"), "", "", std::nullopt};
            if (field(where, key, value)) {
                store_.settings().set(key, value);
                ++records;
            }
        }
    }

    // The strings of a JSON value, each offered; false when `json` is not JSON.
    bool jsonStrings(const PersonPlace& where, const std::string& label, Json& j, bool& changed) {
        if (j.is_string()) {
            auto text = j.get<std::string>();
            if (field(where, label, text)) {
                j = text;
                changed = true;
            }
        } else if (j.is_structured()) {
            for (auto& item : j) {
                jsonStrings(where, label, item, changed);
            }
        }
        return true;
    }

    bool auditValue(const PersonPlace& where, const std::string& label, std::string& value) {
        Json j = Json::parse(value, nullptr, false);
        if (j.is_discarded()) {
            return field(where, label, value);
        }
        bool changed = false;
        jsonStrings(where, label, j, changed);
        if (changed) {
            value = j.dump(-1, ' ', false, Json::error_handler_t::replace);
        }
        return changed;
    }

    void audit() {
        std::vector<AuditEntry> changed;
        store_.audit().forEach([&](const AuditEntry& stored) {
            AuditEntry e = stored;
            const auto ref = e.entity == "report" ? references_.find(e.entityId) : references_.end();
            const PersonPlace where{
                "audit", e.id,
                ref != references_.end()
                    ? fmt::format(fmt::runtime(tr("History of report {}")), ref->second)
                    : fmt::format(fmt::runtime(tr("History: {} #{}")), e.entity, e.entityId),
                "", "", Date::fromIso(e.at.substr(0, 10))};
            if (auditValue(where, fmt::format(fmt::runtime(tr("Before ({})")), e.action), e.before) |
                auditValue(where, fmt::format(fmt::runtime(tr("After ({})")), e.action), e.after)) {
                changed.push_back(std::move(e));
            }
        });
        for (const auto& e : changed) {
            store_.audit().rewrite(e);
            ++records;
        }
    }
};

} // namespace

PersonExtract People::extract(const std::string& name, const std::string& login,
                              const Date& today) {
    auto& store = workspace_.store();
    const NameMatcher matcher(name);
    PersonExtract x{name, login, today, {}, {}, {}};
    if (!matcher.valid()) {
        return x;
    }
    auto snapshot = store.readSnapshot();
    for (const auto& person : store.reference().people()) {
        if (matcher.names(person.name)) {
            x.references.push_back(person);
        }
    }
    Walk walk(store,
              [&](const PersonPlace& where, std::string& text) {
                  if (matcher.names(text)) {
                      auto place = where;
                      place.text = text;
                      x.places.push_back(std::move(place));
                  }
                  return false;
              },
              "");
    walk.all();
    if (!login.empty()) {
        store.audit().forEach([&](const AuditEntry& e) {
            if (e.user == login) {
                x.madeByLogin.push_back(e);
            }
        });
    }
    return x;
}

std::string People::defaultRole(const std::string& name) {
    auto& store = workspace_.store();
    const NameMatcher matcher(name);
    for (const auto& person : store.reference().people()) {
        if (!matcher.names(person.name) || person.institutionCode.empty()) {
            continue;
        }
        for (const auto& i : store.reference().institutions()) {
            if (codeKey(i.code) == codeKey(person.institutionCode)) {
                return roleOfMember(i.code, institutionLabel(i.code, i.name));
            }
        }
        return roleOfMember(person.institutionCode, person.institutionCode);
    }
    return roleOfMember("", "");
}

PersonErasure People::erase(const std::string& name, const std::string& role) {
    const NameMatcher matcher(name);
    if (!matcher.valid() || role.empty()) {
        throw std::invalid_argument(tr("A name and a role are needed."));
    }
    if (matcher.names(role)) {
        throw std::invalid_argument(tr("The role must not name the person."));
    }
    auto& store = workspace_.store();
    const auto& actor = workspace_.actor();
    PersonErasure result;
    result.role = role;
    {
        auto work = store.begin();
        for (auto person : store.reference().people()) {
            if (matcher.names(person.name)) {
                // The entry stays (reports and meetings may point to it) but says no more
                // than the role: no e-mail, off the distribution list.
                person.name = matcher.replaced(person.name, role, result.replaced);
                person.email.clear();
                person.onDistributionList = false;
                person.active = false;
                store.reference().update(person);
                ++result.records;
            }
        }
        Walk walk(store,
                  [&](const PersonPlace&, std::string& text) {
                      const long long before = result.replaced;
                      text = matcher.replaced(text, role, result.replaced);
                      return result.replaced != before;
                  },
                  actor.now());
        walk.all();
        result.records += walk.records;
        if (result.replaced == 0) {
            return result; // nothing names them (any more): nothing to record or scrub
        }
        const Json after{{"replaced", result.replaced}, {"records", result.records},
                         {"role", role}};
        store.audit().record({0, actor.now(), actor.user, "person", 0, "erase", "",
                              after.dump(-1, ' ', false, Json::error_handler_t::replace),
                              "effacement d'une personne (droit à l'effacement, RGPD art. 17)"});
        work->commit();
    }
    result.scrub = scrubAfterErasure(workspace_, "apres-effacement");
    return result;
}

} // namespace vigie::app
