#include "statistics_section.h"

#include <wx/textdlg.h>

#include <set>

#include <wx/busyinfo.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>
#include <wx/stattext.h>
#include <wx/stdpaths.h>

#include "app/reference_service.h"
#include "app/report_browser.h"
#include "app/site_statistics.h"
#include "app/output_guard.h"
#include "app/workspace.h"
#include "documents_ui.h"
#include "entered_figures_dialog.h"
#include "observatory_panel.h"
#include "platform/files.h"
#include "period_parts.h"
#include "screen_reader.h"
#include "privacy_warning.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

using reports::StatValue;

wxString escape(const std::string& s) {
    wxString out;
    for (auto c : wx(s)) {
        switch (static_cast<wxChar>(c)) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        default: out += c; break;
        }
    }
    return out;
}

// The choices of the "Period" list after the whole year: quarters, then months.
using period_parts::kFirstMonth;
using period_parts::kFirstQuarter;
using period_parts::kWholeYear;
constexpr int kOtherPeriod = period_parts::kOtherDates;

} // namespace

StatisticsSection::StatisticsSection(wxWindow* parent) : Section(parent, wxID_ANY) {
    auto* bar = new wxWrapSizer(wxHORIZONTAL); // wraps rather than cut on a narrow window
    addScopeChoice(bar);
    auto label = [&](const wxString& text) {
        bar->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    };
    label(_("&Year:"));
    year_ = new wxChoice(this, wxID_ANY);
    year_->SetName("statistics_year");
    bar->Add(year_, 0, wxRIGHT, 10);
    label(_("&Period:"));
    part_ = new wxChoice(this, wxID_ANY);
    part_->SetName("statistics_part");
    period_parts::fill(part_);
    bar->Add(part_, 0, wxRIGHT, 10);
    from_ = period_parts::dateField(this, _("from dd/mm/yyyy"));
    to_ = period_parts::dateField(this, _("to dd/mm/yyyy"));
    apply_ = new wxButton(this, wxID_ANY, _("&Show"));
    bar->Add(from_, 0, wxRIGHT, 4);
    bar->Add(to_, 0, wxRIGHT, 4);
    bar->Add(apply_, 0, wxRIGHT, 16);
    auto button = [&](const wxString& text, const wxString& tip, std::function<void()> action) {
        auto* b = new wxButton(this, wxID_ANY, text);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        bar->Add(b, 0, wxLEFT | wxBOTTOM, 4);
        return b;
    };
    siteOnly_.push_back(button(
        _("&Introduction..."),
        _("Your own words for the board, printed first in the year's annual report"),
        [this] { editIntroduction(); }));
    button(_("&PDF..."), _("The annual report of this period, with or without the list of reports"),
           [this] {
               wxMessageDialog ask(this, _("Add the list of the period's reports as an annex?"),
                                   _("Annual report"), wxYES_NO | wxCANCEL | wxICON_QUESTION);
               ask.SetYesNoCancelLabels(_("&With the annex"), _("With&out the annex"),
                                        _("Cancel"));
               // Every site together has no annex: the reports are each site's.
               const int answer = everySite() ? wxID_NO : ask.ShowModal();
               if (answer == wxID_CANCEL) {
                   return;
               }
               const bool annex = answer == wxID_YES;
               const auto file = askPdfPath(this, _("Save the annual report"),
                                            "bilan-" + fileLabel() + ".pdf");
               if (!file.empty() && writePdf(file, annex)) {
                   openDocument(file);
               }
           });
    button(_("&Excel..."), _("The tables as a workbook, to rework in a spreadsheet"), [this] {
        exportTo(_("Save the workbook"), "statistiques-" + fileLabel() + ".xlsx", _("Excel workbooks (*.xlsx)|*.xlsx"),
                 [this](const auto& f) { return writeWorkbook(f); });
    });
    button(_("&CSV..."), _("The tables as a CSV file"), [this] {
        exportTo(_("Save the CSV file"), "statistiques-" + fileLabel() + ".csv", _("CSV files (*.csv)|*.csv"),
                 [this](const auto& f) { return writeCsv(f); });
    });
    siteOnly_.push_back(button(
        _("Years &before Vigie..."),
        _("Type in the published figures of a year before Vigie, for the N-1 column"),
        [this] { editPastYears(); }));

    // The figures and charts above, the observatory below.
    outer_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3DSASH);
    outer_->SetName("statistics_outer");
    split_ = new wxSplitterWindow(outer_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                  wxSP_LIVE_UPDATE | wxSP_3DSASH);
    tables_ = new wxHtmlWindow(split_, wxID_ANY);
    tables_->SetName("statistics_tables");
    nameForScreenReaders(tables_, _("Figures of the period"));
    auto* charts = new wxScrolledWindow(split_, wxID_ANY);
    charts->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    categories_ = new BarChart(charts, "category_chart");
    months_ = new BarChart(charts, "month_chart");
    auto* chartSizer = new wxBoxSizer(wxVERTICAL);
    chartSizer->Add(categories_, 0, wxEXPAND | wxALL, 8);
    chartSizer->Add(months_, 0, wxEXPAND | wxALL, 8);
    charts->SetSizer(chartSizer);
    charts->SetScrollRate(0, 10);
    split_->SetMinimumPaneSize(200);
    // Negative: the charts' width from the right edge, whatever the window's size.
    split_->SplitVertically(tables_, charts,
                            wxConfigBase::Get()->ReadLong("/Statistics/ChartsSash", -FromDIP(430)));
    split_->SetSashGravity(0.6);
    observatory_ = new ObservatoryPanel(outer_);
    observatory_->onShowReports = [this](const ReportFilter& f, const wxString& what) {
        if (onShowReports) {
            onShowReports(f, what);
        }
    };
    outer_->SetMinimumPaneSize(FromDIP(120));
    // Negative: the observatory's height from the bottom edge, whatever the window's size.
    outer_->SplitHorizontally(
        split_, observatory_,
        wxConfigBase::Get()->ReadLong("/Statistics/ObservatorySash", -FromDIP(210)));
    outer_->SetSashGravity(1.0);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 6);
    sizer->Add(outer_, 1, wxEXPAND);
    SetSizer(sizer);

    year_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onPeriodChosen(); });
    part_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onPeriodChosen(); });
    apply_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onPeriodChosen(); });
    from_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onPeriodChosen(); });
    to_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onPeriodChosen(); });
    tables_->Bind(wxEVT_HTML_LINK_CLICKED, [this](wxHtmlLinkEvent& e) {
        wxString rest;
        unsigned long index = 0;
        if (e.GetLinkInfo().GetHref().StartsWith("vigie:stat/", &rest) && rest.ToULong(&index)) {
            openLink(index);
        }
    });
    auto chartClick = [this](const std::string& link, const wxString& what) {
        if (auto f = app::filterOfLink(link, period_); f && onShowReports) {
            onShowReports(*f, wxString::Format("%s, %s", what, wx(app::periodLabel(period_))));
        }
    };
    categories_->onClick = chartClick;
    months_->onClick = chartClick;
    // A drawing says nothing to a screen reader: the tables beside hold the same figures.
    for (BarChart* chart : {categories_, months_}) {
        chart->SetToolTip(_("The same figures are in the tables on the left. Click a bar to "
                            "see its reports."));
    }
    from_->Enable(false);
    to_->Enable(false);
    apply_->Enable(false);
}

