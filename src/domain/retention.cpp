#include "retention.h"

#include <regex>

namespace vigie {

namespace {
constexpr const char* kMark = "Effacé le ";
}

std::optional<Date> retentionStart(const DifficultyReport& r) {
    switch (r.status) {
    case ReportStatus::Resolved:
    case ReportStatus::Unresolved:
    case ReportStatus::ReferredNational: return r.closedOn;
    case ReportStatus::Withdrawn: return r.receivedOn;
    default: return std::nullopt;
    }
}

bool dueForErasure(const DifficultyReport& report, const Date& day) {
    const auto start = retentionStart(report);
    return start && *start < day && !isErased(report);
}

std::string erasureMark(const Date& erasedOn) {
    return kMark + erasedOn.french();
}

bool isErasureMark(const std::string& text) {
    static const std::regex mark("Effacé le [0-9]{2}/[0-9]{2}/[0-9]{4}");
    return std::regex_match(text, mark);
}

bool isErased(const DifficultyReport& report) {
    return isErasureMark(report.description);
}

DifficultyReport erased(DifficultyReport report, const Date& erasedOn) {
    const std::string mark = erasureMark(erasedOn);
    report.description = mark;
    for (auto* text : {&report.proposals, &report.author}) {
        if (!text->empty()) {
            *text = mark;
        }
    }
    return report;
}

} // namespace vigie
