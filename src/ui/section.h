// A part of the main window (reports now; meetings, solicitations, statistics later).
// The frame's menus and toolbar act on the visible section through this interface, so
// a new section slots in without touching the frame.
#pragma once

#include <string>

#include <functional>

#include <wx/panel.h>

#include "app/workspace.h"

namespace vigie::ui {

class Section : public wxPanel {
public:
    using wxPanel::wxPanel;
    virtual wxString title() const = 0;
    // A (new) database is open: forget what was shown. Nothing is read yet: the frame
    // calls refresh() when the section comes into view.
    virtual void bind(app::Workspace& workspace) = 0;
    // What the status bar shows while the section is visible.
    virtual wxString statusText() = 0;

    // The common commands; a section ignores those that mean nothing to it.
    virtual void newItem() {}
    virtual void openSelected() {}
    virtual void removeSelected() {}
    virtual void focusSearch() {}
    virtual void exportList() {}
    virtual void refresh() {}
    // The section comes into view: a section showing figures computes them again, since
    // the other sections may have changed the data meanwhile.
    virtual void shown() {}
    virtual void saveLayout() {}

    // The Edit menu's words for this section's items ("New report...", "New meeting...").
    enum class Command { New, Open, Remove, Find, Export };
    virtual wxString commandLabel(Command command) const = 0;
    // The toolbar's short word and tooltip for it; an empty word when the section has no
    // such command (the tool and the menu item are then disabled).
    struct Tool {
        wxString label, tip;
    };
    virtual Tool tool(Command command) const = 0;

    // The page of the user guide (assets/help) about this section.
    virtual std::string helpPage() const = 0;

    // Set by the frame: called whenever what the status bar shows may have changed.
    std::function<void()> onStatusChanged;
    // The database as this section last loaded it: the frame reloads a section that is
    // stale when it comes into view or the window is activated again.
    app::ChangeStamp loaded;
};

} // namespace vigie::ui
