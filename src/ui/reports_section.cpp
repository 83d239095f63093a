#include "reports_section.h"
#include "history_dialog.h"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/infobar.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "app/solicitation_service.h"
#include "app/report_browser.h"
#include "app/annual_report.h"
#include "app/report_csv.h"
#include "app/documents.h"
#include "app/reference_service.h"
#include "app/report_service.h"
#include "app/output_guard.h"
#include "app/workspace.h"
#include "domain/percent.h"
#include "documents_ui.h"
#include "report_details.h"
#include "platform/files.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

constexpr int kSearchDelayMs = 250;
const int ID_SHOW_SAVED = wxWindow::NewControlId();

// Widths chosen for French labels at the default font; each is remembered once changed.
constexpr int kDefaultWidths[ReportListModel::ColumnCount] = {85, 90, 215, 175, 150, 150};

ReportOrder orderFor(unsigned column) {
    switch (column) {
    case ReportListModel::Reference:
        return ReportOrder::Reference;
    case ReportListModel::Source:
        return ReportOrder::Source;
    case ReportListModel::Categories:
        return ReportOrder::Categories;
    case ReportListModel::Rights:
        return ReportOrder::Rights;
    case ReportListModel::Status:
        return ReportOrder::Status;
    default:
        return ReportOrder::ReceivedOn;
    }
}

} // namespace

ReportsSection::ReportsSection(wxWindow* parent)
    : Section(parent, wxID_ANY), model_(new ReportListModel(nullptr)), searchDelay_(this) {
    outer_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3DSASH);
    filters_ = wxXmlResource::Get()->LoadPanel(outer_, "ReportFilters");
    inner_ = new wxSplitterWindow(outer_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3DSASH);
    buildList();
    details_ =
        new wxHtmlWindow(inner_, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    details_->SetName("report_details");
    nameForScreenReaders(details_, _("Report details"));
    details_->SetPage(emptyDetailsHtml(_("Select a report to read it here.")));

    wxConfigBase* config = wxConfigBase::Get();
    outer_->SetMinimumPaneSize(160);
    inner_->SetMinimumPaneSize(80);
    outer_->SplitVertically(filters_, inner_, config->ReadLong("/Reports/FiltersWidth", 230));
    // Negative: the details pane's height from the bottom, whatever the window's size.
    inner_->SplitHorizontally(list_, details_,
                              config->ReadLong("/Reports/ListHeight", -FromDIP(320)));
    inner_->SetSashGravity(0.6);

    // Says so when a report just saved is hidden by the filters, with a way to see it.
    notice_ = new wxInfoBar(this);
    notice_->SetName("hidden_report_notice");
    notice_->AddButton(ID_SHOW_SAVED, _("&Show it"));
    notice_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        notice_->Dismiss();
        if (hiddenReport_) {
            const ReportId id = *hiddenReport_;
            resetFilters();
            if (model_->rowOf(id) < 0) { // withdrawn
                showWithdrawn_->SetValue(true);
                applyFilters();
            }
            select(id);
        }
    }, ID_SHOW_SAVED);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(notice_, 0, wxEXPAND);
    sizer->Add(outer_, 1, wxEXPAND);
    SetSizer(sizer);

    search_ = XRCCTRL(*filters_, "search", wxSearchCtrl);
    showWithdrawn_ = XRCCTRL(*filters_, "show_withdrawn", wxCheckBox);
    resultCount_ = XRCCTRL(*filters_, "result_count", wxStaticText);
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { searchDelay_.StartOnce(kSearchDelayMs); });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        search_->Clear();
        applyFilters();
    });
    search_->Bind(wxEVT_SEARCHCTRL_SEARCH_BTN, [this](wxCommandEvent&) { applyFilters(); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { applyFilters(); });
    // Choosing a filter here replaces a filter that came from another section.
    for (const char* name : {"year", "category", "status", "institution", "right", "source"}) {
        filterChoice(name)->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
            external_.reset();
            applyFilters();
        });
    }
    showWithdrawn_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        external_.reset();
        applyFilters();
    });
    XRCCTRL(*filters_, "reset", wxButton)->Bind(wxEVT_BUTTON,
                                                [this](wxCommandEvent&) { resetFilters(); });
    details_->Bind(wxEVT_HTML_LINK_CLICKED,
                   [this](wxHtmlLinkEvent& e) { onDetailsLink(e.GetLinkInfo().GetHref()); });
}

