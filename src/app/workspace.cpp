#include "workspace.h"

namespace vigie::app {

std::unique_ptr<Workspace> Workspace::open(const std::filesystem::path& file,
                                           const storage::OpenOptions& options, Actor actor) {
    return std::make_unique<Workspace>(storage::openSqliteStore(file, options), std::move(actor));
}

} // namespace vigie::app
