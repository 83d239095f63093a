#include "settings_dialog.h"

#include <algorithm>
#include <optional>

#include <wx/button.h>
#include <wx/display.h>
#include <wx/filedlg.h>
#include <wx/image.h>
#include <wx/msgdlg.h>
#include <wx/mstream.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "domain/text.h"
#include "field_errors.h"
#include "person_actions.h"
#include "platform/files.h"
#include "reference_editors.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

constexpr std::size_t kMaxLogoBytes = 2u << 20;

wxString yesNo(bool value) {
    return value ? _("yes") : _("no");
}

// What a row of each list shows.
std::vector<wxString> rowOf(const Institution& i) {
    return {wx(i.code), wx(i.name), wx(i.contactPerson), wx(i.email), yesNo(i.active)};
}
std::vector<wxString> rowOf(const Right& r) {
    return {wx(r.code), wx(r.label), wx(r.familyCode), yesNo(r.active)};
}
std::vector<wxString> rowOf(const SourceGroup& g) {
    return {wx(g.name), yesNo(g.active)};
}
std::vector<wxString> rowOf(const OutreachScheme& s) {
    return {wx(s.code), wx(s.label), yesNo(s.active)};
}
std::vector<wxString> rowOf(const Person& p) {
    return {wx(p.name), wx(p.institutionCode), wx(p.email), yesNo(p.onDistributionList),
            yesNo(p.active)};
}

} // namespace

