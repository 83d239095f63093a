// Settings, « Conservation des données » (forms/retention_page.xrc, issue 19): the delay
// after which a closed report's texts may be erased, the list of those a purge would
// erase now, and the purge itself, confirmed, through app::purge.
#pragma once

#include <wx/panel.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include "app/retention_settings.h"
#include "app/workspace.h"
#include "list_columns.h"

namespace vigie::ui {

class RetentionPage : public wxPanel {
public:
    RetentionPage(wxWindow* parent, app::Workspace& workspace);

    // Stores the delay shown when it changed (Settings closing); false after saying why
    // it could not.
    bool saveDelay();
    // « Prévisualiser »: lists what a purge with the delay shown would erase.
    void preview();
    // « Effacer maintenant… »: asks, erases, then says what was done.
    void eraseNow();

    wxSpinCtrl* delay() const { return delay_; }
    RowList* list() const { return list_; }
    wxStaticText* count() const { return count_; }

private:
    Date dueDay() const;
    void delayChanged();
    bool confirmErasure(std::size_t count, const Date& day);
    void tellResult(const app::PurgeResult& result);

    app::Workspace& workspace_;
    app::RetentionSettings settings_;
    wxSpinCtrl* delay_ = nullptr;
    wxStaticText* recommendation_ = nullptr;
    wxStaticText* count_ = nullptr;
    RowList* list_ = nullptr;
};

// "2 years" or "18 months": a retention delay as the window says it.
wxString delayText(int months);

// What an erasure (a purge, a person's) did to the copies and could not do, in paragraphs
// for a message's details; `shared`: on a server, whose copies are its administrator's.
wxString erasureDetails(const app::ScrubResult& result, bool shared);

} // namespace vigie::ui
