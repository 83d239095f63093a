#include "history_dialog.h"

#include <algorithm>

#include <wx/accel.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "app/output_guard.h"
#include "app/workspace.h"
#include "help_window.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

constexpr int kDefaultWidths[HistoryListModel::ColumnCount] = {130, 100, 220, 150, 260};

// The fields an entry changed, for the list: the detail pane says how.
wxString fieldsText(const app::HistoryLine& line) {
    wxString out;
    for (const auto& c : line.changes) {
        out += (out.empty() ? "" : ", ") + wx(c.field);
    }
    return out;
}

} // namespace

void HistoryListModel::reload(const app::HistoryFilter& filter) {
    filter_ = filter;
    pages_.clear();
    pageUse_.clear();
    try {
        size_ = history_.count(filter_);
    } catch (const std::exception& e) {
        size_ = 0;
        wxLogError("%s", wx(e.what()));
    }
    Reset(static_cast<unsigned>(size_));
}

const app::HistoryLine* HistoryListModel::lineAt(unsigned row) const {
    if (row >= size_) {
        return nullptr;
    }
    const unsigned page = row / kPageSize;
    auto it = pages_.find(page);
    if (it == pages_.end()) {
        std::vector<app::HistoryLine> lines;
        try {
            lines = history_.page(filter_, static_cast<long long>(page) * kPageSize, kPageSize);
        } catch (const std::exception& e) {
            // Called from GTK's drawing: an exception must not cross it. Say it once.
            if (!errorShown_) {
                errorShown_ = true;
                wxLogError("%s", wx(e.what()));
            }
        }
        it = pages_.emplace(page, std::move(lines)).first;
        if (pages_.size() > kPagesKept && !pageUse_.empty()) {
            pages_.erase(pageUse_.front());
            pageUse_.erase(pageUse_.begin());
        }
    }
    pageUse_.erase(std::remove(pageUse_.begin(), pageUse_.end(), page), pageUse_.end());
    pageUse_.push_back(page);
    const unsigned index = row % kPageSize;
    return index < it->second.size() ? &it->second[index] : nullptr;
}

void HistoryListModel::GetValueByRow(wxVariant& value, unsigned int row, unsigned int col) const {
    const auto* line = lineAt(row);
    if (!line) {
        value = wxString();
        return;
    }
    switch (col) {
    case When: value = wx(line->date + " " + line->time); break;
    case User: value = wx(line->user); break;
    case Record: value = wx(line->record); break;
    case Action: value = wx(line->action); break;
    default: value = fieldsText(*line); break;
    }
}

wxString historyDetailsText(const app::HistoryLine& line) {
    wxString out = wxString::Format(_("%s at %s, by %s"), wx(line.date), wx(line.time),
                                    wx(line.user)) +
                   "\n" + wx(line.record) + L" \u2014 " + wx(line.action) + "\n";
    if (!line.changes.empty()) {
        out += "\n";
    }
    for (const auto& c : line.changes) {
        // « Description : ancien → nouveau »; a creation or a deletion gives its one side.
        const wxString value = c.before.empty() ? wx(c.after)
                               : c.after.empty() ? wx(c.before)
                                                 : wx(c.before) + L" \u2192 " + wx(c.after);
        out += wxString::Format(_("%s: %s"), wx(c.field), value) + "\n";
    }
    if (!line.note.empty()) {
        out += "\n" + wxString::Format(_("Note: %s"), wx(line.note));
    }
    return out;
}

void showRecordHistory(wxWindow* parent, app::Workspace& workspace, const std::string& entity,
                       std::int64_t id) {
    app::HistoryFilter filter;
    filter.entity = entity;
    filter.entityId = id;
    HistoryDialog dialog(parent, workspace, filter);
    dialog.ShowModal();
}

HistoryDialog::HistoryDialog(wxWindow* parent, app::Workspace& workspace,
                             app::HistoryFilter filter)
    : workspace_(workspace), history_(workspace.store()), filter_(std::move(filter)),
      model_(new HistoryListModel(history_)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "HistoryDialog");
    from = new DateField(this);
    wxXmlResource::Get()->AttachUnknownControl("from", from, this);
    to = new DateField(this);
    wxXmlResource::Get()->AttachUnknownControl("to", to, this);
    recordLabel_ = XRCCTRL(*this, "record_label", wxStaticText);
    kind = XRCCTRL(*this, "kind", wxChoice);
    user = XRCCTRL(*this, "user", wxChoice);
    words = XRCCTRL(*this, "words", wxTextCtrl);
    count = XRCCTRL(*this, "count", wxStaticText);
    changes = XRCCTRL(*this, "changes", wxTextCtrl);
    buildList();
    fillChoices();
    if (filter_.entityId) {
        std::string name;
        try {
            name = history_.recordName(filter_.entity, *filter_.entityId);
        } catch (const std::exception& e) {
            wxLogError("%s", wx(e.what()));
        }
        recordLabel_->SetLabel(wxString::Format(_("Changes of %s"), wx(name)));
    } else {
        recordLabel_->Hide();
    }
    kind->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        filter_.entityId.reset(); // another kind: no longer one record's history
        recordLabel_->Hide();
        applyFilters();
    });
    user->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { applyFilters(); });
    words->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { applyFilters(); });
    XRCCTRL(*this, "apply", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        applyFilters();
    });
    XRCCTRL(*this, "clear", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showAll(); });
    XRCCTRL(*this, "export", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        exportCsv();
    });
    // The button, and F1 through the accelerator (a menu event).
    auto help = [this](wxCommandEvent&) { HelpWindow::show(this, "historique.html"); };
    Bind(wxEVT_BUTTON, help, wxID_HELP);
    Bind(wxEVT_MENU, help, wxID_HELP);
    wxAcceleratorEntry keys[] = {wxAcceleratorEntry(wxACCEL_NORMAL, WXK_F1, wxID_HELP)};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    SetEscapeId(wxID_CANCEL);
    SetTitle(_("Change history"));
    SetMinSize(FromDIP(wxSize(760, 560)));
    GetSizer()->Fit(this);
    wxConfigBase* config = wxConfigBase::Get();
    const wxSize size(config->ReadLong("/History/Width", GetSize().x),
                      config->ReadLong("/History/Height", GetSize().y));
    SetSize(size);
    CentreOnParent();
    applyFilters();
}

