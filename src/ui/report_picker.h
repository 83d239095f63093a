// The difficulty reports an emergency aid is linked to, found by their words and ticked
// (forms/report_picker.xrc). The reports already linked stay listed first, ticked.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/checklst.h>
#include <wx/dialog.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "domain/report.h"

namespace vigie::ui {

struct ReportChoice {
    ReportId id = 0;
    wxString reference; // "2026-004"
    wxString text;      // "2026-004 — 09/03/2026 — RSA — Dossier bloqué…"
};

class ReportPicker : public wxDialog {
public:
    // The reports the words find (the latest when there are none), at most a screenful.
    using Find = std::function<std::vector<ReportChoice>(const std::string& words)>;

    ReportPicker(wxWindow* parent, std::vector<ReportChoice> linked, Find find);
    ~ReportPicker() override;

    // The reports ticked, in the order they were linked.
    std::vector<ReportId> chosen() const;
    // Lists what the words typed find, now (tests; the typing pause does it otherwise).
    void applySearch();
    // Ticks or unticks the report listed at `row`, as Space would.
    void tick(int row, bool on);

    wxSearchCtrl* search = nullptr;
    wxCheckListBox* reports = nullptr;

private:
    void fill(const std::vector<ReportChoice>& found);

    std::vector<ReportChoice> linked_; // ticked, in order
    std::vector<ReportChoice> listed_; // one a row of the list
    Find find_;
    wxStaticText* count_ = nullptr;
    wxTimer typing_;
};

} // namespace vigie::ui
