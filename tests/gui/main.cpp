// The GUI tests' entry point: real windows under Xvfb (no window manager), the toolkit
// set up exactly as the program does, doctest driving. Without a display it fails loudly.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#include <wx/app.h>
#include <wx/init.h>

#include "ui/vigie_app.h"

namespace {

// The program's own application class, minus the start-up: each test launches it.
class TestApp : public vigie::ui::VigieApp {
public:
    bool OnInit() override { return initialiseToolkit(); }
    // The program shows such errors in a message box; a test must stop on them instead.
    bool OnExceptionInMainLoop() override { throw; }
};

void onAlarm(int) {
    std::fputs("GUI test stuck (a modal dialog left open?): aborting\n", stderr);
    std::_Exit(3);
}

} // namespace

int main(int argc, char** argv) {
    const char* display = std::getenv("DISPLAY");
    if (!display || !*display) {
        std::fputs("GUI tests need a display: run them under xvfb-run (ctest does). FAILED.\n",
                   stderr);
        return 2;
    }
    std::signal(SIGALRM, onAlarm);
    alarm(std::getenv("VIGIE_GUI_TIMEOUT") ? std::atoi(std::getenv("VIGIE_GUI_TIMEOUT")) : 240);
    wxApp::SetInstance(new TestApp);
    int wxArgc = 1;
    char* wxArgv[] = {argv[0], nullptr};
    if (!wxEntryStart(wxArgc, wxArgv)) {
        std::fputs("GUI tests: the toolkit could not start on this display. FAILED.\n", stderr);
        return 2;
    }
    if (!wxTheApp->CallOnInit()) {
        std::fputs("GUI tests: initialisation failed. FAILED.\n", stderr);
        wxEntryCleanup();
        return 2;
    }
    doctest::Context context(argc, argv);
    const int result = context.run();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
