// Settings (forms/settings.xrc): the organisation printed on documents, and the
// reference data (institutions, rights, source groups, outreach schemes, members),
// deactivated rather than deleted; right families are only renamed, their codes being part of the
// file formats. Last, the data retention page (retention_page.h).
#pragma once

#include <map>
#include <string>

#include <wx/dialog.h>
#include <wx/spinctrl.h>
#include <wx/statbmp.h>
#include <wx/textctrl.h>

#include "app/outreach_service.h"
#include "app/reference_service.h"
#include "app/workspace.h"
#include "list_columns.h"
#include "register_page.h"
#include "retention_page.h"

namespace vigie::ui {

class SettingsDialog : public wxDialog {
public:
    SettingsDialog(wxWindow* parent, app::Workspace& workspace);

    wxTextCtrl* organisationName() const { return name_; }
    RowList* list(const char* key) const;
    // Shows the page of this name ("retention_page") first.
    void showPage(const wxString& name);
    RetentionPage* retention() const { return retention_; }
    RegisterPage* registerPage() const { return register_; }

private:
    void fillLists();
    void showLogo();
    void saveOrganisation();
    template <class T>
    void bindPage(const char* key, std::function<std::vector<T>()> load,
                  std::function<bool(T&)> edit,
                  std::function<std::vector<wxString>(const T&)> cellsOf = {});
    void bindFamilies();
    // « Extrait de ses données… » and « Effacer cette personne… » on the chosen member.
    void bindPersonActions();
    // What the Deactivate button saves, through the service that owns the entry.
    template <class T> void saveEntry(const T& entry) { service_.save(entry); }
    void saveEntry(OutreachScheme scheme) { outreach_.saveScheme(scheme); }

    app::Workspace& workspace_;
    app::ReferenceService service_;
    app::OutreachService outreach_;
    app::OrganisationProfile profile_;
    wxTextCtrl* name_ = nullptr;
    wxSpinCtrl* delay_ = nullptr;
    wxStaticBitmap* logo_ = nullptr;
    RetentionPage* retention_ = nullptr;
    RegisterPage* register_ = nullptr;
    std::vector<std::function<void()>> refreshers_;
    std::map<std::string, std::string> familyLabels_; // code -> label, read with the rights
    std::map<std::string, RowList*> lists_;           // "institutions" -> its list
};

} // namespace vigie::ui
