// The meeting editor's part for a decision proposed elsewhere (the observatory's collective
// alert): the quick form filled in, and the box that adds it to each report concerned.
#include <algorithm>

#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "domain/text.h"
#include "meeting_editor.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

wxString referencesText(const std::vector<ReportReference>& references) {
    std::vector<std::string> texts;
    for (const auto& r : references) {
        texts.push_back(r.text());
    }
    return wx(text::join(texts, ", "));
}

} // namespace

void MeetingEditor::propose(app::DecisionProposal proposal) {
    proposal_ = std::move(proposal);
    if (decisionForAll) {
        return;
    }
    // Just above the error line, which stays under the form.
    wxWindow* error = FindWindow(XRCID("decision_error"));
    decisionForAll = new wxCheckBox(error->GetParent(), wxID_ANY, wxString());
    decisionForAll->SetName("decision_for_all");
    wxSizer* around = error->GetContainingSizer();
    for (std::size_t i = 0; i < around->GetItemCount(); ++i) {
        if (around->GetItem(i)->GetWindow() == error) {
            around->Insert(i, decisionForAll, 0, wxTOP, 6);
            break;
        }
    }
    decisionForAll->Hide();
}

void MeetingEditor::applyProposal() {
    if (!proposal_ || !decisionForAll || meeting_.locked()) {
        return;
    }
    const auto& p = *proposal_;
    auto* pages = XRCCTRL(*this, "pages", wxNotebook);
    if (const int page = pages->FindPage(XRCCTRL(*this, "agenda_page", wxPanel));
        page != wxNOT_FOUND) {
        pages->SetSelection(static_cast<std::size_t>(page));
    }
    for (std::size_t i = 0; i < meeting_.agenda.size(); ++i) {
        const auto& report = meeting_.agenda[i].report;
        if (report && std::find(p.reports.begin(), p.reports.end(), *report) != p.reports.end()) {
            selectItem(static_cast<int>(i));
            break;
        }
    }
    const auto kind =
        std::find(std::begin(kAllDecisionKinds), std::end(kAllDecisionKinds), p.decision.kind);
    decisionKind->SetSelection(static_cast<int>(kind - std::begin(kAllDecisionKinds)));
    decisionBody->SetSelection(0);
    if (!p.decision.institutions.empty()) {
        const std::string& code = p.decision.institutions.front();
        auto known =
            std::find_if(decisionBodies_.begin(), decisionBodies_.end(),
                         [&](const std::string& c) { return codeKey(c) == codeKey(code); });
        if (known == decisionBodies_.end()) {
            // A body the reports name that the settings do not (or no longer) list.
            decisionBody->Append(wx(code));
            decisionBodies_.push_back(code);
            known = decisionBodies_.end() - 1;
        }
        decisionBody->SetSelection(static_cast<int>(known - decisionBodies_.begin()) + 1);
    }
    decisionText->ChangeValue(wx(p.decision.text));
    decisionOwner->ChangeValue(wx(p.decision.owner));
    decisionDue->ChangeValue(p.decision.due ? wx(p.decision.due->french()) : wxString());
    // The references are the agenda's last items; all of them in the tooltip (a line of
    // them would be cut at 1,024 pixels).
    decisionForAll->SetLabel(wxString::Format(
        wxPLURAL("For the %zu report of the recurring problem",
                 "For each of the %zu reports of the recurring problem", p.reports.size()),
        p.reports.size()));
    decisionForAll->SetToolTip(referencesText(p.references));
    decisionForAll->SetValue(true);
    decisionForAll->Show();
    decisionForAll->GetParent()->Layout();
    // The text read from its start; Enter adds the decision once read.
    decisionText->SetInsertionPoint(0);
    FindWindow(XRCID("decision_add"))->SetFocus();
}

std::optional<std::vector<ReportId>> MeetingEditor::proposalReports(ReportId current) const {
    if (!proposal_ || !decisionForAll || !decisionForAll->IsShown() ||
        !decisionForAll->GetValue() ||
        std::find(proposal_->reports.begin(), proposal_->reports.end(), current) ==
            proposal_->reports.end()) {
        return std::nullopt;
    }
    return proposal_->reports;
}

} // namespace vigie::ui
