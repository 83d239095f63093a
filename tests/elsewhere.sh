#!/usr/bin/env bash
# The suite must not depend on where the clone lives. Copies the work tree into a folder
# whose name has a space and accents, inside the user's own home (/root is mode 700:
# the tests that run as "nobody" must not need to reach the build tree), builds it there
# and runs the whole suite.
# usage: tests/elsewhere.sh            (installer/test.sh runs it last)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
home=$(getent passwd "$(id -un)" | cut -d: -f6)
dest="$home/Mes documents/Vigie é"
rm -rf "$dest"
mkdir -p "$dest"
cleanup() { rm -rf "$dest"; rmdir "$home/Mes documents" 2>/dev/null || true; }
trap cleanup EXIT
# The work tree as it is (committed or not), without build trees or ignored files.
git -C "$root" ls-files -z --cached --others --exclude-standard |
  (cd "$root" && tar --null -T - -cf -) | tar -xf - -C "$dest"
echo "== the suite from $dest (home mode $(stat -c %a "$home"), plain C locale)"
# In the plain C locale of a bare login (no LANG): tools that read file names or text
# in the locale's character set are caught here.
export LC_ALL=C
unset LANG LANGUAGE
VIGIE_BUILD_DIR="$dest/build" "$dest/installer/build.sh" -DVIGIE_BUILD_TESTS=ON
(cd "$dest/build" && ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)")