void ReportsSection::resetFilters() {
    search_->ChangeValue(wxString());
    dropPeriodItem();
    for (const char* name : {"year", "category", "status", "institution", "right", "source"}) {
        filterChoice(name)->SetSelection(0);
    }
    showWithdrawn_->SetValue(false);
    external_.reset();
    applyFilters();
}

void ReportsSection::dropPeriodItem() {
    if (periodItem_) {
        filterChoice("year")->Delete(static_cast<unsigned>(years_.size() + 1));
        periodItem_.reset();
    }
}

void ReportsSection::reflectInChoices(const ReportFilter& filter) {
    auto choose = [this](const char* name, std::size_t index) {
        filterChoice(name)->SetSelection(static_cast<int>(index) + 1);
    };
    if (filter.period) {
        const int y = filter.period->first.year();
        const auto it = std::find(years_.begin(), years_.end(), y);
        if (filter.period->first == Date(y, 1, 1) && filter.period->last == Date(y, 12, 31) &&
            it != years_.end()) {
            choose("year", static_cast<std::size_t>(it - years_.begin()));
        } else {
            // A period that is not one of the years listed: an item of its own, so that the
            // choice reads what the list shows.
            periodItem_ = filter.period;
            filterChoice("year")->Append(wx(app::periodLabel(*filter.period)));
            choose("year", years_.size());
        }
    }
    auto indexOf = [](const auto& values, const auto& value) {
        return static_cast<std::size_t>(std::find(std::begin(values), std::end(values), value) - std::begin(values));
    };
    if (filter.category) {
        choose("category", indexOf(kAllCategories, *filter.category));
    }
    if (filter.status) {
        choose("status", indexOf(kAllStatuses, *filter.status));
    }
    auto chooseCode = [&](const char* name, const std::vector<std::string>& codes,
                          const std::string& code) {
        for (std::size_t i = 0; i < codes.size(); ++i) {
            if (codeKey(codes[i]) == codeKey(code)) {
                choose(name, i);
            }
        }
    };
    chooseCode("institution", institutionCodes_, filter.institutionCode);
    chooseCode("right", rightCodes_, filter.rightCode);
    if (!filter.source.empty() && indexOf(sourceNames_, filter.source) < sourceNames_.size()) {
        choose("source", indexOf(sourceNames_, filter.source));
    }
    showWithdrawn_->SetValue(filter.includeWithdrawn);
}

void ReportsSection::showFilter(const ReportFilter& filter, const wxString& description) {
    resetFilters();
    reflectInChoices(filter);
    // What the choices cannot say (a family of rights, a type of non-take-up, a
    // solicitation, a code no longer offered) stays as a filter of its own, described above
    // the list.
    auto offered = [](const std::vector<std::string>& codes, const std::string& code) {
        return code.empty() || std::any_of(codes.begin(), codes.end(), [&](const auto& c) {
                   return codeKey(c) == codeKey(code);
               });
    };
    if (!filter.rightFamily.empty() || filter.nonTakeUp || filter.solicitation ||
        !offered(institutionCodes_, filter.institutionCode) ||
        !offered(rightCodes_, filter.rightCode)) {
        external_ = filter;
        externalDescription_ = description;
    }
    applyFilters();
    if (model_->size() > 0) {
        select(model_->idAt(0));
    }
}

void ReportsSection::showSolicitationReports(SolicitationId id) {
    ReportFilter f;
    f.solicitation = id;
    f.includeWithdrawn = true; // a solicitation may concern a report withdrawn since
    showFilter(f, _("concerned by the solicitation chosen"));
}

void ReportsSection::writeSheet(ReportId id, const std::filesystem::path& file) {
    app::writeReportSheet(workspace_->store(), id, file);
}

