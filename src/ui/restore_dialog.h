// The list of a database's backup copies (File > Restore from a backup): date, size and
// name, newest first.
#pragma once

#include <filesystem>
#include <vector>

#include <wx/dialog.h>
#include <wx/listctrl.h>

#include "app/backups.h"

namespace vigie::ui {

class RestoreDialog : public wxDialog {
public:
    RestoreDialog(wxWindow* parent, std::vector<app::BackupFile> backups);

    wxListCtrl* list() const { return list_; }
    std::filesystem::path chosen() const;
    wxString chosenDate() const;

private:
    std::vector<app::BackupFile> backups_;
    wxListCtrl* list_ = nullptr;
};

} // namespace vigie::ui
