#include "meetings_section.h"
#include "history_dialog.h"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/msgdlg.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>
#include <wx/splitter.h>
#include <wx/textdlg.h>

#include "app/reference_service.h"
#include "app/report_browser.h"
#include "app/documents.h"
#include "app/meeting_service.h"
#include "app/problem_actions.h"
#include "app/workspace.h"
#include "documents_ui.h"
#include "list_columns.h"
#include "domain/text.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

enum Column { DateColumn, TimeColumn, PlaceColumn, StateColumn, ItemsColumn };

wxString escape(const std::string& s) {
    wxString out = wx(s);
    out.Replace("&", "&amp;");
    out.Replace("<", "&lt;");
    out.Replace(">", "&gt;");
    out.Replace("\n", "<br>");
    return out;
}

} // namespace

MeetingsSection::MeetingsSection(wxWindow* parent) : Section(parent, wxID_ANY) {
    auto* split = split_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                       wxSP_LIVE_UPDATE | wxSP_3DSASH);
    list_ = new RowList(split, "meetings_list", "Meetings",
                               {{_("Date"), 110},
                                {_("Time"), 60},
                                {_("Place"), 260},
                                {_("State"), 170},
                                {_("Agenda items"), 190}});
    wxConfigBase* config = wxConfigBase::Get();
    nameForScreenReaders(list_, _("Meetings"));
    preview_ = new wxHtmlWindow(split, wxID_ANY);
    nameForScreenReaders(preview_, _("Meeting details"));
    split->SetMinimumPaneSize(100);
    split->SplitHorizontally(list_, preview_, config->ReadLong("/Meetings/ListHeight", 300));

    // They wrap on a narrow window (1024 px) rather than being cut.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    auto add = [&](const wxString& label, const wxString& tip, std::function<void()> action) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(b, 0, wxRIGHT | wxBOTTOM, 4);
    };
    add(_("&New meeting..."), _("Plan a meeting, its agenda proposed (Ctrl+N)"), [this] { newItem(); });
    add(_("&Open..."), _("Open the selected meeting: attendance, agenda, decisions (Enter)"),
        [this] { openSelected(); });
    add(_("&Invitation (PDF)"), _("The invitation with the agenda, to send before the meeting"),
        [this] { generate("invitation"); });
    add(_("&Attendance sheet (PDF)"), _("The sheet to sign at the meeting"),
        [this] { generate("attendance"); });
    add(_("&Minutes (PDF)"), _("Write the minutes of the selected meeting"),
        [this] { generate("minutes"); });
    add(_("&Blank report form (PDF)"), _("The paper form field groups fill in"),
        [this] { generate("form"); });
    add(_("Make &final"), _("The minutes are final: the meeting is locked"),
        [this] { finalise(true); });
    add(_("&Reopen"), _("Unlock a meeting whose minutes were final"), [this] { finalise(false); });
    add(_("&History..."), _("Who changed the selected meeting, when, and how"), [this] {
        if (workspace_ && selectedId()) {
            showRecordHistory(this, *workspace_, "meeting", *selectedId());
        }
    });

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    sizer->Add(split, 1, wxEXPAND);
    SetSizer(sizer);

    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { showPreview(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_DELETE && !e.HasAnyModifiers()) {
            removeSelected();
        } else {
            e.Skip();
        }
    });
}

wxString MeetingsSection::title() const {
    return _("Meetings");
}

void MeetingsSection::bind(app::Workspace& workspace) {
    workspace_ = &workspace;
}

void MeetingsSection::refresh() {
    if (workspace_) {
        fill();
    }
}

