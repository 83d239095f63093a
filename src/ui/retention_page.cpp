#include "retention_page.h"

#include <wx/busyinfo.h>
#include <wx/button.h>
#include <wx/infobar.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/utils.h>
#include <wx/xrc/xmlres.h>

#include "domain/retention.h"
#include "main_frame.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

wxString delayText(int months) {
    if (months % 12 == 0) {
        return wxString::Format(wxPLURAL("%d year", "%d years", months / 12), months / 12);
    }
    return wxString::Format(wxPLURAL("%d month", "%d months", months), months);
}

RetentionPage::RetentionPage(wxWindow* parent, app::Workspace& workspace)
    : workspace_(workspace), settings_(workspace.store(), workspace.actor()) {
    wxXmlResource::Get()->LoadPanel(this, parent, "retention_page");
    // A list drawn by GTK itself, which screen readers read row by row.
    list_ = new RowList(this, "retention_list", wxString(), {});
    wxXmlResource::Get()->AttachUnknownControl("retention_list", list_, this);
    list_->setColumns(
        {{_("Reference"), 130}, {_("Received"), 110}, {_("Status"), 220}, {_("Closed"), 110}});
    nameForScreenReaders(list_, _("Reports to erase"));
    delay_ = XRCCTRL(*this, "retention_delay", wxSpinCtrl);
    recommendation_ = XRCCTRL(*this, "recommendation", wxStaticText);
    count_ = XRCCTRL(*this, "retention_count", wxStaticText);
    delay_->SetRange(app::kMinRetentionMonths, app::kMaxRetentionMonths);
    delay_->SetValue(settings_.delayMonths());
    XRCCTRL(*this, "explanation", wxStaticText)->Wrap(FromDIP(760));

    delay_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) { delayChanged(); });
    delay_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { delayChanged(); });
    XRCCTRL(*this, "retention_preview", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        preview();
    });
    auto* erase = XRCCTRL(*this, "retention_erase", wxButton);
    erase->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { eraseNow(); });
    if (workspace_.info().readOnly) {
        // What would be erased can still be read; nothing can be changed.
        delay_->Disable();
        erase->Disable();
    }
    delayChanged();
}

Date RetentionPage::dueDay() const {
    return app::monthsBefore(Date::today(), delay_->GetValue());
}

void RetentionPage::delayChanged() {
    const int months = delay_->GetValue();
    recommendation_->SetLabel(
        months == app::kDefaultRetentionMonths
            ? _("2 years after closing (CNIL recommendation)")
            : wxString::Format(_("%s after closing (the CNIL recommends 2 years)"),
                               delayText(months)));
    // A list made with another delay would mislead: it is made again on request.
    list_->setRows({});
    count_->SetLabel(wxString::Format(
        _("Reports closed before %s: press Preview to list those that would be erased."),
        wx(dueDay().french())));
    Layout();
}

bool RetentionPage::saveDelay() {
    if (workspace_.info().readOnly) {
        return true;
    }
    try {
        settings_.setDelayMonths(delay_->GetValue());
        return true;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Data retention"), wxOK | wxICON_ERROR, this);
        return false;
    }
}

void RetentionPage::preview() {
    const Date day = dueDay();
    std::vector<app::PurgeItem> items;
    try {
        wxBusyCursor busy;
        items = app::purgePreview(workspace_.store(), day);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Data retention"), wxOK | wxICON_ERROR, this);
        return;
    }
    std::vector<std::vector<wxString>> rows;
    rows.reserve(items.size());
    for (const auto& item : items) {
        rows.push_back({wx(item.reference), wx(item.receivedOn.french()), wx(label(item.status)),
                        item.closedOn ? wx(item.closedOn->french()) : wxString()});
    }
    list_->setRows(rows);
    count_->SetLabel(
        items.empty()
            ? wxString::Format(_("No report closed before %s is left to erase."), wx(day.french()))
            : wxString::Format(wxPLURAL("%zu report closed before %s would be erased.",
                                        "%zu reports closed before %s would be erased.",
                                        items.size()),
                               items.size(), wx(day.french())));
    Layout();
}

