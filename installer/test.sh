#!/usr/bin/env bash
# Command (2) of the README: installs what is missing, builds, runs every test: first the
# normal build (g++), then the same suite built with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer, with a short run of each fuzz target on its corpus.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
"$root/installer/deps.sh"

echo "== build and tests (g++)"
"$root/installer/build.sh" -DVIGIE_BUILD_TESTS=ON
(cd "${VIGIE_BUILD_DIR:-$root/build}" && ctest --output-on-failure -j "$jobs")

echo "== build and tests under ASan + UBSan (clang), fuzz smoke runs"
CC=clang CXX=clang++ VIGIE_BUILD_DIR="$root/build-asan" "$root/installer/build.sh" \
  -DVIGIE_BUILD_TESTS=ON -DVIGIE_SANITIZE=ON -DVIGIE_FUZZ=ON
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd "$root/build-asan" && ctest --output-on-failure -j "$jobs")

echo "== the suite again from a folder named with a space and accents, in the user's home"
"$root/tests/elsewhere.sh"