void MeetingsSection::fill() {
    const auto keep = selectedId();
    meetings_ = app::MeetingService(workspace_->store(), workspace_->actor()).list(std::nullopt);
    std::reverse(meetings_.begin(), meetings_.end()); // the latest first
    std::vector<std::vector<wxString>> rows;
    for (const auto& m : meetings_) {
        auto full = app::MeetingService(workspace_->store(), workspace_->actor()).find(m.id);
        rows.push_back({wx(m.date.french()), wx(m.time), wx(m.place), wx(label(m.state)),
                        wxString::Format("%zu", full ? full->agenda.size() : 0)});
    }
    list_->setRows(rows);
    if (keep) {
        select(*keep);
    } else if (!meetings_.empty()) {
        showPreview();
    }
    if (onStatusChanged) {
        onStatusChanged();
    }
}

std::optional<MeetingId> MeetingsSection::selectedId() const {
    const int row = list_->selectedRow();
    if (row < 0 || static_cast<std::size_t>(row) >= meetings_.size()) {
        return std::nullopt;
    }
    return meetings_[static_cast<std::size_t>(row)].id;
}

void MeetingsSection::select(MeetingId id) {
    for (std::size_t i = 0; i < meetings_.size(); ++i) {
        if (meetings_[i].id == id) {
            list_->selectRow(static_cast<int>(i));
        }
    }
    showPreview();
}

void MeetingsSection::showPreview() {
    const auto id = selectedId();
    const wxString bg =
        wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW).GetAsString(wxC2S_HTML_SYNTAX);
    const wxString fg =
        wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT).GetAsString(wxC2S_HTML_SYNTAX);
    wxString body;
    if (!id || !workspace_) {
        body = "<p><i>" + _("Select a meeting to see its agenda and decisions.") + "</i></p>";
    } else if (auto m = app::MeetingService(workspace_->store(), workspace_->actor()).find(*id)) {
        auto& store = workspace_->store();
        body += wxString::Format("<h3>%s%s</h3>", escape(m->date.longFrench()),
                                 m->time.empty() ? wxString() : L" \u2014 " + escape(m->time));
        body += "<p>" + escape(m->place) + "</p><h4>" + _("Agenda") + "</h4><ol>";
        for (const auto& item : m->agenda) {
            wxString line = wx(item.title);
            if (item.report) {
                if (auto r = app::ReportBrowser(store).find(*item.report)) {
                    line = wxString::Format(_("Report %s"), wx(r->reference.text())) + L" \u2014 " +
                           escape(text::ellipsis(r->description, 150));
                }
            }
            body += "<li>" + line + "</li>";
        }
        body += "</ol>";
        const auto decisions = app::MeetingService(store, workspace_->actor()).decisionsOf(*id);
        if (!decisions.empty()) {
            body += "<h4>" + _("Decisions") + "</h4><ul>";
            for (const auto& d : decisions) {
                auto r = app::ReportBrowser(store).find(d.report);
                body += wxString::Format(L"<li><b>%s</b> %s \u2014 %s%s</li>",
                                         r ? wx(r->reference.text()) : wxString(),
                                         escape(label(d.kind)), escape(d.text),
                                         d.doneOn ? " (" + _("done") + ")" : wxString());
            }
            body += "</ul>";
        }
    }
    preview_->SetPage(wxString::Format("<html><body bgcolor=\"%s\" text=\"%s\">%s</body></html>",
                                       bg, fg, body));
}

wxString MeetingsSection::statusText() {
    if (!workspace_) {
        return wxString();
    }
    const auto open = app::MeetingService(workspace_->store(), workspace_->actor()).openDecisions();
    return wxString::Format(L"%s \u2014 %s",
                            wxString::Format(wxPLURAL("%zu meeting", "%zu meetings", meetings_.size()),
                                             meetings_.size()),
                            wxString::Format(wxPLURAL("%zu decision in progress",
                                                      "%zu decisions in progress", open.size()),
                                             open.size()));
}

