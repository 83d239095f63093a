#!/usr/bin/env bash
# Every command of FORMATS.md on the same data, once on an SQLite file and once on a
# PostgreSQL site: the outputs must be the same (exports byte for byte, figures, the
# documents' text read back with pdftotext), and the sites' commands must do what they say.
# Run through with_postgres.sh (VIGIE_TEST_PG is an empty database).
# usage: same_on_both.sh PATH/TO/vigie-cli
source "$(dirname "$0")/test_lib.sh" "$1"
run() { # NAME BACKEND ARGS... : stdout to NAME.BACKEND.out, stderr to .err, status checked
  local name=$1 backend=$2; shift 2
  local db=lite.sqlite
  [ "$backend" = pg ] && db=$VIGIE_TEST_PG
  "$cli" --db "$db" "$@" >"$name.$backend.out" 2>"$name.$backend.err"
  echo $? >"$name.$backend.status"
}
both() { # NAME ARGS... : the command on both back ends, outputs and status compared
  local name=$1; shift
  run "$name" lite "$@"
  run "$name" pg "$@"
  # The database's own name differs; everything else must not.
  for part in out status; do
    if ! diff <(sed "s#[^ ]*lite.sqlite#DB#g; s#postgresql:[^ ]*#DB#g" "$name.lite.$part") \
              <(sed "s#[^ ]*lite.sqlite#DB#g; s#postgresql:[^ ]*#DB#g" "$name.pg.$part") \
              >"$name.diff"; then
      fail "$name ($*): the $part differs between SQLite and PostgreSQL"
      head -20 "$name.diff" | sed 's/^/  | /'
      sed 's/^/  lite err | /' "$name.lite.err" | head -3
      sed 's/^/  pg err   | /' "$name.pg.err" | head -3
    fi
  done
}
same_file() { # WHAT FILE.lite FILE.pg
  cmp -s "$2" "$3" || { fail "$1: the files differ"; diff "$2" "$3" | head -10 | sed 's/^/  | /'; }
}
status_is() { # EXPECTED NAME BACKEND
  [ "$(cat "$2.$3.status")" = "$1" ] || { fail "$2 on $3: exit $(cat "$2.$3.status"), expected $1";
    sed 's/^/  | /' "$2.$3.err" | head -5; }
}

# --- a shared database: its sites first ---
run init pg init
status_is 0 init pg
run demo-nosite pg demo --reports 10
status_is 1 demo-nosite pg
grep -q "site add" demo-nosite.pg.err || fail "a database without sites says how to declare one"
run bad-site pg site add "pas bon" "Nom"
status_is 1 bad-site pg
run add pg site add ccas-nord "CCAS de Nord-Ville"
status_is 0 add pg
run list pg site list
grep -q "ccas-nord" list.pg.out || fail "site list shows the site declared"
run lite-sites lite site list
status_is 1 lite-sites lite

# --- the same data on both: the demo, then every reading command ---
# The shared database was created above: it is "ready" where the file is "created".
run init lite init
status_is 0 init lite
both demo demo --reports 400 --seed 11
years=$(sqlite3 lite.sqlite "SELECT DISTINCT substr(received_on,1,4) FROM reports ORDER BY 1")
[ -n "$years" ] || fail "the demo wrote reports"
for y in $years; do
  both "stats-$y" stats --year "$y"
  both "json-$y" stats --year "$y" --json
  both "export-$y" export reports "reports-$y.csv" --year "$y"
  [ -f "reports-$y.csv" ] && true
done
for table in reports meetings solicitations sessions aids faq; do
  run "exp-$table" lite export "$table" "$table.lite.csv" --all
  run "exp-$table" pg export "$table" "$table.pg.csv" --all
  status_is 0 "exp-$table" pg
  same_file "export $table --all" "$table.lite.csv" "$table.pg.csv"
done
grep -q ";oui" faq.lite.csv || fail "the demo's FAQ has published answers to compare"
run publish lite publish faq --out faq-lite
run publish pg publish faq --out faq-pg
status_is 0 publish pg
same_file "the published FAQ page" faq-lite/index.html faq-pg/index.html
last=$(echo "$years" | tail -1)
run annual lite report annual --year "$last" --out annual.lite.pdf
run annual pg report annual --year "$last" --out annual.pg.pdf
status_is 0 annual pg
pdftotext -layout annual.lite.pdf annual.lite.txt; pdftotext -layout annual.pg.pdf annual.pg.txt
same_file "the annual report's text" annual.lite.txt annual.pg.txt
run outreach lite report outreach --from "$last-01-01" --to "$last-03-31" --out outreach.lite.pdf
run outreach pg report outreach --from "$last-01-01" --to "$last-03-31" --out outreach.pg.pdf
status_is 0 outreach pg
pdftotext -layout outreach.lite.pdf outreach.lite.txt; pdftotext -layout outreach.pg.pdf outreach.pg.txt
same_file "the outreach report's text" outreach.lite.txt outreach.pg.txt
meeting=$(sqlite3 lite.sqlite "SELECT date FROM meetings ORDER BY date DESC LIMIT 1")
run minutes lite report minutes --meeting "$meeting" --out minutes.lite.pdf
run minutes pg report minutes --meeting "$meeting" --out minutes.pg.pdf
status_is 0 minutes pg
pdftotext -layout minutes.lite.pdf minutes.lite.txt; pdftotext -layout minutes.pg.pdf minutes.pg.txt
same_file "the minutes' text" minutes.lite.txt minutes.pg.txt

