#!/usr/bin/env bash
# End-to-end checks of vigie-cli against FORMATS.md: exit codes, round trip, refusals.
# usage: cli_test.sh PATH/TO/vigie-cli DATA_DIR
set -u
cli=$1; data=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
unset VIGIE_DB
export HOME="$work/home" XDG_DATA_HOME="$work/home/data"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_status() { # EXPECTED DESCRIPTION -- COMMAND...
  local expected=$1 what=$2; shift 3
  "$@" >"$work/out" 2>"$work/err"; local got=$?
  [ "$got" -eq "$expected" ] || { fail "$what: exit $got, expected $expected"; sed 's/^/  | /' "$work/err" | head -5; }
}
contains() { grep -qF -- "$2" "$1" || fail "$3 (no \"$2\" in $(basename "$1"))"; }
query() { sqlite3 "$1" "$2"; }

# --- usage and exit codes ---
expect_status 0 "--version" -- "$cli" --version
contains out "vigie-cli " "--version prints the name"
expect_status 0 "--help" -- "$cli" --help
contains out "import TYPE FICHIER.csv" "--help lists the commands"
contains out "aids ou faq" "--help names every kind of file"
contains out "publish faq --out" "--help names the FAQ page"
expect_status 2 "no command" -- "$cli"
expect_status 2 "unknown command" -- "$cli" frobnicate
expect_status 2 "unknown option" -- "$cli" stats --year 2015 --colour
expect_status 2 "year that is not a number" -- "$cli" stats --year deux
expect_status 2 "import without a file" -- "$cli" --db x.sqlite import reports
expect_status 2 "import of an unknown table" -- "$cli" --db x.sqlite import fiches a.csv
expect_status 2 "an empty --db" -- "$cli" --db "" init
expect_status 2 "an option of another command" -- "$cli" --db x.sqlite export reports o.csv --dry-run
expect_status 2 "stats with --update" -- "$cli" --db x.sqlite stats --update
# A repeated option is wrong usage, not "the last one wins", whatever the command.
expect_status 2 "stats with --year twice" -- "$cli" --db x.sqlite stats --year 2024 --year 2025
contains err "--year" "a repeated --year is not named"
expect_status 2 "--year= twice" -- "$cli" --db x.sqlite stats --year=2024 --year=2024
expect_status 2 "--json twice" -- "$cli" --db x.sqlite stats --year 2024 --json --json
expect_status 2 "--db twice" -- "$cli" --db x.sqlite --db y.sqlite init
expect_status 2 "export with --year twice" -- "$cli" --db x.sqlite export reports o.csv --year 2024 --year 2025
expect_status 2 "import with --dry-run twice" -- "$cli" --db x.sqlite import reports a.csv --dry-run --dry-run
expect_status 2 "backup with --out twice" -- "$cli" --db x.sqlite backup --out o1 --out o2
expect_status 2 "report with --out twice" -- "$cli" --db x.sqlite report annual --year 2015 --out o1.pdf --out o2.pdf
expect_status 2 "demo with --seed twice" -- "$cli" --db x.sqlite demo --seed 1 --seed 2
# Each document its own options: the other one's are wrong usage, not ignored.
expect_status 2 "annual report with --meeting" -- "$cli" --db x.sqlite report annual --year 2015 --out o3.pdf --meeting 2015-01-01
contains err "--meeting" "the option that does not apply is named"
expect_status 2 "minutes with --no-annex" -- "$cli" --db x.sqlite report minutes --meeting 2015-04-05 --out o4.pdf --no-annex
expect_status 2 "minutes with --year" -- "$cli" --db x.sqlite report minutes --meeting 2015-04-05 --out o4.pdf --year 2015
[ ! -e o3.pdf ] && [ ! -e o4.pdf ] || fail "a report with a wrong option wrote its file"
[ ! -e o1 ] && [ ! -e o2 ] && [ ! -e y.sqlite ] || fail "a repeated option still wrote a file"
[ ! -e o.csv ] || fail "a refused export wrote its file"
[ ! -e x.sqlite ] || fail "a usage error created a database"

# --- a missing database is not created by read-only commands ---
expect_status 1 "stats on a missing database" -- "$cli" --db missing.sqlite stats --year 2015
[ ! -e missing.sqlite ] || fail "stats created a database"

# --- init, demo ---
expect_status 0 "init" -- "$cli" --db a.sqlite init
[ -s a.sqlite ] || fail "init created no file"
expect_status 0 "demo" -- "$cli" --db a.sqlite demo --reports 300 --seed 7
[ "$(query a.sqlite 'select count(*) from reports')" -eq 300 ] || fail "demo did not create 300 reports"
expect_status 1 "demo on a database holding reports" -- "$cli" --db a.sqlite demo --reports 5
[ "$(query a.sqlite 'select count(*) from reports')" -eq 300 ] || fail "a refused demo changed the database"

# --- export -> import into an empty database -> export: same bytes ---
expect_status 0 "export" -- "$cli" --db a.sqlite export reports a.csv --all
printf '\xEF\xBB\xBF' | cmp -s - <(head -c 3 a.csv) || fail "export does not start with a BOM"
head -1 a.csv | grep -q $'\r$' || fail "export lines do not end with CRLF"
expect_status 0 "import into a missing database" -- "$cli" --db b.sqlite import reports a.csv
[ -s b.sqlite ] || fail "import did not create the database"
expect_status 0 "export again" -- "$cli" --db b.sqlite export reports b.csv --all
cmp -s a.csv b.csv || fail "round trip changed the file"
expect_status 0 "export without withdrawn" -- "$cli" --db a.sqlite export reports visible.csv
grep -q ';annulee;' visible.csv && fail "withdrawn reports exported without --all"
year=$(date +%Y)
expect_status 0 "export one year" -- "$cli" --db a.sqlite export reports year.csv --year "$year"
if tail -n +2 year.csv | cut -d';' -f2 | grep -v "^$year-" | grep -q .; then
  fail "export --year wrote other years"
