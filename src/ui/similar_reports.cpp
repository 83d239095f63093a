#include "similar_reports.h"

#include <exception>

#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

constexpr const char* const kParts[] = {"similar_label", "similar", "similar_note", "similar_open"};

bool sameQuery(const SimilarQuery& a, const SimilarQuery& b) {
    return a.text == b.text && a.rights == b.rights && a.institutions == b.institutions &&
           a.excluded == b.excluded && a.limit == b.limit;
}

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

SimilarReports::SimilarReports(wxWindow* form, Find find, Open open,
                               std::function<SimilarQuery()> written)
    : form_(form), find_(std::move(find)), open_(std::move(open)), written_(std::move(written)) {
    // A list drawn by GTK itself, whose rows screen readers read.
    list_ = new RowList(form, "similar", wxString(), {});
    wxXmlResource::Get()->AttachUnknownControl("similar", list_, form);
    list_->setColumns({{_("Reference"), 95}, {_("Received on"), 92}, {_("Description"), 220}});
    list_->stretchLastColumn();
    nameFromLabel(list_, form->FindWindow(XRCID("similar_label")));
    note_ = XRCCTRL(*form, "similar_note", wxStaticText);
    openButton_ = XRCCTRL(*form, "similar_open", wxButton);
    if (!find_) {
        for (const char* name : kParts) {
            if (wxWindow* part = form->FindWindow(wxXmlResource::GetXRCID(name))) {
                part->Hide();
            }
        }
        return;
    }
    timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { ask(false); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
                [this](wxDataViewEvent&) { describeSelection(); });
    openButton_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openSelected(); });
    show({}, _("Reports like this one appear here as the description is written."));
}

void SimilarReports::changed() {
    if (find_) {
        timer_.StartOnce(kSettleMs); // restarted by every key: asked once typing pauses
    }
}

void SimilarReports::refresh() {
    timer_.Stop();
    ask(true);
}

void SimilarReports::ask(bool evenIfSame) {
    if (!find_) {
        return;
    }
    const SimilarQuery query = written_();
    if (!evenIfSame && answered_ && sameQuery(*answered_, query)) {
        return;
    }
    answered_ = query;
    if (blank(query.text)) {
        show({}, _("Reports like this one appear here as the description is written."));
        return;
    }
    try {
        show(find_(query), _("No similar report."));
    } catch (const std::exception& e) {
        // Never in the way of writing: said here, not in a message box.
        show({}, wxString::Format(_("The similar reports could not be read: %s"), wx(e.what())));
    }
}

void SimilarReports::show(std::vector<SimilarReport> found, const wxString& none) {
    shown_ = std::move(found);
    std::vector<std::vector<wxString>> rows;
    for (const auto& r : shown_) {
        rows.push_back({wx(r.reference.text()), wx(r.receivedOn.french()), wx(r.description)});
    }
    list_->setRows(rows);
    list_->SetToolTip(wxString());
    note_->SetLabel(shown_.empty() ? none : wxString());
    note_->SetToolTip(note_->GetLabel());
    describeSelection();
}

void SimilarReports::describeSelection() {
    const int row = list_->selectedRow();
    openButton_->Enable(row >= 0);
    if (row < 0 || row >= static_cast<int>(shown_.size())) {
        if (!shown_.empty()) {
            note_->SetLabel(_("Enter or a double-click opens the report."));
        }
        return;
    }
    const SimilarReport& r = shown_[static_cast<std::size_t>(row)];
    std::vector<std::string> shared = r.sharedRights;
    shared.insert(shared.end(), r.sharedInstitutions.begin(), r.sharedInstitutions.end());
    note_->SetLabel(shared.empty() ? _("No right or institution in common.")
                                   : wxString::Format(_("In common: %s"), joinCodes(shared)));
    note_->SetToolTip(note_->GetLabel());
    // The whole beginning of its description, however narrow the column.
    list_->SetToolTip(wx(r.description));
}

void SimilarReports::openSelected() {
    const int row = list_->selectedRow();
    if (!open_ || row < 0 || row >= static_cast<int>(shown_.size())) {
        return;
    }
    open_(form_, shown_[static_cast<std::size_t>(row)].id);
    refresh(); // it may have been changed, or withdrawn
}

} // namespace vigie::ui