void StatisticsSection::addScopeChoice(wxSizer* bar) {
    scopeLabel_ = new wxStaticText(this, wxID_ANY, _("&Sites:"));
    bar->Add(scopeLabel_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
    scope_ = new wxChoice(this, wxID_ANY);
    scope_->SetName("statistics_scope");
    scope_->Append(_("this site"));
    scope_->Append(_("every site together"));
    scope_->SetSelection(0);
    scope_->SetToolTip(_("On a shared database: this watch group's figures, or every site's "
                         "together with a row per site"));
    bar->Add(scope_, 0, wxRIGHT, 10);
    scope_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onScopeChosen(); });
}

bool StatisticsSection::everySite() const {
    return scope_->IsShown() && scope_->GetSelection() == 1;
}

void StatisticsSection::onScopeChosen() {
    for (auto* b : siteOnly_) {
        b->Enable(!everySite());
    }
    showPeriod(period_);
}

wxString StatisticsSection::title() const {
    return _("Statistics");
}

wxString StatisticsSection::commandLabel(Command command) const {
    return command == Command::Export ? _("&Export the tables (CSV)...\tCtrl+E")
         : command == Command::Find   ? _("&Search...\tCtrl+F")
                                      : _("(nothing to create here)");
}

Section::Tool StatisticsSection::tool(Command command) const {
    if (command == Command::Export) {
        return {_("Export"), _("The tables of the period as a CSV file (Ctrl+E)")};
    }
    return {};
}

