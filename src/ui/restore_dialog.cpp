#include "restore_dialog.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "domain/percent.h"
#include "platform/system.h"
#include "screen_reader.h"
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
    list_ = new RowList(this, "backups_list", wxString(),
                        {{_("Made on"), FromDIP(140)}, {_("Size"), FromDIP(90)},
                         {_("File"), FromDIP(360)}});
    list_->SetMinSize(wxSize(FromDIP(600), FromDIP(260)));
    nameForScreenReaders(list_, _("Backups"));
    std::vector<std::vector<wxString>> rows;
    for (const auto& b : backups_) {
        rows.push_back({wx(b.modified), sizeText(b.bytes), wx(platform::utf8(b.path.filename()))});
    }
    list_->setRows(rows);
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    auto* buttons = CreateStdDialogButtonSizer(wxOK | wxCANCEL);
    if (auto* ok = wxDynamicCast(FindWindow(wxID_OK), wxButton)) {
        ok->SetLabel(_("&Restore..."));
        ok->Enable(false);
        list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
                    [this, ok](wxDataViewEvent&) { ok->Enable(list_->selectedRow() >= 0); });
    }
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) {
        if (list_->selectedRow() >= 0) {
            EndModal(wxID_OK);
        }
    });
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();
    list_->SetFocus();
}

std::filesystem::path RestoreDialog::chosen() const {
    const long row = list_->selectedRow();
    return row >= 0 && static_cast<std::size_t>(row) < backups_.size()
               ? backups_[static_cast<std::size_t>(row)].path
               : std::filesystem::path();
}

wxString RestoreDialog::chosenDate() const {
    const long row = list_->selectedRow();
    return row >= 0 && static_cast<std::size_t>(row) < backups_.size()
               ? wx(backups_[static_cast<std::size_t>(row)].modified)
               : wxString();
}

} // namespace vigie::ui
