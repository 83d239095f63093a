// The documents of a meeting and of a report, as plain data: what the app layer gathers
// and the PDF files show. Texts are final (French, dates formatted).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "document.h"

namespace vigie::reports {

struct Heading {
    pdf::Letterhead letterhead;
    std::string generatedOn; // 22/11/2026
};

struct ReportLine {
    std::string reference;
    std::string receivedOn;
    std::string source;
    std::string categories;
    std::string rights;       // "RSA (Revenu de solidarité active), AAH"
    std::string institutions;
    std::string nonTakeUp;
    std::string status;
    std::string description;
    std::string proposals;
    std::string author;
};

struct DecisionLine {
    std::string reference; // of the report
    std::string kind;      // "Alerte collective aux travailleurs sociaux d'un organisme"
    std::string text;
    std::string owner;
    std::string due;
    std::string state;     // "en cours", "faite le 02/09/2025"
    std::string takenOn;   // date of the meeting that took it
    bool late = false;     // open past its due date; `state` says by how long ("3 weeks")
};

struct SolicitationLine {
    std::string sentOn;
    std::string addressees;
    std::string subject;
    std::string reports;
    std::string answer; // "Réponse de la CARSAT le 12/03/2025 : ..." or "sans réponse"
};

struct AgendaEntry {
    std::string title;
    std::optional<ReportLine> report;
    // For the follow-up of an earlier decision: when taken, what, by when, how it stands
    // ("3 weeks late").
    std::string followed;
    std::string minutes;
    std::vector<DecisionLine> decisions;
};

struct MinutesData {
    Heading heading;
    std::string date; // "mardi 14 juillet 2025"
    std::string time;
    std::string place;
    std::string facilitators;
    std::vector<std::string> presentBodies, excusedBodies, presentPeople, excusedPeople;
    std::vector<AgendaEntry> agenda;
    // Earlier decisions that are news: late ones (their state says how late), then those
    // done since the previous meeting; the others still running are only counted.
    std::vector<DecisionLine> followUps;
    std::size_t otherOpenFollowUps = 0;
    std::vector<SolicitationLine> solicitations;
    std::string notes;
    std::string nextMeeting;
    bool final = false;
};

struct InvitationData {
    Heading heading;
    std::string date, time, place;
    std::vector<std::string> agenda;
    std::vector<std::pair<std::string, std::string>> invited; // name, body
    std::string nextMeeting;
};

// A letter from the watch group to an institution (a solicitation, or its reminder).
struct LetterData {
    Heading heading;
    std::string place;            // "Bourg-en-Bresse" (may be empty)
    std::string date;             // "14/07/2025"
    std::vector<std::string> recipient; // lines: body, contact, postal address
    std::string subject;          // "Objet : ..."
    std::string reference;        // "Sollicitation n° 12 du 14/07/2025"
    std::vector<std::string> paragraphs;
    std::vector<ReportLine> reports; // the situations concerned, summarised
    std::string closing;          // signature line
};

// The register of processing activities (GDPR art. 30): sections of "label: value"
// fields and bullet lists, as the CNIL's model register orders them.
struct RegisterSection {
    std::string title;
    std::vector<std::pair<std::string, std::string>> fields;
    std::vector<std::string> items;
    std::string note; // small print under the section (where a value comes from)
};

struct RegisterData {
    Heading heading;
    std::string title;    // « Registre des activités de traitement »
    std::string subtitle; // the processing's name
    std::vector<RegisterSection> sections;
    std::string footnote;
};

void writeProcessingRegister(const RegisterData& data, const std::filesystem::path& file);

void writeLetters(const std::vector<LetterData>& letters, const std::filesystem::path& file);

void writeMinutes(const MinutesData& data, const std::filesystem::path& file);
void writeInvitation(const InvitationData& data, const std::filesystem::path& file);
void writeAttendanceSheet(const InvitationData& data, const std::filesystem::path& file);
void writeReportSheet(const Heading& heading, const ReportLine& report,
                      const std::vector<DecisionLine>& decisions,
                      const std::filesystem::path& file);
// The paper form field groups fill in by hand.
void writeBlankForm(const Heading& heading, const std::vector<std::string>& rights,
                    const std::filesystem::path& file);

} // namespace vigie::reports
