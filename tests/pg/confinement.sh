#!/usr/bin/env bash
# A site's login role is confined by the server, not by the program: through plain SQL
# (psql) it reads and writes its own site's rows and nothing of another site's; a
# département's role reads every site and writes none (FORMATS.md, "site grant").
# Run through with_postgres.sh (VIGIE_TEST_PG is an empty database, its user a superuser).
# usage: confinement.sh PATH/TO/vigie-cli
source "$(dirname "$0")/test_lib.sh" "$1"
as() { # ROLE: the test database's URI for that login role
  echo "${VIGIE_TEST_PG/user=vigie/user=$1}"
}
sql() { # ROLE SQL: one value, or the server's refusal on stderr (status 1)
  psql "$(as "$1")" -X -q -t -A -v ON_ERROR_STOP=1 -c "$2" 2>>sql.err
}
must() { "$@" >>cli.out 2>>cli.err || { fail "$*"; tail -3 cli.err | sed 's/^/  | /'; }; }

# Two watch groups with data, three login roles made by the server's administrator.
must "$cli" --db "$VIGIE_TEST_PG" site add nord "CCAS de Nord"
must "$cli" --db "$VIGIE_TEST_PG" site add sud "CCAS de Sud"
must "$cli" --db "$VIGIE_TEST_PG" --site nord demo --reports 40 --seed 1
must "$cli" --db "$VIGIE_TEST_PG" --site sud demo --reports 30 --seed 2
for role in alice bob departement intrus; do sql vigie "CREATE ROLE $role LOGIN" >/dev/null; done

# Before any grant, a role gets nothing at all.
sql intrus "SELECT count(*) FROM reports" >/dev/null && fail "a role without a grant reads reports"
"$cli" --db "$(as intrus)" site grant nord intrus >/dev/null 2>&1 &&
  fail "a role grants itself a site"

must "$cli" --db "$VIGIE_TEST_PG" site grant nord alice
must "$cli" --db "$VIGIE_TEST_PG" site grant sud bob
must "$cli" --db "$VIGIE_TEST_PG" site grant --all departement
"$cli" --db "$VIGIE_TEST_PG" site grant nord personne >unknown.out 2>unknown.err &&
  fail "a grant to a role the server does not know"
grep -q "personne" unknown.err || fail "the unknown role is named: $(cat unknown.err)"

nord=$(sql vigie "SELECT count(*) FROM reports WHERE site = 'nord'")
sud=$(sql vigie "SELECT count(*) FROM reports WHERE site = 'sud'")
[ "$nord" -gt 0 ] && [ "$sud" -gt 0 ] || fail "both sites hold reports ($nord, $sud)"