void ReportsSection::askAndWriteSheet(ReportId id) {
    const auto report = app::ReportBrowser(workspace_->store()).find(id);
    if (!report) {
        return;
    }
    const auto file = askPdfPath(this, _("Save the PDF document"),
                                 wxString::Format(_("report-%s.pdf"), wx(report->reference.text())));
    if (file.empty()) {
        return;
    }
    try {
        wxBusyCursor busy;
        writeSheet(id, file);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The document was not written"), wxOK | wxICON_ERROR, this);
        return;
    }
    openDocument(file);
}

void ReportsSection::onDetailsLink(const wxString& href) {
    const auto id = selectedId();
    if (href == kSheetLink) {
        if (id) {
            askAndWriteSheet(*id);
        }
        return;
    }
    if (href == kNewReportLink) {
        newItem();
        return;
    }
    if ((href == kSettingsLink || href == kImportLink) && onFirstStep) {
        onFirstStep(href);
        return;
    }
    if (href == kSolicitLink) {
        if (id && onSolicit) {
            onSolicit(*id);
        }
        return;
    }
    if (href == kHistoryLink) {
        if (id && workspace_) {
            showRecordHistory(this, *workspace_, "report", *id);
        }
        return;
    }
    if (href == kGrantAidLink) {
        if (id && onGrantAid) {
            onGrantAid(*id);
        }
        return;
    }
    wxString rest;
    long long solicitation = 0;
    if (href.StartsWith(kSolicitationLinkPrefix, &rest) && rest.ToLongLong(&solicitation) &&
        onShowSolicitation) {
        onShowSolicitation(solicitation);
    }
}

ReportsSection::~ReportsSection() {
    searchDelay_.Stop();
}

void ReportsSection::buildList() {
    list_ = new wxDataViewCtrl(inner_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                               wxDV_SINGLE | wxDV_ROW_LINES | wxDV_VERT_RULES);
    list_->SetName("reports_list");
    nameLargeListForScreenReaders(list_, _("Difficulty reports"));
    list_->AssociateModel(model_.get());
    const wxString titles[ReportListModel::ColumnCount] = {
        _("Reference"), _("Received on"), _("Source"), _("Categories"), _("Rights"), _("Status")};
    wxConfigBase* config = wxConfigBase::Get();
    for (unsigned c = 0; c < ReportListModel::ColumnCount; ++c) {
        // An explicit width on every column: on GTK a default one reads every row.
        const int width =
            config->ReadLong(wxString::Format("/Reports/Columns/%u", c), kDefaultWidths[c]);
        auto* column =
            list_->AppendTextColumn(titles[c], c, wxDATAVIEW_CELL_INERT, width, wxALIGN_LEFT,
                                    wxDATAVIEW_COL_RESIZABLE | wxDATAVIEW_COL_SORTABLE);
        column->SetMinWidth(50);
        // A cut text ends with "…", never in the middle of a word with nothing to say so.
        column->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    }
    // The model sorts in the database: the view only shows the indicator.
    list_->Bind(wxEVT_DATAVIEW_COLUMN_SORTED, [this](wxDataViewEvent& e) {
        const auto* column = e.GetDataViewColumn();
        if (!column) {
            return;
        }
        order_ = orderFor(column->GetModelColumn());
        ascending_ = column->IsSortOrderAscending();
        applyFilters();
    });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { showDetails(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_DELETE && !e.HasAnyModifiers()) {
            removeSelected();
        } else if (e.GetKeyCode() == 'P' && e.GetModifiers() == wxMOD_CONTROL && selectedId()) {
            askAndWriteSheet(*selectedId()); // Ctrl+P: the report as a PDF to print
        } else {
            e.Skip();
        }
    });
}

wxString ReportsSection::title() const {
    return _("Reports");
}

wxChoice* ReportsSection::filterChoice(const char* name) const {
    return wxDynamicCast(filters_->FindWindow(wxXmlResource::GetXRCID(name)), wxChoice);
}

void ReportsSection::bind(app::Workspace& workspace) {
    workspace_ = &workspace;
    external_.reset(); // a filter from another database means nothing in this one
    periodItem_.reset();
    browser_ = std::make_unique<app::ReportBrowser>(workspace.store());
    model_->setBrowser(browser_.get());
}

