// Codes, labels and rules of the difficulty report.
#include "report.h"

#include <charconv>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "text.h"

namespace vigie {

std::vector<Category> CategorySet::list() const {
    return {order_.begin(), order_.begin() + count_};
}

void CategorySet::remove(Category c) {
    CategorySet kept;
    for (auto x : list()) {
        if (x != c) {
            kept.add(x);
        }
    }
    *this = kept;
}

std::string_view code(Category c) {
    switch (c) {
    case Category::NonAccess:
        return "non_acces";
    case Category::Delay:
        return "delai";
    case Category::Precarity:
        return "precarite";
    }
    return {};
}

std::string_view jsonKey(Category c) {
    switch (c) {
    case Category::NonAccess:
        return "non_access";
    case Category::Delay:
        return "delay";
    case Category::Precarity:
        return "precarity";
    }
    return {};
}

std::string_view code(ReportStatus s) {
    switch (s) {
    case ReportStatus::Received:
        return "recue";
    case ReportStatus::OnAgenda:
        return "a_l_ordre_du_jour";
    case ReportStatus::FollowUpOpen:
        return "suivi_en_cours";
    case ReportStatus::Resolved:
        return "resolue";
    case ReportStatus::Unresolved:
        return "non_resolue";
    case ReportStatus::ReferredNational:
        return "remontee_nationale";
    case ReportStatus::Withdrawn:
        return "annulee";
    }
    return {};
}

std::string_view code(NonTakeUp n) {
    switch (n) {
    case NonTakeUp::Unknown:
        return "non_connaissance";
    case NonTakeUp::NotRequested:
        return "non_demande";
    case NonTakeUp::NotReceived:
        return "non_reception";
    case NonTakeUp::NotOffered:
        return "non_proposition";
    }
    return {};
}

std::optional<Category> parseCategory(std::string_view textValue) {
    const std::string key = text::matchKey(textValue);
    // Codes, the French labels of the seed's table, and the code names of the program.
    if (key == "non_acces" || key == "non_acces_aux_droits" || key == "non_access") {
        return Category::NonAccess;
    }
    if (key == "delai" || key == "delais" || key == "delais_anormalement_longs" ||
        key == "delai_anormalement_long" || key == "delay") {
        return Category::Delay;
    }
    if (key == "precarite" || key == "precarity") {
        return Category::Precarity;
    }
    return std::nullopt;
}

std::optional<ReportStatus> parseStatus(std::string_view textValue) {
    const std::string key = text::matchKey(textValue);
    for (auto s : kAllStatuses) {
        if (key == code(s)) {
            return s;
        }
    }
    // The French labels a spreadsheet user may type.
    if (key == "a_l_odj") {
        return ReportStatus::OnAgenda;
    }
    if (key == "retiree" || key == "annule") {
        return ReportStatus::Withdrawn;
    }
    if (key == "recu") {
        return ReportStatus::Received;
    }
    if (key == "resolu") {
        return ReportStatus::Resolved;
    }
    if (key == "non_resolu") {
        return ReportStatus::Unresolved;
    }
    return std::nullopt;
}

std::optional<NonTakeUp> parseNonTakeUp(std::string_view textValue) {
    const std::string key = text::matchKey(textValue);
    for (auto n : kAllNonTakeUps) {
        if (key == code(n)) {
            return n;
        }
    }
    return std::nullopt;
}

std::string label(Category c) {
    switch (c) {
    case Category::NonAccess:
        return tr("Non-access to rights");
    case Category::Delay:
        return tr("Abnormally long delays");
    case Category::Precarity:
        return tr("Precariousness");
    }
    return {};
}

std::string label(ReportStatus s) {
    switch (s) {
    case ReportStatus::Received:
        return tr("Received");
    case ReportStatus::OnAgenda:
        return tr("On the agenda");
    case ReportStatus::FollowUpOpen:
        return tr("Follow-up in progress");
    case ReportStatus::Resolved:
        return tr("Resolved");
    case ReportStatus::Unresolved:
        return tr("Unresolved");
    case ReportStatus::ReferredNational:
        return tr("Referred nationally");
    case ReportStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

std::string label(NonTakeUp n) {
    switch (n) {
    case NonTakeUp::Unknown:
        return tr("Lack of knowledge");
    case NonTakeUp::NotRequested:
        return tr("Not requested");
    case NonTakeUp::NotReceived:
        return tr("Not received");
    case NonTakeUp::NotOffered:
        return tr("Not offered");
    }
    return {};
}

std::string explanation(NonTakeUp n) {
    switch (n) {
    case NonTakeUp::Unknown:
        return tr("The person does not know the right or service exists.");
    case NonTakeUp::NotRequested:
        return tr("The person knows the right but has not asked for it.");
    case NonTakeUp::NotReceived:
        return tr("The person asked for the right but did not obtain it.");
    case NonTakeUp::NotOffered:
        return tr("The right was not offered by the professional in charge.");
    }
    return {};
}

bool isClosing(ReportStatus s) {
    return s == ReportStatus::Resolved || s == ReportStatus::Unresolved ||
           s == ReportStatus::ReferredNational;
}

std::string ReportReference::text() const {
    return fmt::format("{:04}-{:03}", year, sequence);
}

std::optional<ReportReference> ReportReference::parse(std::string_view value) {
    value = text::trim(value);
    if (value.size() < 8 || value[4] != '-') {
        return std::nullopt;
    }
    const auto yearText = value.substr(0, 4);
    const auto seqText = value.substr(5);
    if (seqText.size() > 9) {
        return std::nullopt;
    }
    for (char c : value.substr(0, 4)) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    for (char c : seqText) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    ReportReference ref;
    std::from_chars(yearText.data(), yearText.data() + yearText.size(), ref.year);
    std::from_chars(seqText.data(), seqText.data() + seqText.size(), ref.sequence);
    if (ref.year < 1 || ref.sequence < 1) {
        return std::nullopt;
    }
    return ref;
}

std::vector<FieldProblem> validate(const DifficultyReport& report) {
    std::vector<FieldProblem> problems;
    if (text::trim(report.description).empty()) {
        problems.push_back({"description", tr("the description is required")});
    }
    if (report.categories.empty()) {
        problems.push_back({"categories", tr("at least one category is required")});
    }
    if (report.closedOn && *report.closedOn < report.receivedOn) {
        problems.push_back({"date_cloture", tr("the closing date is before the date received")});
    }
    // A year outside 1900-2100 is a typo, whichever front end let it through.
    if (!report.receivedOn.plausible()) {
        problems.push_back({"date_reception", tr("the year of the date received is surely a typo")});
    }
    if (report.closedOn && !report.closedOn->plausible()) {
        problems.push_back({"date_cloture", tr("the year of the closing date is surely a typo")});
    }
    return problems;
}

} // namespace vigie
