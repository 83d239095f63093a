#include "report_picker.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "domain/text.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

constexpr int kTypingPauseMs = 250;

} // namespace

ReportPicker::ReportPicker(wxWindow* parent, std::vector<ReportChoice> linked, Find find)
    : linked_(std::move(linked)), find_(std::move(find)), typing_(this) {
    wxXmlResource::Get()->LoadDialog(this, parent, "ReportPicker");
    search = XRCCTRL(*this, "search", wxSearchCtrl);
    reports = XRCCTRL(*this, "reports", wxCheckListBox);
    count_ = XRCCTRL(*this, "count", wxStaticText);
    search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { typing_.StartOnce(kTypingPauseMs); });
    search->Bind(wxEVT_SEARCHCTRL_SEARCH_BTN, [this](wxCommandEvent&) { applySearch(); });
    search->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        search->ChangeValue(wxString());
        applySearch();
    });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { applySearch(); });
    reports->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& e) {
        tick(e.GetInt(), reports->IsChecked(static_cast<unsigned>(e.GetInt())));
    });
    // Enter in the search lists now; anywhere else it links the reports ticked.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        const int key = e.GetKeyCode();
        if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && !e.HasAnyModifiers()) {
            wxWindow* focus = wxWindow::FindFocus();
            if (focus && (focus == search || focus->GetParent() == search)) {
                applySearch();
                return;
            }
            if (!dynamic_cast<wxButton*>(focus)) {
                EndModal(wxID_OK);
                return;
            }
        }
        e.Skip();
    });
    applySearch();
    GetSizer()->Fit(this);
    CentreOnParent();
    search->SetFocus();
}

ReportPicker::~ReportPicker() {
    typing_.Stop();
}

void ReportPicker::applySearch() {
    typing_.Stop();
    fill(find_ ? find_(text::trimmed(utf8(search->GetValue()))) : std::vector<ReportChoice>());
}

void ReportPicker::fill(const std::vector<ReportChoice>& found) {
    // The reports linked first, ticked: unticking one is a click away whatever is found.
    listed_ = linked_;
    for (const auto& r : found) {
        if (std::none_of(listed_.begin(), listed_.end(),
                         [&](const ReportChoice& c) { return c.id == r.id; })) {
            listed_.push_back(r);
        }
    }
    reports->Clear();
    for (const auto& r : listed_) {
        reports->Append(r.text);
    }
    for (std::size_t i = 0; i < linked_.size(); ++i) {
        reports->Check(static_cast<unsigned>(i));
    }
    if (found.empty()) {
        count_->SetLabel(_("No report found: try other words."));
    } else if (search->GetValue().IsEmpty()) {
        count_->SetLabel(_("The latest reports: type words or a reference to find others."));
    } else {
        count_->SetLabel(wxString::Format(
            wxPLURAL("%zu report found", "%zu reports found", found.size()), found.size()));
    }
    if (!listed_.empty()) {
        reports->SetSelection(0);
    }
}

void ReportPicker::tick(int row, bool on) {
    if (row < 0 || static_cast<std::size_t>(row) >= listed_.size()) {
        return;
    }
    const ReportChoice& r = listed_[static_cast<std::size_t>(row)];
    reports->Check(static_cast<unsigned>(row), on);
    const auto it = std::find_if(linked_.begin(), linked_.end(),
                                 [&](const ReportChoice& c) { return c.id == r.id; });
    if (on && it == linked_.end()) {
        linked_.push_back(r);
    } else if (!on && it != linked_.end()) {
        linked_.erase(it);
    }
}

std::vector<ReportId> ReportPicker::chosen() const {
    std::vector<ReportId> ids;
    for (const auto& r : linked_) {
        ids.push_back(r.id);
    }
    return ids;
}

} // namespace vigie::ui
