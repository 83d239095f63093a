// The audit trail in words (see history.h): kinds, actions, fields and values as people
// read them. The trail's JSON keys and codes never reach the screen.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <set>

#include "domain/aid.h"
#include "domain/meeting.h"
#include "domain/report.h"
#include "domain/retention.h"
#include "domain/solicitation.h"
#include "history.h"
#include "platform/i18n.h"
#include "platform/system.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

struct Words {
    const char* code;
    const char* english;
};

// Every kind of record the services write in the trail, in the order a list offers them.
constexpr Words kKinds[] = {
    {"report", tr_noop("Report")},
    {"meeting", tr_noop("Meeting")},
    {"decision", tr_noop("Decision")},
    {"solicitation", tr_noop("Solicitation")},
    {"aid", tr_noop("Emergency aid")},
    {"outreach_session", tr_noop("Outreach session")},
    {"outreach_scheme", tr_noop("Scheme")},
    {"institution", tr_noop("Institution")},
    {"right", tr_noop("Right")},
    {"right_family", tr_noop("Family of rights")},
    {"source_group", tr_noop("Source group")},
    {"person", tr_noop("Person to inform")},
    {"entered_figures", tr_noop("Figures of an earlier year")},
    {"annual_introduction", tr_noop("Introduction of the annual report")},
    {"organisation", tr_noop("Organisation")},
    {"retention", tr_noop("Data retention")},
    {"faq", tr_noop("Question and answer")},
    {"database", tr_noop("Database")},
};

constexpr Words kActions[] = {
    {"create", tr_noop("Creation")},
    {"create_auto", tr_noop("Created automatically")},
    {"create_from_decision", tr_noop("Created by a decision")},
    {"update", tr_noop("Modification")},
    {"withdraw", tr_noop("Withdrawal")},
    {"import", tr_noop("Imported")},
    {"import_update", tr_noop("Replaced by an import")},
    {"status_from_meeting", tr_noop("Status changed by a meeting")},
    {"demo", tr_noop("Demonstration")},
    {"erase", tr_noop("Erasure (retention)")},
    {"delete", tr_noop("Deletion")},
    {"delete_with_decision", tr_noop("Deleted with its decision")},
    {"finalise", tr_noop("Minutes made final")},
    {"reopen", tr_noop("Reopened")},
    {"link_report", tr_noop("Report linked")},
    {"answer", tr_noop("Answer recorded")},
    {"answer_received", tr_noop("Answer received")},
    {"chase", tr_noop("Reminder sent")},
    {"copy", tr_noop("Copy of the database")},
};

