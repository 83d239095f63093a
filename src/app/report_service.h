// Use cases on difficulty reports: record, correct, withdraw. Each is one unit of work
// with its audit rows.
#pragma once

#include <string>
#include <vector>

#include "actor.h"
#include "domain/queries.h"
#include "privacy_guard.h"
#include "store_ref.h"

namespace vigie::app {

// The JSON kept in the audit trail for a report (CSV keys, so it reads like the export).
std::string auditJson(const DifficultyReport& report);

class ReportService {
public:
    ReportService(storage::Store& store, Actor actor) : store_(store), actor_(std::move(actor)) {}

    // Validates, assigns the next reference of its year when it has none, stores it.
    // Throws ValidationError listing what is wrong, PersonalDataFound when the texts seem
    // to identify a person and `personalData` is not SaveAnyway (then the history says
    // the report was saved despite the warning).
    DifficultyReport create(DifficultyReport report,
                            PersonalData personalData = PersonalData::NotAccepted);
    DifficultyReport update(DifficultyReport report,
                            PersonalData personalData = PersonalData::NotAccepted);
    // Status `annulee`: kept, never counted, never destroyed.
    DifficultyReport withdraw(ReportId id);

    // The stored reports most like one being written (its description, rights and
    // institutions; `query.excluded` the one edited), closest first, for a list beside the
    // form: at most 20, each description cut to its beginning on one line.
    std::vector<SimilarReport> similar(SimilarQuery query);

    // Inside an open unit of work: the same steps without their own transaction.
    DifficultyReport createIn(DifficultyReport report, const std::string& action,
                              const std::string& note);
    DifficultyReport updateIn(DifficultyReport report, const DifficultyReport& before,
                              const std::string& action, const std::string& note);
    // Makes sure the source group and every code of the report exist (creating unknown
    // ones: rights in the family "autre", institutions named by their code).
    void ensureReferences(const DifficultyReport& report);

private:
    storage::Store& store_;
    Actor actor_;
};

class ValidationError : public std::runtime_error {
public:
    explicit ValidationError(std::vector<FieldProblem> problems);
    const std::vector<FieldProblem>& problems() const { return problems_; }

private:
    std::vector<FieldProblem> problems_;
};

} // namespace vigie::app