fi
expect_status 0 "export to standard output" -- "$cli" --db a.sqlite export reports - --all
cmp -s out a.csv || fail "export - differs from the file export"

# --- VIGIE_DB and --db ---
VIGIE_DB="$work/a.sqlite" "$cli" stats --year "$year" --json >env.json 2>/dev/null || fail "VIGIE_DB not honoured"
VIGIE_DB="$work/nowhere.sqlite" "$cli" --db a.sqlite stats --year "$year" --json >flag.json 2>/dev/null \
  || fail "--db does not override VIGIE_DB"
cmp -s env.json flag.json || fail "VIGIE_DB and --db gave different figures"
[ ! -e nowhere.sqlite ] || fail "VIGIE_DB used despite --db"

# --- stats --json is valid JSON with the contract's keys ---
expect_status 0 "stats --json" -- "$cli" --db a.sqlite stats --year "$year" --json
cp out stats.json
[ "$(query :memory: "select json_valid(readfile('stats.json'))")" = 1 ] || fail "stats --json is not JSON"
for path in '$.year' '$.meetings' '$.reports' '$.categories.non_access.count' \
  '$.categories.delay.percent' '$.categories.precarity.count' '$.right_families.minima_sociaux.count' \
  '$.right_families.autre.percent' '$.solicitations.total' '$.solicitations.answered' \
  '$.solicitations.by_addressees' '$.solicitations.by_institution' '$.previous.reports' \
  '$.recurring' '$.outreach.sessions' '$.outreach.new_people.percent' '$.outreach.by_scheme' \
  '$.non_take_up_cost.total' '$.non_take_up_cost.linked.percent' '$.non_take_up_cost.by_type' \
  '$.previous.non_take_up_cost.aids'; do
  [ "$(query :memory: "select json_type(readfile('stats.json'), '$path') is not null")" = 1 ] \
    || fail "stats --json has no $path"
done
counted=$(query a.sqlite "select count(*) from reports where status <> 'annulee' and received_on like '$year-%'")
[ "$(query :memory: "select json_extract(readfile('stats.json'), '$.reports')")" = "$counted" ] \
  || fail "stats --json reports differ from the database count"
expect_status 0 "stats --json for a year with no data" -- "$cli" --db a.sqlite stats --year 1990 --json
cp out empty.json
[ "$(query :memory: "select json_type(readfile('empty.json'), '$.previous')")" = null ] \
  || fail "previous is not null for a year without data"
[ "$(query :memory: "select json_type(readfile('empty.json'), '$.categories.delay.percent')")" = null ] \
  || fail "percent is not null without reports"
expect_status 0 "stats as text" -- "$cli" --db a.sqlite stats --year "$year"
contains out "%" "stats text shows percentages"

# --- any period (FORMATS.md "Any period") ---
expect_status 0 "stats --from/--to over the whole year" -- \
  "$cli" --db a.sqlite stats --from "$year-01-01" --to "$year-12-31" --json
cmp -s out stats.json || fail "stats --from 1 January --to 31 December differs from --year"
expect_status 0 "stats of a quarter" -- "$cli" --db a.sqlite stats --from "$year-04-01" --to "$year-06-30" --json
cp out quarter.json
counted=$(query a.sqlite "select count(*) from reports where status <> 'annulee' and received_on between '$year-04-01' and '$year-06-30'")
[ "$(query :memory: "select json_extract(readfile('quarter.json'), '$.reports')")" = "$counted" ] \
  || fail "stats of a quarter does not count the quarter's reports"
earlier=$(query a.sqlite "select count(*) from reports where status <> 'annulee' and received_on between '$((year - 1))-04-01' and '$((year - 1))-06-30'")
[ "$(query :memory: "select coalesce(json_extract(readfile('quarter.json'), '$.previous.reports'), 0)")" = "$earlier" ] \
  || fail "previous is not the same quarter a year earlier"
printf 'date_reception;description;categories\n2023-02-28;Dossier en attente;delai\n2024-02-29;Dossier en attente;delai\n2024-03-01;Dossier en attente;delai\n' >leap.csv
expect_status 0 "import around 29 February" -- "$cli" --db leap.sqlite import reports leap.csv
expect_status 0 "stats ending on 29 February" -- "$cli" --db leap.sqlite stats --from 2024-02-01 --to 2024-02-29 --json
cp out leap.json
[ "$(query :memory: "select json_extract(readfile('leap.json'), '$.previous.period.to') || ' ' || json_extract(readfile('leap.json'), '$.previous.reports') || ' ' || json_extract(readfile('leap.json'), '$.reports')")" = "2023-02-28 1 1" ] \
  || fail "29 February a year earlier is not 28 February"
expect_status 0 "stats of a period as text" -- "$cli" --db a.sqlite stats --from "$year-04-01" --to "$year-06-30"
contains out "$(printf '01/04/%s' "$year")" "the period's text names its first day"
expect_status 2 "--to before --from" -- "$cli" --db a.sqlite stats --from "$year-06-30" --to "$year-04-01"
expect_status 2 "--from without --to" -- "$cli" --db a.sqlite stats --from "$year-04-01"
expect_status 2 "--from with --year" -- "$cli" --db a.sqlite stats --year "$year" --from "$year-04-01" --to "$year-06-30"
expect_status 2 "an impossible --from" -- "$cli" --db a.sqlite stats --from "$year-02-30" --to "$year-06-30"
expect_status 2 "--from on export" -- "$cli" --db a.sqlite export reports x.csv --from "$year-04-01" --to "$year-06-30"

