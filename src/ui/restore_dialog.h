// The list of a database's backup copies (File > Restore from a backup): date, size and
// name, newest first.
#pragma once

#include <filesystem>
#include <vector>

#include <wx/dialog.h>

#include "app/backups.h"
#include "list_columns.h"

namespace vigie::ui {

class RestoreDialog : public wxDialog {
public:
    RestoreDialog(wxWindow* parent, std::vector<app::BackupFile> backups);

    RowList* list() const { return list_; }
    std::filesystem::path chosen() const;
    wxString chosenDate() const;

private:
    std::vector<app::BackupFile> backups_;
    RowList* list_ = nullptr;
};

} // namespace vigie::ui