void ReportsSection::fillFilterChoices() {
    app::ReportBrowser& b = *browser_;
    app::ReferenceService reference(workspace_->store(), workspace_->actor());
    auto fill = [](wxChoice* choice, const wxString& all, const std::vector<wxString>& items) {
        const wxString previous = choice->GetStringSelection();
        choice->Clear();
        choice->Append(all);
        for (const auto& i : items) {
            choice->Append(i);
        }
        if (!previous.empty() && choice->FindString(previous) != wxNOT_FOUND) {
            choice->SetStringSelection(previous);
        } else {
            choice->SetSelection(0);
        }
    };
    years_ = b.years();
    std::reverse(years_.begin(), years_.end());
    std::vector<wxString> yearItems;
    for (int y : years_) {
        yearItems.push_back(wxString::Format("%d", y));
    }
    if (periodItem_) {
        yearItems.push_back(wx(app::periodLabel(*periodItem_)));
    }
    fill(filterChoice("year"), _("All years"), yearItems);
    std::vector<wxString> categoryItems;
    for (auto c : kAllCategories) {
        categoryItems.push_back(wx(label(c)));
    }
    fill(filterChoice("category"), _("All categories"), categoryItems);
    std::vector<wxString> statusItems;
    for (auto s : kAllStatuses) {
        statusItems.push_back(wx(label(s)));
    }
    fill(filterChoice("status"), _("All statuses"), statusItems);
    institutionCodes_.clear();
    std::vector<wxString> institutionItems;
    for (const auto& i : reference.institutions()) {
        institutionCodes_.push_back(i.code);
        institutionItems.push_back(wx(institutionLabel(i.code, i.name)));
    }
    fill(filterChoice("institution"), _("All institutions"), institutionItems);
    rightCodes_.clear();
    std::vector<wxString> rightItems;
    std::map<std::string, std::string> rightNames;
    for (const auto& r : reference.rights()) {
        rightCodes_.push_back(r.code);
        rightItems.push_back(wx(shortName(r.code, r.label)));
        rightNames[codeKey(r.code)] = shortName(r.code, r.label);
    }
    model_->setRightNames(std::move(rightNames));
    fill(filterChoice("right"), _("All rights"), rightItems);
    sourceNames_.clear();
    std::vector<wxString> sourceItems;
    for (const auto& g : reference.sourceGroups()) {
        sourceNames_.push_back(g.name);
        sourceItems.push_back(wx(g.name));
    }
    fill(filterChoice("source"), _("All sources"), sourceItems);
    filters_->Layout();
}

ReportFilter ReportsSection::currentFilter() const {
    ReportFilter f;
    auto index = [this](const char* name) { return filterChoice(name)->GetSelection() - 1; };
    if (int y = index("year"); y >= 0 && static_cast<std::size_t>(y) < years_.size()) {
        f.period = Period::year(years_[static_cast<std::size_t>(y)]);
    } else if (y >= 0 && periodItem_) {
        f.period = periodItem_;
    }
    if (int c = index("category"); c >= 0) {
        f.category = kAllCategories[c];
    }
    if (int s = index("status"); s >= 0) {
        f.status = kAllStatuses[s];
    }
    if (int i = index("institution");
        i >= 0 && static_cast<std::size_t>(i) < institutionCodes_.size()) {
        f.institutionCode = institutionCodes_[static_cast<std::size_t>(i)];
    }
    if (int r = index("right"); r >= 0 && static_cast<std::size_t>(r) < rightCodes_.size()) {
        f.rightCode = rightCodes_[static_cast<std::size_t>(r)];
    }
    if (int s = index("source"); s >= 0 && static_cast<std::size_t>(s) < sourceNames_.size()) {
        f.source = sourceNames_[static_cast<std::size_t>(s)];
    }
    f.includeWithdrawn = showWithdrawn_->GetValue();
    f.search = utf8(search_->GetValue());
    if (external_) {
        f.rightFamily = external_->rightFamily;
        f.nonTakeUp = external_->nonTakeUp;
        f.solicitation = external_->solicitation;
        if (f.institutionCode.empty()) {
            f.institutionCode = external_->institutionCode;
        }
        if (f.rightCode.empty()) {
            f.rightCode = external_->rightCode;
        }
    }
    return f;
}