MeetingActions MeetingsSection::actions() {
    auto& ws = *workspace_;
    return {
        [&ws](const Date& d) { return app::MeetingService(ws.store(), ws.actor()).proposeAgenda(d); },
        [&ws](Meeting m, app::PersonalData personalData) {
            return app::MeetingService(ws.store(), ws.actor()).save(std::move(m), personalData);
        },
        [&ws](MeetingId id) { return app::MeetingService(ws.store(), ws.actor()).decisionsOf(id); },
        [&ws](Decision d, app::PersonalData personalData) {
            return app::MeetingService(ws.store(), ws.actor()).save(std::move(d), personalData);
        },
        [&ws](Decision d, std::vector<ReportId> reports, app::PersonalData personalData) {
            return app::ProblemActions(ws.store(), ws.actor())
                .recordDecisions(d, reports, personalData);
        },
        [&ws](DecisionId id) { app::MeetingService(ws.store(), ws.actor()).removeDecision(id); },
        [&ws](DecisionId id) { return app::MeetingService(ws.store(), ws.actor()).solicitationOf(id); },
        [&ws](ReportId id) { return app::ReportBrowser(ws.store()).find(id); },
        [&ws](const std::string& reference) -> std::optional<ReportId> {
            auto ref = ReportReference::parse(reference);
            if (!ref) {
                return std::nullopt;
            }
            auto r = app::ReportBrowser(ws.store()).find(*ref);
            return r ? std::optional<ReportId>(r->id) : std::nullopt;
        },
        [this](ReportId id, wxWindow* over) {
            if (onWriteFaq) {
                onWriteFaq(id, over);
            }
        },
    };
}

MeetingChoices MeetingsSection::choices() {
    return {app::ReferenceService(workspace_->store(), workspace_->actor()).institutions(), app::ReferenceService(workspace_->store(), workspace_->actor()).people()};
}

bool MeetingsSection::edit(Meeting meeting, std::optional<app::DecisionProposal> proposal) {
    if (!workspace_) {
        return false;
    }
    MeetingEditor editor(this, std::move(meeting), choices(), actions());
    if (proposal) {
        editor.propose(std::move(*proposal));
    }
    const bool saved = editor.ShowModal() == wxID_OK;
    // Decisions are stored as they are added, even when the dialog is closed unsaved.
    fill();
    if (editor.meeting().id) {
        select(editor.meeting().id);
    }
    return saved;
}

void MeetingsSection::newItem() {
    if (!workspace_) {
        return;
    }
    edit(app::MeetingService(workspace_->store(), workspace_->actor()).draftNext());
}

void MeetingsSection::openSelected() {
    if (auto id = selectedId()) {
        if (auto m = app::MeetingService(workspace_->store(), workspace_->actor()).find(*id)) {
            edit(*m);
        }
    }
}