// The keys of every service's values (auditJson and the like), with their labels.
constexpr Words kFields[] = {
    {"reference", tr_noop("Reference")},
    {"date_reception", tr_noop("Received on")},
    {"source", tr_noop("Source")},
    {"redacteur", tr_noop("Author")},
    {"description", tr_noop("Description")},
    {"categories", tr_noop("Categories")},
    {"droits", tr_noop("Rights")},
    {"droit", tr_noop("Right")},
    {"institutions", tr_noop("Institutions")},
    {"institution", tr_noop("Institution")},
    {"organismes", tr_noop("Institutions")},
    {"non_recours", tr_noop("Non-take-up")},
    {"propositions", tr_noop("Proposals")},
    {"statut", tr_noop("Status")},
    {"date_cloture", tr_noop("Closed on")},
    {"date", tr_noop("Date")},
    {"montant", tr_noop("Amount")},
    {"nature", tr_noop("Kind")},
    {"fiches", tr_noop("Reports")},
    {"fiche", tr_noop("Report")},
    {"notes", tr_noop("Notes")},
    {"heure", tr_noop("Time")},
    {"lieu", tr_noop("Place")},
    {"animation", tr_noop("Facilitation")},
    {"presents", tr_noop("Bodies present")},
    {"excuses", tr_noop("Bodies excused")},
    {"membres_presents", tr_noop("Members present")},
    {"membres_excuses", tr_noop("Members excused")},
    {"ordre_du_jour", tr_noop("Agenda")},
    {"prochaine_seance", tr_noop("Next meeting")},
    {"etat", tr_noop("State")},
    {"seance", tr_noop("Meeting")},
    {"suite", tr_noop("Decision")},
    {"texte", tr_noop("Text")},
    {"responsable", tr_noop("Person in charge")},
    {"echeance", tr_noop("Due by")},
    {"faite_le", tr_noop("Done on")},
    {"date_envoi", tr_noop("Sent on")},
    {"destinataires", tr_noop("Addressees")},
    {"objet", tr_noop("Subject")},
    {"canal", tr_noop("Channel")},
    {"contact", tr_noop("Contact")},
    {"reponse_attendue", tr_noop("Answer expected by")},
    {"date_reponse", tr_noop("Answered on")},
    {"repondant", tr_noop("Answered by")},
    {"reponse", tr_noop("Answer")},
    {"close_sans_reponse", tr_noop("Closed without an answer")},
    {"relances", tr_noop("Reminders")},
    {"heure_debut", tr_noop("Start")},
    {"heure_fin", tr_noop("End")},
    {"dispositif", tr_noop("Scheme")},
    {"quartier", tr_noop("District or commune")},
    {"partenaire", tr_noop("Partner")},
    {"intervenants", tr_noop("Staff")},
    {"personnes", tr_noop("People met")},
    {"nouvelles", tr_noop("New people")},
    {"informees", tr_noop("People informed")},
    {"rdv_droits", tr_noop("Rights appointments")},
    {"demandes", tr_noop("Applications")},
    {"orientations", tr_noop("Referrals")},
    {"themes", tr_noop("Themes")},
    {"code", tr_noop("Code")},
    {"name", tr_noop("Name")},
    {"nom", tr_noop("Name")},
    {"label", tr_noop("Label")},
    {"libelle", tr_noop("Label")},
    {"family", tr_noop("Family of rights")},
    {"famille", tr_noop("Family of rights")},
    {"postal_address", tr_noop("Postal address")},
    {"email", tr_noop("E-mail")},
    {"active", tr_noop("Active")},
    {"actif", tr_noop("Active")},
    {"distribution_list", tr_noop("On the distribution list")},
    {"logo_bytes", tr_noop("Logo size (bytes)")},
    {"answer_delay_days", tr_noop("Answer delay (days)")},
    {"delay_months", tr_noop("Retention delay (months)")},
    {"meetings", tr_noop("Meetings")},
    {"reports", tr_noop("Reports")},
    {"solicitations", tr_noop("Solicitations")},
    {"sessions", tr_noop("Outreach sessions")},
    {"right_families", tr_noop("Families of rights")},
    {"question", tr_noop("Question")},
    {"date_revision", tr_noop("Answer checked on")},
    {"publiee", tr_noop("Published")},
    {"answer", tr_noop("Answer")},
};

template <std::size_t N> const char* find(const Words (&words)[N], const std::string& code) {
    for (const auto& w : words) {
        if (code == w.code) {
            return w.english;
        }
    }
    return nullptr;
}

// "Effacé le 03/12/2026" -> "erased on 03/12/2026", in the user's language.
std::string erasedText(const std::string& mark) {
    const auto space = mark.rfind(' ');
    return fmt::format(fmt::runtime(tr("erased on {}")), mark.substr(space + 1));
}

std::string dayText(const std::string& iso) {
    const auto d = Date::fromIso(iso);
    return d ? d->french() : iso;
}

template <class T, class Parse> std::string codeLabel(const std::string& code, Parse parse) {
    const std::optional<T> value = parse(code);
    return value ? label(*value) : code;
}

std::string joined(const std::vector<std::string>& parts, const char* separator = ", ") {
    std::string out;
    for (const auto& p : parts) {
        out += (out.empty() ? "" : separator) + p;
    }
    return out;
}

const std::set<std::string> kDays = {"date_reception", "date_cloture", "date", "prochaine_seance",
                                     "echeance", "faite_le", "date_envoi", "reponse_attendue",
                                     "date_reponse", "le", "date_revision"};

std::string valueText(const std::string& key, const Json& v, RecordNames& names);

