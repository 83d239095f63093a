// Settings, « Registre » (forms/register_page.xrc, issue 19): what only the CCAS knows for
// the register of processing activities (GDPR art. 30), kept through
// app::ProcessingRegister, and the register printed as a PDF.
#pragma once

#include <filesystem>

#include <wx/panel.h>
#include <wx/textctrl.h>

#include "app/processing_register.h"
#include "app/workspace.h"

namespace vigie::ui {

class RegisterPage : public wxPanel {
public:
    RegisterPage(wxWindow* parent, app::Workspace& workspace);

    // Stores the details shown when they changed (Settings closing, or before printing);
    // false after saying why it could not.
    bool saveDetails();
    // Saves the details, then writes the register to `file`; false after saying why not.
    bool writeRegister(const std::filesystem::path& file);
    // « Imprimer le registre (PDF)… »: asks where, writes it, opens it.
    void printRegister();

    wxTextCtrl* address() const { return address_; }
    wxTextCtrl* representative() const { return representative_; }
    wxTextCtrl* dpoName() const { return dpoName_; }
    wxTextCtrl* dpoContact() const { return dpoContact_; }
    wxTextCtrl* measures() const { return measures_; }

private:
    app::ControllerDetails shown() const;

    app::Workspace& workspace_;
    app::ProcessingRegister register_;
    wxTextCtrl* address_ = nullptr;
    wxTextCtrl* representative_ = nullptr;
    wxTextCtrl* dpoName_ = nullptr;
    wxTextCtrl* dpoContact_ = nullptr;
    wxTextCtrl* measures_ = nullptr;
};

} // namespace vigie::ui
