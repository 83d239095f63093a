#include "main_frame.h"

#include <wx/aboutdlg.h>
#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/imaglist.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>

#include "import_dialog.h"
#include "meetings_section.h"
#include "solicitations_section.h"
#include "statistics_section.h"
#include "reports_section.h"
#include "settings_dialog.h"
#include "startup.h"
#include "storage/platform.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

enum {
    ID_NEW_DATABASE = wxID_HIGHEST + 1,
    ID_OPEN_DATABASE,
    ID_IMPORT,
    ID_EXPORT,
    ID_NEW_ITEM,
    ID_OPEN_ITEM,
    ID_REMOVE_ITEM,
    ID_FIND,
    ID_REFRESH,
};

} // namespace

MainFrame::MainFrame(std::unique_ptr<app::Workspace> workspace)
    : wxFrame(nullptr, wxID_ANY, "Vigie", wxDefaultPosition, wxSize(1200, 780)),
      workspace_(std::move(workspace)) {
    SetName("vigie_main");
    SetIcon(wxArtProvider::GetIcon(wxART_REPORT_VIEW, wxART_FRAME_ICON));
    buildMenus();
    buildToolBar();
    CreateStatusBar(2);
    const int widths[] = {-3, -2};
    GetStatusBar()->SetStatusWidths(2, widths);

    book_ = new wxListbook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLB_LEFT);
    auto* images = new wxImageList(32, 32);
    images->Add(wxArtProvider::GetBitmap(wxART_REPORT_VIEW, wxART_OTHER, wxSize(32, 32)));
    images->Add(wxArtProvider::GetBitmap(wxART_LIST_VIEW, wxART_OTHER, wxSize(32, 32)));
    images->Add(wxArtProvider::GetBitmap(wxART_GO_FORWARD, wxART_OTHER, wxSize(32, 32)));
    images->Add(wxArtProvider::GetBitmap(wxART_PRINT, wxART_OTHER, wxSize(32, 32)));
    book_->AssignImageList(images);
    reports_ = new ReportsSection(book_);
    addSection(reports_, 0);
    meetings_ = new MeetingsSection(book_);
    addSection(meetings_, 1);
    solicitations_ = new SolicitationsSection(book_);
    addSection(solicitations_, 2);
    statistics_ = new StatisticsSection(book_);
    addSection(statistics_, 3);
    statistics_->onShowReports = [this](const storage::ReportFilter& f, const wxString& what) {
        reports_->showFilter(f, what);
        showSection(reports_);
    };
    // Crossing from one section to another: a report's solicitations and back.
    solicitations_->onShowReports = [this](SolicitationId id) {
        reports_->showSolicitationReports(id);
        showSection(reports_);
    };
    reports_->onSolicit = [this](ReportId id) {
        showSection(solicitations_);
        solicitations_->newFor(id);
    };
    reports_->onShowSolicitation = [this](SolicitationId id) {
        showSection(solicitations_);
        solicitations_->show(id);
    };
    book_->Bind(wxEVT_LISTBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        updateStatus();
        updateMenus();
        e.Skip();
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(book_, 1, wxEXPAND);
    SetSizer(sizer);
    restoreGeometry();
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    for (auto* s : sections_) {
        s->bind(*workspace_);
    }
    updateTitle();
    updateStatus();
    updateMenus();
}

MainFrame::~MainFrame() = default;

void MainFrame::addSection(Section* section, int image) {
    sections_.push_back(section);
    section->onStatusChanged = [this] { updateStatus(); };
    book_->AddPage(section, section->title(), sections_.size() == 1, image);
}

void MainFrame::showSection(Section* section) {
    for (std::size_t i = 0; i < sections_.size(); ++i) {
        if (sections_[i] == section) {
            book_->SetSelection(i);
        }
    }
    updateStatus();
    updateMenus();
}

Section* MainFrame::currentSection() const {
    const int page = book_ ? book_->GetSelection() : wxNOT_FOUND;
    return page == wxNOT_FOUND ? nullptr : sections_[static_cast<std::size_t>(page)];
}