# --- imports: refused alike, then taken alike ---
printf 'reference;date_received\nnot a report\n' >bad.csv
both import-bad import reports bad.csv
cp reports.lite.csv again.csv
both import-dry import reports again.csv --dry-run --update
both import-update import reports again.csv --update
both after-update export reports after.csv --all

# --- a second site sees nothing of the first, and the command must say which ---
run add2 pg site add ccas-sud "CCAS de Sud-Ville"
run nosite pg stats --year "$last"
status_is 1 nosite pg
grep -q "ccas-nord" nosite.pg.err || fail "several sites: the refusal lists them"
"$cli" --db "$VIGIE_TEST_PG" --site ccas-sud stats --year "$last" --json >sud.json 2>sud.err \
  || fail "stats of the second site"
grep -q '"reports": *0\|"reports":0' sud.json || fail "the second site has no reports: $(head -c 300 sud.json)"
VIGIE_SITE=ccas-nord "$cli" --db "$VIGIE_TEST_PG" stats --year "$last" --json >nord.json 2>&1 \
  || fail "VIGIE_SITE chooses the site"
cmp -s nord.json "json-$last.lite.out" || fail "VIGIE_SITE=ccas-nord gives the first site's figures"
"$cli" --db "$VIGIE_TEST_PG" --site ccas-ouest stats --year "$last" >ouest.out 2>ouest.err
[ $? -eq 1 ] && grep -q "ccas-ouest" ouest.err || fail "an unknown site is refused by name"

# --- retention: the same reports erased, the same figures after, the same files ---
# (the server holds a second site by now: the first one named, as a user would)
export VIGIE_SITE=ccas-nord
cut="$(echo "$years" | head -1)-12-31"
both purge-dry purge --closed-before "$cut" --dry-run
run purge lite purge --closed-before "$cut"
run purge pg purge --closed-before "$cut"
status_is 0 purge pg
[ "$(head -1 purge.lite.out)" = "$(head -1 purge.pg.out)" ] ||
  fail "the purge erased the same reports: $(head -1 purge.lite.out) / $(head -1 purge.pg.out)"
grep -q "VACUUM" purge.pg.err && fail "the owner's purge left rows for the administrator: $(cat purge.pg.err)"
for y in $years; do
  both "purged-json-$y" stats --year "$y" --json
  cmp -s "json-$y.lite.out" "purged-json-$y.lite.out" || fail "the purge changed the figures of $y"
done
run purged-exp lite export reports purged.lite.csv --all
run purged-exp pg export reports purged.pg.csv --all
same_file "export reports --all after the purge" purged.lite.csv purged.pg.csv
grep -q "Effacé le" purged.pg.csv || fail "the purge erased the texts on the server"
unset VIGIE_SITE

# --- every site together: the sum of each site's own figures, a row per site ---
"$cli" --db "$VIGIE_TEST_PG" --site ccas-sud demo --reports 25 --seed 7 >/dev/null 2>&1 \
  || fail "demo data for the second site"
"$cli" --db "$VIGIE_TEST_PG" --site ccas-sud stats --year "$last" --json >sud.json 2>/dev/null
"$cli" --db "$VIGIE_TEST_PG" stats --all-sites --year "$last" --json >all.json 2>all.err \
  || fail "stats --all-sites: $(cat all.err)"
python3 - nord.json sud.json all.json <<'PY' || fail "stats --all-sites adds the sites up"
import json, sys
nord, sud, both = (json.load(open(f)) for f in sys.argv[1:])
assert sud["reports"] > 0, "the second site has reports"
for key in ("reports", "meetings"):
    assert both[key] == nord[key] + sud[key], (key, both[key], nord[key], sud[key])
for c in both["categories"]:
    assert both["categories"][c]["count"] == nord["categories"][c]["count"] + sud["categories"][c]["count"], c
assert both["solicitations"]["total"] == nord["solicitations"]["total"] + sud["solicitations"]["total"]
rows = {r["site"]: r for r in both["by_site"]}
assert list(rows) == ["ccas-nord", "ccas-sud"], list(rows)
assert rows["ccas-nord"]["name"] == "CCAS de Nord-Ville"
for site, own in (("ccas-nord", nord), ("ccas-sud", sud)):
    assert rows[site]["reports"] == own["reports"] and rows[site]["meetings"] == own["meetings"]
    assert rows[site]["categories"] == own["categories"], site
assert both["previous"] is None or both["previous"]["reports"] == \
    (nord["previous"] or {"reports": 0})["reports"] + (sud["previous"] or {"reports": 0})["reports"]
PY
"$cli" --db "$VIGIE_TEST_PG" stats --all-sites --year "$last" >all.txt 2>&1 || fail "the text form"
grep -q "CCAS de Sud-Ville" all.txt || fail "the text names every site: $(tail -4 all.txt)"
run all-sites lite stats --all-sites --year "$last"
status_is 1 all-sites lite

finish "same on both back ends: every command compared"
