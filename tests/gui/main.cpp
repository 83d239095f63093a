// The GUI tests' entry point: real windows under Xvfb (no window manager), the toolkit
// set up exactly as the program does, doctest driving. Without a display it fails loudly.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <execinfo.h>
#include <sys/prctl.h>
#include <sys/wait.h>
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

// Where a stuck run is: running the tests, closing the toolkit, or leaving the process.
volatile std::sig_atomic_t phase = 0;
char ownPid[16];

// A stuck test must say where it is stuck: a CI log is all there is afterwards. The main
// thread's stack always; every thread's through gdb when the machine has it.
void onAlarm(int) {
    const char* where[] = {"GUI test stuck (a modal dialog left open?): aborting\n",
                           "GUI tests finished but the toolkit did not close: aborting\n",
                           "GUI tests finished, toolkit closed, the process did not end: aborting\n"};
    // Only async-signal-safe calls: the hang may hold stdio's or malloc's lock.
    (void)!write(STDERR_FILENO, where[phase], std::strlen(where[phase]));
    void* frames[64];
    backtrace_symbols_fd(frames, backtrace(frames, 64), STDERR_FILENO);
    if (access("/usr/bin/gdb", X_OK) == 0 && access("/usr/bin/timeout", X_OK) == 0) {
        prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY);
        if (const pid_t child = fork(); child == 0) {
            dup2(STDERR_FILENO, STDOUT_FILENO);
            // gdb itself given a minute at most: the watchdog must end.
            execl("/usr/bin/timeout", "timeout", "60", "/usr/bin/gdb", "-p", ownPid, "-batch",
                  "-nx", "-ex", "thread apply all bt", static_cast<char*>(nullptr));
            _exit(127);
        } else if (child > 0) {
            waitpid(child, nullptr, 0);
        }
    }
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
    // The settings the tests write and wipe (Sandbox) are their own, never the settings of
    // whoever runs them: the toolkit's settings file is made under this folder.
    char home[] = "/tmp/vigie-gui-tests-XXXXXX";
    if (!mkdtemp(home)) {
        std::fputs("GUI tests: no temporary folder. FAILED.\n", stderr);
        return 2;
    }
    const std::filesystem::path ownHome(home);
    setenv("XDG_CONFIG_HOME", (ownHome / "config").c_str(), 1);
    setenv("XDG_DATA_HOME", (ownHome / "data").c_str(), 1);
    // No accessibility bus under Xvfb: without this, GTK forks dbus-launch to look for one.
    setenv("NO_AT_BRIDGE", "1", 1);
    // Desktop settings the tests change (the screen reader switch) stay in memory.
    setenv("GSETTINGS_BACKEND", "memory", 1);
    std::snprintf(ownPid, sizeof ownPid, "%d", static_cast<int>(getpid()));
    {
        // backtrace() loads libgcc on its first call, which allocates: done now, not in
        // the watchdog.
        void* warmUp[4];
        backtrace(warmUp, 4);
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
    phase = 1;
    std::fflush(stdout);
    wxTheApp->OnExit();
    wxEntryCleanup();
    phase = 2;
    std::error_code ec;
    std::filesystem::remove_all(ownHome, ec);
    return result;
}
