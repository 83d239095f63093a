#include "startup.h"

#include <cstdlib>

#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
// After msgdlg.h, which it extends.
#include <wx/generic/msgdlgg.h>
#include <wx/progdlg.h>
#include <wx/utils.h>

#include "app/demo.h"
#include "app/report_browser.h"
#include "app/sites.h"
#include "app/workspace.h"
#include "platform/system.h"
#include "ui_text.h"
#include "welcome_dialog.h"

namespace vigie::ui {

namespace fs = std::filesystem;

bool askToOpenReadOnly(wxWindow* parent, const fs::path& file) {
    // The generic dialog (a wxDialog, not GTK's own) so that the GUI tests can answer it.
    wxGenericMessageDialog ask(
        parent,
        wxString::Format(_("%s is already open in another Vigie window (on this computer or "
                           "another one sharing the file).\n\nTwo windows writing to the same "
                           "database would contradict each other. You can read it here, without "
                           "changing anything, or close the other window first."),
                         wx(platform::utf8(file.filename()))),
        _("Database already open"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    ask.SetYesNoLabels(_("Open it &read-only"), _("&Cancel"));
    return ask.ShowModal() == wxID_YES;
}

std::unique_ptr<app::Workspace> openWorkspaceOrExplain(wxWindow* parent, const fs::path& file,
                                                       bool create, const std::string& site) {
    try {
        auto workspace = app::Workspace::openInWindow(
            file, create, [&] { return askToOpenReadOnly(parent, file); }, app::Actor::current(),
            site);
        if (!workspace) {
            return nullptr;
        }
        rememberDatabase(*workspace);
        if (workspace->info().migrated && workspace->info().migrationBackup) {
            wxMessageBox(wxString::Format(_("The database was upgraded for this version of "
                                            "Vigie. A copy of it as it was is kept in:\n%s"),
                                          wx(platform::utf8(*workspace->info().migrationBackup))),
                         _("Database upgraded"), wxOK | wxICON_INFORMATION, parent);
        }
        return workspace;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Vigie cannot open this database"), wxOK | wxICON_ERROR,
                     parent);
        return nullptr;
    }
}

void rememberDatabase(app::Workspace& workspace) {
    auto* config = wxConfigBase::Get();
    const fs::path file = workspace.info().location;
    if (workspace.info().shared) {
        // A server's address, never with a password, and the site.
        config->Write("/Database/Last", wx(platform::withoutPassword(platform::utf8(file))));
        config->Write("/Database/Site", wx(app::currentSite(workspace)));
    } else {
        std::error_code ec;
        const fs::path absolute = fs::absolute(file, ec);
        config->Write("/Database/Last", wx(platform::utf8(ec ? file : absolute)));
        config->DeleteEntry("/Database/Site");
    }
    config->Flush();
}

fs::path demoDatabasePath() {
    return platform::userDataDirectory() / "demo.sqlite";
}

std::unique_ptr<app::Workspace> openDemoDatabase(wxWindow* parent) {
    auto workspace = openWorkspaceOrExplain(parent, demoDatabasePath(), true);
    if (!workspace) {
        return nullptr;
    }
    ReportFilter all;
    all.includeWithdrawn = true;
    if (app::ReportBrowser(workspace->store()).count(all) == 0) {
        wxBusyCursor busy;
        wxProgressDialog progress(_("Demo database"), _("Inventing three years of reports..."), 100,
                                  parent, wxPD_APP_MODAL | wxPD_AUTO_HIDE);
        progress.Pulse();
        try {
            app::fillWithDemoData(workspace->store(), workspace->actor(), {});
        } catch (const std::exception& e) {
            wxMessageBox(wx(e.what()), _("Demo database"), wxOK | wxICON_ERROR, parent);
        }
    }
    return workspace;
}

std::unique_ptr<app::Workspace> chooseDatabaseAtStart(const LaunchOptions& options) {
    // Given on the command line or in VIGIE_DB: opened directly, created when missing.
    if (const auto given = app::namedDatabase(options.database)) {
        return openWorkspaceOrExplain(nullptr, *given, true);
    }
    wxString last;
    if (wxConfigBase::Get()->Read("/Database/Last", &last) && !last.empty()) {
        const fs::path path = toPath(last);
        std::error_code ec;
        if (app::isSharedDatabase(path)) {
            if (auto ws = openWorkspaceOrExplain(
                    nullptr, path, false, utf8(wxConfigBase::Get()->Read("/Database/Site", "")))) {
                return ws;
            }
        } else if (fs::exists(path, ec)) {
            if (auto ws = openWorkspaceOrExplain(nullptr, path, false)) {
                return ws;
            }
        } else {
            wxMessageBox(
                wxString::Format(_("The database used last time is no longer there:\n%s"), last),
                "Vigie", wxOK | wxICON_WARNING);
        }
    }
    // First start (or the last file is gone): ask.
    while (true) {
        WelcomeDialog welcome(nullptr);
        switch (welcome.ShowModal()) {
        case WelcomeDialog::CreateEmpty:
            if (auto ws = openWorkspaceOrExplain(nullptr, app::defaultDatabase(), true)) {
                return ws;
            }
            break;
        case WelcomeDialog::OpenExisting: {
            wxFileDialog dialog(nullptr, _("Open a Vigie database"), wxString(), wxString(),
                                _("Vigie databases (*.sqlite;*.db)|*.sqlite;*.db|All files|*"),
                                wxFD_OPEN | wxFD_FILE_MUST_EXIST);
            if (dialog.ShowModal() == wxID_OK) {
                if (auto ws =
                        openWorkspaceOrExplain(nullptr, toPath(dialog.GetPath()), false)) {
                    return ws;
                }
            }
            break;
        }
        case WelcomeDialog::TryDemo:
            if (auto ws = openDemoDatabase(nullptr)) {
                return ws;
            }
            break;
        default:
            return nullptr;
        }
    }
}

} // namespace vigie::ui
