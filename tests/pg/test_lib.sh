# What the PostgreSQL end-to-end scripts share: sourced with the path of vigie-cli, it
# sets `cli`, moves to a fresh folder removed at the end, clears the variables that would
# choose another database, and counts failures (`fail`, then `finish NAME`).
set -u
cli=$(realpath "$1")
: "${VIGIE_TEST_PG:?run through tests/pg/with_postgres.sh}"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
unset VIGIE_DB VIGIE_SITE
export HOME="$work/home" XDG_DATA_HOME="$work/home/data"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
finish() { # WHAT PASSED
  if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"; exit 1
  fi
  echo "$1"
}
