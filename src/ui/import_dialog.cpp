#include "import_dialog.h"

#include <algorithm>

#include <wx/button.h>
#include <wx/filepicker.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "app/report_csv.h"
#include "domain/privacy.h"
#include "platform/files.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

constexpr std::size_t kPreviewRows = 20;

wxString severityText(const app::Problem& p) {
    switch (p.severity) {
    case app::Severity::Error:
        return _("Error");
    case app::Severity::Notice:
        return _("Notice");
    case app::Severity::Privacy:
        return _("Personal data");
    }
    return {};
}

wxString messageText(const app::Problem& p) {
    if (p.severity == app::Severity::Privacy) {
        if (const auto kind = kindOfCode(p.message)) {
            return wx(label(*kind));
        }
    }
    return wx(p.message);
}

} // namespace

ImportDialog::ImportDialog(wxWindow* parent, app::Workspace& workspace) : workspace_(workspace) {
    wxXmlResource::Get()->LoadDialog(this, parent, "ImportDialog");
    // Lists drawn by GTK itself, which screen readers read row by row.
    preview_ = new RowList(this, "preview", wxString(), {});
    wxXmlResource::Get()->AttachUnknownControl("preview", preview_, this);
    problems_ = new RowList(this, "problems", wxString(), {});
    wxXmlResource::Get()->AttachUnknownControl("problems", problems_, this);
    nameFromLabel(preview_, FindWindow(XRCID("preview_label")));
    nameFromLabel(problems_, FindWindow(XRCID("problems_label")));
    summary_ = XRCCTRL(*this, "summary", wxStaticText);
    update_ = XRCCTRL(*this, "update", wxCheckBox);
    problems_->setColumns(
        {{_("Line"), 55}, {_("Column"), 120}, {_("Kind"), 150}, {_("Problem"), 460}});
    problems_->stretchLastColumn();
    // The whole message of the problem chosen, however long.
    problems_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) {
        const int row = problems_->selectedRow();
        problems_->SetToolTip(row < 0 ? wxString() : problems_->text(row, 3));
    });
    XRCCTRL(*this, "file", wxFilePickerCtrl)
        ->Bind(wxEVT_FILEPICKER_CHANGED, [this](wxFileDirPickerEvent& e) { check(e.GetPath()); });
    update_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
        if (!path_.empty()) {
            check(path_);
        }
    });
    Bind(wxEVT_BUTTON, &ImportDialog::onImport, this, wxID_OK);
    SetMinSize(wxSize(800, 560));
    GetSizer()->Fit(this);
    // A problem's message is read whole when the screen allows: as wide as the window
    // behind, up to 1,100 pixels.
    if (parent) {
        const int wide = std::min(parent->GetSize().GetWidth() - 24, 1100);
        if (wide > GetSize().GetWidth()) {
            SetSize(wide, GetSize().GetHeight());
        }
    }
    CentreOnParent();
}

bool ImportDialog::canImport() const {
    return FindWindow(wxID_OK)->IsEnabled();
}

