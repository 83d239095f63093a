// What the services' headers need of the database: the name of the store they work on,
// never its definition. Its type is known to the app layer only, so that the window and
// the command line, which include these headers, cannot reach a repository (the build
// refuses it); they hold a Workspace and hand its store to the services.
#pragma once

#include "domain/audit.h"
#include "domain/meeting.h"
#include "domain/queries.h"
#include "domain/reference_data.h"
#include "domain/report.h"
#include "domain/solicitation.h"
#include "domain/statistics.h"
#include "platform/errors.h"

namespace vigie::storage {
class Store;
} // namespace vigie::storage