# --- outreach sessions (FORMATS.md "Outreach sessions") ---
printf 'date;heure_debut;heure_fin;dispositif;quartier;partenaire;personnes;nouvelles;rdv_droits;themes\n2025-01-07;9:00;12:00;caravane;Villeneuve;CAF;10;4;2;logement\n2025-02-04;14h;17h;permanence;Mistral;FT;6;3;1;sante|logement\n2025-04-01;9:00;12:00;caravane;Villeneuve;CAF;8;2;0;\n' >sessions.csv
expect_status 0 "import sessions" -- "$cli" --db out.sqlite import sessions sessions.csv
expect_status 0 "export sessions" -- "$cli" --db out.sqlite export sessions sessions-a.csv
expect_status 0 "import sessions into an empty database" -- "$cli" --db out2.sqlite import sessions sessions-a.csv
expect_status 0 "export sessions again" -- "$cli" --db out2.sqlite export sessions sessions-b.csv
cmp -s sessions-a.csv sessions-b.csv || fail "sessions round trip changed the file"
expect_status 0 "stats of a quarter with sessions" -- "$cli" --db out.sqlite stats --from 2025-01-01 --to 2025-03-31 --json
cp out outreach.json
[ "$(query :memory: "select json_extract(readfile('outreach.json'), '$.outreach.sessions') || ' ' || json_extract(readfile('outreach.json'), '$.outreach.people') || ' ' || json_extract(readfile('outreach.json'), '$.outreach.new_people.percent') || ' ' || json_extract(readfile('outreach.json'), '$.outreach.themes.logement.count')")" = "2 16 43.75 2" ] \
  || fail "stats --json outreach does not count the quarter's sessions"
expect_status 0 "report outreach" -- "$cli" --db out.sqlite report outreach --from 2025-01-01 --to 2025-03-31 --out aller-vers.pdf
pdftotext aller-vers.pdf - 2>/dev/null | grep -q "31/03/2025" || fail "the outreach report does not name its period"
expect_status 0 "report outreach as CSV" -- "$cli" --db out.sqlite report outreach --from 2025-01-01 --to 2025-03-31 --scheme CARAVANE --out aller-vers.csv
expect_status 1 "report outreach for an unknown scheme" -- "$cli" --db out.sqlite report outreach --from 2025-01-01 --to 2025-03-31 --scheme nulle_part --out x.pdf
expect_status 2 "report outreach without a period" -- "$cli" --db out.sqlite report outreach --out x.pdf
printf 'date;dispositif;personnes;nouvelles\n2025-05-06;caravane;3;4\n2025-05-07;caravane;deux;\n' >bad-sessions.csv
expect_status 1 "sessions with wrong counts" -- "$cli" --db out.sqlite import sessions bad-sessions.csv
contains err "bad-sessions.csv:2: nouvelles:" "nouvelles above personnes named with line and column"
contains err "bad-sessions.csv:3: personnes:" "a count that is not a number named with line and column"

# --- emergency aid and the cost of non-take-up (FORMATS.md "Emergency aid") ---
printf 'date;montant;nature;droit;non_recours;institution\n2025-02-03;"1 234,50";logement;APL;non_reception;CAF\n2025-02-10;120.5;alimentaire;;;\n2024-02-12;1234,50 \xe2\x82\xac;;APL;;CAF\n' >aids.csv
expect_status 0 "import aids" -- "$cli" --db out.sqlite import aids aids.csv
expect_status 0 "export aids" -- "$cli" --db out.sqlite export aids aids-a.csv
grep -q '"1234,50"' aids-a.csv || fail "an amount is not written back as 1234,50"
expect_status 0 "import aids into an empty database" -- "$cli" --db out3.sqlite import aids aids-a.csv
expect_status 0 "export aids again" -- "$cli" --db out3.sqlite export aids aids-b.csv
cmp -s aids-a.csv aids-b.csv || fail "aids round trip changed the file"
expect_status 0 "stats of a quarter with aids" -- "$cli" --db out.sqlite stats --from 2025-01-01 --to 2025-03-31 --json
cp out aids.json
[ "$(query :memory: "select json_extract(readfile('aids.json'), '$.non_take_up_cost.aids') || ' ' || json_extract(readfile('aids.json'), '$.non_take_up_cost.total') || ' ' || json_extract(readfile('aids.json'), '$.non_take_up_cost.linked.percent') || ' ' || json_extract(readfile('aids.json'), '$.previous.non_take_up_cost.by_right[0].amount')")" = "2 1355.0 91.11 1234.5" ] \
  || fail "stats --json non_take_up_cost does not add up the quarter's aids"
expect_status 0 "annual report with aids" -- "$cli" --db out.sqlite report annual --year 2025 --out aides.pdf
pdftotext aides.pdf - 2>/dev/null | grep -q "Coût du non-recours" || fail "the annual report has no « Coût du non-recours »"
printf 'date;montant\n2025-05-06;12,345\n' >bad-aids.csv
expect_status 1 "aids with a wrong amount" -- "$cli" --db out.sqlite import aids bad-aids.csv
contains err "bad-aids.csv:2: montant:" "a wrong amount named with line and column"

