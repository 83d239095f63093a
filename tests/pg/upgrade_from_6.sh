#!/usr/bin/env bash
# A shared database made at schema version 6 (before outreach) is upgraded when Vigie 7
# opens it: the outreach tables appear with their site policies, the login roles already
# granted a site may use them at once (and only for their site), nothing else changes.
# Run through with_postgres.sh (VIGIE_TEST_PG is an empty database, its user a superuser).
# usage: upgrade_to_7.sh PATH/TO/vigie-cli
source "$(dirname "$0")/test_lib.sh" "$1"
as() { echo "${VIGIE_TEST_PG/user=vigie/user=$1}"; }
sql() { psql "$(as "$1")" -X -q -t -A -v ON_ERROR_STOP=1 -c "$2" 2>>sql.err; }
must() { "$@" >>cli.out 2>>cli.err || { fail "$*"; tail -3 cli.err | sed 's/^/  | /'; }; }

# A version-6 database: two sites with reports, a role granted each, as it stood before
# the outreach (7) and aid (8) tables existed (made by this Vigie, then taken back to 6).
must "$cli" --db "$VIGIE_TEST_PG" site add nord "CCAS de Nord"
must "$cli" --db "$VIGIE_TEST_PG" site add sud "CCAS de Sud"
must "$cli" --db "$VIGIE_TEST_PG" --site nord demo --reports 30 --seed 1
for role in alice bob; do sql vigie "CREATE ROLE $role LOGIN" >/dev/null; done
must "$cli" --db "$VIGIE_TEST_PG" site grant nord alice
must "$cli" --db "$VIGIE_TEST_PG" site grant sud bob
sql vigie "DROP TABLE faq_reports, faq_rights, faq_institutions, faq_entries, aid_reports, aids, session_reports, outreach_sessions, outreach_schemes;
           UPDATE vigie_schema SET version = 6" >/dev/null || fail "taking the database back to 6"
reports=$(sql vigie "SELECT count(*) FROM reports")

# Alice opens it first: the upgrade is the owner's, and she is not the owner...
"$cli" --db "$(as alice)" --site nord stats --json >alice-first.out 2>alice-first.err &&
  fail "a confined role upgraded the schema"
grep -q "administrat" alice-first.err || fail "the confined role is told who upgrades: $(cat alice-first.err)"
# ...the owner's next command upgrades it.
must "$cli" --db "$VIGIE_TEST_PG" site list
[ "$(sql vigie "SELECT version FROM vigie_schema")" = 9 ] || fail "the schema is not at the current version (9)"
[ "$(sql alice "SELECT count(*) FROM aids")" = 0 ] || fail "a granted role cannot read the aids added by version 8"
[ "$(sql alice "SELECT count(*) FROM faq_entries")" = 0 ] || fail "a granted role cannot read the FAQ added by version 9"
[ "$(sql vigie "SELECT count(*) FROM reports")" = "$reports" ] || fail "the upgrade changed the reports"
[ "$(sql vigie "SELECT count(*) FROM outreach_schemes WHERE code = 'caravane'")" = 1 ] ||
  fail "the outreach schemes were not seeded"

# The roles granted before the upgrade use the new tables, each for its own site only.
printf 'date;dispositif;quartier;personnes;nouvelles\n2025-03-04;caravane;Villeneuve;12;9\n' >nord.csv
printf 'date;dispositif;quartier;personnes\n2025-03-05;maraude;Port;4\n' >sud.csv
must "$cli" --db "$(as alice)" --site nord import sessions nord.csv
must "$cli" --db "$(as bob)" --site sud import sessions sud.csv
[ "$(sql alice "SELECT count(*) FROM outreach_sessions")" = 1 ] || fail "alice sees other sites' sessions"
[ "$(sql alice "SELECT count(*) FROM outreach_schemes WHERE code = 'maraude'")" = 0 ] ||
  fail "alice sees the scheme sud added"
[ "$(sql bob "SELECT string_agg(district, ',') FROM outreach_sessions")" = Port ] ||
  fail "bob does not see his site's session alone"
sql alice "UPDATE outreach_sessions SET people = 0 WHERE site = 'sud'" >/dev/null
[ "$(sql vigie "SELECT people FROM outreach_sessions WHERE site = 'sud'")" = 4 ] ||
  fail "alice changed sud's session"
"$cli" --db "$(as alice)" --site nord stats --year 2025 --json >alice.json 2>alice.err ||
  fail "alice's figures after the upgrade: $(cat alice.err)"
grep -q '"sessions": 1' alice.json || fail "alice's figures count her session"
printf 'question;reponse;droits;publiee\nRSA suspendu ?;Déclarez vos revenus.;RSA;oui\n' >faq-nord.csv
must "$cli" --db "$(as alice)" --site nord import faq faq-nord.csv
[ "$(sql bob "SELECT count(*) FROM faq_entries")" = 0 ] || fail "bob sees nord's FAQ"
[ "$(sql alice "SELECT count(*) FROM faq_rights")" = 1 ] || fail "alice's FAQ entry lost its right"

finish "upgrade from version 6: outreach, aid and FAQ tables, policies and grants"