SettingsDialog::SettingsDialog(wxWindow* parent, app::Workspace& workspace)
    : workspace_(workspace), service_(workspace.store(), workspace.actor()),
      outreach_(workspace.store(), workspace.actor()) {
    wxXmlResource::Get()->LoadDialog(this, parent, "Settings");
    // Lists drawn by GTK itself, which screen readers read row by row (forms/settings.xrc
    // keeps their places).
    for (const char* key : {"institutions", "rights", "families", "groups", "schemes", "people"}) {
        auto* placeholder = FindWindow(wxXmlResource::GetXRCID(wxString(key) + "_list"));
        auto* rows = new RowList(placeholder ? placeholder->GetParent() : this,
                                 wxString(key) + "_list", wxString(), {});
        wxXmlResource::Get()->AttachUnknownControl(wxString(key) + "_list", rows, this);
        lists_[key] = rows;
    }
    name_ = XRCCTRL(*this, "organisation_name", wxTextCtrl);
    delay_ = XRCCTRL(*this, "answer_delay", wxSpinCtrl);
    logo_ = XRCCTRL(*this, "logo", wxStaticBitmap);
    showFieldError(XRCCTRL(*this, "error", wxStaticText), wxString());
    auto* pages = XRCCTRL(*this, "pages", wxNotebook);
    retention_ = new RetentionPage(pages, workspace);
    pages->AddPage(retention_, _("Data retention"));
    register_ = new RegisterPage(pages, workspace);
    pages->AddPage(register_, _("Register"));

    profile_ = service_.organisation();
    name_->ChangeValue(wx(profile_.name));
    delay_->SetValue(profile_.answerDelayDays);
    showLogo();

    XRCCTRL(*this, "logo_choose", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog dialog(this, _("Choose the organisation's logo"), wxString(), wxString(),
                            _("Images (*.png;*.jpg;*.jpeg)|*.png;*.jpg;*.jpeg;*.PNG;*.JPG"),
                            wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dialog.ShowModal() != wxID_OK) {
            return;
        }
        try {
            std::string bytes = platform::readWholeFile(toPath(dialog.GetPath()));
            wxMemoryInputStream stream(bytes.data(), bytes.size());
            wxImage image;
            if (bytes.size() > kMaxLogoBytes || !image.LoadFile(stream)) {
                wxMessageBox(_("Choose a PNG or JPEG image of less than 2 MB."), _("Logo"),
                             wxOK | wxICON_WARNING, this);
                return;
            }
            profile_.logo = std::move(bytes);
            showLogo();
        } catch (const std::exception& e) {
            wxMessageBox(wx(e.what()), _("Logo"), wxOK | wxICON_ERROR, this);
        }
    });
    XRCCTRL(*this, "logo_remove", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        profile_.logo.clear();
        showLogo();
    });

    bindPage<Institution>(
        "institutions", [this] { return service_.institutions(); },
        [this](Institution& i) {
            return editInstitution(this, i, [this](const Institution& x) {
                try {
                    service_.save(x);
                    return wxString();
                } catch (const std::exception& e) {
                    return wx(e.what());
                }
            });
        });
    bindPage<Right>(
        "rights",
        [this] {
            familyLabels_.clear();
            for (const auto& f : service_.rightFamilies()) {
                familyLabels_[f.code] = f.label;
            }
            return service_.rights();
        },
        [this](Right& r) {
            if (r.familyCode.empty()) {
                r.familyCode = std::string(kOtherFamilyCode);
            }
            // Read again each time: a family may have been renamed meanwhile.
            return editRight(this, r, service_.rightFamilies(), [this](const Right& x) {
                try {
                    service_.save(x);
                    return wxString();
                } catch (const std::exception& e) {
                    return wx(e.what());
                }
            });
        },
        [this](const Right& r) {
            // The family by its label, as the statistics name it.
            auto cells = rowOf(r);
            if (auto it = familyLabels_.find(r.familyCode); it != familyLabels_.end()) {
                cells[2] = wx(it->second);
            }
            return cells;
        });
    bindFamilies();
    bindPage<SourceGroup>(
        "groups", [this] { return service_.sourceGroups(); },
        [this](SourceGroup& g) {
            return editSourceGroup(this, g, [this](const SourceGroup& x) {
                try {
                    service_.save(x);
                    return wxString();
                } catch (const std::exception& e) {
                    return wx(e.what());
                }
            });
        });
    bindPage<OutreachScheme>(
        "schemes", [this] { return outreach_.schemes(); },
        [this](OutreachScheme& s) {
            return editOutreachScheme(this, s, outreach_.schemes(),
                                      [this](const OutreachScheme& x) {
                                          try {
                                              OutreachScheme saved = x;
                                              outreach_.saveScheme(saved);
                                              return wxString();
                                          } catch (const std::exception& e) {
                                              return wx(e.what());
                                          }
                                      });
        });
    bindPage<Person>(
        "people", [this] { return service_.people(); },
        [this](Person& p) {
            return editPerson(this, p, service_.institutions(), [this](const Person& x) {
                try {
                    service_.save(x);
                    return wxString();
                } catch (const std::exception& e) {
                    return wx(e.what());
                }
            });
        });
    bindPersonActions();
    // Wide enough for the longest names of the demo and of real partnerships
    // ("Caisse d'assurance retraite et de la santé au travail").
    list("institutions")
        ->setColumns({{_("Code"), 90},
                      {_("Name"), 360},
                      {_("Contact"), 150},
                      {_("E-mail"), 200},
                      {_("Active"), 70}});
    list("rights")->setColumns(
        {{_("Code"), 170}, {_("Label"), 330}, {_("Family"), 200}, {_("Active"), 70}});
    list("families")->setColumns({{_("Code"), 170}, {_("Label"), 230}, {_("Rights"), 330}});
    list("groups")->setColumns({{_("Name"), 420}, {_("Active"), 70}});
    list("schemes")->setColumns({{_("Code"), 170}, {_("Label"), 330}, {_("Active"), 70}});
    list("people")->setColumns({{_("Name"), 200},
                                {_("Body"), 100},
                                {_("E-mail"), 220},
                                {_("Minutes"), 140},
                                {_("Active"), 70}});
    fillLists();

    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            saveOrganisation();
            retention_->saveDelay();
            register_->saveDetails();
            EndModal(wxID_OK);
        },
        wxID_OK);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent&) {
        saveOrganisation();
        retention_->saveDelay();
        register_->saveDetails();
        EndModal(wxID_OK);
    });
    SetEscapeId(wxID_OK);
    GetSizer()->Fit(this);
    // Room for the lists' columns, within the screen.
    const int display = parent ? wxDisplay::GetFromWindow(parent) : wxNOT_FOUND;
    const wxRect screen =
        wxDisplay(display == wxNOT_FOUND ? 0u : static_cast<unsigned>(display)).GetClientArea();
    SetSize(std::min(std::max(GetSize().x, FromDIP(1000)), screen.width * 95 / 100),
            std::min(std::max(GetSize().y, FromDIP(640)), screen.height * 92 / 100));
    CentreOnParent();
}

