// Rules and figures of solicitations.
#include "solicitation.h"

#include <algorithm>
#include <map>
#include <set>

#include "platform/i18n.h"
#include "reference_data.h"
#include "text.h"

namespace vigie {

SolicitationState Solicitation::state() const {
    if (answeredOn) {
        return SolicitationState::Answered;
    }
    if (closedWithoutAnswer) {
        return SolicitationState::ClosedWithoutAnswer;
    }
    return chases.empty() ? SolicitationState::Waiting : SolicitationState::Chased;
}

bool Solicitation::overdue(const Date& today) const {
    return !answeredOn && !closedWithoutAnswer && expectedBy < today;
}

bool Solicitation::toWholePartnership() const {
    return addressees.size() == 1 && isWholePartnership(addressees.front());
}

bool mixesPartnershipWithBodies(const std::vector<std::string>& addressees) {
    const bool partnership = std::any_of(addressees.begin(), addressees.end(),
                                         [](const std::string& a) { return isWholePartnership(a); });
    const bool bodies = std::any_of(addressees.begin(), addressees.end(),
                                    [](const std::string& a) { return !isWholePartnership(a); });
    return partnership && bodies;
}

std::string Solicitation::addresseesLabel() const {
    return text::join(addressees, "-");
}

std::string_view code(SolicitationChannel c) {
    switch (c) {
    case SolicitationChannel::Mail: return "mail";
    case SolicitationChannel::Letter: return "letter";
    case SolicitationChannel::PartnershipMeeting: return "pio_meeting";
    }
    return {};
}

std::string_view code(SolicitationState s) {
    switch (s) {
    case SolicitationState::Waiting: return "waiting";
    case SolicitationState::Answered: return "answered";
    case SolicitationState::Chased: return "chased";
    case SolicitationState::ClosedWithoutAnswer: return "closed";
    }
    return {};
}

std::optional<SolicitationChannel> parseChannel(std::string_view textValue) {
    const std::string key = text::matchKey(textValue);
    for (auto c : {SolicitationChannel::Mail, SolicitationChannel::Letter,
                   SolicitationChannel::PartnershipMeeting}) {
        if (key == code(c)) {
            return c;
        }
    }
    return std::nullopt;
}

std::string label(SolicitationChannel c) {
    switch (c) {
    case SolicitationChannel::Mail: return tr("E-mail");
    case SolicitationChannel::Letter: return tr("Letter");
    case SolicitationChannel::PartnershipMeeting: return tr("Partnership meeting");
    }
    return {};
}

std::string label(SolicitationState s) {
    switch (s) {
    case SolicitationState::Waiting: return tr("Waiting for an answer");
    case SolicitationState::Answered: return tr("Answered");
    case SolicitationState::Chased: return tr("Chased");
    case SolicitationState::ClosedWithoutAnswer: return tr("Closed without answer");
    }
    return {};
}

std::optional<double> median(std::vector<long> values) {
    if (values.empty()) {
        return std::nullopt;
    }
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n % 2 == 1) {
        return static_cast<double>(values[n / 2]);
    }
    return (static_cast<double>(values[n / 2 - 1]) + static_cast<double>(values[n / 2])) / 2.0;
}

SolicitationFigures computeSolicitationFigures(const std::vector<Solicitation>& all,
                                               const Period& period) {
    SolicitationFigures f;
    std::vector<const Solicitation*> sent;
    for (const auto& s : all) {
        if (period.contains(s.sentOn)) {
            sent.push_back(&s);
        }
    }
    std::stable_sort(sent.begin(), sent.end(), [](const auto* a, const auto* b) {
        return std::pair(a->sentOn, a->id) < std::pair(b->sentOn, b->id);
    });
    std::map<std::set<std::string>, std::size_t> setRow;
    std::map<std::string, std::size_t> institutionRow;
    std::map<std::string, std::vector<long>> delays;
    for (const auto* s : sent) {
        ++f.total;
        f.answered += s->answered() ? 1 : 0;
        std::set<std::string> key;
        for (const auto& a : s->addressees) {
            key.insert(codeKey(a));
        }
        auto [it, fresh] = setRow.emplace(key, f.byAddressees.size());
        if (fresh) {
            f.byAddressees.push_back({s->addressees, s->addresseesLabel(), 0, 0, {}, {}});
        }
        auto& row = f.byAddressees[it->second];
        ++row.count;
        row.subjects.push_back(s->subject);
        if (s->answered()) {
            ++row.answered;
            // Who answered: the body named, or the only addressee.
            std::string by = s->answeredBy;
            if (by.empty() && s->addressees.size() == 1 && !s->toWholePartnership()) {
                by = s->addressees.front();
            }
            if (!by.empty() && std::none_of(row.answeredBy.begin(), row.answeredBy.end(),
                                            [&](const std::string& b) {
                                                return codeKey(b) == codeKey(by);
                                            })) {
                row.answeredBy.push_back(by);
            }
        }
        std::set<std::string> counted;
        for (const auto& a : s->addressees) {
            if (!counted.insert(codeKey(a)).second) {
                continue;
            }
            auto [iit, ifresh] = institutionRow.emplace(codeKey(a), f.byInstitution.size());
            if (ifresh) {
                f.byInstitution.push_back({a, 0, 0, 0, 0, 0, std::nullopt, std::nullopt, {}});
            }
            auto& inst = f.byInstitution[iit->second];
            ++inst.count;
            ++(s->addressees.size() == 1 ? inst.alone : inst.jointly);
            inst.subjects.push_back(s->subject);
            if (s->answered()) {
                ++inst.answered;
                delays[iit->first].push_back(daysBetween(s->sentOn, *s->answeredOn));
            } else if (!s->closedWithoutAnswer) {
                ++inst.waiting;
            }
        }
    }
    for (auto& inst : f.byInstitution) {
        inst.answerRate = Percent::of(inst.answered, inst.count);
        inst.medianDelayDays = median(delays[codeKey(inst.institution)]);
    }
    std::stable_sort(f.byAddressees.begin(), f.byAddressees.end(), [](const auto& a, const auto& b) {
        return a.count != b.count ? a.count > b.count : a.label < b.label;
    });
    std::stable_sort(f.byInstitution.begin(), f.byInstitution.end(), [](const auto& a, const auto& b) {
        return a.count != b.count ? a.count > b.count : a.institution < b.institution;
    });
    return f;
}

} // namespace vigie
