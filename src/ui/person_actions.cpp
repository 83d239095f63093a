#include "person_actions.h"

#include <wx/busyinfo.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/textdlg.h>
#include <wx/arrstr.h>
#include <wx/utils.h>

#include "app/output_guard.h"
#include "app/people.h"
#include "main_frame.h"
#include "retention_page.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

// wxTextEntryDialog does not wrap its message: lines of at most `width` characters,
// broken between words, so that it fits a 1024-pixel screen.
wxString wrapped(const wxString& text, std::size_t width = 80) {
    wxString out, line;
    for (const auto& word : wxSplit(text, ' ', '\0')) {
        if (!line.empty() && line.length() + 1 + word.length() > width) {
            out += line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    return out + line;
}

// The role asked for, or nothing when the user cancelled or gave none.
wxString askRole(wxWindow* parent, const Person& person, long long count, const wxString& role) {
    const auto n = static_cast<unsigned long>(count);
    wxTextEntryDialog ask(
        parent,
        wrapped(wxString::Format(wxPLURAL("%lu place names %s. Their name will be replaced there by "
                                  "the role below, in the texts and the history too; their "
                                  "entry keeps the role, without e-mail, deactivated.",
                                  "%lu places name %s. Their name will be replaced there by "
                                  "the role below, in the texts and the history too; their "
                                  "entry keeps the role, without e-mail, deactivated.",
                                  n),
                         n, wx(person.name))) +
            "\n\n" + _("This cannot be undone.") + "\n\n" + _("Role that replaces the name:"),
        _("Erase this person"), role);
    if (ask.ShowModal() != wxID_OK) {
        return {};
    }
    return ask.GetValue().Trim().Trim(false);
}

bool confirm(wxWindow* parent, const Person& person, const wxString& role) {
    wxMessageDialog sure(parent,
                         wxString::Format(_("Replace \"%s\" by "
                                            "\"%s\" everywhere?"),
                                          wx(person.name), role),
                         _("Erase this person"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    sure.SetExtendedMessage(_("The former name cannot be recovered afterwards, not even from "
                              "Vigie's automatic copies."));
    sure.SetYesNoLabels(_("&Erase for good"), _("&Cancel"));
    return sure.ShowModal() == wxID_YES;
}

} // namespace

void extractPersonData(wxWindow* parent, app::Workspace& workspace, const Person& person) {
    wxFileDialog where(parent, _("Extract of their data"), wxString(),
                       wxString::Format("extrait-%s.pdf", wx(person.name)),
                       _("PDF document (*.pdf)|*.pdf|JSON file (*.json)|*.json"),
                       wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (where.ShowModal() != wxID_OK) {
        return;
    }
    wxString path = where.GetPath();
    const bool json = path.Lower().EndsWith(".json") || where.GetFilterIndex() == 1;
    if (!path.Lower().EndsWith(json ? ".json" : ".pdf")) {
        path += json ? ".json" : ".pdf";
    }
    writePersonData(parent, workspace, person, path);
}

void writePersonData(wxWindow* parent, app::Workspace& workspace, const Person& person,
                     const wxString& path) {
    try {
        wxBusyCursor busy;
        app::People people(workspace);
        const auto extract = people.extract(person.name);
        if (path.Lower().EndsWith(".json")) {
            app::writeExport(workspace.store(), toPath(path), app::personExtractJson(extract));
        } else {
            app::writePersonExtract(workspace.store(), extract, toPath(path));
        }
        const auto n = static_cast<unsigned long>(extract.placeCount());
        wxMessageBox(wxString::Format(wxPLURAL("Extract written: %s (%lu place names the "
                                               "person).",
                                               "Extract written: %s (%lu places name the "
                                               "person).",
                                               n),
                                      path, n),
                     _("Extract of their data"), wxOK | wxICON_INFORMATION, parent);
    } catch (const std::exception& e) {
        wxMessageBox(wxString::Format(_("The extract was not written: %s"), wx(e.what())),
                     _("Extract of their data"), wxOK | wxICON_ERROR, parent);
    }
}

bool erasePerson(wxWindow* parent, app::Workspace& workspace, const Person& person) {
    app::People people(workspace);
    long long count = 0;
    wxString role;
    try {
        count = people.extract(person.name).placeCount();
        role = wx(people.defaultRole(person.name));
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Erase this person"), wxOK | wxICON_ERROR, parent);
        return false;
    }
    role = askRole(parent, person, count, role);
    if (role.empty() || !confirm(parent, person, role)) {
        return false;
    }
    // The day's automatic copy, if still being made, would keep the name: finished first,
    // so that the erasure replaces it too.
    if (auto* frame = dynamic_cast<MainFrame*>(wxGetTopLevelParent(parent)->GetParent())) {
        frame->waitForDailyCopy();
    }
    app::PersonErasure result;
    try {
        wxBusyCursor busy;
        wxBusyInfo working(_("Erasing the name and rewriting the database..."), parent);
        result = people.erase(person.name, role.utf8_string());
    } catch (const std::exception& e) {
        wxMessageBox(wxString::Format(_("The person was not erased: %s"), wx(e.what())),
                     _("Erase this person"), wxOK | wxICON_ERROR, parent);
        return false;
    }
    const auto n = static_cast<unsigned long>(result.replaced);
    const bool warn = !result.scrub.undone.empty() || !result.scrub.otherCopies.empty();
    wxMessageDialog told(parent,
                         wxString::Format(wxPLURAL("%lu mention of the name replaced by "
                                                   "\"%s\".",
                                                   "%lu mentions of the name replaced by "
                                                   "\"%s\".",
                                                   n),
                                          n, role),
                         _("Erase this person"), wxOK | (warn ? wxICON_WARNING : wxICON_INFORMATION));
    told.SetExtendedMessage(erasureDetails(result.scrub, workspace.info().shared));
    told.ShowModal();
    return result.replaced > 0;
}

} // namespace vigie::ui