void ImportDialog::check(const wxString& path) {
    path_ = path;
    FindWindow(wxID_OK)->Enable(false);
    preview_->setColumns({});
    problems_->DeleteAllItems();
    try {
        bytes_ = platform::readWholeFile(toPath(path));
    } catch (const std::exception& e) {
        summary_->SetLabel(wx(e.what()));
        return;
    }
    const auto preview = app::previewCsv(bytes_, kPreviewRows);
    std::vector<ListColumn> columns{{_("Line"), 50}};
    for (const auto& name : preview.header) {
        // The text of a report needs room; codes and dates do not.
        columns.push_back({wx(name), name == "description" ? 320 : 120});
    }
    preview_->setColumns(columns);
    std::vector<std::vector<wxString>> previewRows;
    for (const auto& row : preview.rows) {
        std::vector<wxString> cells(columns.size());
        cells[0] = wxString::Format("%d", row.line);
        for (std::size_t c = 0; c < row.cells.size() && c < preview.header.size(); ++c) {
            cells[c + 1] = wx(row.cells[c]);
            cells[c + 1].Replace("\n", L" \u21b5 ");
        }
        previewRows.push_back(std::move(cells));
    }
    preview_->setRows(previewRows);

    app::ImportOptions options;
    options.dryRun = true;
    options.update = update_->GetValue();
    const auto summary =
        app::importReports(workspace_.store(), workspace_.actor(), bytes_, options);
    privacyFindings_.clear();
    for (const auto& p : summary.problems) {
        if (p.severity == app::Severity::Privacy) {
            privacyFindings_.push_back(p);
        }
    }
    withPersonalData_ = summary.withPersonalData;
    long errors = 0;
    std::vector<std::vector<wxString>> problemRows;
    std::vector<wxColour> colours;
    for (const auto& p : summary.problems) {
        problemRows.push_back({wxString::Format("%d", p.line), wx(p.column), severityText(p),
                               messageText(p)});
        const bool error = p.severity == app::Severity::Error;
        errors += error ? 1 : 0;
        colours.push_back(error ? wxColour(0xE0, 0x1B, 0x24) : wxColour());
    }
    errors = std::max<long>(errors, static_cast<long>(summary.errors));
    if (summary.notListed > 0) {
        problemRows.push_back(
            {wxString(), wxString(), wxString(),
             wxString::Format(wxPLURAL("... and %lld more problem, not listed",
                                       "... and %lld more problems, not listed", summary.notListed),
                              summary.notListed)});
        colours.push_back(wxColour());
    }
    problems_->setRows(problemRows, std::move(colours));
    if (errors > 0) {
        summary_->SetLabel(wxString::Format(
            wxPLURAL("%ld error: nothing will be imported. Correct the file and choose it again.",
                     "%ld errors: nothing will be imported. Correct the file and choose it again.",
                     errors),
            errors));
        return;
    }
    // Each count takes its own plural form (French: 0 and 1 are singular).
    const wxString created = wxString::Format(
        wxPLURAL("%d new report", "%d new reports", summary.created), summary.created);
    const wxString replaced =
        wxString::Format(wxPLURAL("%d replaced", "%d replaced", summary.updated), summary.updated);
    summary_->SetLabel(wxString::Format(_("Ready: %s, %s."), created, replaced) + " " +
                       wxPLURAL("Press Import to add it.", "Press Import to add them.",
                                summary.created + summary.updated));
    FindWindow(wxID_OK)->Enable(true);
}

wxString ImportDialog::personalDataQuestion() const {
    if (withPersonalData_ == 0) {
        return {};
    }
    // "nom d'une personne (3), information de santé (1)": what the guard found, by kind.
    wxString found;
    for (auto kind : kAllPersonalDataKinds) {
        const auto n = std::count_if(privacyFindings_.begin(), privacyFindings_.end(),
                                     [&](const app::Problem& p) { return p.message == code(kind); });
        if (n > 0) {
            found += (found.empty() ? "" : ", ") + wxString::Format("%s (%ld)", wx(label(kind)),
                                                                     static_cast<long>(n));
        }
    }
    return wxString::Format(wxPLURAL("%d report seems to hold personal data: %s.",
                                     "%d reports seem to hold personal data: %s.",
                                     withPersonalData_),
                            withPersonalData_, found) +
           "\n\n" +
           _("A report describes a situation, never a person. Correct the file, or import it "
             "anyway: the choice is written in the history of each of these reports.");
}

void ImportDialog::onImport(wxCommandEvent&) {
    app::ImportOptions options;
    options.update = update_->GetValue();
    if (const wxString question = personalDataQuestion(); !question.empty()) {
        wxMessageDialog ask(this, question, _("Personal data in the file"),
                            wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
        ask.SetYesNoLabels(_("&Import anyway"), _("&Correct the file first"));
        if (ask.ShowModal() != wxID_YES) {
            return;
        }
        options.acceptPersonalData = true;
    }
    try {
        const auto summary =
            app::importReports(workspace_.store(), workspace_.actor(), bytes_, options);
        if (!summary.written) {
            check(path_); // the file or the database changed since the check: show why
            return;
        }
        imported_ = summary.created + summary.updated;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Nothing was imported"), wxOK | wxICON_ERROR, this);
        return;
    }
    EndModal(wxID_OK);
}

} // namespace vigie::ui