void StatisticsSection::exportList() {
    exportTo(_("Save the CSV file"), "statistiques-" + fileLabel() + ".csv", _("CSV files (*.csv)|*.csv"),
             [this](const auto& f) { return writeCsv(f); });
}

void StatisticsSection::bind(app::Workspace& workspace) {
    workspace_ = &workspace;
    // A database file is one CCAS: nothing to choose.
    scope_->Show(workspace.info().shared);
    scopeLabel_->Show(workspace.info().shared);
    scope_->SetSelection(0);
    for (auto* b : siteOnly_) {
        b->Enable(true);
    }
    observatory_->setWritable(!workspace.info().readOnly);
    Layout();
    fillYears();
    // The last complete year is what a director prints; early in January too.
    const int wanted = Date::today().year() - (Date::today().month() <= 2 ? 1 : 0);
    int year = years_.empty() ? wanted : years_.front();
    for (int y : years_) {
        if (y == wanted) {
            year = y;
        }
    }
    year_->SetStringSelection(wxString::Format("%d", year));
    period_ = offered(year, kWholeYear);
    syncControls();
    // A year of a large database takes a moment to count: only when the section is seen
    // (the frame reloads it when it comes into view and the database changed).
    if (IsShownOnScreen()) {
        showPeriod(period_);
    }
}

void StatisticsSection::fillYears() {
    const auto figures = app::yearsWithFigures(workspace_->store());
    std::set<int> years(figures.begin(), figures.end());
    years.insert(Date::today().year());
    years_.assign(years.rbegin(), years.rend());
    const wxString keep = year_->GetStringSelection();
    year_->Clear();
    for (int y : years_) {
        year_->Append(wxString::Format("%d", y));
    }
    if (keep.empty() || !year_->SetStringSelection(keep)) {
        year_->SetSelection(0);
    }
}

std::optional<Period> StatisticsSection::chosenPeriod() {
    long year = 0;
    if (!year_->GetStringSelection().ToLong(&year)) {
        return std::nullopt;
    }
    const int y = static_cast<int>(year);
    const int part = part_->GetSelection();
    if (part != kOtherPeriod) {
        return offered(y, part);
    }
    return period_parts::fromDates(from_->GetValue(), to_->GetValue());
}

void StatisticsSection::onPeriodChosen() {
    const bool other = part_->GetSelection() == kOtherPeriod;
    from_->Enable(other);
    to_->Enable(other);
    apply_->Enable(other);
    year_->Enable(!other);
    if (other && from_->GetValue().empty()) {
        from_->ChangeValue(wx(period_.first.french()));
        to_->ChangeValue(wx(period_.last.french()));
        from_->SetFocus();
        return;
    }
    if (auto p = chosenPeriod()) {
        showPeriod(*p);
    } else {
        wxMessageBox(_("Write the period's first and last days as 01/01/2025 and 31/03/2025, "
                       "the first before the last."),
                     title(), wxOK | wxICON_INFORMATION, this);
    }
}

