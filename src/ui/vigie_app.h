// The desktop program: toolkit set-up (French, forms, settings file) and start-up.
#pragma once

#include <wx/app.h>

#include "startup.h"

namespace vigie::ui {

class MainFrame;

class VigieApp : public wxApp {
public:
    bool OnInit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    // An error no window caught: said in a message, and the program goes on (the database
    // is safe: the unit of work that threw was rolled back).
    bool OnExceptionInMainLoop() override;
    // Each window shown gets its controls named for screen readers (screen_reader.h).
    int FilterEvent(wxEvent& event) override;

    // Language, catalogs, forms, image handlers, settings file. Never blocks on a missing
    // system locale.
    bool initialiseToolkit();
    // Opens the database (asking on the first start) and shows the main window.
    MainFrame* launch(const LaunchOptions& options);

private:
    LaunchOptions options_;
};

} // namespace vigie::ui
