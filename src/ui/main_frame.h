// The main window: a navigation between the sections, menus, toolbar and status bar.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include <wx/frame.h>
#include <wx/listbook.h>

#include "app/workspace.h"
#include "section.h"

namespace vigie::ui {

class MeetingsSection;
class SolicitationsSection;
class StatisticsSection;
class ReportsSection;

class MainFrame : public wxFrame {
public:
    explicit MainFrame(std::unique_ptr<app::Workspace> workspace);
    ~MainFrame() override;

    // Switches to another database (File > Open, File > New).
    void useWorkspace(std::unique_ptr<app::Workspace> workspace);
    app::Workspace& workspace() { return *workspace_; }
    ReportsSection* reports() const { return reports_; }
    MeetingsSection* meetings() const { return meetings_; }
    SolicitationsSection* solicitations() const { return solicitations_; }
    StatisticsSection* statistics() const { return statistics_; }
    // Shows a section as a click in the navigation would.
    void showSection(Section* section);
    Section* currentSection() const;
    void updateStatus();

private:
    void buildMenus();
    void buildToolBar();
    void addSection(Section* section, int image);
    void restoreGeometry();
    void saveGeometry();
    void updateTitle();
    void updateMenus();
    void onOpenDatabase();
    void onNewDatabase();
    void onImport();
    void onSettings();
    void onAbout();
    void onClose(wxCloseEvent& event);

    std::unique_ptr<app::Workspace> workspace_;
    wxListbook* book_ = nullptr;
    std::vector<Section*> sections_;
    ReportsSection* reports_ = nullptr;
    MeetingsSection* meetings_ = nullptr;
    SolicitationsSection* solicitations_ = nullptr;
    StatisticsSection* statistics_ = nullptr;
};

} // namespace vigie::ui
