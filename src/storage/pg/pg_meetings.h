// Meetings, their attendance and agenda, and the decisions taken, on the shared database:
// the same behaviour as the SQLite file's, each site seeing only its own meetings (and the
// decisions taken at them).
#pragma once

#include "pg_database.h"

namespace vigie::storage::pg {

class PgMeetings final : public MeetingRepository {
public:
    explicit PgMeetings(Session& session) : s_(session) {}
    void insert(Meeting& meeting) override;
    void update(Meeting& meeting) override;
    void removeMeeting(MeetingId id) override;
    std::optional<Meeting> find(MeetingId id) override;
    std::optional<Meeting> findByKey(const Date& date, const std::string& time) override;
    std::vector<Meeting> onDate(const Date& date) override;
    std::vector<Meeting> list(const std::optional<Period>& period) override;
    std::optional<Date> lastMeetingBefore(const Date& date) override;
    long long countHeld(const Period& period, const Date& today) override;
    void forEach(const std::function<void(const Meeting&)>& visit) override;

    void insert(Decision& decision) override;
    void update(const Decision& decision) override;
    void removeDecision(DecisionId id) override;
    std::optional<Decision> findDecision(DecisionId id) override;
    std::vector<Decision> decisionsOfMeeting(MeetingId id) override;
    std::vector<Decision> decisionsOfReport(ReportId id) override;
    std::vector<Decision> openDecisionsBefore(const Date& date) override;
    std::vector<Decision> decisionsToFollow(const Date& date, const Date& doneSince) override;
    std::vector<AgendaCandidate> agendaCandidates(const std::optional<Date>& since) override;
    bool isOnAnAgenda(ReportId id) override;
    std::vector<DecisionFacts> decisionFacts(const Period& period) override;

private:
    void writeParts(Meeting& m);
    void readAttendance(Meeting& m);
    void readAgenda(Meeting& m);
    std::vector<Meeting> select(const std::string& where, const Params& params);
    std::vector<Decision> decisions(const std::string& where, const Params& params);
    Session& s_;
};

} // namespace vigie::storage::pg
