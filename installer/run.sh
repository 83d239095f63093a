#!/usr/bin/env bash
# Command (1) of the README: installs what is missing, builds, and starts Vigie on the
# default database (demo data the first time).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/installer/deps.sh"
"$root/installer/build.sh"
cli="$root/build/src/cli/vigie-cli"
db=${VIGIE_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/vigie/vigie.sqlite}
if [ ! -e "$db" ]; then
  echo "vigie: première utilisation, création d'une base de démonstration : $db"
  "$cli" --db "$db" demo
fi
"$cli" --db "$db" stats