# --- retention: purge (FORMATS.md "Retention (CNIL)") ---
"$cli" --db purge.sqlite demo --reports 300 --seed 5 >/dev/null || fail "demo for the purge"
first=$(query purge.sqlite "select min(substr(received_on, 1, 4)) from reports")
cut="$((first + 1))-07-01"
due=$(query purge.sqlite "select count(*) from reports where (status in ('resolue', 'non_resolue', 'remontee_nationale') and closed_on < '$cut') or (status = 'annulee' and received_on < '$cut')")
[ "$due" -gt 0 ] || fail "the demo has reports closed before $cut"
for y in $(query purge.sqlite "select distinct substr(received_on, 1, 4) from reports"); do
  "$cli" --db purge.sqlite stats --year "$y" --json >"purge-before-$y.json"
done
expect_status 0 "purge --dry-run" -- "$cli" --db purge.sqlite purge --closed-before "$cut" --dry-run
contains out "$due fiches seraient effacées" "the dry run counts what would be erased"
[ "$(query purge.sqlite "select count(*) from reports where description like 'Effacé le %'")" = 0 ] || fail "a dry run erased something"
expect_status 0 "purge" -- "$cli" --db purge.sqlite purge --closed-before "$cut"
contains out "$due fiches effacées" "the purge says how many it erased"
[ "$(query purge.sqlite "select count(*) from reports where description like 'Effacé le %'")" = "$due" ] || fail "the purge did not erase the reports due"
for y in $(query purge.sqlite "select distinct substr(received_on, 1, 4) from reports"); do
  "$cli" --db purge.sqlite stats --year "$y" --json >"purge-after-$y.json"
  cmp -s "purge-before-$y.json" "purge-after-$y.json" || fail "the purge changed the figures of $y"
done
[ "$(query purge.sqlite "select count(*) from audit_entries a join reports r on a.entity = 'report' and a.entity_id = r.id where r.description like 'Effacé le %' and coalesce(json_extract(a.after_json, '$.description'), r.description) <> r.description")" = 0 ] \
  || fail "an erased text stays in the history"
expect_status 0 "purge again" -- "$cli" --db purge.sqlite purge --closed-before "$cut"
contains out "0 fiche effacée" "a second purge finds nothing left"
expect_status 2 "purge without a day" -- "$cli" --db purge.sqlite purge

# --- the register of processing activities (issue 19, GDPR art. 30) ---
expect_status 0 "register" -- "$cli" --db purge.sqlite register --out registre.pdf
pdftotext registre.pdf - 2>/dev/null | tr '\n' ' ' >registre.txt
for part in "Registre des activités de traitement" "Responsable du traitement" "Délégué à la protection des données" \
            "24 mois (2 ans)" "Durées de conservation" "Mesures de sécurité" "à compléter"; do
  grep -q "$part" registre.txt || fail "the register does not say « $part »"
done
expect_status 1 "register over the database" -- "$cli" --db purge.sqlite register --out purge.sqlite
expect_status 2 "register without --out" -- "$cli" --db purge.sqlite register

# --- the city's FAQ (FORMATS.md "FAQ") ---
today_dmy=$(date +%-d/%-m/%Y)
printf 'question;reponse;droits;institutions;date_revision;publiee\n"Mon RSA est suspendu : que faire ?";"<script>alert(1)</script> & ""quotes""";RSA;CAF;2020-01-15;oui\nUne question en brouillon ?;Pas encore prête;APL;;;non\nSans droit ?;"Venez au CCAS.\n\nSans rendez-vous.";;;%s;OUI\n' "$today_dmy" >faq.csv
expect_status 0 "import faq" -- "$cli" --db faq.sqlite import faq faq.csv
expect_status 0 "export faq" -- "$cli" --db faq.sqlite export faq faq-a.csv
head -c 3 faq-a.csv | od -An -tx1 | grep -q "ef bb bf" || fail "the faq export has no BOM"
sed '1s/^\xEF\xBB\xBF//' faq-a.csv | head -1 | grep -q "^id;question;reponse;droits;institutions;fiches;date_revision;publiee" || fail "the faq export's columns"
expect_status 0 "import faq into an empty database" -- "$cli" --db faq2.sqlite import faq faq-a.csv
expect_status 0 "export faq again" -- "$cli" --db faq2.sqlite export faq faq-b.csv
cmp -s faq-a.csv faq-b.csv || fail "faq round trip changed the file"
printf 'question;reponse;publiee\nQ ?;R.;oui\nQ2 ?;;non\n' >bad-faq.csv
expect_status 1 "faq with an empty answer" -- "$cli" --db faq.sqlite import faq bad-faq.csv
contains err "bad-faq.csv:3: reponse:" "an empty answer named with line and column"
[ "$(query faq.sqlite 'select count(*) from faq_entries')" = 3 ] || fail "a refused faq file wrote something"
expect_status 0 "publish faq" -- "$cli" --db faq.sqlite publish faq --out site/faq
[ -f site/faq/index.html ] || fail "publish faq wrote no site/faq/index.html"
grep -q '<html lang="fr">' site/faq/index.html || fail "the FAQ page is not lang=fr"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;' site/faq/index.html || fail "the FAQ answer is not escaped"
grep -qi '<script' site/faq/index.html && fail "the FAQ page holds a script"
grep -q 'brouillon' site/faq/index.html && fail "an unpublished answer was published"
grep -q 'Mise à jour le 15/01/2020' site/faq/index.html || fail "the FAQ page has no « Mise à jour le »"
grep -q 'Autres questions' site/faq/index.html || fail "the answers naming no right are not in « Autres questions »"
expect_status 2 "publish without --out" -- "$cli" --db faq.sqlite publish faq
expect_status 2 "publish something else" -- "$cli" --db faq.sqlite publish reports --out x
expect_status 0 "stats --json with the faq" -- "$cli" --db faq.sqlite stats --year 2015 --json
cp out faq.json
[ "$(query :memory: "select json_extract(readfile('faq.json'), '$.faq.published') || ' ' || json_array_length(readfile('faq.json'), '$.faq.to_review') || ' ' || json_extract(readfile('faq.json'), '$.faq.to_review[0].date_revision')")" = "2 1 2020-01-15" ] \
  || fail "stats --json faq.to_review lists the answer checked in 2020 only"

