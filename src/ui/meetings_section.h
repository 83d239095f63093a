// The meetings part of the main window: the list of meetings, what each held, and the
// documents: invitation, attendance sheet, minutes, blank report form.
#pragma once

#include <filesystem>

#include <wx/html/htmlwin.h>
#include <wx/listctrl.h>
#include <wx/splitter.h>

#include "meeting_editor.h"
#include "list_columns.h"
#include "section.h"

namespace vigie::ui {

class MeetingsSection : public Section {
public:
    explicit MeetingsSection(wxWindow* parent);

    wxString title() const override;
    void bind(app::Workspace& workspace) override;
    wxString statusText() override;
    void newItem() override;
    void openSelected() override;
    void removeSelected() override;
    void refresh() override;
    void saveLayout() override;
    wxString commandLabel(Command command) const override;
    std::string helpPage() const override { return "seances.html"; }
    Tool tool(Command command) const override;

    // For the GUI tests: the list, and the documents written without asking where.
    RowList* list() const { return list_; }
    std::optional<MeetingId> selectedId() const;
    void select(MeetingId id);
    // With a proposal: the decision shown ready to add (MeetingEditor::propose).
    bool edit(Meeting meeting, std::optional<app::DecisionProposal> proposal = std::nullopt);
    void writeMinutes(MeetingId id, const std::filesystem::path& file);
    // Set by the frame: « Rédiger la réponse FAQ… » on a report's decision, the answer form
    // opened over the meeting (`over`).
    std::function<void(ReportId, wxWindow* over)> onWriteFaq;

private:
    void fill();
    void showPreview();
    MeetingActions actions();
    MeetingChoices choices();
    void generate(const char* kind);
    void finalise(bool final);
    std::vector<std::string> distributionList();

    app::Workspace* workspace_ = nullptr;
    wxSplitterWindow* split_ = nullptr;
    RowList* list_ = nullptr;
    wxHtmlWindow* preview_ = nullptr;
    std::vector<Meeting> meetings_;
};

} // namespace vigie::ui
