#!/usr/bin/env bash
# Command (1) of the README: installs what is missing, builds, and starts Vigie. On the
# very first start the window offers an empty database, an existing one, or demo data.
# Arguments are passed to the program (for example --db FILE).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/installer/deps.sh"
"$root/installer/build.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "vigie: pas d'écran graphique ici (DISPLAY n'est pas défini)." >&2
  echo "vigie: lancez ce script depuis une session de bureau, ou utilisez $root/build/src/cli/vigie-cli." >&2
  exit 1
fi
exec "$root/build/src/ui/vigie" "$@"
