// Small editors for one entry of the reference data (forms/*_editor.xrc).
#pragma once

#include <functional>

#include <wx/dialog.h>

#include "domain/outreach.h"
#include "domain/reference_data.h"

namespace vigie::ui {

// Each editor validates, then calls `save`, which returns an error message (shown in the
// dialog, which stays open) or an empty string.
template <class T> using SaveEntry = std::function<wxString(const T&)>;

bool editInstitution(wxWindow* parent, Institution& entry, const SaveEntry<Institution>& save);
bool editRight(wxWindow* parent, Right& entry, const std::vector<RightFamily>& families,
               const SaveEntry<Right>& save);
// Only the label: the family's code is part of the file formats.
bool editRightFamily(wxWindow* parent, RightFamily& entry, const SaveEntry<RightFamily>& save);
bool editSourceGroup(wxWindow* parent, SourceGroup& entry, const SaveEntry<SourceGroup>& save);
bool editPerson(wxWindow* parent, Person& entry, const std::vector<Institution>& institutions,
                const SaveEntry<Person>& save);
// The code only when the scheme is added (`entry.id` 0): the sessions' files carry it.
// `others` are the schemes already there, whose codes a new one may not take.
bool editOutreachScheme(wxWindow* parent, OutreachScheme& entry,
                        const std::vector<OutreachScheme>& others,
                        const SaveEntry<OutreachScheme>& save);

} // namespace vigie::ui
