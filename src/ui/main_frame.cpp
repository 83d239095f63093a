#include "main_frame.h"

#include <algorithm>

#include <wx/aboutdlg.h>
#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/display.h>
#include <wx/filedlg.h>
#include <wx/imaglist.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>

#include "aids_section.h"
#include "faq_section.h"
#include "import_dialog.h"
#include "meetings_section.h"
#include "observatory_actions.h"
#include "outreach_section.h"
#include "solicitations_section.h"
#include "statistics_section.h"
#include "report_details.h"
#include "reports_section.h"
#include "restore_dialog.h"
#include "retention_reminder.h"
#include "settings_dialog.h"
#include "shared_database_dialog.h"
#include "startup.h"
#include "help_window.h"
#include "history_dialog.h"
#include "app/solicitation_service.h"
#include "app/backups.h"
#include "platform/system.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

enum {
    ID_NEW_DATABASE = wxID_HIGHEST + 1,
    ID_OPEN_DATABASE,
    ID_OPEN_SHARED,
    ID_IMPORT,
    ID_EXPORT,
    ID_NEW_ITEM,
    ID_OPEN_ITEM,
    ID_REMOVE_ITEM,
    ID_FIND,
    ID_REFRESH,
    ID_BACKUP,
    ID_RESTORE,
    ID_SECTION_1, // Ctrl+1 .. Ctrl+7: the sections in order
    ID_SECTION_2,
    ID_SECTION_3,
    ID_SECTION_4,
    ID_SECTION_5,
    ID_SECTION_6,
    ID_SECTION_7,
    ID_KEYS_HELP,
    ID_HISTORY,
};

} // namespace

MainFrame::MainFrame(std::unique_ptr<app::Workspace> workspace)
    : wxFrame(nullptr, wxID_ANY, "Vigie", wxDefaultPosition, wxSize(1200, 780)),
      workspace_(std::move(workspace)) {
    SetName("vigie_main");
    // Vigie's own icon at every size the desktop may ask for.
    wxIconBundle icons;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        const wxString file = wx(platform::utf8(platform::applicationIcon(size)));
        if (wxFileExists(file)) {
            icons.AddIcon(file, wxBITMAP_TYPE_PNG);
        }
    }
#ifdef __WXMSW__
    if (icons.IsEmpty()) {
        icons.AddIcon(wxICON(appicon)); // embedded by vigie.rc
    }