void ReportsSection::applyFilters() {
    searchDelay_.Stop();
    if (!browser_) {
        return;
    }
    const auto keep = selectedId();
    model_->reload(currentFilter(), order_, ascending_);
    const long long n = static_cast<long long>(model_->size());
    wxString count = wxString::Format(wxPLURAL("%s report", "%s reports", n), wx(frenchNumber(n)));
    if (external_) {
        count += "\n" + externalDescription_ + "\n" + _("(Reset to see all)");
    }
    resultCount_->SetLabel(count);
    resultCount_->Wrap(std::max(120, filters_->GetClientSize().x - 20));
    filters_->Layout();
    if (keep && model_->rowOf(*keep) >= 0) {
        select(*keep);
    } else {
        showDetails();
    }
    if (onStatusChanged) {
        onStatusChanged();
    }
}

void ReportsSection::refresh() {
    if (!browser_) {
        return;
    }
    fillFilterChoices();
    applyFilters();
}

std::optional<ReportId> ReportsSection::selectedId() const {
    const wxDataViewItem item = list_->GetSelection();
    if (!item.IsOk()) {
        return std::nullopt;
    }
    const ReportId id = model_->idAt(model_->GetRow(item));
    return id ? std::optional<ReportId>(id) : std::nullopt;
}

void ReportsSection::select(ReportId id) {
    const int row = model_->rowOf(id);
    if (row < 0) {
        return;
    }
    const wxDataViewItem item = model_->GetItem(static_cast<unsigned>(row));
    list_->Select(item);
    list_->EnsureVisible(item);
    showDetails();
}

void ReportsSection::showDetails() {
    const auto id = selectedId();
    if (!id || !browser_) {
        // An empty database: what to do first, rather than an empty pane.
        ReportFilter everything;
        everything.includeWithdrawn = true;
        if (browser_ && model_->size() == 0 && app::ReportBrowser(workspace_->store()).count(everything) == 0) {
            const bool named = !app::ReferenceService(workspace_->store(), workspace_->actor())
                                    .organisation()
                                    .name.empty();
            details_->SetPage(firstStepsHtml(named));
            return;
        }
        details_->SetPage(emptyDetailsHtml(_("Select a report to read it here.")));
        return;
    }
    const auto report = browser_->find(*id);
    if (!report) {
        details_->SetPage(emptyDetailsHtml(_("This report no longer exists.")));
        return;
    }
    auto& store = workspace_->store();
    SolicitationFilter about;
    about.report = *id;
    details_->SetPage(reportDetailsHtml(*report, browser_->history(*id), app::ReferenceService(store, workspace_->actor()).rights(),
                                        app::ReferenceService(store, workspace_->actor()).institutions(),
                                        app::SolicitationService(store, workspace_->actor()).list(about)));
}

wxString ReportsSection::statusText() {
    if (!browser_) {
        return wxString();
    }
    const auto& t = model_->tally();
    return wxString::Format(
        L"%s \u2014 %s \u2014 %s",
        wxString::Format(wxPLURAL("%s report", "%s reports", t.total), wx(frenchNumber(t.total))),
        wxString::Format(_("%s non-access"), wx(frenchNumber(t.nonAccess))),
        wxString::Format(_("%s without follow-up yet"), wx(frenchNumber(t.awaitingFollowUp))));
}

ReportChoices ReportsSection::choices() {
    app::ReferenceService reference(workspace_->store(), workspace_->actor());
    return {reference.rights(), reference.institutions(), reference.sourceGroups()};
}

std::optional<ReportId> ReportsSection::edit(DifficultyReport report, wxWindow* over) {
    if (!workspace_) {
        return std::nullopt;
    }
    const bool creating = report.id == 0;
    ReportId saved = 0;
    ReportEditor editor(
        over ? over : this, std::move(report), choices(),
        [this, creating, &saved](const DifficultyReport& r, app::PersonalData personalData) {
            try {
                app::ReportService service(workspace_->store(), workspace_->actor());
                saved = (creating ? service.create(r, personalData) : service.update(r, personalData)).id;
                return wxString();
            } catch (const app::PersonalDataFound&) {
                throw; // the editor asks the user
            } catch (const std::exception& e) {
                return wx(e.what());
            }
        },
        [this](const SimilarQuery& query) {
            return app::ReportService(workspace_->store(), workspace_->actor()).similar(query);
        },
        // The report found opened in its own editor, over the one being written.
        [this](wxWindow* form, ReportId id) {
            if (auto found = app::ReportBrowser(workspace_->store()).find(id)) {
                edit(*found, form);
            }
        });
    if (editor.ShowModal() != wxID_OK) {
        return std::nullopt;
    }
    afterSave(saved);
    return saved;
}

