#!/usr/bin/env bash
# A database on a medium Vigie cannot write to (a read-only share or file) is read, never
# changed: vigie-cli reads it and refuses to write with a clear message, the window opens
# it read-only with its banner. Permissions mean nothing to root, so as root the checks
# run as the unprivileged user "nobody". "nobody" may not reach the build tree (a clone
# in /root, mode 700): the programs run from an installation in the test's own folder,
# which is also how users run them.
# Usage: read_only_test.sh CMAKE BUILD-DIR VIGIE-GUI-TESTS
set -euo pipefail
work=$(mktemp -d)
chmod 755 "$work"
"$1" --install "$2" --prefix "$work/prefix" >/dev/null
cp "$3" "$work/prefix/bin/"
cli=$work/prefix/bin/vigie-cli
gui=$work/prefix/bin/$(basename "$3")
chmod -R a+rX "$work/prefix"
cleanup() { chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$(id -u)" = 0 ]; then
  chown nobody:nogroup "$work"
  as_user() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
else
  as_user() { "$@"; }
fi
export HOME="$work" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data-home"
# French whatever locales the system has (C.UTF-8 always exists).
export LC_ALL=C.UTF-8
unset VIGIE_DB LANGUAGE

db="$work/partage/vigie.sqlite"
as_user mkdir -p "$work/partage"
as_user "$cli" --db "$db" demo --reports 40 >/dev/null
year=$(date +%Y)
as_user chmod 444 "$db"
as_user chmod 555 "$work/partage"
sum_before=$(sha256sum "$db")

as_user "$cli" --db "$db" stats --year "$year" >"$work/stats.txt" || fail "stats on a read-only file"
grep -q "$year" "$work/stats.txt" || fail "stats printed nothing for $year"

printf 'date_reception;categories;description\n2025-03-04;delai;Dossier en attente\n' >"$work/fiches.csv"
chmod 644 "$work/fiches.csv"
set +e
as_user "$cli" --db "$db" import reports "$work/fiches.csv" >"$work/out.txt" 2>"$work/err.txt"
code=$?
set -e
[ "$code" = 1 ] || fail "import into a read-only database exited $code, expected 1"
grep -qi "lecture seule" "$work/err.txt" || { cat "$work/err.txt" >&2; fail "no read-only message"; }
[ "$(sha256sum "$db")" = "$sum_before" ] || fail "the read-only database changed"
[ ! -e "$db-wal" ] || fail "a WAL file was created beside a read-only database"

as_user xvfb-run -a -s "-screen 0 1280x1024x24" "$gui" \
  "-tc=a database that cannot be written*" --no-skip >"$work/gui.txt" 2>&1 ||
  { grep -v "Gtk-" "$work/gui.txt" >&2; fail "GUI read-only test"; }
grep -q "test cases: 1 | 1 passed" "$work/gui.txt" || { cat "$work/gui.txt" >&2; fail "GUI test did not run"; }
echo "read-only database: read, refused to write, banner shown (as $(as_user id -un))"
