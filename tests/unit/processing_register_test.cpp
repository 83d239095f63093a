// The register of processing activities (issue 19): what the controller types is kept and
// audited, what Vigie knows is filled in from the database, and the PDF says both.
#include <doctest/doctest.h>

#include "app/processing_register.h"
#include "app/reference_service.h"
#include "app/retention_settings.h"
#include "app/workspace.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

// Every "label: value" and bullet of the sheet, one per line, to search.
std::string sheetText(const reports::RegisterData& data) {
    std::string text;
    for (const auto& s : data.sections) {
        text += "# " + s.title + "\n";
        for (const auto& [label, value] : s.fields) {
            text += label + ": " + value + "\n";
        }
        for (const auto& item : s.items) {
            text += "- " + item + "\n";
        }
    }
    return text;
}

bool holds(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("the register: the controller's details kept and audited, the same ones twice "
          "changing nothing") {
    test::TempDir dir;
    auto workspace = app::Workspace::open(dir / "veille.sqlite");
    auto& store = workspace->store();
    app::ProcessingRegister sheet(*workspace);
    CHECK(sheet.details() == app::ControllerDetails{});
    const long long before = store.audit().size();

    app::ControllerDetails details{"1 place de la Mairie, 01000 Villedémo",
                                   "M. le Président du CCAS", "Agnès Délégué",
                                   "dpo@villedemo.fr", "Bureau fermé à clé"};
    sheet.saveDetails(details);
    CHECK(store.audit().size() == before + 1);
    sheet.saveDetails(details); // nothing new: no second row
    CHECK(store.audit().size() == before + 1);
    const auto history = store.audit().history("register", 0);
    REQUIRE(history.size() == 1);
    CHECK(holds(history.front().after, "dpo@villedemo.fr"));

    // Read back through a new opening: kept in the database, not in memory.
    workspace.reset();
    auto again = app::Workspace::open(dir / "veille.sqlite");
    CHECK(app::ProcessingRegister(*again).details() == details);
}

TEST_CASE("the register: what Vigie knows filled in, what it cannot know left to complete") {
    test::TempDir dir;
    auto workspace = app::Workspace::open(dir / "veille.sqlite");
    auto& store = workspace->store();
    app::ReferenceService reference(store, workspace->actor());
    Institution gone;
    gone.code = "ANCIENNE";
    gone.name = "Caisse disparue";
    gone.active = false;
    reference.save(gone);
    Institution mission;
    mission.code = "MLJ";
    mission.name = "Mission locale des jeunes";
    reference.save(mission);
    app::RetentionSettings(store, workspace->actor()).setDelayMonths(36);

    app::ProcessingRegister sheet(*workspace);
    std::string text = sheetText(sheet.document(Date(2026, 12, 3)));
    CHECK(holds(text, "to be completed")); // nothing typed yet: the blanks are visible
    CHECK(holds(text, "Mission locale des jeunes (MLJ)"));
    CHECK_FALSE(holds(text, "Caisse disparue")); // no longer a partner
    CHECK(holds(text, "36 months (3 years)"));
    CHECK(holds(text, "0 reports"));
    CHECK(holds(text, "veille.sqlite.backups")); // where the automatic copies are

    sheet.saveDetails({"1 place de la Mairie", "M. le Président", "Agnès Délégué",
                       "dpo@villedemo.fr", "Bureau fermé à clé"});
    CHECK(holds(sheetText(sheet.document(Date(2026, 12, 3))), "to be completed")); // the name
    app::OrganisationProfile profile = reference.organisation();
    profile.name = "CCAS de Villedémo";
    reference.saveOrganisation(profile);
    text = sheetText(sheet.document(Date(2026, 12, 3)));
    CHECK_FALSE(holds(text, "to be completed"));
    CHECK(holds(text, "Agnès Délégué"));
    CHECK(holds(text, "- Bureau fermé à clé"));
}

TEST_CASE("the register as a PDF, read back; never written over the database") {
    test::TempDir dir;
    auto workspace = app::Workspace::open(dir / "veille.sqlite");
    app::ProcessingRegister sheet(*workspace);
    sheet.saveDetails({"1 place de la Mairie", "M. le Président", "Agnès Délégué",
                       "dpo@villedemo.fr", ""});
    sheet.write(dir / "registre.pdf", Date(2026, 12, 3));
    const std::string text =
        test::run("pdftotext '" + (dir / "registre.pdf").string() + "' - 2>/dev/null");
    CHECK(holds(text, "Register of processing activities"));
    CHECK(holds(text, "Agnès Délégué"));
    CHECK(holds(text, "dpo@villedemo.fr"));
    CHECK(holds(text, "03/12/2026"));
    CHECK(holds(text, "24 months (2 years)"));
    CHECK_THROWS(sheet.write(dir / "veille.sqlite", Date(2026, 12, 3)));
    CHECK(fs::file_size(dir / "veille.sqlite") > 0);
}