void StatisticsSection::syncControls() {
    const Period& p = period_;
    if (!year_->SetStringSelection(wxString::Format("%d", p.first.year()))) {
        year_->Append(wxString::Format("%d", p.first.year()));
        year_->SetStringSelection(wxString::Format("%d", p.first.year()));
    }
    const int y = p.first.year();
    int part = kOtherPeriod;
    auto matches = [&](int candidate) {
        const Period o = offered(y, candidate);
        return o.first == p.first && o.last == p.last;
    };
    // The entry chosen, when it still says this period (on 1 October the 4th quarter and
    // October stopped at today are the same days); else the first that does.
    if (const int chosen = part_->GetSelection(); chosen >= kWholeYear && chosen < kOtherPeriod &&
                                                  matches(chosen)) {
        part = chosen;
    } else {
        for (int candidate = kWholeYear; candidate < kOtherPeriod; ++candidate) {
            if (matches(candidate)) {
                part = candidate;
                break;
            }
        }
    }
    part_->SetSelection(part);
    const bool other = part == kOtherPeriod;
    from_->ChangeValue(other ? wx(p.first.french()) : wxString());
    to_->ChangeValue(other ? wx(p.last.french()) : wxString());
    from_->Enable(other);
    to_->Enable(other);
    apply_->Enable(other);
    year_->Enable(!other);
}

void StatisticsSection::showPeriod(const Period& period) {
    if (!workspace_) {
        return;
    }
    period_ = period;
    syncControls();
    wxBusyCursor busy;
    try {
        if (everySite()) {
            document_ = app::allSitesDocument(workspace_->store(), period);
            observatory_->clear(
                _("The recurring problems are each site's: choose \"this site\" to see them."));
        } else {
            const auto stats = app::periodStatistics(workspace_->store(), period);
            document_ = app::statisticsDocument(workspace_->store(), stats, false);
            showObservatory(stats);
        }
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The statistics could not be computed"), wxOK | wxICON_ERROR,
                     this);
        return;
    }
    showDocument();
    if (onStatusChanged) {
        onStatusChanged();
    }
}

void StatisticsSection::showObservatory(const app::Statistics& stats) {
    app::ReferenceService reference(workspace_->store(), workspace_->actor());
    observatory_->show(stats.recurring, stats.period, reference.institutions(),
                       reference.rights());
}

void StatisticsSection::showDocument() {
    tables_->SetPage(html());
    // The charts show the same values as the PDF's.
    for (std::size_t c = 0; c < document_.charts.size(); ++c) {
        const auto& chart = document_.charts[c];
        const std::string& after = document_.chartAfter[c];
        std::vector<ChartLine> lines;
        for (std::size_t i = 0; i < chart.current.size(); ++i) {
            ChartLine line{wx(chart.current[i].label), chart.current[i].value,
                           i < chart.previous.size() ? chart.previous[i].value : 0.0, ""};
            if (after == "categories") {
                line.link = "category:" + std::string(code(kAllCategories[i]));
            } else if (after == "monthly" && i < document_.tables.back().rows.size()) {
                line.link = document_.tables.back().rows[i].link;
            }
            lines.push_back(std::move(line));
        }
        BarChart* target = after == "categories" ? categories_ : months_;
        target->setData(wx(chart.caption), std::move(lines), !chart.previous.empty(),
                        wx(chart.legendPrevious), wx(chart.legendCurrent));
    }
    categories_->GetParent()->Layout();
    categories_->GetParent()->FitInside();
}

