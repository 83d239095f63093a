#include "actor.h"

#include "platform/system.h"

namespace vigie::app {

Actor Actor::current() {
    return Actor{platform::currentUserName(), [] { return platform::utcTimestamp(); }};
}

} // namespace vigie::app
