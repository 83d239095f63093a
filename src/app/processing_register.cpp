#include "processing_register.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backups.h"
#include "documents.h"
#include "domain/text.h"
#include "output_guard.h"
#include "domain/percent.h"
#include "platform/i18n.h"
#include "retention_settings.h"
#include "storage/store.h"
#include "workspace.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

// The settings holding what only the controller knows.
constexpr const char* kAddress = "register.address";
constexpr const char* kRepresentative = "register.representative";
constexpr const char* kDpoName = "register.dpo_name";
constexpr const char* kDpoContact = "register.dpo_contact";
constexpr const char* kOtherMeasures = "register.other_measures";

std::string json(const ControllerDetails& d) {
    return Json{{"address", d.address},
                {"representative", d.representative},
                {"dpo_name", d.dpoName},
                {"dpo_contact", d.dpoContact},
                {"other_measures", d.otherMeasures}}
        .dump(-1, ' ', false, Json::error_handler_t::replace);
}

// What the controller left blank says so on paper, so that a blank is seen and filled in.
std::string orToComplete(const std::string& value) {
    return value.empty() ? std::string(tr("to be completed (Settings, « Register »)")) : value;
}

// "24 mois (2 ans)", "18 mois".
std::string delayText(int months) {
    std::string text = fmt::format(fmt::runtime(trn("{} month", "{} months", months)), months);
    if (months % 12 == 0) {
        const int years = months / 12;
        text += fmt::format(fmt::runtime(trn(" ({} year)", " ({} years)", years)), years);
    }
    return text;
}

reports::RegisterSection controller(storage::Store& store, const ControllerDetails& d) {
    const auto name = store.settings().get("organisation.name").value_or("");
    return {tr("Controller"),
            {{tr("Organisation"), orToComplete(name)},
             {tr("Address"), orToComplete(d.address)},
             {tr("Legal representative"), orToComplete(d.representative)},
             {tr("Data protection officer"), orToComplete(d.dpoName)},
             {tr("Officer's contact"), orToComplete(d.dpoContact)}},
            {},
            {}};
}

reports::RegisterSection processing(storage::Store& store, const Date& today) {
    ReportFilter all;
    all.includeWithdrawn = true;
    const long long count = store.reports().count(all);
    const auto years = store.reports().years();
    std::string held = fmt::format(fmt::runtime(trn("{} report", "{} reports", count)),
                                   frenchNumber(count));
    if (!years.empty()) {
        held += years.front() == years.back()
                    ? fmt::format(fmt::runtime(tr(" in {}")), years.front())
                    : fmt::format(fmt::runtime(tr(", from {} to {}")), years.front(), years.back());
    }
    return {tr("The processing"),
            {{tr("Name"), tr("Access-to-rights watch group: difficulty reports and their "
                             "follow-up (Vigie software)")},
             {tr("Legal basis"),
              tr("A task carried out in the public interest (GDPR art. 6.1.e): the general "
                 "social action of the CCAS (art. L. 123-5 of the Code de l'action sociale "
                 "et des familles)")},
             {tr("Reports held"), held},
             {tr("Sheet drawn up on"), today.french()}},
            {},
            {}};
}

reports::RegisterSection purposes() {
    return {tr("Purposes"),
            {},
            {tr("Collect the difficulties of access to rights reported by field groups, "
                "outreach teams and professionals, and examine them with the partner bodies "
                "each month."),
             tr("Follow what is decided: alerts, answers for the city's FAQ, solicitations "
                "of the institutions and their answers."),
             tr("Count the situations (statistics, annual report, recurring problems, what "
                "non-take-up costs the CCAS in emergency aid), without identifying anyone."),
             tr("Prepare and keep the minutes of the group's meetings.")},
            {}};
}

reports::RegisterSection people() {
    return {tr("Categories of people concerned"),
            {},
            {tr("People whose situation a report describes: never named, the report "
                "describes a situation (the privacy check warns before a name, a number or "
                "an address is stored)."),
             tr("Professionals and volunteers who write the reports."),
             tr("Representatives of the partner bodies: meeting participants, contacts."),
             tr("The CCAS staff who use Vigie.")},
            {}};
}

reports::RegisterSection dataCategories() {
    return {tr("Categories of data"),
            {},
            {tr("The situation described, without identity; the rights and bodies "
                "concerned, dates, status and follow-up."),
             tr("Professional identity of authors, participants and contacts: name, body, "
                "professional e-mail."),
             tr("Emergency aid: date, amount, kind, right and body concerned, without the "
                "person who received it."),
             tr("History of changes: who changed what and when (computer session name)."),
             tr("No sensitive data (health, offences, social security number) is to be "
                "stored: the privacy check warns before it is, and the history records a "
                "text saved despite its warning.")},
            {}};
}