void SettingsDialog::showPage(const wxString& name) {
    if (name.empty()) {
        return;
    }
    auto* pages = XRCCTRL(*this, "pages", wxNotebook);
    for (std::size_t i = 0; i < pages->GetPageCount(); ++i) {
        if (pages->GetPage(i)->GetName() == name) {
            pages->SetSelection(i);
        }
    }
}

RowList* SettingsDialog::list(const char* key) const {
    auto it = lists_.find(key);
    return it == lists_.end() ? nullptr : it->second;
}

template <class T>
void SettingsDialog::bindPage(const char* key, std::function<std::vector<T>()> load,
                              std::function<bool(T&)> edit,
                              std::function<std::vector<wxString>(const T&)> cellsOf) {
    if (!cellsOf) {
        cellsOf = [](const T& e) { return rowOf(e); };
    }
    RowList* listCtrl = list(key);
    auto entries = std::make_shared<std::vector<T>>();
    auto* toggle =
        wxDynamicCast(FindWindow(wxXmlResource::GetXRCID(wxString(key) + "_toggle")), wxButton);
    auto selected = [listCtrl, entries]() -> T* {
        const long row = listCtrl->selectedRow();
        return row >= 0 && static_cast<std::size_t>(row) < entries->size()
                   ? &(*entries)[static_cast<std::size_t>(row)]
                   : nullptr;
    };
    auto updateToggle = [toggle, selected] {
        T* entry = selected();
        toggle->Enable(entry != nullptr);
        toggle->SetLabel(entry && !entry->active ? _("&Reactivate") : _("&Deactivate"));
    };
    auto refill = [listCtrl, entries, load, updateToggle, cellsOf] {
        *entries = load();
        std::vector<std::vector<wxString>> rows;
        for (const auto& e : *entries) {
            rows.push_back(cellsOf(e));
        }
        listCtrl->setRows(rows);
        updateToggle();
    };
    refreshers_.push_back(refill);
    listCtrl->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
                   [updateToggle](wxDataViewEvent&) { updateToggle(); });
    auto editSelected = [selected, edit, refill] {
        if (T* entry = selected()) {
            T copy = *entry;
            if (edit(copy)) {
                refill();
            }
        }
    };
    listCtrl->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED,
                   [editSelected](wxDataViewEvent&) { editSelected(); });
    FindWindow(wxXmlResource::GetXRCID(wxString(key) + "_add"))
        ->Bind(wxEVT_BUTTON, [edit, refill](wxCommandEvent&) {
            T fresh;
            if (edit(fresh)) {
                refill();
            }
        });
    FindWindow(wxXmlResource::GetXRCID(wxString(key) + "_edit"))
        ->Bind(wxEVT_BUTTON, [editSelected](wxCommandEvent&) { editSelected(); });
    toggle->Bind(wxEVT_BUTTON, [this, selected, refill](wxCommandEvent&) {
        if (T* entry = selected()) {
            T copy = *entry;
            copy.active = !copy.active;
            try {
                saveEntry(copy);
            } catch (const std::exception& e) {
                wxMessageBox(wx(e.what()), _("Settings"), wxOK | wxICON_ERROR, this);
            }
            refill();
        }
    });
}

