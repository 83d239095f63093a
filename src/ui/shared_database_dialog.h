// « Ouvrir une base partagée… »: the account of a PostgreSQL server and the watch group
// (site) to work on (forms/shared_database.xrc).
#pragma once

#include <optional>
#include <string>

class wxWindow;

namespace vigie::ui {

struct SharedDatabaseChoice {
    std::string uri; // with the password only when the user did not want it remembered
    std::string site;
};

// None when the user cancels. The sites are listed by connecting with the account typed
// in; a remembered password goes to libpq's password file (app::rememberPassword).
std::optional<SharedDatabaseChoice> chooseSharedDatabase(wxWindow* parent);

} // namespace vigie::ui