# --- a member of staff's extract and erasure (issue 19, GDPR art. 15 and 17) ---
"$cli" --db people.sqlite demo --reports 40 --seed 3 >/dev/null || fail "demo for people"
grep -aqi "dupont" people.sqlite && fail "the demo already names a Dupont"
printf 'date_reception;redacteur;description;categories\n2025-02-03;Marie Dupont;Dossier vu avec MME DUPONT, pas avec Dupontel;delai\n' >staff.csv
"$cli" --db people.sqlite import reports staff.csv >/dev/null 2>&1 || fail "import of a report naming a person"
query people.sqlite "insert into people(name, institution_id, email) values ('Marie Dupont', (select id from institutions where code = 'CAF'), 'marie.dupont@caf.example');
  insert into meeting_people(meeting_id, name, presence, position) values ((select min(id) from meetings), 'Marie Dupont', 'excused', 99);
  update solicitations set contact = 'Dupont Marie' where id = (select min(id) from solicitations);"
for y in $(query people.sqlite "select distinct substr(received_on, 1, 4) from reports"); do
  "$cli" --db people.sqlite stats --year "$y" --json >"people-before-$y.json"
done
expect_status 0 "person extract as JSON" -- "$cli" --db people.sqlite person extract "marie dupont" --out extrait.json
for kind in report meeting solicitation audit; do
  contains extrait.json "\"kind\": \"$kind\"" "the extract finds the person in a $kind"
