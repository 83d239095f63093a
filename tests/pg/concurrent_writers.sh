#!/usr/bin/env bash
# Several vigie-cli processes importing into the same site, and another site, at the same
# moment: every report stored once, every reference given once and none skipped, each
# site counting on its own (FORMATS.md: references YYYY-NNN).
# Run through with_postgres.sh. usage: concurrent_writers.sh PATH/TO/vigie-cli
source "$(dirname "$0")/test_lib.sh" "$1"
pg() { "$cli" --db "$VIGIE_TEST_PG" "$@"; }
count() { psql "$VIGIE_TEST_PG" -X -q -t -A -c "$1"; }

pg site add nord "CCAS de Nord" >/dev/null
pg site add sud "CCAS de Sud" >/dev/null
rows=40
for batch in 1 2 3 4; do
  { echo "date_reception,source,description,categories,droits,institutions"
    for i in $(seq 1 $rows); do
      echo "2025-0$batch-1$((i % 10)),Ateliers numériques,Lot $batch : situation $i en attente,delai,RSA,CAF"
    done; } >batch$batch.csv
done
pids=()
for batch in 1 2 3; do
  pg --site nord import reports batch$batch.csv >import$batch.out 2>import$batch.err & pids+=($!)
done
pg --site sud import reports batch4.csv >import4.out 2>import4.err & pids+=($!)
for n in 0 1 2 3; do
  wait "${pids[$n]}" || fail "import $((n + 1)) failed: $(cat import$((n + 1)).err)"
done
[ "$(count "SELECT count(*) FROM reports WHERE site = 'nord'")" = $((3 * rows)) ] ||
  fail "nord holds every report of the three imports"
[ "$(count "SELECT count(DISTINCT reference) FROM reports WHERE site = 'nord'")" = $((3 * rows)) ] ||
  fail "no reference given twice in nord"
[ "$(count "SELECT max(ref_seq) FROM reports WHERE site = 'nord' AND ref_year = 2025")" = $((3 * rows)) ] ||
  fail "no number skipped in nord"
for batch in 1 2 3; do
  [ "$(count "SELECT count(*) FROM reports WHERE site = 'nord' AND description LIKE 'Lot $batch :%'")" = $rows ] ||
    fail "batch $batch whole in nord"
done
[ "$(count "SELECT max(ref_seq) FROM reports WHERE site = 'sud'")" = $rows ] ||
  fail "sud counts its own references"
finish "concurrent writers: $((3 * rows)) reports from three imports at once, none lost, none twice"