wxString StatisticsSection::html() {
    links_.clear();
    const wxString bg =
        wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW).GetAsString(wxC2S_HTML_SYNTAX);
    const wxString fg =
        wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT).GetAsString(wxC2S_HTML_SYNTAX);
    const wxString link = wxSystemSettings::GetColour(wxSYS_COLOUR_HOTLIGHT).GetAsString(wxC2S_HTML_SYNTAX);
    wxString out = wxString::Format("<html><body bgcolor=\"%s\" text=\"%s\" link=\"%s\">", bg, fg, link);
    out += "<h2>" + escape(document_.title) + "</h2>";
    out += "<p><i>" + escape(document_.subtitle) + "</i></p>";
    for (const auto& p : document_.summary) {
        out += "<p>" + escape(p) + "</p>";
    }
    const std::string now = app::periodLabel(period_);
    for (const auto& t : document_.tables) {
        out += "<h3>" + escape(t.title) + "</h3>";
        out += "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">";
        out += "<tr>";
        for (const auto& c : t.columns) {
            out += "<th>" + escape(c) + "</th>";
        }
        out += "</tr>";
        for (const auto& r : t.rows) {
            const auto filter = app::filterOfLink(r.link, period_);
            wxString href;
            if (filter) {
                links_.push_back({r.link, wxString::Format(L"%s \u2014 %s, %s", wx(r.label),
                                                            wx(t.title), wx(now))});
                href = wxString::Format("vigie:stat/%zu", links_.size() - 1);
            }
            out += "<tr><td>";
            out += href.empty() ? escape(r.label)
                                : "<a href=\"" + href + "\">" + escape(r.label) + "</a>";
            out += "</td>";
            for (std::size_t i = 0; i < r.values.size(); ++i) {
                const auto& v = r.values[i];
                const bool number = v.kind != StatValue::Kind::Text;
                out += number ? "<td align=\"right\" nowrap>" : "<td>";
                // This period's count opens the same reports as the line's label.
                const bool current = i + 1 < t.columns.size() && t.columns[i + 1] == now &&
                                     v.kind == StatValue::Kind::Count;
                out += !href.empty() && current
                           ? "<a href=\"" + href + "\">" + escape(v.text) + "</a>"
                           : escape(v.text);
                out += "</td>";
            }
            out += "</tr>";
        }
        out += "</table>";
        if (!t.note.empty()) {
            out += "<p><font size=\"-1\"><i>" + escape(t.note) + "</i></font></p>";
        }
    }
    for (const auto& n : document_.notes) {
        out += "<p><font size=\"-1\"><i>" + escape(n) + "</i></font></p>";
    }
    out += "</body></html>";
    return out;
}

void StatisticsSection::openLink(std::size_t index) {
    if (index >= links_.size() || !onShowReports) {
        return;
    }
    if (auto f = app::filterOfLink(links_[index].link, period_)) {
        onShowReports(*f, links_[index].description);
    }
}

wxString StatisticsSection::statusText() {
    if (!workspace_) {
        return wxString();
    }
    return wxString::Format(_("Statistics of %s"), wx(app::periodLabel(period_)));
}

void StatisticsSection::editIntroduction() {
    if (!workspace_) {
        return;
    }
    const int year = period_.first.year();
    wxTextEntryDialog ask(
        this,
        wxString::Format(_("The introduction of the %d annual report, printed before the figures "
                           "(a blank line between paragraphs). Describe situations, never "
                           "people."),
                         year),
        wxString::Format(_("Introduction of the %d report"), year),
        wx(app::annualIntroduction(workspace_->store(), year)),
        wxOK | wxCANCEL | wxTE_MULTILINE | wxCENTRE);
    ask.SetName("AnnualIntroduction");
    ask.SetSize(FromDIP(wxSize(640, 420)));
    if (ask.ShowModal() != wxID_OK) {
        return;
    }
    // The service applies the guard; this asks first, and passes the answer on.
    if (!acceptPersonalData(this, {{_("Introduction"), utf8(ask.GetValue())}})) {
        return;
    }
    try {
        app::saveAnnualIntroduction(workspace_->store(), workspace_->actor(), year,
                                    utf8(ask.GetValue()), app::PersonalData::SaveAnyway);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), title(), wxOK | wxICON_ERROR, this);
    }
}

