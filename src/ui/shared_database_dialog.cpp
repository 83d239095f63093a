#include "shared_database_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/utils.h>
#include <wx/choice.h>
#include <wx/config.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/server_account.h"
#include "app/sites.h"
#include "app/workspace.h"
#include "domain/text.h"
#include "field_errors.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

// The account's fields, remembered between uses (never the password).
const char* const kFields[] = {"host", "port", "database", "user"};

std::string field(wxDialog& d, const char* name) {
    return text::trimmed(utf8(XRCCTRL(d, name, wxTextCtrl)->GetValue()));
}

app::ServerAccount accountOf(wxDialog& d) {
    return {field(d, "host"), field(d, "port"), field(d, "database"), field(d, "user")};
}

// Connects with what is typed and lists the sites this account may read.
wxString listSites(wxDialog& d, const std::string& password) {
    auto* sites = XRCCTRL(d, "site", wxChoice);
    sites->Clear();
    try {
        const auto account = accountOf(d);
        app::checkAccount(account);
        app::OpenRequest request;
        request.createIfMissing = false;
        request.siteRequired = false;
        auto workspace = app::Workspace::open(app::sharedDatabaseUri(account, password), request);
        for (const auto& site : app::listSites(*workspace)) {
            sites->Append(wxString::Format(L"%s \u2014 %s", wx(site.code), wx(site.name)),
                          new wxStringClientData(wx(site.code)));
        }
    } catch (const std::exception& e) {
        return wx(e.what());
    }
    if (sites->IsEmpty()) {
        return _("This account sees no site on that database: its administrator grants one "
                 "(vigie-cli site grant).");
    }
    sites->SetSelection(0);
    return {};
}

} // namespace

std::optional<SharedDatabaseChoice> chooseSharedDatabase(wxWindow* parent) {
    wxDialog d;
    wxXmlResource::Get()->LoadDialog(&d, parent, "SharedDatabaseDialog");
    auto* error = XRCCTRL(d, "error", wxStaticText);
    showFieldError(error, wxString());
    auto* config = wxConfigBase::Get();
    for (const char* name : kFields) {
        wxString value;
        if (config->Read(wxString("/SharedDatabase/") + name, &value)) {
            XRCCTRL(d, name, wxTextCtrl)->ChangeValue(value);
        }
    }
    auto password = [&] { return utf8(XRCCTRL(d, "password", wxTextCtrl)->GetValue()); };
    auto say = [&](const wxString& problem) {
        showFieldError(error, problem);
        d.GetSizer()->Fit(&d);
    };
    XRCCTRL(d, "list_sites", wxButton)->Bind(wxEVT_BUTTON, [&](wxCommandEvent&) {
        wxBusyCursor busy;
        say(listSites(d, password()));
    });
    std::optional<SharedDatabaseChoice> chosen;
    d.Bind(
        wxEVT_BUTTON,
        [&](wxCommandEvent&) {
            auto* sites = XRCCTRL(d, "site", wxChoice);
            if (sites->GetSelection() == wxNOT_FOUND) {
                wxBusyCursor busy;
                if (const auto problem = listSites(d, password()); !problem.empty()) {
                    say(problem);
                    return;
                }
                if (sites->GetCount() > 1) {
                    say(_("Choose your watch group's site, then Open."));
                    return;
                }
            }
            const auto account = accountOf(d);
            const bool remember = XRCCTRL(d, "remember", wxCheckBox)->GetValue();
            try {
                if (remember && !password().empty()) {
                    app::rememberPassword(account, password());
                }
            } catch (const std::exception& e) {
                say(wx(e.what()));
                return;
            }
            const auto* code =
                static_cast<wxStringClientData*>(sites->GetClientObject(sites->GetSelection()));
            chosen = SharedDatabaseChoice{
                app::sharedDatabaseUri(account, remember ? std::string() : password()),
                utf8(code->GetData())};
            for (const char* name : kFields) {
                config->Write(wxString("/SharedDatabase/") + name, wx(field(d, name)));
            }
            d.EndModal(wxID_OK);
        },
        wxID_OK);
    d.GetSizer()->Fit(&d);
    d.CentreOnParent();
    if (d.ShowModal() != wxID_OK) {
        return std::nullopt;
    }
    return chosen;
}

} // namespace vigie::ui
