#include "actor.h"

#include "storage/platform.h"

namespace vigie::app {

Actor Actor::current() {
    return Actor{storage::currentUserName(), [] { return storage::utcTimestamp(); }};
}

} // namespace vigie::app