void MainFrame::buildMenus() {
    auto* file = new wxMenu;
    file->Append(ID_NEW_DATABASE, _("&New database...\tCtrl+Shift+N"),
                 _("Create a new, empty database file"));
    file->Append(ID_OPEN_DATABASE, _("&Open a database...\tCtrl+O"),
                 _("Open another database file"));
    file->AppendSeparator();
    file->Append(ID_IMPORT, _("&Import a CSV file...\tCtrl+I"),
                 _("Add difficulty reports from a spreadsheet file"));
    file->Append(ID_EXPORT, _("&Export the list...\tCtrl+E"),
                 _("Write the reports shown in the list to a CSV file"));
    file->AppendSeparator();
    file->Append(wxID_PREFERENCES, _("&Settings...\tCtrl+,"),
                 _("Organisation, institutions, rights, source groups, members"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));

    auto* edit = new wxMenu;
    // The labels follow the section shown (updateMenus).
    edit->Append(ID_NEW_ITEM, _("&New...\tCtrl+N"));
    edit->Append(ID_OPEN_ITEM, _("&Open...\tCtrl+Enter"));
    edit->Append(ID_REMOVE_ITEM, _("&Delete..."));
    edit->AppendSeparator();
    edit->Append(ID_FIND, _("&Search...\tCtrl+F"), _("Search the reports' text"));

    auto* view = new wxMenu;
    view->Append(ID_REFRESH, _("&Refresh\tF5"), _("Read the database again"));

    auto* help = new wxMenu;
    help->Append(wxID_ABOUT, _("&About Vigie"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    auto forSection = [this](void (Section::*command)()) {
        return [this, command](wxCommandEvent&) {
            if (Section* s = currentSection()) {
                (s->*command)();
            }
        };
    };
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onNewDatabase(); }, ID_NEW_DATABASE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onOpenDatabase(); }, ID_OPEN_DATABASE);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onImport(); }, ID_IMPORT);
    Bind(wxEVT_MENU, forSection(&Section::exportList), ID_EXPORT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onSettings(); }, wxID_PREFERENCES);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, forSection(&Section::newItem), ID_NEW_ITEM);
    Bind(wxEVT_MENU, forSection(&Section::openSelected), ID_OPEN_ITEM);
    Bind(wxEVT_MENU, forSection(&Section::removeSelected), ID_REMOVE_ITEM);
    Bind(wxEVT_MENU, forSection(&Section::focusSearch), ID_FIND);
    Bind(wxEVT_MENU, forSection(&Section::refresh), ID_REFRESH);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onAbout(); }, wxID_ABOUT);
}

void MainFrame::buildToolBar() {
    wxToolBar* bar = CreateToolBar(wxTB_HORIZONTAL | wxTB_TEXT | wxTB_FLAT);
    const wxSize size(24, 24);
    bar->AddTool(ID_NEW_ITEM, _("New"), wxArtProvider::GetBitmap(wxART_NEW, wxART_TOOLBAR, size),
                 _("Write a new difficulty report (Ctrl+N)"));
    bar->AddTool(ID_OPEN_ITEM, _("Open"), wxArtProvider::GetBitmap(wxART_EDIT, wxART_TOOLBAR, size),
                 _("Open the selected report (Enter)"));
    bar->AddTool(ID_REMOVE_ITEM, _("Withdraw"),
                 wxArtProvider::GetBitmap(wxART_DELETE, wxART_TOOLBAR, size),
                 _("Withdraw the selected report: kept, never counted (Del)"));
    bar->AddSeparator();
    bar->AddTool(ID_FIND, _("Search"), wxArtProvider::GetBitmap(wxART_FIND, wxART_TOOLBAR, size),
                 _("Search the reports' text (Ctrl+F)"));
    bar->AddSeparator();
    bar->AddTool(ID_IMPORT, _("Import"),
                 wxArtProvider::GetBitmap(wxART_FILE_OPEN, wxART_TOOLBAR, size),
                 _("Add reports from a CSV file (Ctrl+I)"));
    bar->AddTool(ID_EXPORT, _("Export"),
                 wxArtProvider::GetBitmap(wxART_FILE_SAVE_AS, wxART_TOOLBAR, size),
                 _("Write the listed reports to a CSV file (Ctrl+E)"));
    bar->AddSeparator();
    bar->AddTool(wxID_PREFERENCES, _("Settings"),
                 wxArtProvider::GetBitmap(wxART_EXECUTABLE_FILE, wxART_TOOLBAR, size),
                 _("Organisation and reference data (Ctrl+,)"));
    bar->Realize();
}

void MainFrame::updateMenus() {
    Section* s = currentSection();
    if (!s || !GetMenuBar()) {
        return;
    }
    GetMenuBar()->SetLabel(ID_NEW_ITEM, s->commandLabel(Section::Command::New));
    GetMenuBar()->SetLabel(ID_OPEN_ITEM, s->commandLabel(Section::Command::Open));
    GetMenuBar()->SetLabel(ID_REMOVE_ITEM, s->commandLabel(Section::Command::Remove));
    wxToolBar* bar = GetToolBar();
    for (auto [id, command] : {std::pair{ID_NEW_ITEM, Section::Command::New},
                               std::pair{ID_OPEN_ITEM, Section::Command::Open},
                               std::pair{ID_REMOVE_ITEM, Section::Command::Remove}}) {
        const Section::Tool t = s->tool(command);
        GetMenuBar()->Enable(id, !t.label.empty());
        if (bar) {
            bar->EnableTool(id, !t.label.empty());
            if (!t.label.empty()) {
                bar->FindById(id)->SetLabel(t.label);
                bar->SetToolShortHelp(id, t.tip);
            }
        }
    }
    if (bar) {
        bar->Realize();
    }
}

