#include "screen_reader.h"

#include <set>
#include <vector>

#include <wx/anybutton.h>
#include <wx/bookctrl.h>
#include <wx/checkbox.h>
#include <wx/control.h>
#include <wx/radiobut.h>
#include <wx/srchctrl.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>
#include <wx/statline.h>
#include <wx/stattext.h>
#include <wx/textentry.h>
#include <wx/toplevel.h>

#ifdef __WXGTK__
#include <gtk/gtk.h>
#endif

namespace vigie::ui {

namespace {

#ifdef __WXGTK__
// The widgets that can hold the focus inside a wx window: the combo box's toggle button,
// the tree view inside a scrolled window, the entry of a spin control...
// The widgets of the wx windows inside `control` that are controls of their own (a
// notebook's pages and their buttons): they keep their own names.
void ownControls(wxWindow* control, std::set<GtkWidget*>& out) {
    for (wxWindow* child : control->GetChildren()) {
        if (dynamic_cast<wxControl*>(child) || !child->GetChildren().empty()) {
            out.insert(child->GetHandle());
        } else {
            ownControls(child, out); // a part of the control (a list's inner window)
        }
    }
}

// Internal children included (gtk_container_forall): a combo box's button is one.
struct Search {
    const std::set<GtkWidget*>* stops;
    std::vector<GtkWidget*>* found;
};

void focusableWidgets(GtkWidget* widget, Search& search) {
    if (search.stops->count(widget)) {
        return;
    }
    if (gtk_widget_get_can_focus(widget)) {
        search.found->push_back(widget);
    }
    if (GTK_IS_CONTAINER(widget)) {
        gtk_container_forall(
            GTK_CONTAINER(widget),
            [](GtkWidget* child, gpointer data) {
                focusableWidgets(child, *static_cast<Search*>(data));
            },
            &search);
    }
}

std::vector<GtkWidget*> focusableWidgets(wxWindow* control) {
    std::set<GtkWidget*> stops;
    ownControls(control, stops);
    std::vector<GtkWidget*> found;
    Search search{&stops, &found};
    focusableWidgets(control->GetHandle(), search);
    return found;
}
#endif

// Buttons and check boxes say their own text; a label beside one is not its name.
bool speaksItsOwnText(wxWindow* w) {
    return dynamic_cast<wxAnyButton*>(w) || dynamic_cast<wxCheckBox*>(w) ||
           dynamic_cast<wxRadioButton*>(w);
}

bool isLabel(wxWindow* w) {
    return dynamic_cast<wxStaticText*>(w) != nullptr;
}

bool isDecoration(wxWindow* w) {
    return dynamic_cast<wxStaticBox*>(w) || dynamic_cast<wxStaticLine*>(w) ||
           dynamic_cast<wxStaticBitmap*>(w);
}

// "&Année :" → "Année": what the label says, without its mnemonic and colon.
wxString spoken(const wxString& label) {
    wxString text = wxControl::RemoveMnemonics(label);
    text.Trim();
    while (!text.empty() &&
           (text.Last() == ':' || text.Last() == wxUniChar(0x00A0) || text.Last() == ' ')) {
        text.RemoveLast();
    }
    return text.Trim(false);
}

} // namespace

void nameForScreenReaders(wxWindow* control, const wxString& name) {
#ifdef __WXGTK__
    if (!control || name.empty() || !control->GetHandle()) {
        return;
    }
    // A combo box's own name is the value chosen, which the reader says anyway: the
    // label replaces it, on the combo box and on the button inside that has the focus.
    std::vector<GtkWidget*> widgets = focusableWidgets(control);
    widgets.push_back(control->GetHandle());
    const wxCharBuffer utf8 = name.utf8_str();
    for (GtkWidget* w : widgets) {
        atk_object_set_name(gtk_widget_get_accessible(w), utf8.data());
    }
#else
    (void)control;
    (void)name;
#endif
}

void nameFromLabel(wxWindow* control, const wxWindow* label) {
    if (label) {
        nameForScreenReaders(control, spoken(label->GetLabel()));
    }
}

bool screenReaderEnabled() {
#ifdef __WXGTK__
    // Looked up first: g_settings_new aborts on a schema that is not installed.
    GSettingsSchemaSource* source = g_settings_schema_source_get_default();
    GSettingsSchema* schema =
        source
            ? g_settings_schema_source_lookup(source, "org.gnome.desktop.a11y.applications", TRUE)
            : nullptr;
    if (!schema) {
        return false;
    }
    const bool hasKey = g_settings_schema_has_key(schema, "screen-reader-enabled");
    g_settings_schema_unref(schema);
    if (!hasKey) {
        return false;
    }
    GSettings* settings = g_settings_new("org.gnome.desktop.a11y.applications");
    const bool enabled = g_settings_get_boolean(settings, "screen-reader-enabled");
    g_object_unref(settings);
    return enabled;
#else
    return false;
#endif
}

void nameLargeListForScreenReaders(wxWindow* list, const wxString& name) {
    if (screenReaderEnabled()) {
        nameForScreenReaders(list, name);
    }
}

void nameControlsFromLabels(wxWindow* root) {
    if (!root) {
        return;
    }
    wxString pending;
    for (wxWindow* child : root->GetChildren()) {
        if (child->IsTopLevel()) {
            continue; // a dialog owned by this window is named when it shows
        }
        if (isLabel(child)) {
            pending = spoken(child->GetLabel());
            continue;
        }
        if (isDecoration(child)) {
            continue;
        }
        if (auto* book = dynamic_cast<wxBookCtrlBase*>(child);
            book && screenReaderName(book).empty()) {
            // GTK's tab list has no name of its own: the window's title says what it holds.
            if (auto* top = dynamic_cast<wxTopLevelWindow*>(wxGetTopLevelParent(book))) {
                nameForScreenReaders(book, top->GetTitle());
            }
        }
        if (!pending.empty() && child->AcceptsFocusFromKeyboard() && !speaksItsOwnText(child)) {
            nameForScreenReaders(child, pending);
        } else if (auto* field = dynamic_cast<wxTextEntry*>(child);
                   pending.empty() && field && !field->GetHint().empty()) {
            // A field with no label but a hint ("du jj/mm/aaaa"): the hint is all it says,
            // and GTK does not read a hint as a name.
            nameForScreenReaders(child, field->GetHint());
        }
        // A search field under a label filters the list that follows: both take the label.
        if (!dynamic_cast<wxSearchCtrl*>(child)) {
            pending.clear();
        }
        nameControlsFromLabels(child);
    }
}

wxString screenReaderName(wxWindow* control) {
#ifdef __WXGTK__
    if (!control || !control->GetHandle()) {
        return wxString();
    }
    const std::vector<GtkWidget*> widgets = focusableWidgets(control);
    GtkWidget* widget = widgets.empty() ? control->GetHandle() : widgets.front();
    const char* name = atk_object_get_name(gtk_widget_get_accessible(widget));
    return name ? wxString::FromUTF8(name) : wxString();
#else
    return control ? control->GetLabel() : wxString();
#endif
}

} // namespace vigie::ui
