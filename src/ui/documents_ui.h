// What the window does with a PDF it made: open it in the system's viewer, and offer to
// send it by e-mail through the system's mail program (xdg-email on Linux), or copy the
// addresses when there is none.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <wx/string.h>
#include <wx/window.h>

namespace vigie::ui {

// Asks where to save a document (a sensible name in the user's Documents folder).
// Returns an empty path when the user cancels.
std::filesystem::path askPdfPath(wxWindow* parent, const wxString& title,
                                 const wxString& defaultName);

void openDocument(const std::filesystem::path& file);

// Opens the system's mail program on a new message; false when there is none. The
// arguments are passed as they are, never through a shell: a quote in a subject is text.
bool composeEmail(const wxString& subject, const wxString& body,
                  const std::filesystem::path& attachment,
                  const std::vector<std::string>& addresses);

// Offers to send `file` to `addresses`; a no-op when there is nobody to send it to.
void offerToSend(wxWindow* parent, const std::filesystem::path& file, const wxString& subject,
                 const std::vector<std::string>& addresses);

} // namespace vigie::ui