done
contains extrait.json '"email": "marie.dupont@caf.example"' "the extract holds their reference entry"
contains extrait.json 'MME DUPONT' "the extract holds the description naming them"
expect_status 0 "person extract as PDF" -- "$cli" --db people.sqlite person extract "Marie Dupont" --out extrait.pdf
pdftotext extrait.pdf - 2>/dev/null | tr '\n' ' ' >extrait.txt
contains extrait.txt "Extrait des données concernant Marie Dupont" "the PDF's title"
contains extrait.txt "Fiches de remontée" "the PDF groups the places by kind"
expect_status 0 "person erase --dry-run" -- "$cli" --db people.sqlite person erase "Marie Dupont" --dry-run
contains out "Représentant de la CAF" "the dry run names the role from their entry"
grep -aq "Marie Dupont" people.sqlite || fail "a dry run erased something"
expect_status 2 "person erase with a role naming them" -- "$cli" --db people.sqlite person erase "Marie Dupont" --role "Mme Dupont"
expect_status 2 "person extract with --role" -- "$cli" --db people.sqlite person extract "Marie Dupont" --role x
expect_status 0 "person erase" -- "$cli" --db people.sqlite person erase "Marie Dupont"
expect_status 0 "person extract after the erasure" -- "$cli" --db people.sqlite person extract "Marie Dupont" --out apres.json
contains apres.json '"count": 0' "nothing names the person after the erasure"
[ "$(query people.sqlite "select count(*) from reports where author = 'Représentant de la CAF'")" = 1 ] || fail "the author became the role"
[ "$(query people.sqlite "select count(*) from audit_entries where entity = 'person' and action = 'erase'")" = 1 ] || fail "the erasure is in the history"
for f in people.sqlite people.sqlite-wal people.sqlite-journal people.sqlite.backups/*; do
  [ -e "$f" ] || continue
  if grep -aqi -e "marie dupont" -e "dupont marie" -e "mme dupont" -e "marie.dupont" "$f"; then fail "$f still holds the name"; fi
done
grep -aq "Dupontel" people.sqlite || fail "another word holding the name was erased"
for y in $(query people.sqlite "select distinct substr(received_on, 1, 4) from reports"); do
  "$cli" --db people.sqlite stats --year "$y" --json >"people-after-$y.json"
  cmp -s "people-before-$y.json" "people-after-$y.json" || fail "the erasure changed the figures of $y"
done
expect_status 0 "person erase again" -- "$cli" --db people.sqlite person erase "Marie Dupont"
[ "$(query people.sqlite "select count(*) from audit_entries where entity = 'person' and action = 'erase'")" = 1 ] || fail "a second erasure recorded something"

# --- a bad file exits 1, names file, line and column, writes nothing ---
before=$(query b.sqlite 'select count(*) from reports; select count(*) from audit_entries; select count(*) from rights')
expect_status 1 "import of a bad file" -- "$cli" --db b.sqlite import reports "$data/bad_reports.csv"
grep -qE "^$data/bad_reports.csv:3: date_reception: " err || fail "bad date not reported as FILE:3: date_reception:"
grep -qE "^$data/bad_reports.csv:5: categories: " err || fail "bad category not reported on line 5"
grep -qE "^$data/bad_reports.csv:[0-9]+: [^:]+: notice: " err || fail "notice lines missing"
grep -vqE "^$data/bad_reports.csv:[0-9]+: [^ ]+: " err && fail "a stderr line does not follow FILE:LINE: column:"
after=$(query b.sqlite 'select count(*) from reports; select count(*) from audit_entries; select count(*) from rights')
[ "$before" = "$after" ] || fail "a refused import changed the database"

expect_status 1 "import with an unknown column" -- "$cli" --db b.sqlite import reports "$data/unknown_column.csv"
grep -qE "unknown_column.csv:1: categorie: " err || fail "unknown column not reported on line 1"

# --- each count agrees with its own noun (English here: no catalog for it) ---
printf 'date_reception;description;categories\n2015-01-01;x;delai\n' >one.csv
expect_status 0 "dry run of one report" -- env LANGUAGE=en "$cli" --db one.sqlite import reports one.csv --dry-run
contains out "Check passed: 1 new record and 0 updates would be imported" "dry run plural"
expect_status 0 "import of one report" -- env LANGUAGE=en "$cli" --db one.sqlite import reports one.csv
contains out "1 record imported, 0 updated." "import plural"

# --- dry run ---
expect_status 0 "dry run" -- "$cli" --db c.sqlite import reports "$data/good_reports.csv" --dry-run
[ ! -e c.sqlite ] || fail "a dry run created the database"
expect_status 1 "bad import into a missing database" -- "$cli" --db never.sqlite import reports "$data/bad_reports.csv"
[ ! -e never.sqlite ] || fail "a refused import created the database"
"$cli" --db c.sqlite init >/dev/null
expect_status 0 "dry run on an existing database" -- "$cli" --db c.sqlite import reports "$data/good_reports.csv" --dry-run
[ "$(query c.sqlite 'select count(*) from reports')" -eq 0 ] || fail "dry run wrote reports"
expect_status 0 "import good file" -- "$cli" --db c.sqlite import reports "$data/good_reports.csv"
[ "$(query c.sqlite 'select count(*) from reports')" -eq 4 ] || fail "good file did not import 4 reports"
expect_status 1 "reimport without --update" -- "$cli" --db c.sqlite import reports "$data/good_reports.csv"
expect_status 0 "reimport with --update" -- "$cli" --db c.sqlite import reports "$data/good_reports.csv" --update
# Three rows have a reference (replaced); the fourth has none, so it is a new report.
[ "$(query c.sqlite 'select count(*) from reports')" -eq 5 ] || fail "--update duplicated reports"
[ "$(query c.sqlite "select count(*) from audit_entries where action = 'import_update'")" -eq 3 ] \
  || fail "--update not audited"

# --- personal data: a privacy notice per kind and cell, the import still happens ---
expect_status 0 "import with personal data" -- "$cli" --db p.sqlite import reports "$data/privacy_reports.csv"
for expected in "2: description: privacy: phone" "2: description: privacy: email" \
  "2: description: privacy: nir" "4: description: privacy: birth_date" \
  "4: description: privacy: address" "4: propositions: privacy: iban"; do
  grep -qxF "$data/privacy_reports.csv:$expected" err || fail "missing privacy notice \"$expected\""
done
[ "$(grep -c ':3: ' err)" -eq 0 ] || fail "a line without personal data got a notice"
[ "$(query p.sqlite 'select count(*) from reports')" -eq 3 ] || fail "privacy notices blocked the import"

# --- meetings: CSV round trip, counted in stats, minutes in PDF ---
expect_status 0 "import meetings" -- "$cli" --db mt.sqlite import meetings "$data/meetings.csv"
expect_status 0 "export meetings" -- "$cli" --db mt.sqlite export meetings mt1.csv
expect_status 0 "import exported meetings" -- "$cli" --db mt2.sqlite import meetings mt1.csv
expect_status 0 "export meetings again" -- "$cli" --db mt2.sqlite export meetings mt2.csv
cmp -s mt1.csv mt2.csv || fail "meetings round trip changed the file"
expect_status 0 "stats counts the meetings" -- "$cli" --db mt.sqlite stats --year 2015 --json
cp out mt.json
[ "$(query :memory: "select json_extract(readfile('mt.json'), '$.meetings')")" = 3 ] || fail "stats does not count 3 meetings"
expect_status 1 "minutes of an ambiguous date" -- "$cli" --db mt.sqlite report minutes --meeting 2015-02-09 --out m.pdf
grep -q "2015-02-09T09:30" err || fail "ambiguous minutes do not list the meetings"
grep -qx "  --meeting 2015-02-09T" err || fail "the untimed meeting is not listed as 2015-02-09T"
[ ! -e m.pdf ] || fail "a refused report wrote its file"
expect_status 0 "minutes of a meeting" -- "$cli" --db mt.sqlite report minutes --meeting 2015-02-09T09:30 --out m.pdf
pdftotext m.pdf - 2>/dev/null | grep -q "2015" || fail "the minutes PDF holds no text"
rm -f m.pdf
expect_status 0 "minutes named with the time as the file writes it" -- "$cli" --db mt.sqlite report minutes --meeting 2015-02-09T9:30 --out m.pdf
[ -s m.pdf ] || fail "--meeting 2015-02-09T9:30 wrote no minutes"
rm -f m.pdf
expect_status 0 "minutes of the untimed meeting of an ambiguous day" -- "$cli" --db mt.sqlite report minutes --meeting 2015-02-09T --out m.pdf
[ -s m.pdf ] || fail "--meeting 2015-02-09T wrote no minutes"
expect_status 1 "minutes into a folder that does not exist" -- "$cli" --db mt.sqlite report minutes --meeting 2015-02-09T09:30 --out nodir/m.pdf
grep -q "nodir" err || fail "the missing folder is not named"
grep -qi "libharu" err && fail "a missing folder is reported as a libharu error"
expect_status 1 "minutes of no meeting" -- "$cli" --db mt.sqlite report minutes --meeting 2015-03-01 --out m2.pdf
expect_status 2 "minutes without --meeting" -- "$cli" --db mt.sqlite report minutes --out m2.pdf

# --- solicitations: the seed's 2015 table through the CLI ---
expect_status 0 "import solicitations" -- "$cli" --db so.sqlite import solicitations "$data/solicitations_2015.csv"
expect_status 0 "stats of 2015" -- "$cli" --db so.sqlite stats --year 2015 --json
cp out so.json
j() { query :memory: "select json_extract(readfile('so.json'), '$1')"; }
[ "$(j '$.solicitations.total')" = 12 ] || fail "2015: 12 solicitations expected"
[ "$(j '$.solicitations.answered')" = 9 ] || fail "2015: 9 answers expected"
[ "$(j '$.solicitations.by_addressees[0].addressees')" = '["CAF"]' ] || fail "CAF first"
[ "$(j '$.solicitations.by_addressees[0].count')" = 3 ] || fail "CAF: 3 sent"
[ "$(j '$.solicitations.by_addressees[0].answered')" = 1 ] || fail "CAF: 1 answered"
[ "$(j '$.solicitations.by_addressees[1].answered')" = 3 ] || fail "CARSAT: 3 answered"
[ "$(j '$.solicitations.by_addressees[7].addressees')" = '["PIO"]' ] || fail "the whole PIO last"
[ "$(j '$.solicitations.by_addressees[7].answered_by')" = '["CARSAT"]' ] || fail "PIO answered by CARSAT"
expect_status 0 "export solicitations" -- "$cli" --db so.sqlite export solicitations so1.csv
expect_status 0 "import them elsewhere" -- "$cli" --db so2.sqlite import solicitations so1.csv
expect_status 0 "export again" -- "$cli" --db so2.sqlite export solicitations so2.csv
cmp -s so1.csv so2.csv || fail "solicitations round trip changed the file"

# --- refusal of files that are not Vigie databases ---
printf 'reference;date\n' >notdb.sqlite
cp notdb.sqlite notdb.orig
expect_status 1 "open a text file as database" -- "$cli" --db notdb.sqlite stats --year 2015
cmp -s notdb.sqlite notdb.orig || fail "a refused file was modified"
expect_status 1 "import into a text file" -- "$cli" --db notdb.sqlite import reports "$data/good_reports.csv"
cmp -s notdb.sqlite notdb.orig || fail "a refused file was modified by import"

# --- export through a symbolic link writes the file it points to ---
: > target.csv; ln -s target.csv link.csv
expect_status 0 "export through a link" -- "$cli" --db a.sqlite export reports link.csv
[ -L link.csv ] && [ -s target.csv ] || fail "export replaced the link instead of writing its target"

# --- backup ---
expect_status 0 "backup" -- "$cli" --db a.sqlite backup --out "$work/copies/a-copy.sqlite"
[ "$(query copies/a-copy.sqlite 'select count(*) from reports')" -eq 300 ] || fail "backup incomplete"
expect_status 1 "backup over the database" -- "$cli" --db a.sqlite backup --out a.sqlite
expect_status 2 "backup without --out" -- "$cli" --db a.sqlite backup
mkdir -p somefolder
expect_status 1 "backup onto a folder" -- "$cli" --db a.sqlite backup --out somefolder
grep -q "somefolder" err || fail "backup onto a folder does not say why"
# An existing file is never replaced by a backup (exit 1, nothing written), even a link.
printf 'precious\n' >precious.txt
expect_status 1 "backup over an existing file" -- "$cli" --db a.sqlite backup --out precious.txt
grep -q "precious.txt" err || fail "backup over an existing file does not name it"
[ "$(cat precious.txt)" = precious ] || fail "backup replaced an existing file"
expect_status 1 "backup over an earlier backup" -- "$cli" --db a.sqlite backup --out "$work/copies/a-copy.sqlite"
ln -s nowhere.sqlite dangling.sqlite
expect_status 1 "backup over a dangling link" -- "$cli" --db a.sqlite backup --out dangling.sqlite
[ -L dangling.sqlite ] && [ ! -e nowhere.sqlite ] || fail "backup wrote through a dangling link"
# Under a file, no folder can be made: said in French, SQLite's English kept out.
expect_status 1 "backup under a file" -- "$cli" --db a.sqlite backup --out precious.txt/copy.sqlite
grep -q "dossier" err || fail "backup under a file does not say the folder cannot be made"
! grep -qi "unable to open" err || fail "backup under a file shows SQLite's English message"
expect_status 0 "stats for year 1" -- "$cli" --db a.sqlite stats --year 1 --json

# --- the annual report of a two-year dataset (the seed's 2014 and 2015 figures) ---
bilan="$data/bilan"
expect_status 0 "import the two years' reports" -- "$cli" --db bilan.sqlite import reports "$bilan/fiches.csv"
expect_status 0 "import the two years' meetings" -- "$cli" --db bilan.sqlite import meetings "$bilan/seances.csv"
expect_status 0 "import the two years' solicitations" -- "$cli" --db bilan.sqlite import solicitations "$bilan/sollicitations.csv"
expect_status 2 "annual report without a year" -- "$cli" --db bilan.sqlite report annual --out b.pdf
expect_status 0 "annual report" -- env LANG=fr_FR.UTF-8 LANGUAGE=fr "$cli" --db bilan.sqlite report annual --year 2015 --out bilan.pdf
pdftotext -layout bilan.pdf bilan.txt 2>/dev/null || fail "the annual report is not a readable PDF"
# Key figures, both years: reports, meetings, categories and minima sociaux (rounded,
# where the seed truncates: 31,71 % not 31,70 %).
line_has() { # FILE LABEL VALUE...
  local file=$1 label=$2; shift 2
  local line; line=$(grep -m1 -F -- "$label" "$file")
  for v in "$@"; do
    case "$line" in *"$v"*) ;; *) fail "annual report: \"$label\" line lacks $v: $line" ;; esac
  done
}
line_has bilan.txt "Nombre de fiches reçues" 41 22
line_has bilan.txt "Nombre de séances" 11
line_has bilan.txt "Non-accès aux droits" "19,51" "59,09" "+39,58"
line_has bilan.txt "Délais anormalement longs" "31,71" "18,18"
line_has bilan.txt "Précarité" "75,61" "54,55"
line_has bilan.txt "Minima sociaux" "26,83" "22,73"
contains bilan.txt "sollicité 12 fois le partenariat inter-organismes" "the annual report gives the solicitations"
contains bilan.txt "MDPH-CAF-CPAM" "the annual report lists the joint solicitation"
contains bilan.txt "reçu 22 fiches (41 en 2014)" "the summary compares the two years"
contains bilan.txt "2015-022" "the annex lists the reports"
grep -qF "2015-023" bilan.txt && fail "the annex lists a withdrawn report"
expect_status 0 "annual report without annex" -- "$cli" --db bilan.sqlite report annual --year 2015 --out court.pdf --no-annex
pdftotext court.pdf court.txt 2>/dev/null
grep -qF "2015-022" court.txt && fail "--no-annex still lists the reports"
[ "$(pdfinfo court.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')" -lt "$(pdfinfo bilan.pdf 2>/dev/null | awk '/^Pages:/ {print $2}')" ] \
  || fail "--no-annex does not shorten the report"
expect_status 1 "annual report into a missing folder" -- "$cli" --db bilan.sqlite report annual --year 2015 --out nowhere/b.pdf
[ ! -e nowhere ] || fail "a failed report created a folder"

# --- nothing written over the database, its journal, its lock or its copies ---
"$cli" --db keep.sqlite demo --reports 30 --seed 2 >/dev/null 2>&1
"$cli" --db keep.sqlite backup --out keep-copy.sqlite >/dev/null 2>&1
mkdir -p keep.sqlite.backups
sum_keep=$(sha256sum keep.sqlite | cut -d' ' -f1)
year_keep=$(date +%Y)
expect_status 1 "export over the database" -- "$cli" --db keep.sqlite export reports keep.sqlite
contains err "keep.sqlite" "the refusal names the file"
expect_status 1 "annual report over the database" -- "$cli" --db keep.sqlite report annual --year "$year_keep" --out keep.sqlite
expect_status 1 "export over the journal" -- "$cli" --db keep.sqlite export reports keep.sqlite-wal
expect_status 1 "export over the lock" -- "$cli" --db keep.sqlite export reports keep.sqlite.lock
expect_status 1 "export into the automatic copies" -- "$cli" --db keep.sqlite export reports keep.sqlite.backups/x.csv
ln -s keep.sqlite lien.csv
expect_status 1 "export through a link to the database" -- "$cli" --db keep.sqlite export reports lien.csv
expect_status 1 "export over the database by another path" -- "$cli" --db keep.sqlite export reports ./sub/../keep.sqlite
[ "$(sha256sum keep.sqlite | cut -d' ' -f1)" = "$sum_keep" ] || fail "the database was written over"
[ -L lien.csv ] || fail "the link was replaced"
expect_status 0 "export beside the database" -- "$cli" --db keep.sqlite export reports keep.csv
# ... and what is printed reaches its destination, or the command fails.
if [ -w /dev/full ]; then
  expect_status 1 "stats to a full disk" -- sh -c "\"$cli\" --db keep.sqlite stats > /dev/full"
  expect_status 1 "export - to a full disk" -- sh -c "\"$cli\" --db keep.sqlite export reports - > /dev/full"
fi

# --- only ordinary files are replaced; an empty file is not a database to read ---
mkdir -p dossier
expect_status 1 "annual report onto a folder" -- "$cli" --db keep.sqlite report annual --year "$year_keep" --out dossier
contains err "dossier" "the refusal names the folder"
if [ "$(id -u)" = 0 ]; then
  expect_status 1 "export onto a device" -- "$cli" --db keep.sqlite export reports /dev/null
  [ -c /dev/null ] || fail "/dev/null was replaced"
fi
: >vide.sqlite
expect_status 1 "stats on an empty file" -- "$cli" --db vide.sqlite stats
[ ! -s vide.sqlite ] || fail "stats turned an empty file into a database"
expect_status 0 "init on an empty file" -- "$cli" --db vide.sqlite init

# --- a year before 1900 or after 2100 is a typo ---
printf 'date_reception;description;categories\n0225-03-04;Dossier en attente;delai\n4/3/2205;Autre dossier;delai\n' >typo.csv
expect_status 1 "import of years that are typos" -- "$cli" --db typo.sqlite import reports typo.csv
contains err "typo.csv:2: date_reception:" "the typo's line and column"
contains err "typo.csv:3: date_reception:" "the second typo's line and column"
[ "$(query typo.sqlite 'SELECT COUNT(*) FROM reports' 2>/dev/null || echo 0)" = 0 ] || fail "a typo year was imported"

# --- default database in the user's data folder ---
expect_status 0 "init on the default database" -- "$cli" init
[ -s "$XDG_DATA_HOME/vigie/vigie.sqlite" ] || fail "default database not in XDG_DATA_HOME/vigie"

if [ "$failures" -ne 0 ]; then echo "$failures end-to-end check(s) failed"; exit 1; fi
echo "all end-to-end checks passed"
