#include "report_details.h"

#include <wx/intl.h>
#include <wx/settings.h>

#include "platform/system.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

wxString escape(const wxString& s) {
    wxString out;
    for (auto c : s) {
        switch (static_cast<wxChar>(c)) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\n':
            out += "<br>";
            break;
        default:
            out += c;
            break;
        }
    }
    return out;
}

wxString html(const std::string& s) {
    return escape(wx(s));
}

wxString page(const wxString& body) {
    const wxString bg =
        wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW).GetAsString(wxC2S_HTML_SYNTAX);
    const wxString fg =
        wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT).GetAsString(wxC2S_HTML_SYNTAX);
    return wxString::Format("<html><body bgcolor=\"%s\" text=\"%s\">%s</body></html>", bg, fg,
                            body);
}

wxString row(const wxString& label, const wxString& value) {
    return wxString::Format("<tr><td valign=\"top\" nowrap><b>%s</b></td><td>%s</td></tr>",
                            escape(label), value.empty() ? wxString(L"\u2014") : value);
}

template <class T>
wxString describe(const std::vector<std::string>& codes, const std::vector<T>& all) {
    wxString out;
    for (const auto& c : codes) {
        wxString name;
        for (const auto& x : all) {
            if (codeKey(x.code) == codeKey(c)) {
                if constexpr (std::is_same_v<T, Right>) {
                    name = wx(x.label);
                } else {
                    name = wx(x.name);
                }
            }
        }
        // A code written for the computer (CHEQUE_ENERGIE) is left out: its name says it.
        if (!isSpokenCode(c) && !name.empty()) {
            out += (out.empty() ? "" : "<br>") + escape(name);
            continue;
        }
        out += (out.empty() ? "" : "<br>") + escape(wx(c));
        if (!name.empty() && name != wx(c)) {
            out += L" \u2014 " + escape(name);
        }
    }
    return out;
}

// "2026-01-05T14:03:00Z" -> "05/01/2026 15:03" in Paris in winter: the audit trail keeps
// UTC, the history says the hour of the person reading it.
wxString when(const std::string& at) {
    const auto local = platform::localCalendarTime(at);
    if (!local) {
        return wx(at);
    }
    return wxString::Format("%02d/%02d/%04d %02d:%02d", local->tm_mday, local->tm_mon + 1,
                            local->tm_year + 1900, local->tm_hour, local->tm_min);
}

wxString actionText(const std::string& action) {
    if (action == "create")
        return _("created");
    if (action == "update")
        return _("modified");
    if (action == "withdraw")
        return _("withdrawn");
    if (action == "import")
        return _("imported");
    if (action == "import_update")
        return _("replaced by an import");
    if (action == "status_from_meeting")
        return _("status changed by a meeting's decisions");
    if (action == "demo")
        return _("created for the demonstration");
    // Never a code on screen: an action a later version records reads as a change.
    return _("modified");
}

} // namespace

wxString emptyDetailsHtml(const wxString& message) {
    return page("<p><i>" + escape(message) + "</i></p>");
}

wxString firstStepsHtml(bool named) {
    wxString body = "<h3>" + escape(_("This database holds no report yet")) + "</h3><ol>";
    if (!named) {
        body += wxString::Format("<li><a href=\"%s\">%s</a> %s</li>", kSettingsLink,
                                 escape(_("Give the name of your organisation")),
                                 escape(_("(it heads the minutes, letters and reports)")));
    }
    body += wxString::Format("<li><a href=\"%s\">%s</a> %s</li>", kNewReportLink,
                             escape(_("Write your first difficulty report")), escape(_("(Ctrl+N)")));
    body += wxString::Format("<li><a href=\"%s\">%s</a> %s</li>", kImportLink,
                             escape(_("or import the reports of a spreadsheet")),
                             escape(_("(a CSV file, Ctrl+I)")));
    body += "</ol><p>" +
            escape(_("Then plan the group's next meeting in Meetings: its agenda is proposed "
                     "from the reports received.")) +
            "</p>";
    return page(body);
}

wxString reportDetailsHtml(const DifficultyReport& r, const std::vector<AuditEntry>& history,
                           const std::vector<Right>& rights,
                           const std::vector<Institution>& institutions,
                           const std::vector<Solicitation>& solicitations) {
    wxString body;
    body += wxString::Format("<h3>%s %s</h3>", _("Report"), html(r.reference.text()));
    body += "<table cellspacing=\"2\" cellpadding=\"2\">";
    body += row(_("Received on"), html(r.receivedOn.french()));
    body += row(_("Source"), html(r.source));
    body += row(_("Author"), html(r.author));
    body += row(_("Categories"), escape(categoriesText(r.categories)));
    body += row(_("Rights"), describe(r.rights, rights));
    body += row(_("Institutions"), describe(r.institutions, institutions));
    body += row(_("Non-take-up"), r.nonTakeUp ? html(label(*r.nonTakeUp)) : wxString());
    wxString statusText = html(label(r.status));
    if (r.closedOn) {
        statusText += wxString::Format(" (%s)", html(r.closedOn->french()));
    }
    body += row(_("Status"), statusText);
    body += "</table>";
    body += wxString::Format("<h4>%s</h4><p>%s</p>", _("Description"), html(r.description));
    if (!r.proposals.empty()) {
        body += wxString::Format("<h4>%s</h4><p>%s</p>", _("Proposals"), html(r.proposals));
    }
    if (!solicitations.empty() || r.status != ReportStatus::Withdrawn) {
        body += wxString::Format("<h4>%s</h4>", _("Solicitations"));
    }
    if (!solicitations.empty()) {
        body += "<ul>";
        for (const auto& s : solicitations) {
            body += wxString::Format(
                L"<li><a href=\"%s%lld\">%s \u2014 %s</a> \u2014 %s</li>", kSolicitationLinkPrefix,
                static_cast<long long>(s.id), html(s.sentOn.french()), html(s.addresseesLabel()),
                html(label(s.state())));
        }
        body += "</ul>";
    }
    if (r.status != ReportStatus::Withdrawn) {
        body += wxString::Format("<p><a href=\"%s\">%s</a></p>", kSolicitLink,
                                 _("Solicit an institution about this report..."));
        body += wxString::Format("<p><a href=\"%s\">%s</a></p>", kGrantAidLink,
                                 _("Emergency aid granted..."));
    }
    body += wxString::Format("<p><a href=\"%s\">%s</a></p>", kSheetLink,
                             _("This report as a PDF, for the file or a partner..."));
    body += wxString::Format("<h4>%s</h4><ul>", _("History"));
    for (const auto& e : history) {
        body += wxString::Format(L"<li>%s \u2014 %s, %s", when(e.at), actionText(e.action),
                                 html(e.user));
        if (!e.note.empty()) {
            body += L" \u2014 <i>" + html(e.note) + "</i>";
        }
        body += "</li>";
    }
    body += "</ul>";
    body += wxString::Format("<p><a href=\"%s\">%s</a></p>", kHistoryLink,
                             _("Every change of this report, field by field..."));
    return page(body);
}

} // namespace vigie::ui
