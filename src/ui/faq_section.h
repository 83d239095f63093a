// The FAQ part of the main window (« FAQ »): the answers written for the city's site, those
// to review (published and last checked more than a year ago) flagged « À revoir », the
// answer form, and « Publier… », the page for the city's site.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <wx/choice.h>
#include <wx/stattext.h>

#include "app/faq_service.h"
#include "app/workspace.h"
#include "faq_editor.h"
#include "list_columns.h"
#include "section.h"

namespace vigie::ui {

class FaqSection : public Section {
public:
    explicit FaqSection(wxWindow* parent);

    wxString title() const override;
    void bind(app::Workspace& workspace) override;
    wxString statusText() override;
    void newItem() override;
    void openSelected() override;
    void removeSelected() override;
    void exportList() override;
    void refresh() override;
    wxString commandLabel(Command command) const override;
    std::string helpPage() const override { return "faq.html"; }
    Tool tool(Command command) const override;

    // Opens the form on `entry` (a new one when its id is 0) over `parent` (this section
    // when none); true when saved.
    bool edit(FaqEntry entry, wxWindow* parent = nullptr);
    // « Rédiger la réponse FAQ… »: the form pre-filled from the report (app::faqFrom).
    bool writeFor(ReportId report, wxWindow* parent = nullptr);
    // « Publier… »: asks for a folder and writes its index.html; the folder written, if any.
    std::optional<wxString> publish();
    // The same without asking (tests): the number of answers published.
    long long publishTo(const wxString& folder);

    // For the GUI tests.
    RowList* list() const { return list_; }
    wxChoice* showChoice() const { return show_; }
    wxChoice* rightChoice() const { return right_; }
    std::optional<FaqId> selectedId() const;
    void select(FaqId id);

private:
    void buildFilters(wxSizer* sizer);
    void buildButtons(wxSizer* sizer);
    void fillRights();
    void fill();
    app::FaqFilter filter() const;
    FaqActions actions();
    std::vector<wxString> row(const FaqEntry& entry) const;

    app::Workspace* workspace_ = nullptr;
    wxChoice* show_ = nullptr;  // every answer, published, drafts, to review
    wxChoice* right_ = nullptr; // every right, or one
    wxStaticText* summary_ = nullptr;
    RowList* list_ = nullptr;
    std::vector<FaqEntry> shown_;
    std::vector<std::string> rightCodes_; // right_ entry i + 1
    std::map<std::string, std::string> rightNames_; // by codeKey
};

} // namespace vigie::ui
