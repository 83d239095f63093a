// What a screen reader says for each control. GTK names a button or a check box by its
// text, but a choice, a text field or a list only by a label linked to it, and wx links
// none: Orca said "bouton bascule" for every filter. Windows names a control by the label
// placed before it, so there these do nothing.
#pragma once

#include <wx/string.h>
#include <wx/window.h>

namespace vigie::ui {

// Gives `control` (and the inner widgets that take its focus) this name.
void nameForScreenReaders(wxWindow* control, const wxString& name);

// The same for a list of many rows (a GTK tree view): naming it brings its accessible
// object to life, which then follows every row of the model (sorting 100,000 reports took
// twice as long). So it is named only when a screen reader is on (GNOME's setting).
void nameLargeListForScreenReaders(wxWindow* list, const wxString& name);

// True when the desktop says a screen reader runs (org.gnome.desktop.a11y.applications).
bool screenReaderEnabled();

// `control` named by what `label` says ("&Problèmes trouvés :" → "Problèmes trouvés"),
// for a control wx placed away from its label (in a container).
void nameFromLabel(wxWindow* control, const wxWindow* label);

// Every control of `root` that comes right after a label (a wxStaticText before it among
// its siblings) is named by that label ("Année :" → "Année"); buttons and check boxes keep
// their own text; a field without a label is named by its hint.
void nameControlsFromLabels(wxWindow* root);

// The name a screen reader reads for the widget of `control` that has the focus, or for
// the control itself: empty when it has none. For the tests.
wxString screenReaderName(wxWindow* control);

} // namespace vigie::ui
