// The main window: a navigation between the sections, menus, toolbar and status bar.
#pragma once

#include <thread>

#include <filesystem>
#include <memory>
#include <vector>

#include <wx/frame.h>
#include <wx/infobar.h>
#include <wx/listbook.h>

#include "app/workspace.h"
#include "section.h"

namespace vigie::ui {

class AidsSection;
class FaqSection;
class MeetingsSection;
class OutreachSection;
class SolicitationsSection;
class StatisticsSection;
class ReportsSection;
class RetentionReminder;

class MainFrame : public wxFrame {
public:
    explicit MainFrame(std::unique_ptr<app::Workspace> workspace);
    ~MainFrame() override;

    // Reloads `section` when the database changed since it was loaded; true when it did.
    bool reloadIfStale(Section* section);
    // Switches to another database (File > Open, File > New).
    void useWorkspace(std::unique_ptr<app::Workspace> workspace);
    // File > Open a shared database... (public for the GUI tests).
    void onOpenSharedDatabase();
    app::Workspace& workspace() { return *workspace_; }
    ReportsSection* reports() const { return reports_; }
    MeetingsSection* meetings() const { return meetings_; }
    SolicitationsSection* solicitations() const { return solicitations_; }
    StatisticsSection* statistics() const { return statistics_; }
    OutreachSection* outreach() const { return outreach_; }
    AidsSection* aids() const { return aids_; }
    FaqSection* faq() const { return faq_; }
    // Shows a section as a click in the navigation would.
    void showSection(Section* section);
    Section* currentSection() const;
    void updateStatus();
    // File > Back up now; returns the copy's path (empty when it failed, after saying why).
    std::filesystem::path backUpNow();
    std::filesystem::path saveSiteAsFile();
    // Puts a backup copy in place of the database, the current content copied first.
    bool restoreFrom(const std::filesystem::path& backup);
    // Waits for the day's automatic copy, if one is being made.
    void waitForDailyCopy();
    // The banner shown above the sections (read-only database), for the tests.
    wxInfoBar* banner() const { return banner_; }
    // Opens the user guide on this page ("fiches.html").
    void showHelp(const std::string& page);

private:
    void bindSections();
    void buildMenus();
    void bindMenus();
    void buildToolBar();
    void addSection(Section* section, int image);
    void restoreGeometry();
    void saveGeometry();
    void updateTitle();
    void updateMenus();
    void onOpenDatabase();
    void onNewDatabase();
    void onImport();
    void onSettings(const wxString& page = {}); // opened on that page
    void onAbout();
    void onRestore();
    bool isCurrentDatabase(const std::filesystem::path& file); // and says so
    void updateBanner();
    void onClose(wxCloseEvent& event);

    std::unique_ptr<app::Workspace> workspace_;
    // The day's automatic copy, made beside the window's work (a large base takes a
    // moment); joined before the database changes hands or the window goes.
    std::thread dailyCopy_;
    wxListbook* book_ = nullptr;
    wxInfoBar* banner_ = nullptr;
    RetentionReminder* reminder_ = nullptr; // reports due for erasure, once a month
    std::vector<Section*> sections_;
    ReportsSection* reports_ = nullptr;
    MeetingsSection* meetings_ = nullptr;
    SolicitationsSection* solicitations_ = nullptr;
    StatisticsSection* statistics_ = nullptr;
    OutreachSection* outreach_ = nullptr;
    AidsSection* aids_ = nullptr;
    FaqSection* faq_ = nullptr;
};

} // namespace vigie::ui
