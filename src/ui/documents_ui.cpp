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
    return toPath(dialog.GetPath());
}

void openDocument(const std::filesystem::path& file) {
    wxLaunchDefaultApplication(wxPath(file));
}

bool composeEmail(const wxString& subject, const wxString& body,
                  const std::filesystem::path& attachment,
                  const std::vector<std::string>& addresses) {
#ifdef __WXGTK__
    // xdg-email (xdg-utils) opens the user's mail program.
    std::vector<wxString> args = {"xdg-email", "--utf8", "--subject", subject};
    if (!body.empty()) {
        args.insert(args.end(), {"--body", body});
    }
    if (!attachment.empty()) {
        args.insert(args.end(), {"--attach", wxPath(attachment)});
    }
    for (const auto& a : addresses) {
        args.push_back(wx(a));
    }
    std::vector<const wchar_t*> argv;
    for (const auto& a : args) {
        argv.push_back(a.wc_str());
    }
    argv.push_back(nullptr);
    return wxExecute(argv.data(), wxEXEC_ASYNC) > 0;
#else
    wxUnusedVar(subject);
    wxUnusedVar(body);
    wxUnusedVar(attachment);
    wxUnusedVar(addresses);
    return false;
#endif
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
    if (composeEmail(subject, wxString(), file, addresses)) {
        return;
    }
    if (wxTheClipboard->Open()) {
        wxTheClipboard->SetData(new wxTextDataObject(list));
        wxTheClipboard->Close();
    }
    wxMessageBox(wxString::Format(_("No mail program could be opened. The addresses are copied "
                                    "to the clipboard; attach the file yourself:\n%s"),
                                  wxPath(file)),
                 _("Send by e-mail"), wxOK | wxICON_INFORMATION, parent);
}

} // namespace vigie::ui
