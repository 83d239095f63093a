#!/usr/bin/env bash
# copy-from FILE.sqlite moves a CCAS's file into its empty site, all or nothing, and the
# figures, exports and documents are then the same; backup --out on a shared database
# gives the site's data back as a Vigie file with the same figures (FORMATS.md).
# Run through with_postgres.sh (VIGIE_TEST_PG is an empty database, its user a superuser).
# usage: copy_between.sh PATH/TO/vigie-cli
source "$(dirname "$0")/test_lib.sh" "$1"
pg() { "$cli" --db "$VIGIE_TEST_PG" "$@"; }
count() { psql "$VIGIE_TEST_PG" -X -q -t -A -c "$1"; }
same() { # WHAT FILE1 FILE2
  cmp -s "$2" "$3" || { fail "$1 differ"; diff "$2" "$3" | head -6 | sed 's/^/  | /'; }
}

# A CCAS's file: two years of work, a year typed in before Vigie, its name and intro.
"$cli" --db ccas.sqlite demo --reports 150 --seed 11 >/dev/null || fail "demo"
sqlite3 ccas.sqlite "INSERT INTO entered_years VALUES (2019, 10, 40, '2024-01-05T10:00:00Z', 'marie');
  INSERT INTO entered_counts VALUES (2019, 'category', 'non_acces', 25), (2019, 'category', 'delai', 12),
    (2019, 'right_family', 'minima_sociaux', 9);
  INSERT INTO entered_solicitations VALUES (2019, 1, 'CAF|CPAM', 3, 2, 'Délais de traitement');
  INSERT INTO rights(code, code_key, label, family_code) VALUES ('AIDE-LOC', 'aide-loc', 'Aide locale au loyer', 'logement');
  INSERT INTO aids(granted_on, cents, kind, right_id, created_at, updated_at)
    SELECT '2025-02-03', 123450, 'logement', id, '2025-02-03T09:00:00Z', '2025-02-03T09:00:00Z' FROM rights WHERE code = 'AIDE-LOC';
  INSERT INTO report_rights(report_id, right_id, position)
    SELECT (SELECT max(id) FROM reports), id, 9 FROM rights WHERE code = 'AIDE-LOC';" 2>sqlite.err ||
  fail "the file's own figures and right: $(cat sqlite.err)"
years=$(sqlite3 ccas.sqlite "SELECT DISTINCT substr(received_on, 1, 4) FROM reports UNION SELECT year FROM entered_years ORDER BY 1")

pg site add nord "CCAS de Nord" >/dev/null
pg site add sud "CCAS de Sud" >/dev/null
pg --site sud demo --reports 20 --seed 4 >/dev/null
pg --site sud export reports sud-before.csv --all >/dev/null

# All or nothing: a role that may not write solicitations fails half-way, nothing stays.
count "CREATE ROLE agent LOGIN" >/dev/null
pg site grant nord agent >/dev/null
count "REVOKE INSERT ON solicitations FROM agent" >/dev/null
"$cli" --db "${VIGIE_TEST_PG/user=vigie/user=agent}" copy-from ccas.sqlite >half.out 2>half.err &&
  fail "a copy that cannot write solicitations succeeds"
grep -q "base partagée\|shared database" half.err || fail "the refusal is in words: $(cat half.err)"
[ "$(count "SELECT count(*) FROM reports WHERE site = 'nord'")" = 0 ] ||
  fail "a failed copy left reports in the site"
[ "$(count "SELECT count(*) FROM meetings WHERE site = 'nord'")" = 0 ] ||
  fail "a failed copy left meetings in the site"

pg --site nord copy-from ccas.sqlite >copy.out 2>copy.err || fail "copy-from: $(cat copy.err)"
grep -q "150" copy.out || fail "copy-from says what it copied: $(cat copy.out)"
[ "$(count "SELECT count(*) || ' ' || sum(cents) FROM aids a JOIN rights r ON r.id = a.right_id WHERE a.site = 'nord' AND r.code = 'AIDE-LOC'")" = "1 123450" ] ||
  fail "the file's emergency aid came along, in cents, with its right"