// Families are neither added nor deactivated: only their label changes.
void SettingsDialog::bindFamilies() {
    RowList* listCtrl = list("families");
    auto families = std::make_shared<std::vector<RightFamily>>();
    auto* edit = XRCCTRL(*this, "families_edit", wxButton);
    auto selectedRow = [listCtrl, families]() -> long {
        const long row = listCtrl->selectedRow();
        return row >= 0 && static_cast<std::size_t>(row) < families->size() ? row : -1;
    };
    auto updateEdit = [edit, selectedRow] { edit->Enable(selectedRow() >= 0); };
    auto refill = [this, listCtrl, families, updateEdit] {
        *families = service_.rightFamilies();
        const auto rights = service_.rights();
        std::vector<std::vector<wxString>> rows;
        for (const auto& f : *families) {
            std::string members;
            for (const auto& r : rights) {
                if (r.active && r.familyCode == f.code) {
                    members += (members.empty() ? "" : ", ") + r.code;
                }
            }
            rows.push_back({wx(f.code), wx(f.label), wx(members)});
        }
        listCtrl->setRows(rows);
        updateEdit();
    };
    refreshers_.push_back(refill);
    listCtrl->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
                   [updateEdit](wxDataViewEvent&) { updateEdit(); });
    auto editSelected = [this, listCtrl, families, selectedRow] {
        const long row = selectedRow();
        if (row < 0) {
            return;
        }
        RightFamily copy = (*families)[static_cast<std::size_t>(row)];
        const bool saved = editRightFamily(this, copy, [this](const RightFamily& x) {
            try {
                service_.renameFamily(x.code, x.label);
                return wxString();
            } catch (const std::exception& e) {
                return wx(e.what());
            }
        });
        if (saved) {
            fillLists(); // the Rights page names families by their label too
            // Families keep their order: the renamed one stays selected.
            listCtrl->selectRow(static_cast<int>(row));
        }
    };
    listCtrl->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED,
                   [editSelected](wxDataViewEvent&) { editSelected(); });
    edit->Bind(wxEVT_BUTTON, [editSelected](wxCommandEvent&) { editSelected(); });
    // The rights column follows changes made on the Rights page.
    auto* pages = XRCCTRL(*this, "pages", wxNotebook);
    wxWindow* page = FindWindow(XRCID("families_page"));
    pages->Bind(wxEVT_NOTEBOOK_PAGE_CHANGED, [pages, page, refill](wxBookCtrlEvent& e) {
        e.Skip();
        const int shown = e.GetSelection();
        if (shown != wxNOT_FOUND && pages->GetPage(static_cast<std::size_t>(shown)) == page) {
            refill();
        }
    });
}

void SettingsDialog::fillLists() {
    for (auto& refresh : refreshers_) {
        refresh();
    }
}

void SettingsDialog::showLogo() {
    wxImage image;
    if (!profile_.logo.empty()) {
        wxMemoryInputStream stream(profile_.logo.data(), profile_.logo.size());
        image.LoadFile(stream);
    }
    if (image.IsOk()) {
        const double scale = std::min(160.0 / image.GetWidth(), 80.0 / image.GetHeight());
        image.Rescale(std::max(1, static_cast<int>(image.GetWidth() * scale)),
                      std::max(1, static_cast<int>(image.GetHeight() * scale)),
                      wxIMAGE_QUALITY_HIGH);
        logo_->SetBitmap(wxBitmap(image));
    } else {
        logo_->SetBitmap(wxBitmap());
    }
    Layout();
}

void SettingsDialog::saveOrganisation() {
    app::OrganisationProfile edited = profile_;
    edited.name = text::trimmed(utf8(name_->GetValue()));
    edited.answerDelayDays = delay_->GetValue();
    const app::OrganisationProfile stored = service_.organisation();
    if (edited.name == stored.name && edited.logo == stored.logo &&
        edited.answerDelayDays == stored.answerDelayDays) {
        return;
    }
    try {
        service_.saveOrganisation(edited);
        profile_ = edited;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Settings"), wxOK | wxICON_ERROR, this);
    }
}

void SettingsDialog::bindPersonActions() {
    RowList* people = list("people");
    auto* extract = XRCCTRL(*this, "people_extract", wxButton);
    auto* erase = XRCCTRL(*this, "people_erase", wxButton);
    // The chosen member as stored now: the list shows service_.people() in its order.
    auto chosen = [this, people]() -> std::optional<Person> {
        const int row = people->selectedRow();
        const auto all = service_.people();
        if (row < 0 || static_cast<std::size_t>(row) >= all.size()) {
            return std::nullopt;
        }
        return all[static_cast<std::size_t>(row)];
    };
    auto update = [this, people, extract, erase] {
        const bool one = people->selectedRow() >= 0;
        extract->Enable(one);
        erase->Enable(one && !workspace_.info().readOnly);
    };
    update();
    people->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [update](wxDataViewEvent& event) {
        update();
        event.Skip(); // the Deactivate button follows the selection too
    });
    extract->Bind(wxEVT_BUTTON, [this, chosen](wxCommandEvent&) {
        if (auto person = chosen()) {
            extractPersonData(this, workspace_, *person);
        }
    });
    erase->Bind(wxEVT_BUTTON, [this, chosen, update](wxCommandEvent&) {
        if (auto person = chosen(); person && erasePerson(this, workspace_, *person)) {
            for (const auto& refill : refreshers_) {
                refill(); // names may have changed in every list (contacts of institutions)
            }
            update();
        }
    });
}

} // namespace vigie::ui