void MeetingsSection::removeSelected() {
    const auto id = selectedId();
    if (!id) {
        return;
    }
    wxMessageDialog confirm(this, _("Delete this meeting? Only a meeting without decisions can "
                                    "be deleted."),
                            _("Delete the meeting"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("&Delete"), _("&Keep"));
    if (confirm.ShowModal() != wxID_YES) {
        return;
    }
    try {
        app::MeetingService(workspace_->store(), workspace_->actor()).remove(*id);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Meetings"), wxOK | wxICON_WARNING, this);
    }
    fill();
}

void MeetingsSection::finalise(bool final) {
    const auto id = selectedId();
    if (!id) {
        return;
    }
    app::MeetingService service(workspace_->store(), workspace_->actor());
    try {
        if (final) {
            // Irreversible but for a reopening with a reason: asked first.
            const auto meeting = app::MeetingService(workspace_->store(), workspace_->actor()).find(*id);
            wxMessageDialog ask(
                this,
                wxString::Format(_("Make the minutes of the meeting of %s final? The meeting is "
                                   "then locked; reopening it asks for a reason, kept in its "
                                   "history."),
                                 meeting ? wx(meeting->date.french()) : wxString()),
                _("Make the minutes final"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
            ask.SetYesNoLabels(_("Make &final"), _("&Not now"));
            if (ask.ShowModal() != wxID_YES) {
                return;
            }
            service.finalise(*id);
        } else {
            wxTextEntryDialog ask(this, _("Why reopen the meeting? (kept in its history)"),
                                  _("Reopen the meeting"));
            if (ask.ShowModal() != wxID_OK) {
                return;
            }
            service.reopen(*id, utf8(ask.GetValue()));
        }
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Meetings"), wxOK | wxICON_ERROR, this);
    }
    fill();
}

std::vector<std::string> MeetingsSection::distributionList() {
    std::vector<std::string> out;
    for (const auto& p : app::ReferenceService(workspace_->store(), workspace_->actor()).people()) {
        if (p.active && p.onDistributionList && !p.email.empty()) {
            out.push_back(p.email);
        }
    }
    return out;
}

void MeetingsSection::writeMinutes(MeetingId id, const std::filesystem::path& file) {
    app::writeMinutes(workspace_->store(), id, file);
}

void MeetingsSection::generate(const char* kind) {
    if (!workspace_) {
        return;
    }
    const std::string what = kind;
    const auto id = selectedId();
    if (what != "form" && !id) {
        wxMessageBox(_("Select a meeting first."), _("Meetings"), wxOK | wxICON_INFORMATION, this);
        return;
    }
    std::optional<Meeting> m = id ? app::MeetingService(workspace_->store(), workspace_->actor()).find(*id) : std::nullopt;
    const wxString day = m ? wx(m->date.iso()) : wxString();
    wxString name, subject;
    if (what == "minutes") {
        name = "compte-rendu-" + day + ".pdf";
        subject = wxString::Format(_("Minutes of the watch group meeting of %s"), wx(m->date.french()));
    } else if (what == "invitation") {
        name = "convocation-" + day + ".pdf";
        subject = wxString::Format(_("Invitation to the watch group meeting of %s"),
                                   wx(m->date.french()));
    } else if (what == "attendance") {
        name = "emargement-" + day + ".pdf";
    } else {
        name = _("blank-report-form.pdf");
    }
    const auto file = askPdfPath(this, _("Save the PDF document"), name);
    if (file.empty()) {
        return;
    }
    try {
        wxBusyCursor busy;
        auto& store = workspace_->store();
        if (what == "minutes") {
            app::writeMinutes(store, *id, file);
        } else if (what == "invitation") {
            app::writeInvitation(store, *id, file);
        } else if (what == "attendance") {
            app::writeAttendanceSheet(store, *id, file);
        } else {
            app::writeBlankForm(store, file);
        }
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The document was not written"), wxOK | wxICON_ERROR, this);
        return;
    }
    openDocument(file);
    if (!subject.empty()) {
        offerToSend(this, file, subject, distributionList());
    }
}

Section::Tool MeetingsSection::tool(Command command) const {
    switch (command) {
    case Command::New: return {_("New"), _("Plan a new meeting (Ctrl+N)")};
    case Command::Open: return {_("Open"), _("Open the selected meeting (Enter)")};
    case Command::Remove: return {_("Delete"), _("Delete the selected meeting (Del)")};
    case Command::Find: return {}; // the search box is the reports'
    case Command::Export: return {};
    }
    return {};
}

wxString MeetingsSection::commandLabel(Command command) const {
    switch (command) {
    case Command::New: return _("&New meeting...\tCtrl+N");
    case Command::Open: return _("&Open the meeting...\tCtrl+Enter");
    case Command::Remove: return _("&Delete the meeting... (Del)");
    case Command::Find: return _("&Search...\tCtrl+F");
    case Command::Export: return _("&Export the list...\tCtrl+E");
    }
    return {};
}

void MeetingsSection::saveLayout() {
    list_->rememberWidths();
    wxConfigBase::Get()->Write("/Meetings/ListHeight", split_->GetSashPosition());
}

} // namespace vigie::ui