HistoryDialog::~HistoryDialog() {
    saveLayout();
}

void HistoryDialog::buildList() {
    list = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VERT_RULES);
    list->SetName("history_list");
    wxXmlResource::Get()->AttachUnknownControl("entries", list, this);
    nameLargeListForScreenReaders(list, _("Changes"));
    list->AssociateModel(model_.get());
    const wxString titles[HistoryListModel::ColumnCount] = {_("Date"), _("User"), _("Record"),
                                                            _("Action"), _("Fields changed")};
    wxConfigBase* config = wxConfigBase::Get();
    for (unsigned c = 0; c < HistoryListModel::ColumnCount; ++c) {
        // An explicit width on every column: on GTK a default one reads every row.
        const int width = config->ReadLong(wxString::Format("/History/Columns/%u", c),
                                           FromDIP(kDefaultWidths[c]));
        auto* column = list->AppendTextColumn(titles[c], c, wxDATAVIEW_CELL_INERT, width,
                                              wxALIGN_LEFT, wxDATAVIEW_COL_RESIZABLE);
        column->SetMinWidth(50);
        column->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    }
    list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { showSelected(); });
}

void HistoryDialog::fillChoices() {
    kind->Append(_("(all kinds)"));
    const auto kinds = app::historyKinds();
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        kind->Append(wx(kinds[i].label));
        if (kinds[i].entity == filter_.entity) {
            kind->SetSelection(static_cast<int>(i) + 1);
        }
    }
    if (kind->GetSelection() == wxNOT_FOUND) {
        kind->SetSelection(0);
    }
    user->Append(_("(all users)"));
    try {
        users_ = history_.users();
    } catch (const std::exception& e) {
        wxLogError("%s", wx(e.what()));
    }
    for (const auto& name : users_) {
        user->Append(wx(name));
    }
    user->SetSelection(0);
}

bool HistoryDialog::applyFilters() {
    const int k = kind->GetSelection();
    const auto kinds = app::historyKinds();
    filter_.entity = k > 0 ? kinds[static_cast<std::size_t>(k - 1)].entity : std::string();
    const int u = user->GetSelection();
    filter_.user = u > 0 ? users_[static_cast<std::size_t>(u - 1)] : std::string();
    filter_.words = utf8(words->GetValue());
    const bool fromTyped = !from->text()->GetValue().Trim().empty();
    const bool toTyped = !to->text()->GetValue().Trim().empty();
    filter_.from = from->date();
    filter_.to = to->date();
    if ((fromTyped && !filter_.from) || (toTyped && !filter_.to)) {
        count->SetLabel(_("A day is written as 14/07/2026."));
        return false;
    }
    model_->reload(filter_);
    count->SetLabel(wxString::Format(wxPLURAL("%lld change", "%lld changes", static_cast<unsigned>(model_->size())),
                                     model_->size()));
    changes->Clear();
    if (model_->size() > 0) {
        list->Select(model_->GetItem(0));
        showSelected();
    }
    return true;
}

void HistoryDialog::showSelected() {
    const auto item = list->GetSelection();
    const auto* line = item.IsOk() ? model_->lineAt(model_->GetRow(item)) : nullptr;
    changes->ChangeValue(line ? historyDetailsText(*line) : wxString());
}

void HistoryDialog::showAll() {
    filter_ = {};
    recordLabel_->Hide();
    kind->SetSelection(0);
    user->SetSelection(0);
    words->Clear();
    from->text()->Clear();
    to->text()->Clear();
    applyFilters();
}

void HistoryDialog::exportTo(const wxString& file) {
    app::writeExport(workspace_.store(), toPath(file), history_.csv(filter_));
}

void HistoryDialog::exportCsv() {
    wxFileDialog dialog(this, _("Export the history to a CSV file"),
                        wxConfigBase::Get()->Read("/History/ExportFolder", wxString()),
                        "historique.csv", _("CSV files (*.csv)|*.csv"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    wxConfigBase::Get()->Write("/History/ExportFolder", dialog.GetDirectory());
    try {
        exportTo(dialog.GetPath());
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The history was not exported"), wxOK | wxICON_ERROR, this);
    }
}

void HistoryDialog::saveLayout() {
    wxConfigBase* config = wxConfigBase::Get();
    config->Write("/History/Width", GetSize().x);
    config->Write("/History/Height", GetSize().y);
    for (unsigned c = 0; c < list->GetColumnCount(); ++c) {
        config->Write(wxString::Format("/History/Columns/%u", c), list->GetColumn(c)->GetWidth());
    }
}

} // namespace vigie::ui
