#include "report_choices.h"

#include <algorithm>

#include <wx/tokenzr.h>

#include "app/report_browser.h"
#include "domain/text.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

// The reports the picker lists at most: a screenful to tick from, the words narrow it.
constexpr std::size_t kPickerRows = 200;

wxString oneLine(const std::string& text) {
    wxString s = wx(text);
    s.Replace("\r", " ");
    s.Replace("\n", " ");
    return s;
}

} // namespace

ReportChoice reportChoice(const DifficultyReport& r) {
    wxString words = oneLine(r.description);
    if (words.length() > 50) {
        words = words.Left(49) + L"\u2026";
    }
    wxString text = wx(r.reference.text()) + L" \u2014 " + wx(r.receivedOn.french());
    if (!r.rights.empty()) {
        text += L" \u2014 " + wx(text::join(r.rights, ", "));
    }
    if (!words.empty()) {
        text += L" \u2014 " + words;
    }
    return {r.id, wx(r.reference.text()), text};
}

std::function<std::optional<ReportChoice>(ReportId)> reportDescriber(app::Workspace& ws) {
    return [&ws](ReportId id) -> std::optional<ReportChoice> {
        const auto r = app::ReportBrowser(ws.store()).find(id);
        return r ? std::optional(reportChoice(*r)) : std::nullopt;
    };
}

std::function<std::optional<ReportId>(const ReportReference&)> reportLookup(app::Workspace& ws) {
    return [&ws](const ReportReference& reference) -> std::optional<ReportId> {
        const auto r = app::ReportBrowser(ws.store()).find(reference);
        return r ? std::optional(r->id) : std::nullopt;
    };
}

ReportPicker::Find reportFinder(app::Workspace& ws) {
    return [&ws](const std::string& words) {
        app::ReportBrowser browser(ws.store());
        std::vector<ReportChoice> found;
        // A reference typed finds its report, first.
        if (const auto reference = ReportReference::parse(words)) {
            if (const auto r = browser.find(*reference)) {
                found.push_back(reportChoice(*r));
            }
        }
        ReportFilter f;
        f.search = words;
        auto ids = browser.ids(f, ReportOrder::ReceivedOn, false); // the latest first
        if (ids.size() > kPickerRows) {
            ids.resize(kPickerRows);
        }
        for (const auto& r : browser.load(ids)) {
            if (found.empty() || found.front().id != r.id) {
                found.push_back(reportChoice(r));
            }
        }
        return found;
    };
}

std::optional<std::vector<ReportId>> reportsNamed(const wxString& field, const ReportLookup& find,
                                                  const std::function<void(const wxString&)>& wrong) {
    std::vector<ReportId> ids;
    bool read = true;
    wxStringTokenizer words(field, L",; \t\u00a0", wxTOKEN_STRTOK);
    while (words.HasMoreTokens()) {
        const wxString word = words.GetNextToken();
        const auto reference = ReportReference::parse(utf8(word));
        if (!reference) {
            wrong(wxString::Format(_("%s is not a reference: write them as 2026-004, separated "
                                     "by commas."),
                                   word));
            read = false;
            continue;
        }
        const auto id = find ? find(*reference) : std::nullopt;
        if (!id) {
            wrong(wxString::Format(_("There is no report %s: check the reference, or choose the "
                                     "reports."),
                                   word));
            read = false;
        } else if (std::find(ids.begin(), ids.end(), *id) == ids.end()) {
            ids.push_back(*id);
        }
    }
    return read ? std::optional(ids) : std::nullopt;
}

wxString referencesOf(const std::vector<ReportId>& ids, const ReportDescriber& describe) {
    wxString references;
    for (ReportId id : ids) {
        if (auto r = describe ? describe(id) : std::nullopt) {
            references += (references.empty() ? "" : ", ") + r->reference;
        }
    }
    return references;
}

std::optional<wxString> pickReports(wxWindow* parent, const std::vector<ReportId>& linked,
                                    const ReportDescriber& describe,
                                    const ReportPicker::Find& find) {
    std::vector<ReportChoice> ticked;
    for (ReportId id : linked) {
        if (auto r = describe ? describe(id) : std::nullopt) {
            ticked.push_back(*r);
        }
    }
    ReportPicker picker(parent, ticked, find);
    if (picker.ShowModal() != wxID_OK) {
        return std::nullopt;
    }
    return referencesOf(picker.chosen(), describe);
}

} // namespace vigie::ui
