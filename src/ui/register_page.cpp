#include "register_page.h"

#include <wx/button.h>
#include <wx/msgdlg.h>
#include <wx/stattext.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "documents_ui.h"
#include "ui_text.h"

namespace vigie::ui {

RegisterPage::RegisterPage(wxWindow* parent, app::Workspace& workspace)
    : workspace_(workspace), register_(workspace) {
    wxXmlResource::Get()->LoadPanel(this, parent, "register_page");
    address_ = XRCCTRL(*this, "register_address", wxTextCtrl);
    representative_ = XRCCTRL(*this, "register_representative", wxTextCtrl);
    dpoName_ = XRCCTRL(*this, "register_dpo_name", wxTextCtrl);
    dpoContact_ = XRCCTRL(*this, "register_dpo_contact", wxTextCtrl);
    measures_ = XRCCTRL(*this, "register_measures", wxTextCtrl);
    XRCCTRL(*this, "register_explanation", wxStaticText)->Wrap(FromDIP(760));

    const auto details = register_.details();
    address_->ChangeValue(wx(details.address));
    representative_->ChangeValue(wx(details.representative));
    dpoName_->ChangeValue(wx(details.dpoName));
    dpoContact_->ChangeValue(wx(details.dpoContact));
    measures_->ChangeValue(wx(details.otherMeasures));
    if (workspace_.info().readOnly) {
        // The register can still be printed from what is stored; nothing can be changed.
        for (auto* field : {address_, representative_, dpoName_, dpoContact_, measures_}) {
            field->SetEditable(false);
        }
    }
    XRCCTRL(*this, "register_write", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        printRegister();
    });
}

app::ControllerDetails RegisterPage::shown() const {
    auto text = [](const wxTextCtrl* field) { return utf8(field->GetValue().Strip(wxString::both)); };
    return {text(address_), text(representative_), text(dpoName_), text(dpoContact_),
            text(measures_)};
}

bool RegisterPage::saveDetails() {
    if (workspace_.info().readOnly) {
        return true;
    }
    try {
        register_.saveDetails(shown());
        return true;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Register of processing activities"), wxOK | wxICON_ERROR,
                     this);
        return false;
    }
}

bool RegisterPage::writeRegister(const std::filesystem::path& file) {
    if (!saveDetails()) {
        return false;
    }
    try {
        wxBusyCursor busy;
        register_.write(file, Date::today());
        return true;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Register of processing activities"), wxOK | wxICON_ERROR,
                     this);
        return false;
    }
}

void RegisterPage::printRegister() {
    const auto file = askPdfPath(this, _("Save the register of processing activities"),
                                 _("register-of-processing-activities.pdf"));
    if (!file.empty() && writeRegister(file)) {
        openDocument(file);
    }
}

} // namespace vigie::ui
