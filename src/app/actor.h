// Who acts and when: stamped on every change and every audit row.
#pragma once

#include <functional>
#include <string>

namespace vigie::app {

struct Actor {
    std::string user;
    std::function<std::string()> clock; // ISO 8601 UTC timestamps

    // The person logged in to this computer, with the real clock.
    static Actor current();
    std::string now() const { return clock(); }
};

} // namespace vigie::app
