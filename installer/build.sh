#!/usr/bin/env bash
# Configures and builds Vigie in ./build (Ninja, ccache, both cores). Idempotent.
# usage: installer/build.sh [extra CMake arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_BUILD_DIR:-$root/build}
# ccache keys on paths relative to the clone, so that a copy elsewhere (tests/elsewhere.sh)
# reuses what this one compiled.
export CCACHE_BASEDIR=$root CCACHE_NOHASHDIR=true
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)"