[ "$(count "SELECT count(*) || ' ' || sum(cents) FROM aids WHERE site = 'nord'")" = "$(sqlite3 ccas.sqlite "SELECT count(*) || ' ' || sum(cents) FROM aids")" ] ||
  fail "every emergency aid of the file came along, to the cent"
[ "$(count "SELECT count(*) || ' ' || sum(published) FROM faq_entries WHERE site = 'nord'")" = "$(sqlite3 ccas.sqlite "SELECT count(*) || ' ' || sum(published) FROM faq_entries")" ] ||
  fail "every FAQ answer of the file came along, published or not"
for y in $years; do
  "$cli" --db ccas.sqlite stats --year "$y" --json >file-$y.json
  pg --site nord stats --year "$y" --json >site-$y.json
  # A FAQ answer copied into a site is numbered anew by the shared database (one count for
  # every site): its id in faq.to_review is the site's; everything else is the file's.
  same "the figures of $y (file, site)" <(sed -E 's/"id": [0-9]+/"id": ID/' file-$y.json) \
    <(sed -E 's/"id": [0-9]+/"id": ID/' site-$y.json)
done
grep -q '"entered": true' site-2019.json || fail "the year typed in came along"
for k in reports meetings; do
  "$cli" --db ccas.sqlite export "$k" file-$k.csv --all >/dev/null
  pg --site nord export "$k" site-$k.csv --all >/dev/null
  same "the $k exports" file-$k.csv site-$k.csv
done
last=$(echo "$years" | tail -1)
"$cli" --db ccas.sqlite report annual --year "$last" --out file.pdf >/dev/null
pg --site nord report annual --year "$last" --out site.pdf >/dev/null
pdftotext -layout file.pdf file.txt 2>/dev/null; pdftotext -layout site.pdf site.txt 2>/dev/null
same "the annual report's text" file.txt site.txt
[ "$(count "SELECT count(*) FROM rights WHERE site = 'nord' AND code = 'AIDE-LOC'")" = 1 ] ||
  fail "the file's own right became the site's addition"
[ "$(count "SELECT count(*) FROM audit_entries WHERE site = 'nord' AND action = 'copy'")" = 1 ] ||
  fail "the copy is in the site's audit trail"
pg --site sud export reports sud-after.csv --all >/dev/null
same "the other site's reports, before and after" sud-before.csv sud-after.csv

# Refusals: into a site holding data (nothing written), and into a file.
before=$(count "SELECT count(*) FROM reports")
pg --site nord copy-from ccas.sqlite >again.out 2>again.err && fail "a second copy into nord"
grep -q "nord" again.err || fail "the refusal names the site: $(cat again.err)"
[ "$(count "SELECT count(*) FROM reports")" = "$before" ] || fail "a refused copy wrote"
"$cli" --db other.sqlite copy-from ccas.sqlite >file.out 2>file.err && fail "copy-from into a file"
pg --site nord copy-from missing.sqlite >missing.out 2>missing.err && fail "copy-from a missing file"

# The site taken home: a Vigie file with the same figures.
pg --site nord backup --out home.sqlite >home.out 2>home.err || fail "backup --out: $(cat home.err)"
for y in $years; do
  "$cli" --db home.sqlite stats --year "$y" --json >home-$y.json
  same "the figures of $y (site, file taken home)" site-$y.json home-$y.json
done
"$cli" --db home.sqlite export reports home-reports.csv --all >/dev/null
same "the reports taken home" site-reports.csv home-reports.csv
pg --site nord backup --out home.sqlite >over.out 2>over.err && fail "a backup over a file"
ls ./*.tmp* >/dev/null 2>&1 && fail "a temporary file left behind"

finish "copy between back ends: file to site, site to file, all or nothing ($(echo $years))"
