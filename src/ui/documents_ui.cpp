#include "documents_ui.h"

#include <wx/clipbrd.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "domain/text.h"
#include "ui_text.h"

#ifdef __WXMSW__
#include <windows.h>
#endif

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

#ifdef __WXMSW__
namespace {

// Simple MAPI's wide entry point (mapi32.dll, Windows 8 and later), declared here because
// MinGW's mapi.h has only the ANSI one: the mail program the user chose in Windows opens
// a new message with the document attached.
struct MapiRecipDescW {
    ULONG ulReserved, ulRecipClass;
    PWSTR lpszName, lpszAddress;
    ULONG ulEIDSize;
    LPVOID lpEntryID;
};
struct MapiFileDescW {
    ULONG ulReserved, flFlags, nPosition;
    PWSTR lpszPathName, lpszFileName;
    LPVOID lpFileType;
};
struct MapiMessageW {
    ULONG ulReserved;
    PWSTR lpszSubject, lpszNoteText, lpszMessageType, lpszDateReceived, lpszConversationID;
    ULONG flFlags;
    MapiRecipDescW* lpOriginator;
    ULONG nRecipCount;
    MapiRecipDescW* lpRecips;
    ULONG nFileCount;
    MapiFileDescW* lpFiles;
};
using SendMailW = ULONG(WINAPI*)(ULONG_PTR, ULONG_PTR, MapiMessageW*, ULONG, ULONG);
constexpr ULONG kTo = 1, kLogonUi = 0x1, kDialog = 0x8, kSuccess = 0;

bool composeEmailThroughMapi(const wxString& subject, const wxString& body,
                             const std::filesystem::path& attachment,
                             const std::vector<std::string>& addresses) {
    HMODULE mapi = LoadLibraryW(L"mapi32.dll");
    auto send = mapi ? reinterpret_cast<SendMailW>(
                           reinterpret_cast<void*>(GetProcAddress(mapi, "MAPISendMailW")))
                     : nullptr;
    if (!send) {
        if (mapi) {
            FreeLibrary(mapi);
        }
        return false;
    }
    std::wstring subjectText = subject.ToStdWstring(), bodyText = body.ToStdWstring();
    std::vector<std::wstring> smtp;
    for (const auto& a : addresses) {
        smtp.push_back(L"SMTP:" + wx(a).ToStdWstring());
    }
    std::vector<MapiRecipDescW> recipients;
    for (auto& a : smtp) {
        recipients.push_back({0, kTo, a.data() + 5, a.data(), 0, nullptr});
    }
    std::wstring path = attachment.wstring(), name = attachment.filename().wstring();
    MapiFileDescW file{0, 0, static_cast<ULONG>(-1), path.data(), name.data(), nullptr};
    MapiMessageW message{};
    message.lpszSubject = subjectText.data();
    message.lpszNoteText = bodyText.empty() ? nullptr : bodyText.data();
    message.nRecipCount = static_cast<ULONG>(recipients.size());
    message.lpRecips = recipients.empty() ? nullptr : recipients.data();
    message.nFileCount = attachment.empty() ? 0 : 1;
    message.lpFiles = attachment.empty() ? nullptr : &file;
    const ULONG result = send(0, reinterpret_cast<ULONG_PTR>(GetActiveWindow()), &message,
                              kLogonUi | kDialog, 0);
    FreeLibrary(mapi);
    return result == kSuccess;
}

} // namespace
#endif

bool composeEmail(const wxString& subject, const wxString& body,
                  const std::filesystem::path& attachment,
                  const std::vector<std::string>& addresses) {
#ifdef __WXGTK__
    // xdg-email (xdg-utils) opens the user's mail program, and succeeds even when there is
    // none (it fails later, out of sight): ask the desktop for a mail program first.
    wxArrayString handler;
    if (wxExecute("xdg-mime query default x-scheme-handler/mailto", handler,
                  wxEXEC_SYNC | wxEXEC_NODISABLE) != 0 ||
        handler.empty() || handler[0].Strip(wxString::both).empty()) {
        return false;
    }
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
#elif defined(__WXMSW__)
    return composeEmailThroughMapi(subject, body, attachment, addresses);
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