#endif
    if (!icons.IsEmpty()) {
        SetIcons(icons);
    }
    buildMenus();
    buildToolBar();
    CreateStatusBar(2);
    const int widths[] = {-3, -2};
    GetStatusBar()->SetStatusWidths(2, widths);

    book_ = new wxListbook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLB_LEFT);
    nameForScreenReaders(book_->GetListView(), _("Sections"));
    auto* images = new wxImageList(32, 32);
    images->Add(wxArtProvider::GetBitmap(wxART_REPORT_VIEW, wxART_OTHER, wxSize(32, 32)));
    images->Add(wxArtProvider::GetBitmap(wxART_LIST_VIEW, wxART_OTHER, wxSize(32, 32)));
    images->Add(wxArtProvider::GetBitmap(wxART_GO_FORWARD, wxART_OTHER, wxSize(32, 32)));
    images->Add(wxArtProvider::GetBitmap(wxART_PRINT, wxART_OTHER, wxSize(32, 32)));
    images->Add(wxArtProvider::GetBitmap(wxART_GO_HOME, wxART_OTHER, wxSize(32, 32)));
    images->Add(wxArtProvider::GetBitmap(wxART_TIP, wxART_OTHER, wxSize(32, 32)));
    book_->AssignImageList(images);
    reports_ = new ReportsSection(book_);
    addSection(reports_, 0);
    meetings_ = new MeetingsSection(book_);
    addSection(meetings_, 1);
    solicitations_ = new SolicitationsSection(book_);
    addSection(solicitations_, 2);
    statistics_ = new StatisticsSection(book_);
    addSection(statistics_, 3);
    // Last, so that Ctrl+1 to Ctrl+4 keep their sections.
    outreach_ = new OutreachSection(book_);
    addSection(outreach_, 4);
    // A report raised during a session is written in the reports' own editor, then linked.
    outreach_->onNewReport = [this](DifficultyReport r) { return reports_->edit(std::move(r)); };
    aids_ = new AidsSection(book_);
    addSection(aids_, 5);
    // « Aide accordée… » on a report: the aid form, pre-filled from it.
    reports_->onGrantAid = [this](ReportId id) {
        showSection(aids_);
        aids_->grantFor(id);
    };
    faq_ = new FaqSection(book_);
    addSection(faq_, 5);
    // « Rédiger la réponse FAQ… » on a meeting's decision: the answer form over the meeting,
    // pre-filled from the report.
    meetings_->onWriteFaq = [this](ReportId id, wxWindow* over) { faq_->writeFor(id, over); };
    statistics_->onShowReports = [this](const ReportFilter& f, const wxString& what) {
        reports_->showFilter(f, what);
        showSection(reports_);
    };
    // A recurring problem on the agenda, alerted about, or put to its institution.
    statistics_->observatory()->onAct = [this](ProblemAction action, const RecurringProblem& p,
                                               const Period& period) {
        actOnProblem(*this, action, p, period);
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
    reports_->onFirstStep = [this](const wxString& link) {
        if (link == kSettingsLink) {
            onSettings();
        } else if (link == kImportLink) {
            onImport();
        }
    };
    reports_->onShowSolicitation = [this](SolicitationId id) {
        showSection(solicitations_);
        solicitations_->show(id);
    };
    book_->Bind(wxEVT_LISTBOOK_PAGE_CHANGED, [this](wxBookCtrlEvent& e) {
        if (Section* s = currentSection()) {
            reloadIfStale(s);
            s->shown();
            // On a small screen GTK left the previous section's controls painted over the
            // navigation until the next resize.
            s->Layout();
            book_->Refresh();
        }
        updateStatus();
        updateMenus();
        e.Skip();
    });

    banner_ = new wxInfoBar(this);
    banner_->SetName("database_banner");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(banner_, 0, wxEXPAND);
    reminder_ = new RetentionReminder(this, [this] { onSettings("retention_page"); });
    sizer->Add(reminder_, 0, wxEXPAND);
    sizer->Add(book_, 1, wxEXPAND);
    SetSizer(sizer);
    restoreGeometry();
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::onClose, this);
    // Back from a dialog, another window or another program: what changed meanwhile shows.
    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& e) {
        if (e.GetActive() && reloadIfStale(currentSection())) {
            updateStatus();
        }
        e.Skip();
    });
    bindSections();
    updateTitle();
    updateStatus();
    updateMenus();
    updateBanner();
}

MainFrame::~MainFrame() {
    waitForDailyCopy();
}

void MainFrame::waitForDailyCopy() {
    if (dailyCopy_.joinable()) {
        dailyCopy_.join();
    }
}

void MainFrame::updateBanner() {
    const auto& info = workspace_->info();
    if (info.readOnly) {
        // Visible above everything: changes would fail, the user must know why before.
        banner_->ShowMessage(
            wxString::Format(_("Read-only: %s cannot be changed from this window (the file, "
                               "its folder or its disk is read-only, or another Vigie window "
                               "has it open). Figures and documents can still be read and "
                               "printed."),
                             wx(platform::utf8(info.location.filename()))),
            wxICON_WARNING);
    } else {
        banner_->Dismiss();
        // The copy of the day, before any change: a mistake made today can be undone from
        // File > Restore. A failure must be seen (a full disk), without stopping the work.
        auto failed = [this](const std::string& why) {
            banner_->ShowMessage(
                wxString::Format(_("The automatic backup of the day could not be made: %s"),
                                 wx(why)),
                wxICON_WARNING);
        };
        waitForDailyCopy();
        try {
            if (auto plan = app::planDailyBackup(*workspace_)) {
                dailyCopy_ = std::thread([this, failed, plan = *plan] {
                    try {
                        app::makeDailyBackup(plan);
                    } catch (const std::exception& e) {
                        CallAfter([failed, why = std::string(e.what())] { failed(why); });
                    }
                });
            }
        } catch (const std::exception& e) {
            failed(e.what());
        }
    }
    const bool writable = !info.readOnly;
    for (int id : {static_cast<int>(ID_IMPORT), static_cast<int>(ID_BACKUP),
                   static_cast<int>(ID_RESTORE), static_cast<int>(wxID_PREFERENCES)}) {
        GetMenuBar()->Enable(id, writable || id == ID_BACKUP);
    }
    GetToolBar()->EnableTool(ID_IMPORT, writable);
    updateMenus();
}

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
    if (app::canOpenSharedDatabases()) {
        file->Append(ID_OPEN_SHARED, _("Open a &shared database..."),
                     _("A database shared by several watch groups on a server (PostgreSQL), "
                       "and your site in it"));
    }
    file->AppendSeparator();
    file->Append(ID_IMPORT, _("&Import a CSV file...\tCtrl+I"),
                 _("Add difficulty reports from a spreadsheet file"));
    file->Append(ID_EXPORT, _("&Export the list...\tCtrl+E"),
                 _("Write the reports shown in the list to a CSV file"));
    file->AppendSeparator();
    file->Append(ID_BACKUP, _("&Back up now"),
                 _("Write a dated copy of the database next to it"));
    file->Append(ID_RESTORE, _("&Restore from a backup..."),
                 _("Put a backup copy in place of the database (the current one is kept)"));
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
    edit->AppendSeparator();
    edit->Append(ID_HISTORY, _("Change &history...\tCtrl+H"),
                 _("Who changed what and when, in the whole database"));

    auto* view = new wxMenu;
    view->Append(ID_SECTION_1, _("&Reports\tCtrl+1"));
    view->Append(ID_SECTION_2, _("&Meetings\tCtrl+2"));
    view->Append(ID_SECTION_3, _("&Solicitations\tCtrl+3"));
    view->Append(ID_SECTION_4, _("S&tatistics\tCtrl+4"));
    view->Append(ID_SECTION_5, _("&Outreach\tCtrl+5"));
    view->Append(ID_SECTION_6, _("&Emergency aid\tCtrl+6"));
    view->Append(ID_SECTION_7, _("&FAQ\tCtrl+7"));
    view->AppendSeparator();
    view->Append(ID_REFRESH, _("&Refresh\tF5"), _("Read the database again"));

    auto* help = new wxMenu;
    help->Append(wxID_HELP, _("&User guide\tF1"), _("The guide's page about what is shown"));
    help->Append(ID_KEYS_HELP, _("&Keyboard shortcuts"));
    help->AppendSeparator();
    help->Append(wxID_ABOUT, _("&About Vigie"));

    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);
    bindMenus();
}

