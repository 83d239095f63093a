#!/usr/bin/env bash
# Command (2) of the README: installs what is missing, builds, runs every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/installer/deps.sh"
"$root/installer/build.sh" -DVIGIE_BUILD_TESTS=ON
cd "${VIGIE_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