// A text value (a code, a day, an amount or words) as people read it.
std::string textValue(const std::string& key, const std::string& s) {
    if (isErasureMark(s)) {
        return erasedText(s);
    }
    if (kDays.count(key)) {
        return dayText(s);
    }
    if (key == "statut") {
        return codeLabel<ReportStatus>(s, parseStatus);
    }
    if (key == "non_recours") {
        return codeLabel<NonTakeUp>(s, parseNonTakeUp);
    }
    if (key == "categories") {
        return codeLabel<Category>(s, parseCategory);
    }
    if (key == "etat") {
        return codeLabel<MeetingState>(s, parseMeetingState);
    }
    if (key == "suite") {
        return codeLabel<DecisionKind>(s, parseDecisionKind);
    }
    if (key == "canal") {
        return codeLabel<SolicitationChannel>(s, parseChannel);
    }
    if (key == "nature") {
        return codeLabel<AidKind>(s, parseAidKind);
    }
    if (key == "montant") {
        const auto cents = parseCents(s);
        return cents ? frenchAmount(*cents) : s;
    }
    return s;
}

// An object inside a value (an agenda item, a reminder, figures by category): its parts.
std::string objectValue(const std::string& key, const Json& v, RecordNames& names) {
    if (key == "ordre_du_jour") {
        const auto title = v.value("title", std::string());
        const auto minutes = v.value("minutes", std::string());
        return minutes.empty() ? title : title + " : " + textValue("minutes", minutes);
    }
    if (key == "relances") {
        const auto note = v.value("note", std::string());
        return dayText(v.value("le", std::string())) + (note.empty() ? "" : " " + note);
    }
    std::vector<std::string> parts;
    for (const auto& [k, item] : v.items()) {
        const char* field = find(kFields, k);
        parts.push_back((field ? std::string(tr(field)) : k) + " : " + valueText(k, item, names));
    }
    return joined(parts);
}

std::string valueText(const std::string& key, const Json& v, RecordNames& names) {
    if (v.is_null()) {
        return {};
    }
    if (v.is_boolean()) {
        return v.get<bool>() ? tr("yes") : tr("no");
    }
    if (v.is_number_integer() && (key == "fiche" || key == "fiches")) {
        return names.reportReference(v.get<std::int64_t>());
    }
    if (v.is_number_integer() && key == "seance") {
        return names.meetingDay(v.get<std::int64_t>());
    }
    if (v.is_number()) {
        return v.dump();
    }
    if (v.is_string()) {
        return textValue(key, v.get<std::string>());
    }
    if (v.is_object()) {
        return objectValue(key, v, names);
    }
    std::vector<std::string> parts;
    for (const auto& item : v) {
        parts.push_back(item.is_object() ? objectValue(key, item, names)
                                         : valueText(key, item, names));
    }
    return joined(parts, key == "ordre_du_jour" ? " ; " : ", ");
}

} // namespace

std::vector<HistoryKind> historyKinds() {
    std::vector<HistoryKind> out;
    for (const auto& k : kKinds) {
        out.push_back({k.code, tr(k.english)});
    }
    return out;
}

std::string entityLabel(const std::string& entity) {
    const char* english = find(kKinds, entity);
    return english ? tr(english) : tr("Other record");
}

std::string actionLabel(const std::string& action) {
    // Never a code on screen: an action a later version records reads as a change.
    const char* english = find(kActions, action);
    return tr(english ? english : "Modification");
}

std::string fieldLabel(const std::string& key) {
    if (const char* english = find(kFields, key)) {
        return tr(english);
    }
    std::string out = key; // a key a later version writes: readable, if not translated
    for (auto& c : out) {
        c = c == '_' ? ' ' : c;
    }
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') {
        out[0] = static_cast<char>(out[0] - 'a' + 'A');
    }
    return out;
}

namespace {

// The values of one side of an entry, by key; a value that is not JSON (an introduction's
// text) is the one field "Text".
Json sideOf(const std::string& text) {
    if (text.empty()) {
        return Json::object();
    }
    auto j = Json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return Json{{"texte", text}};
    }
    return j;
}

std::string shown(const std::string& text) {
    return text.empty() ? tr("(empty)") : text;
}

