#!/usr/bin/env bash
# A member of staff's extract and erasure (issue 19) on a PostgreSQL site, beside the same
# data in an SQLite file: the same places found, the same mentions erased, nothing left
# naming them in the site's rows, the figures unchanged.
# Run through with_postgres.sh. usage: people_on_postgres.sh PATH/TO/vigie-cli
source "$(dirname "$0")/test_lib.sh" "$1"
pg=$VIGIE_TEST_PG
"$cli" --db "$pg" init >/dev/null || fail "init"
"$cli" --db "$pg" site add VILLE "CCAS de Ville" >/dev/null || fail "site add"
printf 'date_reception;redacteur;description;categories\n2025-02-03;Marie Dupont;Dossier vu avec MME DUPONT, pas avec Dupontel;delai\n' >staff.csv
for db in lite.sqlite "$pg"; do
  name=$([ "$db" = lite.sqlite ] && echo lite || echo pg)
  if [ "$name" = lite ]; then unset VIGIE_SITE; else export VIGIE_SITE=VILLE; fi
  "$cli" --db "$db" demo --reports 30 --seed 3 >/dev/null || fail "demo on $name"
  "$cli" --db "$db" import reports staff.csv >/dev/null 2>&1 || fail "import on $name"
  "$cli" --db "$db" stats --year 2025 --json >"stats-before.$name"
  "$cli" --db "$db" person extract "Marie Dupont" --out "extract.$name.json" >/dev/null || fail "extract on $name"
  grep -o '"kind": "[a-z]*"' "extract.$name.json" | sort | uniq -c >"kinds.$name"
  "$cli" --db "$db" person erase "Marie Dupont" --role "Agent d'accueil" >"erase.$name" || fail "erase on $name"
  "$cli" --db "$db" person extract "Marie Dupont" --out "after.$name.json" >/dev/null
  grep -q '"count": 0' "after.$name.json" || fail "something still names the person on $name"
  "$cli" --db "$db" stats --year 2025 --json >"stats-after.$name"
  cmp -s "stats-before.$name" "stats-after.$name" || fail "the erasure changed the figures on $name"
done
grep -q report kinds.pg && grep -q audit kinds.pg || fail "the extract on PostgreSQL misses the report or the history"
cmp -s kinds.lite kinds.pg || { fail "the places found differ"; diff kinds.lite kinds.pg | head; }
# The first line counts what was erased; a file then gets a fresh copy, a server does not.
[ "$(head -1 erase.lite)" = "$(head -1 erase.pg)" ] || fail "the erasures differ: $(head -1 erase.lite) / $(head -1 erase.pg)"
pg_dump --data-only "$pg" >rows.sql || fail "pg_dump"
grep -q "Agent d'accueil" rows.sql || fail "the role is not in the server's rows"
if grep -qi -e "marie dupont" -e "mme dupont" -e "dupont marie" rows.sql; then
  fail "the server's rows still hold the name"
fi
finish "person extract and erase: the same on PostgreSQL"