reports::RegisterSection recipients(storage::Store& store) {
    std::vector<std::string> bodies;
    for (const auto& i : store.reference().institutions()) {
        if (i.active) {
            bodies.push_back(i.name.empty() || i.name == i.code
                                 ? i.code
                                 : fmt::format("{} ({})", i.name, i.code));
        }
    }
    reports::RegisterSection section{tr("Recipients"),
                                     {{tr("Within the CCAS"),
                                       tr("the facilitators of the watch group and its "
                                          "director")}},
                                     bodies,
                                     tr("The partner bodies of the watch group above receive "
                                        "the minutes and the reports examined, which "
                                        "describe situations and name nobody.")};
    if (auto* sites = store.sites()) {
        std::vector<std::string> names;
        for (const auto& s : sites->list()) {
            names.push_back(s.name.empty() ? s.code : s.name);
        }
        section.fields.push_back({tr("Shared database"), text::join(names, ", ")});
    }
    section.fields.push_back({tr("Transfers outside the European Union"), tr("no transfer")});
    return section;
}

reports::RegisterSection retention(Workspace& workspace, bool shared) {
    const int months = RetentionSettings(workspace.store(), workspace.actor()).delayMonths();
    reports::RegisterSection section{
        tr("Retention periods"),
        {{tr("Reports"),
          fmt::format(fmt::runtime(tr("{} after they are closed (withdrawn reports: after "
                                      "they were received); then their texts and their "
                                      "author are erased")),
                      delayText(months))},
         {tr("Statistics"), tr("kept: codes, dates and status stay after the erasure and "
                               "identify nobody")},
         {tr("History of changes"), tr("the erased texts are erased from it too")}},
        {},
        {}};
    if (!shared) {
        section.fields.push_back(
            {tr("Automatic copies"),
             fmt::format(fmt::runtime(tr("the newest {} daily copies, beside the database "
                                         "(folder {}); rewritten or removed when texts are "
                                         "erased")),
                         kDailyCopiesKept,
                         storage::backupDirectoryFor(workspace.info().location).filename().string())});
    }
    return section;
}

reports::RegisterSection security(const ControllerDetails& d, bool shared) {
    std::vector<std::string> items;
    if (shared) {
        items = {tr("A shared database on the département's server: each watch group reaches "
                    "only its own site, through a login of its own, the server itself "
                    "enforcing it (row-level security)."),
                 tr("Copies of the shared database: kept by the server's administrator.")};
    } else {
        items = {tr("A database file on the CCAS's computer or network share, reached through "
                    "the user's computer session; one window writes to it at a time."),
                 tr("A daily copy, checked before it counts; restoring one keeps a copy of "
                    "the database it replaces.")};
    }
    items.push_back(tr("Every change is recorded in the history: who, when, from which value "
                       "to which."));
    items.push_back(tr("A privacy check on every way in (forms, imports): a warning before a "
                       "name, a number, an address, health or justice information is "
                       "stored."));
    items.push_back(tr("Erasure that leaves nothing readable: the search index and free space "
                       "of the file are rewritten, the journal is emptied."));
    if (!d.otherMeasures.empty()) {
        items.push_back(d.otherMeasures);
    }
    return {tr("Security measures"), {}, items, {}};
}

} // namespace

ProcessingRegister::ProcessingRegister(Workspace& workspace) : workspace_(workspace) {}

ControllerDetails ProcessingRegister::details() {
    auto& s = workspace_.store().settings();
    return {s.get(kAddress).value_or(""), s.get(kRepresentative).value_or(""),
            s.get(kDpoName).value_or(""), s.get(kDpoContact).value_or(""),
            s.get(kOtherMeasures).value_or("")};
}

void ProcessingRegister::saveDetails(const ControllerDetails& d) {
    auto& store = workspace_.store();
    auto work = store.begin();
    const ControllerDetails before = details();
    if (before == d) {
        return;
    }
    auto& s = store.settings();
    s.set(kAddress, d.address);
    s.set(kRepresentative, d.representative);
    s.set(kDpoName, d.dpoName);
    s.set(kDpoContact, d.dpoContact);
    s.set(kOtherMeasures, d.otherMeasures);
    const auto& actor = workspace_.actor();
    store.audit().record(
        {0, actor.now(), actor.user, "register", 0, "update", json(before), json(d), ""});
    work->commit();
}

reports::RegisterData ProcessingRegister::document(const Date& today) {
    auto& store = workspace_.store();
    const ControllerDetails d = details();
    const bool shared = store.sites() != nullptr;
    reports::RegisterData data;
    data.heading = documentHeading(store);
    data.heading.generatedOn = today.french();
    data.title = tr("Register of processing activities");
    data.subtitle = tr("Access-to-rights watch group (GDPR art. 30)");
    data.sections = {controller(store, d), processing(store, today), purposes(), people(),
                     dataCategories(), recipients(store), retention(workspace_, shared),
                     security(d, shared)};
    data.footnote = tr("Drawn up by Vigie from what the database holds; the controller checks "
                       "it, completes it and keeps it up to date.");
    return data;
}

void ProcessingRegister::write(const std::filesystem::path& file, const Date& today) {
    checkOutputTarget(workspace_.store(), file);
    reports::writeProcessingRegister(document(today), file);
}

} // namespace vigie::app
