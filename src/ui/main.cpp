// vigie: the desktop program.
#include "vigie_app.h"

wxIMPLEMENT_APP(vigie::ui::VigieApp);