bool RetentionPage::confirmErasure(std::size_t count, const Date& day) {
    wxMessageDialog ask(
        this,
        wxString::Format(wxPLURAL("Erase the texts of %zu report closed before %s?",
                                  "Erase the texts of %zu reports closed before %s?", count),
                         count, wx(day.french())),
        _("Data retention"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    wxString details = wxString::Format(
        _("Their description, proposals and author, in the reports, their decisions and their "
          "history, are replaced by \"%s\". Their codes, dates and statuses stay: every "
          "figure stays the same."),
        wx(erasureMark(Date::today())));
    details += "\n\n";
    details += workspace_.info().shared
                   ? _("The server's backups still hold these texts: its administrator "
                       "replaces them.")
                   : _("Vigie's automatic copies, which hold these texts too, are replaced by "
                       "a new copy without them.");
    details += "\n\n" + _("This cannot be undone.");
    ask.SetExtendedMessage(details);
    ask.SetYesNoLabels(_("&Erase"), _("&Cancel"));
    return ask.ShowModal() == wxID_YES;
}

void RetentionPage::eraseNow() {
    if (workspace_.info().readOnly || !saveDelay()) {
        return;
    }
    const Date day = dueDay();
    std::size_t count = 0;
    try {
        count = app::purgePreview(workspace_.store(), day).size();
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Data retention"), wxOK | wxICON_ERROR, this);
        return;
    }
    if (count == 0) {
        wxMessageBox(wxString::Format(_("Nothing to erase: no report was closed before %s."),
                                      wx(day.french())),
                     _("Data retention"), wxOK | wxICON_INFORMATION, this);
        preview();
        return;
    }
    if (!confirmErasure(count, day)) {
        return;
    }
    // The day's automatic copy, if still being made, would hold the texts: finished first,
    // so that the purge replaces it too.
    auto* frame = dynamic_cast<MainFrame*>(wxGetTopLevelParent(this)->GetParent());
    if (frame) {
        frame->waitForDailyCopy();
        // Its reminder would count reports no longer due.
        if (auto* reminder = dynamic_cast<wxInfoBar*>(frame->FindWindow("retention_reminder"));
            reminder && reminder->IsShown()) {
            reminder->Dismiss();
        }
    }
    app::PurgeResult result;
    try {
        wxBusyCursor busy;
        wxBusyInfo working(_("Erasing the texts and rewriting the database..."), this);
        result = app::purge(workspace_, day);
    } catch (const std::exception& e) {
        wxMessageBox(wxString::Format(_("The texts were not erased: %s"), wx(e.what())),
                     _("Data retention"), wxOK | wxICON_ERROR, this);
        preview();
        return;
    }
    preview();
    tellResult(result);
}

wxString erasureDetails(const app::ScrubResult& result, bool shared) {
    wxString details;
    auto add = [&details](const wxString& paragraph) {
        details += (details.empty() ? "" : "\n\n") + paragraph;
    };
    if (!result.copiesRemoved.empty()) {
        const auto n = static_cast<unsigned long>(result.copiesRemoved.size());
        add(wxString::Format(wxPLURAL("%lu automatic copy, which held the erased texts, was "
                                      "removed.",
                                      "%lu automatic copies, which held the erased texts, were "
                                      "removed.",
                                      n),
                             n));
    }
    if (result.freshCopy) {
        add(wxString::Format(_("New copy, without the erased texts: %s"),
                             wxPath(*result.freshCopy)));
    }
    if (!result.otherCopies.empty()) {
        wxString copies = _("These copies, made by hand, still hold the erased texts: delete "
                            "them, or keep them somewhere safe:");
        for (const auto& copy : result.otherCopies) {
            copies += "\n" + wxPath(copy);
        }
        add(copies);
    }
    if (!result.undone.empty()) {
        wxString undone = _("Not done:");
        for (const auto& line : result.undone) {
            undone += "\n- " + wx(line);
        }
        if (shared) {
            undone += "\n" + _("Send this to the database's administrator: until it is done, "
                               "the server still holds the former texts.");
        }
        add(undone);
    }
    if (shared) {
        add(_("The server's backups made before today still hold the erased texts: ask its "
              "administrator to replace them."));
    }
    return details;
}

void RetentionPage::tellResult(const app::PurgeResult& result) {
    const auto erased = static_cast<unsigned long>(result.erased);
    const wxString details = erasureDetails(result, workspace_.info().shared);
    const bool warn = !result.undone.empty() || !result.otherCopies.empty();
    wxMessageDialog told(
        this,
        wxString::Format(wxPLURAL("%lu report erased.", "%lu reports erased.", erased), erased),
        _("Data retention"), wxOK | (warn ? wxICON_WARNING : wxICON_INFORMATION));
    told.SetExtendedMessage(details);
    told.ShowModal();
}

} // namespace vigie::ui
