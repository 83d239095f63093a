// Which database the window opens: --db or VIGIE_DB, else the last one used, else the
// welcome dialog's choice (empty, existing, or demo).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>

#include <wx/window.h>

#include "app/workspace.h"

namespace vigie::ui {

struct LaunchOptions {
    std::optional<std::filesystem::path> database; // --db FILE
};

// Opens a database or explains in a message box why it cannot (refused, damaged,
// newer, ...). Returns nullptr in that case.
std::unique_ptr<app::Workspace>
openWorkspaceOrExplain(wxWindow* parent, const std::filesystem::path& file, bool create,
                       const std::string& site = {});

// The database to start on, asking the user on the very first start.
std::unique_ptr<app::Workspace> chooseDatabaseAtStart(const LaunchOptions& options);

void rememberDatabase(app::Workspace& workspace);
std::filesystem::path demoDatabasePath();

// Creates (when missing) and fills the demo database with the generator of
// `vigie-cli demo`, showing progress.
std::unique_ptr<app::Workspace> openDemoDatabase(wxWindow* parent);

} // namespace vigie::ui
