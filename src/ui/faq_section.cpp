#include "faq_section.h"

#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>

#include "app/faq_csv.h"
#include "app/faq_page.h"
#include "app/output_guard.h"
#include "app/reference_service.h"
#include "app/report_browser.h"
#include "domain/text.h"
#include "report_choices.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

enum Show { kAll, kPublished, kDrafts, kToReview };

wxString oneLine(const std::string& text) {
    wxString s = wx(text);
    s.Replace("\r", " ");
    s.Replace("\n", " ");
    return s;
}

} // namespace

FaqSection::FaqSection(wxWindow* parent) : Section(parent, wxID_ANY) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    buildFilters(sizer);
    buildButtons(sizer);
    list_ = new RowList(this, "faq_list", "Faq",
                        {{_("Question"), 360},
                         {_("Rights"), 140},
                         {_("Published"), 80},
                         {_("Checked on"), 95},
                         {_("Review"), 90}});
    nameForScreenReaders(list_, _("FAQ answers"));
    sizer->Add(list_, 1, wxEXPAND);
    summary_ = new wxStaticText(this, wxID_ANY, wxString());
    summary_->SetName("faq_summary");
    sizer->Add(summary_, 0, wxEXPAND | wxALL, 6);
    SetSizer(sizer);
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_DELETE && !e.HasAnyModifiers()) {
            removeSelected();
        } else {
            e.Skip();
        }
    });
}

void FaqSection::buildFilters(wxSizer* sizer) {
    auto* filters = new wxWrapSizer(wxHORIZONTAL);
    auto addChoice = [&](const wxString& label, wxChoice*& choice, const char* name) {
        auto* pair = new wxBoxSizer(wxHORIZONTAL);
        pair->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
        choice = new wxChoice(this, wxID_ANY);
        choice->SetName(name);
        pair->Add(choice, 0, wxRIGHT, 12);
        filters->Add(pair, 0, wxBOTTOM, 4);
    };
    addChoice(_("&Show:"), show_, "faq_show");
    show_->Append(_("Every answer"));
    show_->Append(_("Published"));
    show_->Append(_("Drafts"));
    show_->Append(_("To review"));
    show_->SetSelection(kAll);
    show_->SetToolTip(_("To review: published answers checked more than a year ago, or never"));
    addChoice(_("R&ight:"), right_, "faq_right");
    right_->Append(_("All rights"));
    right_->SetSelection(0);
    for (wxChoice* c : {show_, right_}) {
        c->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill(); });
    }
    sizer->Add(filters, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
}

void FaqSection::buildButtons(wxSizer* sizer) {
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    auto add = [&](const wxString& label, const wxString& tip, const char* name,
                   std::function<void()> action) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetName(name);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(b, 0, wxRIGHT | wxBOTTOM, 4);
    };
    add(_("&New answer..."), _("Write a new answer for the city's FAQ (Ctrl+N)"), "faq_new",
        [this] { newItem(); });
    add(_("&Open..."), _("Open the selected answer (Enter)"), "faq_open",
        [this] { openSelected(); });
    add(_("De&lete..."), _("Delete the selected answer (Del)"), "faq_delete",
        [this] { removeSelected(); });
    add(_("&Publish..."),
        _("Write the published answers as one web page for the city's site, in a folder"),
        "faq_publish", [this] { publish(); });
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
}

wxString FaqSection::title() const {
    return _("FAQ");
}

Section::Tool FaqSection::tool(Command command) const {
    switch (command) {
    case Command::New:
        return {_("New"), _("Write a new answer for the city's FAQ (Ctrl+N)")};
    case Command::Open:
        return {_("Open"), _("Open the selected answer (Enter)")};
    case Command::Remove:
        return {_("Delete"), _("Delete the selected answer (Del)")};
    case Command::Find:
        return {};
    case Command::Export:
        return {_("Export"), _("Write every answer to a CSV file (Ctrl+E)")};
    }
    return {};
}

