// The register of processing activities (GDPR art. 30, issue 19): the sheet a CCAS keeps
// for Vigie's processing and shows the CNIL. What Vigie knows is filled in from the
// database (the partners who receive the reports, the retention delay, the sites, how the
// data is kept and protected); what it cannot know (the controller's address, its legal
// representative, the data protection officer) is kept in the database's settings, audited.
#pragma once

#include <filesystem>
#include <string>

#include "actor.h"
#include "domain/date.h"
#include "reports/documents.h"
#include "store_ref.h"

namespace vigie::app {

class Workspace;

// What the controller tells the register: nothing here is guessed.
struct ControllerDetails {
    std::string address;        // the CCAS's postal address
    std::string representative; // « M. le Président du CCAS, Jean Martin »
    std::string dpoName;        // the data protection officer (DPO), often shared
    std::string dpoContact;     // their e-mail or postal address
    std::string otherMeasures;  // security measures of the CCAS itself (locked office…)
    bool operator==(const ControllerDetails&) const = default;
};

class ProcessingRegister {
public:
    explicit ProcessingRegister(Workspace& workspace);

    ControllerDetails details();
    // Stores the details in one unit of work with their audit row; the same details
    // change nothing.
    void saveDetails(const ControllerDetails& details);

    // The sheet as of `today`, every text final (French).
    reports::RegisterData document(const Date& today);
    // The sheet as a PDF, written whole or not at all.
    void write(const std::filesystem::path& file, const Date& today);

private:
    Workspace& workspace_;
};

} // namespace vigie::app
