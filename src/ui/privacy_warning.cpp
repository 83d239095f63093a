#include "privacy_warning.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "ui_text.h"

namespace vigie::ui {

namespace {

// Characters (not bytes) before `offset` in UTF-8 text: what wxTextCtrl positions count.
long characterPosition(const std::string& text, std::size_t offset) {
    long n = 0;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++n;
        }
    }
    return n;
}

} // namespace

PrivacyWarningDialog::PrivacyWarningDialog(wxWindow* parent,
                                           const std::vector<CheckedText>& texts) {
    wxXmlResource::Get()->LoadDialog(this, parent, "PrivacyWarning");
    findings_ = XRCCTRL(*this, "findings", wxListBox);
    text_ = XRCCTRL(*this, "text", wxTextCtrl);
    XRCCTRL(*this, "save_anyway", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        EndModal(kSaveAnyway);
    });

    // The texts one after the other, each under its field name, findings highlighted
    // with the theme's selection colours (readable in light and dark themes).
    wxTextAttr highlight(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHTTEXT),
                         wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT));
    highlight.SetFontWeight(wxFONTWEIGHT_BOLD);
    wxString all;
    std::vector<std::pair<long, long>> ranges;
    std::vector<wxString> reasons; // why each finding matters, in French
    for (const auto& t : texts) {
        if (t.findings.empty()) {
            continue;
        }
        // French puts a no-break space before the colon.
        const wxString heading = wxString::Format(_("%s:"), t.field) + "\n";
        const long base = static_cast<long>(all.length() + heading.length());
        all += heading + wx(t.text) + "\n\n";
        for (const auto& f : t.findings) {
            const long from = base + characterPosition(t.text, f.offset);
            const long to = base + characterPosition(t.text, f.offset + f.length);
            ranges.emplace_back(from, to);
            findings_->Append(wxString::Format("%s : %s", wx(label(f.kind)),
                                               wx(t.text.substr(f.offset, f.length))));
            reasons.push_back(wx(explanation(f.kind)));
        }
    }
    text_->ChangeValue(all);
    for (const auto& [from, to] : ranges) {
        text_->SetStyle(from, to, highlight);
    }
    if (!ranges.empty()) {
        text_->ShowPosition(ranges.front().first);
    }
    auto* why = XRCCTRL(*this, "why", wxStaticText);
    if (!reasons.empty()) {
        why->SetLabel(reasons.front());
        why->Wrap(FromDIP(560));
    }
    findings_->Bind(wxEVT_LISTBOX, [this, ranges, reasons, why](wxCommandEvent& e) {
        const int i = e.GetSelection();
        if (i >= 0 && static_cast<std::size_t>(i) < ranges.size()) {
            text_->ShowPosition(ranges[static_cast<std::size_t>(i)].first);
            why->SetLabel(reasons[static_cast<std::size_t>(i)]);
            why->Wrap(FromDIP(560));
            Layout();
        }
    });
    GetSizer()->Fit(this);
    SetEscapeId(wxID_CANCEL);
    CentreOnParent();
}

bool acceptPersonalData(wxWindow* parent,
                        const std::vector<std::pair<wxString, std::string>>& texts) {
    std::vector<CheckedText> checked;
    for (const auto& [field, text] : texts) {
        checked.push_back({field, text, findPersonalData(text)});
    }
    if (std::all_of(checked.begin(), checked.end(),
                    [](const CheckedText& t) { return t.findings.empty(); })) {
        return true;
    }
    PrivacyWarningDialog warning(parent, checked);
    return warning.ShowModal() == PrivacyWarningDialog::kSaveAnyway;
}

std::vector<CheckedText> checkedTexts(const app::PersonalDataFound& found) {
    std::vector<CheckedText> out;
    for (const auto& t : found.texts()) {
        out.push_back({wx(t.field), t.text, t.findings});
    }
    return out;
}


} // namespace vigie::ui