wxString FaqSection::commandLabel(Command command) const {
    switch (command) {
    case Command::New:
        return _("&New FAQ answer...\tCtrl+N");
    case Command::Open:
        return _("&Open the FAQ answer...\tCtrl+Enter");
    case Command::Remove:
        return _("&Delete the FAQ answer... (Del)");
    case Command::Find:
        return _("&Search...\tCtrl+F");
    case Command::Export:
        return _("&Export the FAQ...\tCtrl+E");
    }
    return {};
}

void FaqSection::bind(app::Workspace& workspace) {
    workspace_ = &workspace;
}

void FaqSection::refresh() {
    if (!workspace_) {
        return;
    }
    fillRights();
    fill();
}

void FaqSection::fillRights() {
    const std::string kept = right_->GetSelection() > 0
                                 ? rightCodes_[static_cast<std::size_t>(right_->GetSelection() - 1)]
                                 : std::string();
    app::ReferenceService reference(workspace_->store(), workspace_->actor());
    rightNames_.clear();
    right_->Clear();
    right_->Append(_("All rights"));
    rightCodes_.clear();
    int selection = 0;
    for (const auto& r : reference.rights()) {
        rightNames_[codeKey(r.code)] = shortName(r.code, r.label);
        if (r.active || codeKey(r.code) == codeKey(kept)) {
            rightCodes_.push_back(r.code);
            right_->Append(wx(displayName(r.code, r.label)));
            if (codeKey(r.code) == codeKey(kept)) {
                selection = static_cast<int>(rightCodes_.size());
            }
        }
    }
    right_->SetSelection(selection);
}

app::FaqFilter FaqSection::filter() const {
    app::FaqFilter f;
    switch (show_->GetSelection()) {
    case kPublished: f.published = true; break;
    case kDrafts: f.published = false; break;
    case kToReview: f.dueForReview = true; break;
    default: break;
    }
    if (const int r = right_->GetSelection(); r > 0) {
        f.right = rightCodes_[static_cast<std::size_t>(r - 1)];
    }
    return f;
}

std::vector<wxString> FaqSection::row(const FaqEntry& e) const {
    std::vector<std::string> rights;
    for (const auto& code : e.rights) {
        const auto it = rightNames_.find(codeKey(code));
        rights.push_back(it == rightNames_.end() ? code : it->second);
    }
    return {oneLine(e.question), wx(text::join(rights, ", ")),
            e.published ? _("Yes") : _("No"),
            e.checkedOn ? wx(e.checkedOn->french()) : wxString(),
            reviewDue(e, Date::today()) ? _("To review") : wxString()};
}

void FaqSection::fill() {
    const auto keep = selectedId();
    const Date today = Date::today();
    app::FaqService service(workspace_->store(), workspace_->actor());
    shown_ = service.list(filter(), today);
    std::vector<std::vector<wxString>> rows;
    std::vector<wxColour> colours;
    long long due = 0;
    for (const auto& e : shown_) {
        rows.push_back(row(e));
        const bool late = reviewDue(e, today);
        due += late ? 1 : 0;
        // The answers to review stand out, in the theme's error colour's spirit but readable.
        colours.push_back(late ? wxColour(0x9c, 0x2a, 0x00) : wxColour());
    }
    list_->setRows(rows, colours);
    if (keep) {
        select(*keep);
    }
    const auto review = app::faqReview(workspace_->store(), today);
    summary_->SetLabel(
        wxString::Format(wxPLURAL("%lld answer published", "%lld answers published",
                                  review.published),
                         review.published) +
        L" \u2014 " +
        wxString::Format(wxPLURAL("%zu to review (checked more than a year ago, or never)",
                                  "%zu to review (checked more than a year ago, or never)",
                                  review.toReview.size()),
                         review.toReview.size()));
    if (onStatusChanged) {
        onStatusChanged();
    }
}

std::optional<FaqId> FaqSection::selectedId() const {
    const int row = list_->selectedRow();
    if (row < 0 || static_cast<std::size_t>(row) >= shown_.size()) {
        return std::nullopt;
    }
    return shown_[static_cast<std::size_t>(row)].id;
}

