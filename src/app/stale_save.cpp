#include "stale_save.h"

#include <fmt/format.h>

#include "platform/i18n.h"
#include "platform/system.h"
#include "storage/store.h"

namespace vigie::app {

void updateUnlessStale(storage::Store& store, const std::string& entity, std::int64_t id,
                       const std::string& what, const std::function<void()>& update) {
    try {
        update();
    } catch (const StorageError& e) {
        if (e.kind() != StorageError::Kind::Stale) {
            throw;
        }
        const auto history = store.audit().history(entity, id);
        const auto when =
            history.empty() ? std::nullopt : platform::localCalendarTime(history.back().at);
        if (!when) {
            throw;
        }
        throw StorageError(
            StorageError::Kind::Stale,
            fmt::format(fmt::runtime(tr("{} was changed by {} on {:02}/{:02}/{:04} at "
                                        "{:02}:{:02}, after it was opened here: the changes "
                                        "made here were not saved. Open it again to see what "
                                        "it holds now.")),
                        what, history.back().user, when->tm_mday, when->tm_mon + 1,
                        when->tm_year + 1900, when->tm_hour, when->tm_min));
    }
}

} // namespace vigie::app
