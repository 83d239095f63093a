#!/usr/bin/env bash
# kill -9 at random moments of a large import: the database must stay intact and hold
# either the whole file or nothing of it.
# usage: kill_test.sh PATH/TO/vigie-cli [ROUNDS]
set -u
cli=$1; rounds=${2:-12}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
q() { sqlite3 "$1" "$2"; }

# A database with some history, and a 20,000-report file to import into it.
"$cli" --db source.sqlite demo --reports 20000 --seed 11 >/dev/null || exit 1
"$cli" --db source.sqlite export reports big.csv --all >/dev/null || exit 1
sed -i '2,$ s/^[0-9]\{4\}-[0-9]\{3,\};/;/' big.csv # no references: all new on import
"$cli" --db base.sqlite demo --reports 500 --seed 12 >/dev/null || exit 1
sqlite3 base.sqlite "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
base_reports=$(q base.sqlite 'select count(*) from reports')
base_audit=$(q base.sqlite 'select count(*) from audit_entries')
file_reports=$(($(grep -c $'\r$' big.csv) - 1))

# How long an uninterrupted import takes, to spread the kills over all of it.
cp base.sqlite full.sqlite
start=$(date +%s%N)
"$cli" --db full.sqlite import reports big.csv >/dev/null || { echo "reference import failed"; exit 1; }
duration_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$(q full.sqlite 'select count(*) from reports')" -eq $((base_reports + file_reports)) ] \
  || fail "the uninterrupted import did not add every report"

killed=0; complete=0; nothing=0; while_writing=0
for round in $(seq 1 "$rounds"); do
  rm -f db.sqlite db.sqlite-wal db.sqlite-shm db.sqlite-journal
  cp base.sqlite db.sqlite
  delay_ms=$(( (RANDOM * 32768 + RANDOM) % (duration_ms + 1) ))
  "$cli" --db db.sqlite import reports big.csv >/dev/null 2>&1 &
  pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  wal=$(stat -c %s db.sqlite-wal 2>/dev/null || echo 0)
  if kill -9 "$pid" 2>/dev/null; then
    killed=$((killed + 1))
    [ "$wal" -gt 0 ] && while_writing=$((while_writing + 1))
  fi
  wait "$pid" 2>/dev/null
  check=$(q db.sqlite 'PRAGMA integrity_check')
  [ "$check" = ok ] || fail "round $round (kill after ${delay_ms} ms): integrity_check says $check"
  reports=$(q db.sqlite 'select count(*) from reports')
  audit=$(q db.sqlite 'select count(*) from audit_entries')
  fts=$(q db.sqlite "select count(*) from report_fts where report_fts match 'demande OR dossier OR droits'")
  if [ "$reports" -eq "$base_reports" ] && [ "$audit" -eq "$base_audit" ]; then
    nothing=$((nothing + 1))
  elif [ "$reports" -eq $((base_reports + file_reports)) ] && [ "$audit" -eq $((base_audit + file_reports)) ]; then
    complete=$((complete + 1))
  else
    fail "round $round (kill after ${delay_ms} ms): $reports reports, $audit audit rows: neither all nor nothing"
  fi
  "$cli" --db db.sqlite stats >/dev/null 2>&1 || fail "round $round: the database no longer opens"
  [ -n "$fts" ] || fail "round $round: the search index is unreadable"
done
echo "import of $file_reports reports takes ${duration_ms} ms; $rounds rounds, $killed killed mid-way" \
     "($while_writing while pages were being written to the WAL):" \
     "$nothing left the database as it was, $complete held the whole file"
[ "$killed" -gt 0 ] || fail "no import was actually killed"
[ "$failures" -eq 0 ] || { echo "$failures kill check(s) failed"; exit 1; }