void MainFrame::updateTitle() {
    const auto& info = workspace_->info();
    SetTitle(wxString::Format("%s \u2014 Vigie", wx(info.path.filename().string())));
}

void MainFrame::updateStatus() {
    if (!GetStatusBar()) {
        return;
    }
    Section* s = currentSection();
    wxString text = s ? s->statusText() : wxString();
    // Late answers matter whatever the section: the facilitator chases them.
    if (s != solicitations_) {
        if (const auto late = workspace_->store().solicitations().overdueCount(Date::today())) {
            text += " \u2014 " + wxString::Format(wxPLURAL("%lld solicitation late",
                                                            "%lld solicitations late", late),
                                                   static_cast<long long>(late));
        }
    }
    SetStatusText(text, 0);
    const auto& info = workspace_->info();
    wxString where = wx(storage::utf8(info.path));
    if (info.readOnly) {
        where = _("Read-only: ") + where;
    } else if (info.onNetworkShare) {
        where = _("Network share (rollback journal): ") + where;
    }
    SetStatusText(where, 1);
}

void MainFrame::useWorkspace(std::unique_ptr<app::Workspace> workspace) {
    workspace_ = std::move(workspace);
    rememberDatabase(workspace_->info().path);
    for (auto* s : sections_) {
        s->bind(*workspace_);
    }
    updateTitle();
    updateStatus();
}

void MainFrame::onOpenDatabase() {
    wxFileDialog dialog(this, _("Open a Vigie database"), wxString(), wxString(),
                        _("Vigie databases (*.sqlite;*.db)|*.sqlite;*.db|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    if (auto ws =
            openWorkspaceOrExplain(this, std::filesystem::path(utf8(dialog.GetPath())), false)) {
        useWorkspace(std::move(ws));
    }
}

void MainFrame::onNewDatabase() {
    wxFileDialog dialog(this, _("Create a Vigie database"), wxString(), "vigie.sqlite",
                        _("Vigie databases (*.sqlite)|*.sqlite"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    const std::filesystem::path path(utf8(dialog.GetPath()));
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
        // Never overwrite: a file chosen here that exists already is opened, not replaced.
        wxMessageBox(_("This file exists already: Vigie opens it instead of replacing it."),
                     _("New database"), wxOK | wxICON_INFORMATION, this);
    }
    if (auto ws = openWorkspaceOrExplain(this, path, true)) {
        useWorkspace(std::move(ws));
    }
}

void MainFrame::onImport() {
    ImportDialog dialog(this, *workspace_);
    if (dialog.ShowModal() == wxID_OK) {
        for (auto* s : sections_) {
            s->refresh();
        }
    }
}

void MainFrame::onSettings() {
    SettingsDialog dialog(this, *workspace_);
    dialog.ShowModal();
    for (auto* s : sections_) {
        s->refresh();
    }
}

void MainFrame::onAbout() {
    wxAboutDialogInfo info;
    info.SetName("Vigie");
    info.SetVersion(VIGIE_VERSION);
    info.SetDescription(_("Difficulty reports, meetings and annual report of the "
                          "access-to-rights watch groups."));
    info.SetLicence(_("GNU General Public License, version 3 or later."));
    info.AddDeveloper("Vigie");
    wxAboutBox(info, this);
}

void MainFrame::restoreGeometry() {
    wxConfigBase* config = wxConfigBase::Get();
    const int w = config->ReadLong("/Window/Width", 1200);
    const int h = config->ReadLong("/Window/Height", 780);
    SetSize(w, h);
    const int x = config->ReadLong("/Window/X", -1);
    const int y = config->ReadLong("/Window/Y", -1);
    if (x >= 0 && y >= 0) {
        Move(x, y);
    } else {
        Centre();
    }
    if (config->ReadBool("/Window/Maximized", false)) {
        Maximize();
    }
}

void MainFrame::saveGeometry() {
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/Window/Maximized", IsMaximized());
    if (!IsMaximized() && !IsIconized()) {
        const wxRect r = GetRect();
        config->Write("/Window/X", r.x);
        config->Write("/Window/Y", r.y);
        config->Write("/Window/Width", r.width);
        config->Write("/Window/Height", r.height);
    }
    for (auto* s : sections_) {
        s->saveLayout();
    }
    config->Flush();
}

void MainFrame::onClose(wxCloseEvent& event) {
    saveGeometry();
    event.Skip();
}

} // namespace vigie::ui