// What each menu command does: the database's own, or the section shown's.
void MainFrame::bindMenus() {
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
        wxEVT_MENU, [this](wxCommandEvent&) { onOpenSharedDatabase(); }, ID_OPEN_SHARED);
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
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { backUpNow(); }, ID_BACKUP);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { onRestore(); }, ID_RESTORE);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent& e) {
            const auto i = static_cast<std::size_t>(e.GetId() - ID_SECTION_1);
            if (i < sections_.size()) {
                showSection(sections_[i]);
            }
        },
        ID_SECTION_1, ID_SECTION_7);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        showHelp(currentSection() ? currentSection()->helpPage() : "index.html");
    }, wxID_HELP);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showHelp("clavier.html"); }, ID_KEYS_HELP);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        HistoryDialog dialog(this, *workspace_);
        dialog.ShowModal();
    }, ID_HISTORY);
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
    GetMenuBar()->SetLabel(ID_FIND, s->commandLabel(Section::Command::Find));
    GetMenuBar()->SetLabel(ID_EXPORT, s->commandLabel(Section::Command::Export));
    wxToolBar* bar = GetToolBar();
    for (auto [id, command] : {std::pair{ID_NEW_ITEM, Section::Command::New},
                               std::pair{ID_OPEN_ITEM, Section::Command::Open},
                               std::pair{ID_REMOVE_ITEM, Section::Command::Remove},
                               std::pair{ID_FIND, Section::Command::Find},
                               std::pair{ID_EXPORT, Section::Command::Export}}) {
        const Section::Tool t = s->tool(command);
        // A read-only database can be read and opened, not added to or removed from.
        const bool changes = command == Section::Command::New || command == Section::Command::Remove;
        const bool enabled = !t.label.empty() && !(changes && workspace_->info().readOnly);
        GetMenuBar()->Enable(id, enabled);
        if (bar) {
            bar->EnableTool(id, enabled);
            if (!t.label.empty()) {
                bar->FindById(id)->SetLabel(t.label);
                bar->SetToolShortHelp(id, t.tip);
            } else if (command == Section::Command::Remove) {
                // Greyed out here: a neutral word, not the previous section's "Withdraw".
                bar->FindById(id)->SetLabel(_("Delete"));
                bar->SetToolShortHelp(id, wxString());
            }
        }
    }
    if (bar) {
        bar->Realize();
    }
}

void MainFrame::updateTitle() {
    const auto& info = workspace_->info();
    SetTitle(wxString::Format(L"%s \u2014 Vigie", wxPath(info.location.filename())));
}