void FaqSection::select(FaqId id) {
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        if (shown_[i].id == id) {
            list_->selectRow(static_cast<int>(i));
        }
    }
}

wxString FaqSection::statusText() {
    if (!workspace_) {
        return wxString();
    }
    return wxString::Format(wxPLURAL("%zu FAQ answer", "%zu FAQ answers", shown_.size()),
                            shown_.size());
}

FaqActions FaqSection::actions() {
    auto& ws = *workspace_;
    return {
        [&ws](FaqEntry e, app::PersonalData personalData) {
            return app::FaqService(ws.store(), ws.actor()).save(std::move(e), personalData);
        },
        reportDescriber(ws),
        reportLookup(ws),
        reportFinder(ws),
    };
}

bool FaqSection::edit(FaqEntry entry, wxWindow* parent) {
    if (!workspace_) {
        return false;
    }
    app::ReferenceService reference(workspace_->store(), workspace_->actor());
    FaqEditor editor(parent ? parent : this, std::move(entry),
                     {reference.rights(), reference.institutions()}, actions());
    if (editor.ShowModal() != wxID_OK) {
        return false;
    }
    const FaqId id = editor.entry().id;
    refresh();
    select(id);
    if (selectedId() != id) {
        show_->SetSelection(kAll); // hidden by the filters: shown all the same
        right_->SetSelection(0);
        fill();
        select(id);
    }
    return true;
}

void FaqSection::newItem() {
    edit(FaqEntry{});
}

bool FaqSection::writeFor(ReportId report, wxWindow* parent) {
    if (!workspace_) {
        return false;
    }
    const auto r = app::ReportBrowser(workspace_->store()).find(report);
    return r && edit(app::faqFrom(*r), parent);
}

void FaqSection::openSelected() {
    if (auto id = selectedId()) {
        if (auto e = app::FaqService(workspace_->store(), workspace_->actor()).find(*id)) {
            edit(*e);
        }
    }
}

void FaqSection::removeSelected() {
    const auto id = selectedId();
    if (!id) {
        return;
    }
    wxMessageDialog confirm(this,
                            _("Delete this FAQ answer? It will no longer be on the page "
                              "\"Publish...\" writes; the linked reports are kept."),
                            _("Delete the FAQ answer"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("&Delete"), _("&Keep"));
    if (confirm.ShowModal() != wxID_YES) {
        return;
    }
    try {
        app::FaqService(workspace_->store(), workspace_->actor()).remove(*id);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), title(), wxOK | wxICON_WARNING, this);
    }
    refresh();
}

long long FaqSection::publishTo(const wxString& folder) {
    return app::publishFaq(workspace_->store(), toPath(folder), Date::today());
}

std::optional<wxString> FaqSection::publish() {
    if (!workspace_) {
        return std::nullopt;
    }
    wxDirDialog dialog(this, _("Folder of the FAQ page (index.html is written in it)"),
                       wxString(), wxDD_DEFAULT_STYLE);
    if (dialog.ShowModal() != wxID_OK) {
        return std::nullopt;
    }
    try {
        const long long count = publishTo(dialog.GetPath());
        wxMessageBox(wxString::Format(wxPLURAL("The page holds %lld published answer: %s",
                                               "The page holds %lld published answers: %s",
                                               count),
                                      count, dialog.GetPath() + wxFILE_SEP_PATH + "index.html"),
                     title(), wxOK | wxICON_INFORMATION, this);
        return dialog.GetPath();
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The FAQ page was not written"), wxOK | wxICON_ERROR, this);
        return std::nullopt;
    }
}

void FaqSection::exportList() {
    if (!workspace_) {
        return;
    }
    wxFileDialog dialog(this, _("Export the FAQ to a CSV file"), wxString(), "faq.csv",
                        _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    try {
        app::writeExport(workspace_->store(), toPath(dialog.GetPath()),
                         app::exportFaq(workspace_->store()));
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The list was not exported"), wxOK | wxICON_ERROR, this);
    }
}

} // namespace vigie::ui
