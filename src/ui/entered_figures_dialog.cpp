#include "entered_figures_dialog.h"

#include <algorithm>
#include <set>

#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "app/reference_service.h"
#include "domain/reference_data.h"
#include "domain/solicitation.h"
#include "domain/text.h"
#include "field_errors.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

constexpr int kMaxCount = 999999;
constexpr int kFirstYear = 1990;
constexpr int kTextWidth = 860; // where the long texts wrap, in DIPs


int asInt(long long n) {
    return static_cast<int>(std::clamp<long long>(n, 0, kMaxCount));
}

// A count typed in a cell: digits, spaces tolerated as in "1 200"; empty is 0.
std::optional<long long> countIn(const wxString& cell) {
    long long n = 0;
    for (wxUniChar c : cell) {
        if (c >= '0' && c <= '9') {
            n = n * 10 + (static_cast<int>(c.GetValue()) - '0');
            if (n > kMaxCount) {
                return std::nullopt;
            }
        } else if (c != ' ' && c != '\t' && c != 0xA0 && c != 0x202F) {
            return std::nullopt;
        }
    }
    return n;
}

wxString frenchTimestamp(const std::string& iso) {
    if (auto d = Date::fromIso(iso.substr(0, 10))) {
        return wx(d->french());
    }
    return wx(iso);
}

} // namespace

EnteredFiguresDialog::EnteredFiguresDialog(wxWindow* parent, app::Workspace& workspace,
                                           int shownYear)
    : workspace_(workspace), service_(workspace.store(), workspace.actor()),
      institutions_(app::ReferenceService(workspace.store(), workspace.actor()).institutions()) {
    wxXmlResource::Get()->LoadDialog(this, parent, "EnteredFigures");
    year = XRCCTRL(*this, "year", wxSpinCtrl);
    meetings = XRCCTRL(*this, "meetings", wxSpinCtrl);
    reports = XRCCTRL(*this, "reports", wxSpinCtrl);
    for (auto c : kAllCategories) {
        categories[c] = XRCCTRL(*this, std::string(jsonKey(c)).c_str(), wxSpinCtrl);
    }
    solicitations = XRCCTRL(*this, "solicitations", wxDataViewListCtrl);
    addLine = XRCCTRL(*this, "add_line", wxButton);
    removeLine = XRCCTRL(*this, "remove_line", wxButton);
    deleteFigures = XRCCTRL(*this, "delete", wxButton);
    save = XRCCTRL(*this, "wxID_OK", wxButton);
    status = XRCCTRL(*this, "status", wxStaticText);
    error = XRCCTRL(*this, "error", wxStaticText);

    // A year "before Vigie" is never in the future; the one asked for is always allowed.
    year->SetRange(std::min(kFirstYear, shownYear), std::max(Date::today().year(), shownYear));
    year->SetValue(shownYear);
    buildFamilies();
    solicitations->AppendTextColumn(_("Addressees"), wxDATAVIEW_CELL_EDITABLE, 200);
    solicitations->AppendTextColumn(_("Number"), wxDATAVIEW_CELL_EDITABLE, 90, wxALIGN_RIGHT);
    solicitations->AppendTextColumn(_("Answers"), wxDATAVIEW_CELL_EDITABLE, 90, wxALIGN_RIGHT);
    solicitations->AppendTextColumn(_("Subjects"), wxDATAVIEW_CELL_EDITABLE, 360);

    // Created with their whole text on one line, the long labels would keep that width as
    // their minimum and make the dialog as wide as the screen.
    for (const char* name : {"explanation", "solicitations_help"}) {
        auto* text = XRCCTRL(*this, name, wxStaticText);
        text->Wrap(FromDIP(kTextWidth));
        text->SetMinSize(text->GetBestSize());
    }

    // Only on a finished change (arrows, Enter, leaving the field), since reloading on
    // every key would jump through years while "2014" is being typed; and only for another
    // year, since reloading the same one would drop the changes being made.
    auto yearChanged = [this] {
        if (year->GetValue() != figures_.year) {
            loadYear(year->GetValue());
        }
    };
    year->Bind(wxEVT_SPINCTRL, [yearChanged](wxSpinEvent&) { yearChanged(); });
    // Enter after typing a year shows that year; it must not press Save for it. (The XRC
    // handler of wxSpinCtrl knows no wxTE_PROCESS_ENTER, hence the key itself.)
    year->Bind(wxEVT_KEY_DOWN, [yearChanged](wxKeyEvent& key) {
        if (key.GetKeyCode() == WXK_RETURN || key.GetKeyCode() == WXK_NUMPAD_ENTER) {
            yearChanged();
        } else {
            key.Skip();
        }
    });
    addLine->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { addSolicitationLine(); });
    removeLine->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        const int row = solicitations->GetSelectedRow();
        if (row != wxNOT_FOUND) {
            solicitations->DeleteItem(static_cast<unsigned>(row));
        }
        removeLine->Enable(solicitations->GetSelectedRow() != wxNOT_FOUND);
    });
    solicitations->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        removeLine->Enable(solicitations->GetSelectedRow() != wxNOT_FOUND);
    });
    deleteFigures->Bind(wxEVT_BUTTON, &EnteredFiguresDialog::onDelete, this);
    Bind(wxEVT_BUTTON, &EnteredFiguresDialog::onSave, this, wxID_OK);

    loadYear(shownYear);
    // The XRC loader fixed the minimum size before the labels were wrapped.
    SetMinSize(wxDefaultSize);
    GetSizer()->SetSizeHints(this);
    CentreOnParent();
}