void MainFrame::updateStatus() {
    if (!GetStatusBar()) {
        return;
    }
    Section* s = currentSection();
    wxString text = s ? s->statusText() : wxString();
    // Late answers matter whatever the section: the facilitator chases them.
    if (s != solicitations_) {
        if (const auto late = app::SolicitationService(workspace_->store(), workspace_->actor()).overdueCount(Date::today())) {
            text += L" \u2014 " + wxString::Format(wxPLURAL("%lld solicitation late",
                                                            "%lld solicitations late", late),
                                                   static_cast<long long>(late));
        }
    }
    SetStatusText(text, 0);
    const auto& info = workspace_->info();
    wxString where = wx(platform::utf8(info.location));
    if (info.readOnly) {
        where = _("Read-only: ") + where;
    } else if (info.onNetworkShare) {
        where = _("Network share (rollback journal): ") + where;
    }
    SetStatusText(where, 1);
}

void MainFrame::bindSections() {
    // Before the sections read: noting the monthly reminder writes to the database.
    reminder_->offer(*workspace_);
    // Only the section in view reads the database now (the first page of a large one
    // must show fast); the others load when they come into view.
    for (auto* s : sections_) {
        s->bind(*workspace_);
        s->loaded = app::ChangeStamp{};
    }
    reloadIfStale(currentSection());
}

bool MainFrame::reloadIfStale(Section* section) {
    if (!workspace_ || !section) {
        return false;
    }
    const auto now = workspace_->changeStamp();
    if (section->loaded == now) {
        return false;
    }
    section->refresh(); // reads only: the stamp stays `now`
    section->loaded = now;
    return true;
}

void MainFrame::useWorkspace(std::unique_ptr<app::Workspace> workspace) {
    workspace_ = std::move(workspace);
    rememberDatabase(*workspace_);
    bindSections();
    updateTitle();
    updateStatus();
    updateMenus();
    updateBanner();
}

bool MainFrame::isCurrentDatabase(const std::filesystem::path& file) {
    std::error_code ec;
    if (std::filesystem::equivalent(file, workspace_->info().location, ec)) {
        wxMessageBox(_("This database is the one open in this window."), _("Open a database"),
                     wxOK | wxICON_INFORMATION, this);
        return true;
    }
    return false;
}

// On a shared database the server's copies are its administrator's: what the site can
// do is take its data home, as a Vigie file (app::backupTo).
std::filesystem::path MainFrame::saveSiteAsFile() {
    wxFileDialog dialog(this, _("Save the site's data as a Vigie file"), wxString(),
                        wxString::Format("vigie-%s.sqlite", wx(Date::today().iso())),
                        _("Vigie databases (*.sqlite)|*.sqlite"), wxFD_SAVE);
    if (dialog.ShowModal() != wxID_OK) {
        return {};
    }
    const auto file = toPath(dialog.GetPath());
    try {
        wxBusyCursor busy;
        app::backupTo(*workspace_, file);
        SetStatusText(wxString::Format(_("The site's data were written to %s"),
                                       wx(platform::utf8(file))),
                      0);
        return file;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The backup was not written"), wxOK | wxICON_ERROR, this);
        return {};
    }
}

std::filesystem::path MainFrame::backUpNow() {
    if (workspace_->info().shared) {
        return saveSiteAsFile();
    }
    try {
        wxBusyCursor busy;
        const auto copy = app::backupNow(*workspace_);
        SetStatusText(wxString::Format(_("Backup written: %s"), wx(platform::utf8(copy))), 0);
        return copy;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The backup was not written"), wxOK | wxICON_ERROR, this);
        return {};
    }
}

bool MainFrame::restoreFrom(const std::filesystem::path& backup) {
    waitForDailyCopy(); // never replace a file while it is being copied
    const std::filesystem::path db = workspace_->info().location;
    std::filesystem::path before;
    try {
        wxBusyCursor busy;
        before = app::restoreBackup(*workspace_, backup);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The backup was not restored"), wxOK | wxICON_ERROR, this);
        return false;
    }
    // Opened again: the copy may be of an older version, upgraded on opening. This window
    // keeps its lock on the file meanwhile (the workspace hands it over).
    std::unique_ptr<app::Workspace> reopened;
    try {
        reopened = workspace_->reopen();
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Vigie cannot open this database"), wxOK | wxICON_ERROR, this);
        return false;
    }
    useWorkspace(std::move(reopened));
    SetStatusText(wxString::Format(_("Backup restored; the previous content is kept in %s"),
                                   wx(platform::utf8(before.filename()))),
                  0);
    return true;
}

