#include "documents_ui.h"

#include <wx/clipbrd.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "domain/text.h"
#include "ui_text.h"

namespace vigie::ui {

std::filesystem::path askPdfPath(wxWindow* parent, const wxString& title,
                                 const wxString& defaultName) {
    wxFileDialog dialog(parent, title, wxStandardPaths::Get().GetDocumentsDir(), defaultName,
                        _("PDF documents (*.pdf)|*.pdf"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return {};
    }
    return std::filesystem::path(utf8(dialog.GetPath()));
}

void openDocument(const std::filesystem::path& file) {
    wxLaunchDefaultApplication(wx(file.string()));
}

void offerToSend(wxWindow* parent, const std::filesystem::path& file, const wxString& subject,
                 const std::vector<std::string>& addresses) {
    if (addresses.empty()) {
        return;
    }
    wxMessageDialog ask(parent,
                        wxString::Format(wxPLURAL("Send the document to the %zu person of the "
                                                  "distribution list?",
                                                  "Send the document to the %zu people of the "
                                                  "distribution list?",
                                                  addresses.size()),
                                         addresses.size()),
                        _("Send by e-mail"), wxYES_NO | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Write the e-mail"), _("&Not now"));
    if (ask.ShowModal() != wxID_YES) {
        return;
    }
    const wxString list = wx(text::join(addresses, ", "));
#ifdef __WXGTK__
    // xdg-email opens the user's mail program with the attachment (xdg-utils).
    wxString command = wxString::Format("xdg-email --subject \"%s\" --attach \"%s\"", subject,
                                        wx(file.string()));
    for (const auto& a : addresses) {
        command += " \"" + wx(a) + "\"";
    }
    if (wxExecute(command, wxEXEC_ASYNC) > 0) {
        return;
    }
#endif
    if (wxTheClipboard->Open()) {
        wxTheClipboard->SetData(new wxTextDataObject(list));
        wxTheClipboard->Close();
    }
    wxMessageBox(wxString::Format(_("No mail program could be opened. The addresses are copied "
                                    "to the clipboard; attach the file yourself:\n%s"),
                                  wx(file.string())),
                 _("Send by e-mail"), wxOK | wxICON_INFORMATION, parent);
}

} // namespace vigie::ui
