#include "restore_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "domain/percent.h"
#include "storage/platform.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

// "1,4 Mo", "820 ko": sizes as a French reader writes them.
wxString sizeText(std::uintmax_t bytes) {
    if (bytes >= 1024 * 1024) {
        wxString s = wxString::Format("%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
        s.Replace(".", ",");
        return wxString::Format(_("%s MB"), s);
    }
    return wxString::Format(_("%s KB"), wx(frenchNumber(static_cast<long long>((bytes + 1023) / 1024))));
}

} // namespace

RestoreDialog::RestoreDialog(wxWindow* parent, std::vector<app::BackupFile> backups)
    : wxDialog(parent, wxID_ANY, _("Restore from a backup"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      backups_(std::move(backups)) {
    SetName("RestoreDialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* explanation = new wxStaticText(
        this, wxID_ANY,
        backups_.empty()
            ? _("There is no backup of this database yet. File > Back up now makes one; Vigie "
                "also makes one before every upgrade and every restore.")
            : _("Choose the copy to put in place of the database. What the database holds now "
                "is copied first, so that a restore can be undone the same way."));
    explanation->Wrap(FromDIP(560));
    sizer->Add(explanation, 0, wxALL, 12);
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(FromDIP(600), FromDIP(260)),
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->SetName("backups_list");
    list_->AppendColumn(_("Made on"), wxLIST_FORMAT_LEFT, FromDIP(140));
    list_->AppendColumn(_("Size"), wxLIST_FORMAT_RIGHT, FromDIP(90));
    list_->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, FromDIP(360));
    for (const auto& b : backups_) {
        const long row = list_->InsertItem(list_->GetItemCount(), wx(b.modified));
        list_->SetItem(row, 1, sizeText(b.bytes));
        list_->SetItem(row, 2, wx(storage::utf8(b.path.filename())));
    }
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = wxDynamicCast(FindWindow(wxID_OK), wxButton)) {
        ok->SetLabel(_("&Restore..."));
        ok->Enable(false);
        list_->Bind(wxEVT_LIST_ITEM_SELECTED, [ok](wxListEvent&) { ok->Enable(true); });
        list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [ok](wxListEvent&) { ok->Enable(false); });
    }
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { EndModal(wxID_OK); });
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();
    list_->SetFocus();
}

std::filesystem::path RestoreDialog::chosen() const {
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row >= 0 && static_cast<std::size_t>(row) < backups_.size()
               ? backups_[static_cast<std::size_t>(row)].path
               : std::filesystem::path();
}

wxString RestoreDialog::chosenDate() const {
    const long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    return row >= 0 && static_cast<std::size_t>(row) < backups_.size()
               ? wx(backups_[static_cast<std::size_t>(row)].modified)
               : wxString();
}

} // namespace vigie::ui