void EnteredFiguresDialog::buildFamilies() {
    auto* panel = XRCCTRL(*this, "families", wxPanel);
    auto list = app::ReferenceService(workspace_.store(), workspace_.actor()).rightFamilies();
    std::stable_sort(list.begin(), list.end(),
                     [](const auto& a, const auto& b) { return a.position < b.position; });
    // Two families a row: twelve in one column would make the dialog taller than a laptop.
    auto* grid = new wxFlexGridSizer(4, FromDIP(6), FromDIP(10));
    for (const auto& family : list) {
        auto* label =
            new wxStaticText(panel, wxID_ANY, wxString::Format(_("%s:"), wx(family.label)));
        auto* spin = new wxSpinCtrl(panel, wxID_ANY, wxEmptyString, wxDefaultPosition,
                                    wxDefaultSize, wxSP_ARROW_KEYS, 0, kMaxCount, 0);
        spin->SetName(wx(family.code));
        grid->Add(label, 0, wxALIGN_CENTER_VERTICAL);
        grid->Add(spin, 0, wxRIGHT, FromDIP(6));
        families.emplace_back(family.code, spin);
        familyLabels_[family.code] = family.label;
    }
    panel->SetSizer(grid);
}

void EnteredFiguresDialog::loadYear(int shown) {
    if (year->GetValue() != shown) {
        year->SetValue(shown);
    }
    stored_ = service_.find(shown);
    counted_ = app::hasCountedData(workspace_.store(), shown);
    if (stored_) {
        figures_ = *stored_;
        TransferDataToWindow();
        showingStored_ = true;
    } else if (showingStored_) {
        // Another year's saved figures must not pass for this one's.
        figures_ = EnteredFigures{};
        figures_.year = shown;
        TransferDataToWindow();
        showingStored_ = false;
    }
    // Otherwise keep what was typed: picking the right year after typing loses nothing.
    figures_.year = shown;
    showYearState();
}

void EnteredFiguresDialog::showYearState() {
    const int shown = figures_.year;
    if (stored_) {
        status->SetLabel(wxString::Format(_("Figures typed in on %s by %s."),
                                          frenchTimestamp(stored_->enteredAt),
                                          wx(stored_->enteredBy)));
    } else {
        status->SetLabel(wxString::Format(_("No figures typed in for %d yet."), shown));
    }
    deleteFigures->Show(stored_.has_value());
    save->Enable(!counted_);
    showError(counted_
                  ? wxString::Format(_("Vigie already holds reports, meetings or solicitations for "
                                       "%d: the annual report counts that year from them. Figures "
                                       "are typed in only for the years before Vigie."),
                                     shown)
                  : wxString());
    Layout();
}

