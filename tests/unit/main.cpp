// The unit tests' entry point. Messages stay in English here (no catalog is bound), so
// assertions on message text do not depend on the machine's language.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