# Every table with a site column: alice sees her site's rows and no other.
tables=$(sql vigie "SELECT table_name FROM information_schema.columns WHERE column_name = 'site'
                    AND table_schema = current_schema() AND table_name <> 'site_roles' ORDER BY 1")
[ "$(echo "$tables" | wc -l)" -ge 20 ] || fail "every table of a site's data has a site column"
for t in $tables; do
  others=$(sql alice "SELECT count(*) FROM $t WHERE site IS NOT NULL AND site <> 'nord'")
  [ "$others" = 0 ] || fail "alice reads $others rows of another site in $t"
  mine=$(sql alice "SELECT count(*) FROM $t WHERE site = 'nord'")
  all=$(sql vigie "SELECT count(*) FROM $t WHERE site = 'nord'")
  [ "$mine" = "$all" ] || fail "alice reads $mine of her site's $all rows in $t"
  everyone=$(sql departement "SELECT count(*) FROM $t")
  total=$(sql vigie "SELECT count(*) FROM $t")
  [ "$everyone" = "$total" ] || fail "the département reads $everyone of $total rows in $t"
done
[ "$(sql alice "SELECT count(*) FROM reports")" = "$nord" ] || fail "alice counts her reports"
[ "$(sql bob "SELECT string_agg(code, ',') FROM sites")" = "sud" ] || fail "bob sees only his site"

# Writing another site's rows: refused, or touching nothing.
sql alice "UPDATE reports SET description = 'x' WHERE site = 'sud'" >/dev/null
[ "$(sql vigie "SELECT count(*) FROM reports WHERE description = 'x'")" = 0 ] ||
  fail "alice changed a report of sud"
sql alice "DELETE FROM audit_entries WHERE site = 'sud'" >/dev/null
[ "$(sql vigie "SELECT count(*) FROM audit_entries WHERE site = 'sud'")" -gt 0 ] ||
  fail "alice deleted sud's audit trail"
sql alice "INSERT INTO settings(site, key, value) VALUES ('sud', 'k', 'v')" >/dev/null 2>&1 &&
  fail "alice wrote a row for sud"
sql alice "INSERT INTO settings(key, value) VALUES ('k', 'v') ON CONFLICT DO NOTHING" >/dev/null 2>&1 &&
  fail "alice wrote a row with the session's site unset"
sql alice "SELECT set_config('vigie.site', 'nord', false);
           INSERT INTO settings(key, value) VALUES ('k', 'v') ON CONFLICT DO NOTHING" >/dev/null ||
  fail "alice writes her own site"
sql alice "SELECT count(*) FROM site_roles" >/dev/null 2>&1 && fail "alice reads the grants"
sql departement "UPDATE reports SET description = 'x'" >/dev/null 2>&1
[ "$(sql vigie "SELECT count(*) FROM reports WHERE description = 'x'")" = 0 ] ||
  fail "the département changed a report"
sql departement "INSERT INTO settings(site, key, value) VALUES ('nord', 'd', 'v')" >/dev/null 2>&1 &&
  fail "the département wrote a row"
# The shared reference rows: read by every site, changed by none.
[ "$(sql alice "SELECT count(*) FROM rights WHERE site IS NULL")" -gt 0 ] ||
  fail "alice reads the département's rights"
sql alice "UPDATE rights SET label = 'x' WHERE site IS NULL" >/dev/null
[ "$(sql vigie "SELECT count(*) FROM rights WHERE label = 'x'")" = 0 ] ||
  fail "alice changed a shared right"

# Vigie itself, logged in as each role: the same figures as the owner's, its own site only.
"$cli" --db "$VIGIE_TEST_PG" --site nord stats --year 2025 --json >owner.json 2>>cli.err
"$cli" --db "$(as alice)" stats --year 2025 --json >alice.json 2>alice.err ||
  fail "alice's stats: $(cat alice.err)"
cmp -s owner.json alice.json || fail "alice's figures differ from the owner's for nord"
"$cli" --db "$(as alice)" --site sud stats --year 2025 >alice-sud.out 2>alice-sud.err &&
  fail "alice opened sud"
grep -q "sud" alice-sud.err || fail "alice is told sud is not hers: $(cat alice-sud.err)"
printf 'date_reception,source,description,categories,droits,institutions\n%s\n' \
  "2025-03-04,Ateliers numériques,Dossier bloqué depuis deux mois,delai,RSA,CAF" >one.csv
"$cli" --db "$(as alice)" import reports one.csv >import.out 2>import.err ||
  fail "alice imports into her site: $(cat import.err)"
[ "$(sql vigie "SELECT count(*) FROM reports WHERE site = 'nord'")" = $((nord + 1)) ] ||
  fail "alice's import landed in nord"
"$cli" --db "$(as departement)" --site sud import reports one.csv >dep.out 2>dep.err &&
  fail "the département imported"
[ "$(sql vigie "SELECT count(*) FROM reports WHERE site = 'sud'")" = "$sud" ] ||
  fail "the département's refused import wrote something"
"$cli" --db "$(as departement)" --site sud stats --year 2025 >dep-stats.out 2>>cli.err ||
  fail "the département reads sud's figures"
"$cli" --db "$VIGIE_TEST_PG" stats --all-sites --year 2025 --json >owner-all.json 2>>cli.err
"$cli" --db "$(as departement)" stats --all-sites --year 2025 --json >dep-all.json 2>>cli.err ||
  fail "the département counts every site"
cmp -s owner-all.json dep-all.json || fail "the département's view differs from the owner's"
grep -q '"site": "sud"' dep-all.json || fail "the département's view has a row for sud"
"$cli" --db "$(as alice)" stats --all-sites --year 2025 --json >alice-all.json 2>>cli.err
grep -q '"site": "sud"' alice-all.json && fail "alice's view of every site shows sud"

[ "$failures" -gt 0 ] && tail -5 sql.err 2>/dev/null | sed "s/^/  sql | /"
finish "site confinement: every check passed ($(echo "$tables" | wc -l) tables)"
