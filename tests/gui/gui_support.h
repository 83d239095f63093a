// Helpers for driving the real windows: a temporary home for the settings and the data,
// pumping events, finding dialogs, and running code while a modal dialog is up.
#pragma once

#include <cstdio>
#include <string>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <random>
#include <string>

#include <wx/app.h>
#include <wx/config.h>
#include <wx/dialog.h>
#include <wx/window.h>

#include "app/demo.h"
#include "storage/store.h"

namespace vigie::guitest {

// Every test gets its own settings file and data folder: no test sees another's last
// database, and the first-start dialog really is a first start.
class Sandbox {
public:
    Sandbox() {
        std::random_device rd;
        root_ = std::filesystem::temp_directory_path() /
                ("vigie-gui-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(root_ / "config");
        std::filesystem::create_directories(root_ / "data");
        setenv("XDG_CONFIG_HOME", (root_ / "config").c_str(), 1);
        setenv("XDG_DATA_HOME", (root_ / "data").c_str(), 1);
        unsetenv("VIGIE_DB");
        wxConfigBase::Get()->DeleteAll();
    }
    ~Sandbox() {
        wxConfigBase::Get()->DeleteAll();
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    std::filesystem::path path(const std::string& name) const { return root_ / name; }

private:
    std::filesystem::path root_;
};

// A database at `file` filled by the demo generator, as the welcome dialog offers it.
inline void fillDemo(const std::filesystem::path& file, int reports) {
    auto store = storage::openSqliteStore(file);
    app::DemoOptions demo;
    demo.reports = reports;
    app::fillWithDemoData(*store, app::Actor::current(), demo);
}

// The text of a PDF as pdftotext reads it (columns kept): what a reader of it sees.
inline std::string pdfText(const std::filesystem::path& pdf) {
    std::string text;
    if (FILE* p = popen(("pdftotext -layout '" + pdf.string() + "' - 2>/dev/null").c_str(), "r")) {
        char buffer[4096];
        while (std::size_t n = fread(buffer, 1, sizeof buffer, p)) {
            text.append(buffer, n);
        }
        pclose(p);
    }
    return text;
}

// Lets the toolkit draw and deliver pending events for a moment.
inline void pump(int milliseconds = 50) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    do {
        wxTheApp->Yield(true);
        wxMilliSleep(5);
    } while (std::chrono::steady_clock::now() < until);
}

// The shown top-level dialog with this XRC name (or, for message dialogs, this title).
inline wxDialog* findDialog(const wxString& name) {
    for (wxWindow* w : wxTopLevelWindows) {
        if (auto* d = dynamic_cast<wxDialog*>(w);
            d && d->IsShown() && (d->GetName() == name || d->GetTitle() == name)) {
            return d;
        }
    }
    return nullptr;
}

// Runs `step` once the dialog `name` is shown (from inside its modal loop).
inline void whenShown(const wxString& name, std::function<void(wxDialog&)> step, int tries = 200) {
    wxTheApp->CallAfter([name, step, tries] {
        if (wxDialog* d = findDialog(name)) {
            step(*d);
        } else if (tries > 0) {
            wxMilliSleep(10);
            whenShown(name, step, tries - 1);
        }
    });
}

// Presses a button of a dialog as a click would.
inline void press(wxWindow& parent, int id) {
    wxWindow* button = parent.FindWindow(id);
    if (!button) {
        return;
    }
    wxCommandEvent click(wxEVT_BUTTON, id);
    click.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(click);
}

} // namespace vigie::guitest