void MainFrame::onRestore() {
    if (workspace_->info().shared) {
        wxMessageBox(_("A shared database is restored by its administrator on the server "
                       "(pg_dump and pg_restore), not by Vigie. To take this site's data "
                       "home, use File > Back up now: it writes them as a Vigie file."),
                     _("Restore a backup"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    RestoreDialog dialog(this, app::listBackups(workspace_->info().location));
    if (dialog.ShowModal() != wxID_OK || dialog.chosen().empty()) {
        return;
    }
    wxMessageDialog confirm(
        this,
        wxString::Format(_("Put the copy of %s in place of the database?\n\nWhat the database "
                           "holds now is copied first, and can be restored the same way."),
                         dialog.chosenDate()),
        _("Restore from a backup"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("&Restore"), _("&Cancel"));
    if (confirm.ShowModal() == wxID_YES) {
        restoreFrom(dialog.chosen());
    }
}

void MainFrame::showHelp(const std::string& page) {
    HelpWindow::show(this, page);
}

void MainFrame::onOpenDatabase() {
    wxFileDialog dialog(this, _("Open a Vigie database"), wxString(), wxString(),
                        _("Vigie databases (*.sqlite;*.db)|*.sqlite;*.db|All files|*"),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    const std::filesystem::path chosen = toPath(dialog.GetPath());
    if (isCurrentDatabase(chosen)) {
        return;
    }
    if (auto ws = openWorkspaceOrExplain(this, chosen, false)) {
        useWorkspace(std::move(ws));
    }
}

void MainFrame::onOpenSharedDatabase() {
    const auto chosen = chooseSharedDatabase(this);
    if (!chosen) {
        return;
    }
    if (auto ws = openWorkspaceOrExplain(this, toPath(wx(chosen->uri)), false,
                                         chosen->site)) {
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
    const std::filesystem::path path = toPath(dialog.GetPath());
    if (isCurrentDatabase(path)) {
        return;
    }
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

void MainFrame::onSettings(const wxString& page) {
    SettingsDialog dialog(this, *workspace_);
    dialog.showPage(page);
    dialog.ShowModal();
    for (auto* s : sections_) {
        s->refresh();
    }
}

void MainFrame::onAbout() {
    wxAboutDialogInfo info;
    info.SetName("Vigie");
    info.SetVersion(VIGIE_VERSION);
    info.SetDescription(_("Difficulty reports, meetings, solicitations and annual report of "
                          "the access-to-rights watch groups of the CCAS."));
    info.SetCopyright(_("Free software: GNU General Public License, version 3 or later."));
    info.SetLicence(_("Vigie is free software: you can redistribute it and/or modify it under "
                      "the terms of the GNU General Public License as published by the Free "
                      "Software Foundation, either version 3 of the License, or (at your "
                      "option) any later version. It comes without any warranty; see the "
                      "licence for details."));
    info.AddDeveloper(_("The Vigie developers"));
    // The libraries Vigie is made with, with their licences.
    for (const char* credit :
         {"wxWidgets (wxWindows Library Licence)", "SQLite (public domain)",
          "SQLiteCpp (MIT)", "{fmt} (MIT)", "libharu (zlib/libpng)",
          "libxlsxwriter (BSD-2-Clause)", "nlohmann/json (MIT)", "DejaVu fonts (free licence)",
          "doctest (MIT)"}) {
        info.AddArtist(credit);
    }
    info.SetWebSite("https://example.org/vigie", _("Vigie's web site"));
    wxAboutBox(info, this);
}

void MainFrame::restoreGeometry() {
    wxConfigBase* config = wxConfigBase::Get();
    // Never larger than the screen (a 1366×768 laptop, a 1024×768 projector): the status
    // bar and the last buttons must stay in view, also after moving to a smaller screen.
    const int x = config->ReadLong("/Window/X", -1);
    const int y = config->ReadLong("/Window/Y", -1);
    const int screenIndex = x >= 0 && y >= 0 ? wxDisplay::GetFromPoint(wxPoint(x, y)) : wxNOT_FOUND;
    const wxRect screen = wxDisplay(screenIndex == wxNOT_FOUND ? 0u
                                                               : static_cast<unsigned>(screenIndex))
                              .GetClientArea();
    const int w = std::min<int>(config->ReadLong("/Window/Width", FromDIP(1280)),
                                screen.width * 95 / 100);
    const int h = std::min<int>(config->ReadLong("/Window/Height", FromDIP(860)),
                                screen.height * 92 / 100);
    SetSize(w, h);
    if (screenIndex != wxNOT_FOUND && screen.Contains(wxPoint(x + 40, y + 20))) {
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
    waitForDailyCopy();
    saveGeometry();
    event.Skip();
}

} // namespace vigie::ui