std::vector<HistoryChange> changesOf(const AuditEntry& e, RecordNames& names) {
    const Json before = sideOf(e.before);
    const Json after = sideOf(e.after);
    std::vector<HistoryChange> out;
    // An update from nothing (a text written for the first time) still says « (vide) »;
    // a creation or a deletion has no other side at all.
    const bool created = e.before.empty() && e.action != "update";
    const bool deleted = e.after.empty() && e.action != "update";
    auto add = [&](const std::string& key) {
        const Json& b = before.contains(key) ? before[key] : Json();
        const Json& a = after.contains(key) ? after[key] : Json();
        if (b == a && !created) {
            return; // unchanged
        }
        const auto oldText = valueText(key, b, names);
        const auto newText = valueText(key, a, names);
        if (created && newText.empty()) {
            return; // a creation lists what it was given
        }
        if (deleted && oldText.empty()) {
            return; // a deletion, what it lost
        }
        // A creation has no old values and a deletion no new ones: only a change between
        // two states says « (vide) » for a side that held nothing.
        out.push_back({fieldLabel(key), created ? std::string() : shown(oldText),
                       deleted ? std::string() : shown(newText)});
    };
    for (const auto& [key, value] : after.items()) {
        add(key);
    }
    for (const auto& [key, value] : before.items()) {
        if (!after.contains(key)) {
            add(key);
        }
    }
    return out;
}

// The record as its users know it: « Fiche 2026-047 », « Séance du 14/07/2026 »…
std::string recordName(const AuditEntry& e, RecordNames& names) {
    const Json values = sideOf(e.after.empty() ? e.before : e.after);
    auto text = [&](const char* key) {
        return values.contains(key) && values[key].is_string() ? values[key].get<std::string>()
                                                               : std::string();
    };
    const std::string kind = entityLabel(e.entity);
    if (e.entity == "report") {
        const auto ref = text("reference");
        return kind + " " + (ref.empty() ? names.reportReference(e.entityId) : ref);
    }
    if (e.entity == "meeting") {
        const auto day = text("date");
        return fmt::format(fmt::runtime(tr("Meeting of {}")),
                           day.empty() ? names.meetingDay(e.entityId) : dayText(day));
    }
    if (e.entity == "aid") {
        return fmt::format(fmt::runtime(tr("Aid of {}")), dayText(text("date"))) + " \u2014 " +
               textValue("montant", text("montant"));
    }
    if (e.entity == "solicitation" || e.entity == "outreach_session") {
        const auto day = dayText(text(e.entity == "solicitation" ? "date_envoi" : "date"));
        const auto what = text(e.entity == "solicitation" ? "objet" : "lieu");
        return kind + " " + fmt::format(fmt::runtime(tr("of {}")), day) +
               (what.empty() ? "" : " \u2014 " + what);
    }
    if (e.entity == "decision") {
        const auto report = values.contains("fiche") ? valueText("fiche", values["fiche"], names)
                                                     : std::string();
        return kind + " " + textValue("suite", text("suite")) +
               (report.empty() ? "" : " \u2014 " + entityLabel("report") + " " + report);
    }
    if (e.entity == "entered_figures" || e.entity == "annual_introduction") {
        return kind + " " + std::to_string(e.entityId);
    }
    if (e.entity == "faq") {
        // The question, cut on a character boundary: enough to recognise it in a list.
        std::string question = text("question");
        constexpr std::size_t kShown = 60;
        if (question.size() > kShown) {
            std::size_t cut = kShown;
            while (cut > 0 && (static_cast<unsigned char>(question[cut]) & 0xC0) == 0x80) {
                --cut;
            }
            question = question.substr(0, cut) + "\u2026";
        }
        return question.empty() ? kind : kind + " \u00ab\u00a0" + question + "\u00a0\u00bb";
    }
    for (const char* key : {"code", "name", "nom", "libelle", "label"}) {
        if (const auto name = text(key); !name.empty() && !isErasureMark(name)) {
            return kind + " " + name;
        }
    }
    return kind;
}

} // namespace

HistoryLine describe(const AuditEntry& e, RecordNames& names) {
    HistoryLine line;
    line.id = e.id;
    if (const auto local = platform::localCalendarTime(e.at)) {
        line.date = Date(local->tm_year + 1900, local->tm_mon + 1, local->tm_mday).french();
        line.time = fmt::format("{:02}:{:02}", local->tm_hour, local->tm_min);
    } else {
        line.date = e.at;
    }
    line.user = e.user;
    line.kind = entityLabel(e.entity);
    line.record = recordName(e, names);
    line.action = actionLabel(e.action);
    line.changes = changesOf(e, names);
    line.note = e.note;
    return line;
}

} // namespace vigie::app
