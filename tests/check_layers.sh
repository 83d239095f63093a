#!/usr/bin/env bash
# Fails when a source file includes something its layer must not see (CONVENTIONS.md):
# platform -> domain -> storage -> app -> cli/ui, csv and reports beside them, SQL only
# in storage. The build itself refuses most of these (each layer sees only the include
# folders of what it links: tests/layers); this check also covers what the system's
# include path lets through (SQLiteCpp, libharu, wx) and the SQL text.
# usage: check_layers.sh SOURCE_DIR
set -uo pipefail
cd "$1"
status=0
forbid() { # LAYER_DIR PATTERN WHY
  local hits
  hits=$(grep -rnE "$2" "$1" --include='*.cpp' --include='*.h' 2>/dev/null)
  if [ -n "$hits" ]; then
    echo "layer violation in $1 ($3):"; echo "$hits"; status=1
  fi
}
forbid src/domain '#include [<"](storage|app|ui|cli|reports)/|SQLiteCpp/|SQLite::|sqlite3\.h|<wx/|hpdf' \
  "domain is plain C++"
forbid src/storage '#include [<"](app|ui|cli|reports)/|<wx/|hpdf' "storage sees only domain"
forbid src/app '#include [<"](ui|cli)/|SQLiteCpp/|SQLite::|sqlite3\.h|<wx/|hpdf' \
  "app sees storage through store.h only"
forbid src/app '#include "storage/(sqlite_|database_file|schema)' "app must not see SQLite internals"
forbid src/cli '#include [<"](ui|storage)/|SQLiteCpp/|SQLite::|sqlite3\.h|<wx/' \
  "cli talks to services through a Workspace"
[ -d src/ui ] && forbid src/ui 'SQLiteCpp/|SQLite::|sqlite3\.h|hpdf|#include "storage/' \
  "ui talks to services through a Workspace"
forbid src/platform '#include [<"](domain|storage|app|ui|cli|reports|csv)/|<wx/' \
  "platform is under everything"
[ -d reports ] && forbid reports 'SQLiteCpp/|SQLite::|sqlite3\.h|<wx/|#include "(storage|ui)/' \
  "reports take plain structs"
# wxWidgets reads a narrow literal in the C library's character set (the ANSI code page on
# Windows): the window's non-ASCII literals are wide (L"\u2014") or UTF-8 through wx().
narrow=$(grep -rnP '(?<![A-Za-z0-9_"\\\\])"(?:[^"\\]|\\.)*(?:[^\x00-\x7F]|\\u[0-9a-fA-F]{4})' \
  src/ui --include='*.cpp' 2>/dev/null | grep -vP '^[^:]+:\d+:\s*//' )
if [ -n "$narrow" ]; then
  echo "narrow non-ASCII literal in the window (use L\"...\"):"; echo "$narrow"; status=1
fi
# SQL text lives in src/storage only.
sql=$(grep -rnE '"(SELECT|INSERT INTO|UPDATE [a-z_]+ SET|DELETE FROM|CREATE TABLE) ' \
  src reports --include='*.cpp' --include='*.h' 2>/dev/null | grep -v '^src/storage/')
if [ -n "$sql" ]; then echo "SQL outside src/storage:"; echo "$sql"; status=1; fi
[ $status -eq 0 ] && echo "layers respected"
exit $status