void EnteredFiguresDialog::showError(const wxString& message) {
    showFieldError(error, message);
    if (message.empty()) {
        return;
    }
    error->Wrap(FromDIP(kTextWidth));
    // Grow to show a message of several lines; never shrink what the user enlarged.
    const wxSize needed = GetSizer()->ComputeFittingClientSize(this);
    const wxSize client = GetClientSize();
    if (needed.x > client.x || needed.y > client.y) {
        SetClientSize(std::max(needed.x, client.x), std::max(needed.y, client.y));
    }
    Layout();
}

bool EnteredFiguresDialog::TransferDataToWindow() {
    const auto& f = figures_;
    meetings->SetValue(asInt(f.meetings));
    reports->SetValue(asInt(f.reports));
    for (auto& [category, control] : categories) {
        const auto it = f.categories.find(category);
        control->SetValue(it == f.categories.end() ? 0 : asInt(it->second));
    }
    for (auto& [code, control] : families) {
        const auto it = f.rightFamilies.find(code);
        control->SetValue(it == f.rightFamilies.end() ? 0 : asInt(it->second));
    }
    solicitations->DeleteAllItems();
    for (const auto& s : f.solicitations) {
        wxVector<wxVariant> row;
        row.push_back(wxVariant(wx(text::join(s.addressees, "-"))));
        row.push_back(wxVariant(wxString::Format("%lld", s.count)));
        row.push_back(wxVariant(wxString::Format("%lld", s.answered)));
        row.push_back(wxVariant(wx(text::join(s.subjects, " ; "))));
        solicitations->AppendItem(row);
    }
    removeLine->Enable(false);
    return true;
}

void EnteredFiguresDialog::addSolicitationLine() {
    wxVector<wxVariant> row;
    for (const wxString& cell : {wxString(), wxString("0"), wxString("0"), wxString()}) {
        row.push_back(wxVariant(cell));
    }
    solicitations->AppendItem(row);
    const unsigned last = static_cast<unsigned>(solicitations->GetItemCount() - 1);
    const wxDataViewItem item = solicitations->RowToItem(static_cast<int>(last));
    solicitations->Select(item);
    removeLine->Enable(true);
    if (IsShown()) {
        solicitations->EditItem(item, solicitations->GetColumn(kAddressees));
    }
}

bool EnteredFiguresDialog::readAddressees(const wxString& written, unsigned line,
                                          std::vector<std::string>& codes,
                                          wxString& problem) const {
    std::map<std::string, std::string> known; // codeKey -> the code as Settings spells it
    for (const auto& i : institutions_) {
        known.emplace(codeKey(i.code), i.code);
    }
    std::string textual = text::trimmed(utf8(written));
    std::vector<std::string> parts;
    if (known.count(codeKey(textual))) {
        parts.push_back(textual); // a code that itself holds a hyphen
    } else {
        std::replace(textual.begin(), textual.end(), ',', '-');
        parts = text::splitList(textual, '-');
    }
    codes.clear();
    std::vector<std::string> unknown;
    for (const auto& part : parts) {
        const auto it = known.find(codeKey(part));
        if (it == known.end()) {
            unknown.push_back(part);
        } else if (std::find(codes.begin(), codes.end(), it->second) == codes.end()) {
            codes.push_back(it->second);
        }
    }
    if (parts.empty()) {
        problem = wxString::Format(_("Line %u: say to whom the solicitations were sent."), line);
        return false;
    }
    if (!unknown.empty()) {
        problem = wxString::Format(
            wxPLURAL("Line %u: %s is not an institution code of Vigie (Settings, Institutions).",
                     "Line %u: %s are not institution codes of Vigie (Settings, Institutions).",
                     static_cast<unsigned>(unknown.size())),
            line, wx(text::join(unknown, ", ")));
        return false;
    }
    if (mixesPartnershipWithBodies(codes)) {
        problem = wxString::Format(
            _("Line %u: PIO stands for the whole partnership and is written alone."), line);
        return false;
    }
    return true;
}