void ReportsSection::afterSave(ReportId saved) {
    refresh();
    hiddenReport_.reset();
    if (model_->rowOf(saved) >= 0) {
        notice_->Dismiss();
        select(saved);
        return;
    }
    const auto report = app::ReportBrowser(workspace_->store()).find(saved);
    if (!report) {
        return;
    }
    hiddenReport_ = saved;
    notice_->ShowMessage(wxString::Format(_("Report %s is saved. The filters chosen do not show it."),
                                          wx(report->reference.text())),
                         wxICON_INFORMATION);
}

void ReportsSection::newItem() {
    DifficultyReport fresh;
    fresh.receivedOn = Date::today();
    edit(std::move(fresh));
}

void ReportsSection::openSelected() {
    if (auto id = selectedId()) {
        if (auto report = browser_->find(*id)) {
            edit(*report);
        }
    }
}

void ReportsSection::removeSelected() {
    const auto id = selectedId();
    if (!id) {
        return;
    }
    const auto report = browser_->find(*id);
    if (!report || report->status == ReportStatus::Withdrawn) {
        return;
    }
    wxMessageDialog confirm(
        this,
        wxString::Format(_("Withdraw report %s?\n\nIt stays in the database and in its history, "
                           "but it is no longer shown or counted."),
                         wx(report->reference.text())),
        _("Withdraw the report"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("&Withdraw"), _("&Keep"));
    if (confirm.ShowModal() != wxID_YES) {
        return;
    }
    try {
        app::ReportService(workspace_->store(), workspace_->actor()).withdraw(*id);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The report was not withdrawn"), wxOK | wxICON_ERROR, this);
        return;
    }
    refresh();
}

void ReportsSection::focusSearch() {
    search_->SetFocus();
    search_->SelectAll();
}

void ReportsSection::exportList() {
    if (!workspace_) {
        return;
    }
    wxFileDialog dialog(this, _("Export the list to a CSV file"), wxString(), "fiches.csv",
                        _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    try {
        const std::string bytes = app::exportReports(workspace_->store(), currentFilter());
        app::writeExport(workspace_->store(), toPath(dialog.GetPath()), bytes);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The list was not exported"), wxOK | wxICON_ERROR, this);
    }
}

Section::Tool ReportsSection::tool(Command command) const {
    switch (command) {
    case Command::New: return {_("New"), _("Write a new difficulty report (Ctrl+N)")};
    case Command::Open: return {_("Open"), _("Open the selected report (Enter)")};
    case Command::Remove:
        return {_("Withdraw"), _("Withdraw the selected report: kept, never counted (Del)")};
    case Command::Find: return {_("Search"), _("Search the reports' text (Ctrl+F)")};
    case Command::Export:
        return {_("Export"), _("Write the listed reports to a CSV file (Ctrl+E)")};
    }
    return {};
}

wxString ReportsSection::commandLabel(Command command) const {
    switch (command) {
    case Command::New: return _("&New report...\tCtrl+N");
    case Command::Open: return _("&Open the report...\tCtrl+Enter");
    case Command::Remove: return _("&Withdraw the report... (Del)");
    case Command::Find: return _("&Search...\tCtrl+F");
    case Command::Export: return _("&Export the list...\tCtrl+E");
    }
    return {};
}

void ReportsSection::saveLayout() {
    wxConfigBase* config = wxConfigBase::Get();
    for (unsigned c = 0; c < list_->GetColumnCount(); ++c) {
        config->Write(wxString::Format("/Reports/Columns/%u", c), list_->GetColumn(c)->GetWidth());
    }
    config->Write("/Reports/FiltersWidth", outer_->GetSashPosition());
    config->Write("/Reports/ListHeight", inner_->GetSashPosition());
}

} // namespace vigie::ui
