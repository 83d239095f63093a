#include "solicitation_documents.h"

#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "documents.h"
#include "platform/i18n.h"
#include "domain/text.h"
#include "output_guard.h"
#include "reference_service.h"
#include "reports/documents.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

Solicitation loadOrThrow(storage::Store& store, SolicitationId id) {
    auto s = store.solicitations().find(id);
    if (!s) {
        throw StorageError(StorageError::Kind::Failed,
                                    tr("This solicitation no longer exists."));
    }
    return *s;
}

// The answer date the first letter asked for. A reminder moves `expectedBy`; the date
// before the first reminder is in the history (kept since the reminder was recorded).
Date firstDateAsked(storage::Store& store, const Solicitation& s) {
    if (s.chases.empty()) {
        return s.expectedBy;
    }
    for (const auto& entry : store.audit().history("solicitation", s.id)) {
        if (entry.action != "chase") {
            continue;
        }
        const auto before = nlohmann::json::parse(entry.before, nullptr, false);
        if (before.is_object()) {
            if (auto d = Date::fromIso(before.value("reponse_attendue", ""))) {
                return *d;
            }
        }
        break;
    }
    // A history without it (a solicitation imported already reminded): the usual delay.
    return s.sentOn.addDays(ReferenceService(store, Actor{}).organisation().answerDelayDays);
}

const Chase& latestChase(const Solicitation& s) {
    if (s.chases.empty()) {
        throw std::invalid_argument(
            tr("No reminder is recorded for this solicitation: record the reminder first."));
    }
    return s.chases.back();
}

// "On 11/03/2025 the group asked you about: ... We reminded you on ...": the paragraph
// every reminder opens with.
std::string reminderRecall(const Solicitation& s) {
    std::string recall = fmt::format(fmt::runtime(tr("On {}, the access-to-rights watch group "
                                                     "asked you about: {}.")),
                                     s.sentOn.french(), s.subject);
    std::vector<std::string> earlier;
    for (std::size_t i = 0; i + 1 < s.chases.size(); ++i) {
        earlier.push_back(s.chases[i].on.french());
    }
    if (!earlier.empty()) {
        recall += ' ';
        recall += fmt::format(fmt::runtime(tr("We reminded you of it on {}.")),
                              text::join(earlier, ", "));
    }
    recall += ' ';
    recall += tr("As far as we know, this question has not received an answer yet.");
    return recall;
}

// The parts every letter of the group shares: its heading and its signature (the
// organisation when it has a name; the group itself otherwise).
reports::LetterData blankLetter(storage::Store& store) {
    reports::LetterData l;
    l.heading = documentHeading(store);
    const bool named = !ReferenceService(store, Actor{}).organisation().name.empty();
    l.closing = named ? fmt::format(fmt::runtime(tr("For the access-to-rights watch group,\n{}")),
                                    l.heading.letterhead.organisation)
                      : std::string(tr("The access-to-rights watch group"));
    return l;
}

reports::LetterData letterTo(const reports::LetterData& blank, const Solicitation& s,
                             const std::string& code,
                             const std::vector<Institution>& institutions) {
    reports::LetterData l = blank;
    const Institution* body = nullptr;
    for (const auto& i : institutions) {
        if (codeKey(i.code) == codeKey(code)) {
            body = &i;
        }
    }
    l.recipient.push_back(body && !body->name.empty() ? body->name : code);
    const std::string contact = !s.contact.empty() ? s.contact
                                : body              ? body->contactPerson
                                                    : std::string();
    if (!contact.empty()) {
        l.recipient.push_back(fmt::format(fmt::runtime(tr("For the attention of {}")), contact));
    }
    if (body) {
        for (const auto& line : text::splitList(body->postalAddress, '\n')) {
            l.recipient.push_back(line);
        }
    }
    l.reference = fmt::format(fmt::runtime(tr("Solicitation no. {} of {}")), s.id,
                              s.sentOn.french());
    return l;
}

std::vector<reports::ReportLine> situations(storage::Store& store, const Solicitation& s) {
    const auto rights = store.reference().rights();
    const auto institutions = store.reference().institutions();
    std::vector<reports::ReportLine> out;
    for (auto reportId : s.reports) {
        if (auto r = store.reports().find(reportId)) {
            out.push_back(reportLine(*r, rights, institutions));
        }
    }
    return out;
}

} // namespace

void writeSolicitationLetter(storage::Store& store, SolicitationId id,
                             const std::filesystem::path& file) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    checkOutputTarget(store, file);
    const auto s = loadOrThrow(store, id);
    const auto institutions = store.reference().institutions();
    const auto reports = situations(store, s);
    const Date asked = firstDateAsked(store, s);
    const auto blank = blankLetter(store);
    std::vector<reports::LetterData> letters;
    for (const auto& code : s.addressees) {
        auto l = letterTo(blank, s, code, institutions);
        l.date = s.sentOn.french(); // the day it was sent, even printed again later
        l.subject = s.subject;
        l.paragraphs = {
            tr("Madam, Sir,"),
            fmt::format(fmt::runtime(tr("The access-to-rights watch group, which brings "
                                        "together the CCAS and its partners, examined the "
                                        "situations described below and wishes to ask you "
                                        "about: {}.")),
                        s.subject),
            fmt::format(fmt::runtime(tr("We would be grateful for your answer before {}.")),
                        asked.french())};
        l.reports = reports;
        letters.push_back(std::move(l));
    }
    reports::writeLetters(letters, file);
}

void writeReminderLetter(storage::Store& store, SolicitationId id,
                         const std::filesystem::path& file) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    checkOutputTarget(store, file);
    const auto s = loadOrThrow(store, id);
    const Chase& chase = latestChase(s);
    const auto institutions = store.reference().institutions();
    const auto reports = situations(store, s);
    const auto blank = blankLetter(store);
    std::vector<reports::LetterData> letters;
    for (const auto& code : s.addressees) {
        auto l = letterTo(blank, s, code, institutions);
        l.date = chase.on.french(); // the day of the reminder, even printed again later
        l.subject = fmt::format(fmt::runtime(tr("Reminder — {}")), s.subject);
        l.paragraphs = {
            tr("Madam, Sir,"), reminderRecall(s),
            fmt::format(fmt::runtime(tr("We would be grateful for your answer before {}.")),
                        s.expectedBy.french())};
        l.reports = reports;
        letters.push_back(std::move(l));
    }
    reports::writeLetters(letters, file);
}

ReminderEmail reminderEmail(storage::Store& store, SolicitationId id) {
    const auto s = loadOrThrow(store, id);
    latestChase(s);
    ReminderEmail mail;
    const auto institutions = store.reference().institutions();
    for (const auto& code : s.addressees) {
        for (const auto& i : institutions) {
            if (codeKey(code) == codeKey(i.code) && !i.email.empty()) {
                mail.to.push_back(i.email);
            }
        }
    }
    mail.subject = fmt::format(fmt::runtime(tr("Reminder — {}")), s.subject);
    mail.body = tr("Madam, Sir,") + std::string("\n\n") + reminderRecall(s) + "\n" +
                fmt::format(fmt::runtime(tr("We would be grateful for your answer before {}.")),
                            s.expectedBy.french()) +
                "\n\n" +
                fmt::format(fmt::runtime(tr("Solicitation no. {} of {}")), s.id,
                            s.sentOn.french()) +
                "\n\n" +
                blankLetter(store).closing +
                "\n";
    return mail;
}

} // namespace vigie::app