bool EnteredFiguresDialog::TransferDataFromWindow() {
    showError(wxString());
    EnteredFigures f;
    f.year = year->GetValue();
    f.meetings = meetings->GetValue();
    f.reports = reports->GetValue();
    for (const auto& [category, control] : categories) {
        f.categories[category] = control->GetValue();
    }
    // Families no longer offered keep what was saved for them.
    f.rightFamilies = figures_.rightFamilies;
    for (const auto& [code, control] : families) {
        f.rightFamilies[code] = control->GetValue();
    }
    wxArrayString problems;
    std::set<std::vector<std::string>> seen;
    const unsigned lines = static_cast<unsigned>(solicitations->GetItemCount());
    for (unsigned row = 0; row < lines; ++row) {
        const unsigned line = row + 1;
        const wxString written = solicitations->GetTextValue(row, kAddressees);
        const wxString sent = solicitations->GetTextValue(row, kCount);
        const wxString answered = solicitations->GetTextValue(row, kAnswered);
        const wxString subjects = solicitations->GetTextValue(row, kSubjects);
        const auto count = countIn(sent);
        const auto answers = countIn(answered);
        if (written.Strip(wxString::both).empty() && subjects.Strip(wxString::both).empty() &&
            count == 0 && answers == 0) {
            continue; // a line added and left empty
        }
        EnteredFigures::Solicitations s;
        wxString problem;
        if (!readAddressees(written, line, s.addressees, problem)) {
            problems.push_back(problem);
        } else if (!seen.insert(s.addressees).second) {
            problems.push_back(wxString::Format(
                _("Line %u: %s is already on another line; add both up on one line."), line,
                wx(text::join(s.addressees, "-"))));
        }
        if (!count || !answers) {
            problems.push_back(wxString::Format(
                _("Line %u: the number and the answers are whole numbers."), line));
        } else {
            s.count = *count;
            s.answered = *answers;
        }
        s.subjects = text::splitList(utf8(subjects), ';');
        f.solicitations.push_back(std::move(s));
    }
    if (problems.empty()) {
        // The rules name a family by its key; the person typing knows it by its label.
        EnteredFigures named = f;
        named.rightFamilies.clear();
        for (const auto& [code, n] : f.rightFamilies) {
            const auto it = familyLabels_.find(code);
            named.rightFamilies[it == familyLabels_.end() ? code : it->second] = n;
        }
        if (const auto found = problemsOf(named); !found.empty()) {
            problems.push_back(wxString::Format(_("The figures do not add up: %s."),
                                                wx(text::join(found, " ; "))));
        }
    }
    if (!problems.empty()) {
        showError(wxJoin(problems, '\n', '\0'));
        return false;
    }
    f.enteredAt = figures_.enteredAt;
    f.enteredBy = figures_.enteredBy;
    figures_ = std::move(f);
    return true;
}

void EnteredFiguresDialog::onSave(wxCommandEvent&) {
    // A year typed but not yet taken into account: show what that year holds first, so
    // its saved figures are never overwritten unseen.
    if (year->GetValue() != figures_.year) {
        loadYear(year->GetValue());
        return;
    }
    if (counted_ || !TransferDataFromWindow()) {
        return;
    }
    try {
        service_.save(figures_);
    } catch (const std::exception& e) {
        showError(wx(e.what()));
        return;
    }
    EndModal(wxID_OK);
}

void EnteredFiguresDialog::onDelete(wxCommandEvent&) {
    const int shown = figures_.year;
    wxMessageDialog ask(this, wxString::Format(_("Delete the figures typed in for %d?"), shown),
                        _("Delete these figures"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetExtendedMessage(_("They can only come back by being typed in again."));
    ask.SetYesNoLabels(_("&Delete them"), _("&Keep them"));
    if (ask.ShowModal() != wxID_YES) {
        return;
    }
    try {
        service_.remove(shown);
    } catch (const std::exception& e) {
        showError(wx(e.what()));
        return;
    }
    EndModal(wxID_DELETE);
}

} // namespace vigie::ui