void StatisticsSection::refresh() {
    if (!workspace_) {
        return;
    }
    fillYears();
    // A period stopped at today is worked out again: after midnight it ends today.
    if (part_->GetSelection() != kOtherPeriod) {
        if (auto p = chosenPeriod()) {
            period_ = *p;
        }
    }
    showPeriod(period_);
}

wxString StatisticsSection::fileLabel() const {
    // "2025", or "2026-01-01_2026-11-22": a file name holds no "/" (a dialog would take the
    // dates for folders).
    if (isCalendarYear(period_)) {
        return wxString::Format("%d", period_.first.year());
    }
    return wx(period_.first.iso() + "_" + period_.last.iso());
}

Period StatisticsSection::offered(int year, int part) const {
    const Period chosen = period_parts::ofYear(year, part);
    return workspace_ ? app::periodToCount(workspace_->store(), chosen, Date::today()) : chosen;
}

void StatisticsSection::saveLayout() {
    // Kept from the right edge, as it was given.
    wxConfigBase::Get()->Write("/Statistics/ChartsSash",
                               split_->GetSashPosition() - split_->GetClientSize().x);
    wxConfigBase::Get()->Write("/Statistics/ObservatorySash",
                               outer_->GetSashPosition() - outer_->GetClientSize().y);
}

bool StatisticsSection::writePdf(const std::filesystem::path& file, bool withAnnex) {
    wxBusyInfo wait(_("Writing the annual report..."), this);
    try {
        if (everySite()) {
            app::writeAllSitesReport(workspace_->store(), period_, file);
        } else {
            app::writeAnnualReport(workspace_->store(), period_, file, withAnnex);
        }
        return true;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The document was not written"), wxOK | wxICON_ERROR, this);
        return false;
    }
}

bool StatisticsSection::writeWorkbook(const std::filesystem::path& file) {
    try {
        if (everySite()) {
            app::writeAllSitesWorkbook(workspace_->store(), period_, file);
        } else {
            app::writeStatisticsWorkbook(workspace_->store(), period_, file);
        }
        return true;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The document was not written"), wxOK | wxICON_ERROR, this);
        return false;
    }
}

bool StatisticsSection::writeCsv(const std::filesystem::path& file) {
    try {
        // Computed now, like the PDF and the workbook: never an older screen's figures.
        const auto fresh =
            everySite() ? app::allSitesDocument(workspace_->store(), period_)
                        : app::statisticsDocument(workspace_->store(),
                                                  app::periodStatistics(workspace_->store(), period_),
                                                  false);
        app::writeExport(workspace_->store(), file, app::statisticsCsv(fresh));
        return true;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The document was not written"), wxOK | wxICON_ERROR, this);
        return false;
    }
}

void StatisticsSection::exportTo(const wxString& title, const wxString& name,
                                 const wxString& wildcard,
                                 const std::function<bool(const std::filesystem::path&)>& write) {
    wxFileDialog dialog(this, title, wxStandardPaths::Get().GetDocumentsDir(), name, wildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    const std::filesystem::path file = toPath(dialog.GetPath());
    if (write(file)) {
        openDocument(file);
    }
}

void StatisticsSection::editPastYears() {
    if (!workspace_) {
        return;
    }
    // The year usually wanted: the one before the first year Vigie counts.
    const auto counted = app::ReportBrowser(workspace_->store()).years();
    const int year = counted.empty() ? period_.first.year() - 1 : counted.front() - 1;
    EnteredFiguresDialog dialog(this, *workspace_, year);
    if (dialog.ShowModal() != wxID_CANCEL) {
        refresh();
    }
}

} // namespace vigie::ui
