#!/usr/bin/env bash
# Installs the Windows setup under Wine (a fresh prefix, Xvfb), uses both programs as a
# CCAS user would, uninstalls, and checks the databases are still there.
# usage: installer/windows/smoke_test.sh build-windows/vigie-VERSION-setup.exe [SCREENSHOT.png]
set -euo pipefail
setup=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
shot=${2:-$(dirname "$setup")/vigie-wine.png}
wine=/usr/lib/wine/wine64
work=$(mktemp -d)
# Wine links the Windows user folders (Documents, Desktop) into $HOME: a home of its own.
export HOME=$work/home WINEPREFIX=$work/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
mkdir -p "$HOME"
display_pid=
cleanup() {
  [ -z "$display_pid" ] || kill "$display_pid" 2>/dev/null || true
  /usr/lib/wine/wineserver -k 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

# One X server for the whole test (the installer, wineboot and the window need one).
for n in $(seq 90 120); do
  [ -e "/tmp/.X11-unix/X$n" ] || { display=":$n"; break; }
done
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
display_pid=$!
export DISPLAY=$display
sleep 1

step "a fresh Wine prefix"
"$wine" wineboot -i >/dev/null 2>&1
win() { "$wine" "$@"; }
unix_path() { "$wine" winepath.exe -u "$1" 2>/dev/null | tr -d '\r'; }
win_var() { "$wine" cmd.exe /c echo "%$1%" 2>/dev/null | tr -d '\r'; }
local_app_data=$(win_var LOCALAPPDATA)
app_data=$(win_var APPDATA)
profile=$(win_var USERPROFILE)

step "silent install (/S), per user"
win "$setup" /S
install_dir=$(unix_path "$local_app_data\\Programs\\Vigie")
[ -f "$install_dir/bin/vigie.exe" ] || fail "vigie.exe not installed in $install_dir"
[ -f "$install_dir/bin/vigie-cli.exe" ] || fail "vigie-cli.exe not installed"
[ -f "$install_dir/share/locale/fr/LC_MESSAGES/vigie.mo" ] || fail "no French catalog"
[ -f "$install_dir/share/locale/fr/LC_MESSAGES/wxstd.mo" ] || fail "no French catalog for the toolkit"
[ -f "$install_dir/share/vigie/fonts/DejaVuSans.ttf" ] || fail "no PDF font"
[ -f "$install_dir/share/vigie/help/index.html" ] || fail "no user guide"
desktop=$(unix_path "$profile\\Desktop")
ls "$desktop"/Vigie.lnk >/dev/null 2>&1 || ls "$(unix_path "$profile")"/*/Vigie.lnk >/dev/null 2>&1 ||
  fail "no desktop shortcut"
win reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Vigie' /v DisplayName \
  2>/dev/null | grep -q Vigie || fail "not listed in Apps & features"
cli="$install_dir/bin/vigie-cli.exe"
"$wine" "$cli" --version | grep -q "vigie-cli" || fail "vigie-cli --version"

step "the default database in %APPDATA%\\Vigie"
"$wine" "$cli" init >"$work/out" 2>&1 || { cat "$work/out"; fail "init of the default database"; }
default_db=$(unix_path "$app_data\\Vigie\\vigie.sqlite")
[ -f "$default_db" ] || fail "no database in %APPDATA%\\Vigie ($default_db)"

step "demo, figures and annual report in a folder named with accents"
folder_win="$profile\\Documents\\Veille été 2026"
folder=$(unix_path "$folder_win")
mkdir -p "$folder"
db="$folder_win\\vigie.sqlite"
"$wine" "$cli" --db "$db" demo --reports 300 --seed 7 >"$work/out" 2>&1 ||
  { cat "$work/out"; fail "demo"; }
grep -q "fiches de démonstration" "$work/out" || fail "demo not in French: $(cat "$work/out")"
[ -f "$folder/vigie.sqlite" ] || fail "the database is not where its accented name says"
year=$(date +%Y)
"$wine" "$cli" --db "$db" stats --year "$year" --json | tr -d '\r' >"$work/stats.json"
python3 - "$work/stats.json" <<'PY' || fail "stats --json"
import json, sys
figures = json.load(open(sys.argv[1], encoding="utf-8"))
assert figures["reports"] > 0, figures
assert "previous" in figures and "changes" in figures
PY
"$wine" "$cli" --db "$db" report annual --year "$year" --out "$folder_win\\Bilan été.pdf" \
  >"$work/out" 2>&1 || { cat "$work/out"; fail "annual report"; }
pdftotext "$folder/Bilan été.pdf" "$work/bilan.txt" 2>/dev/null || fail "the PDF cannot be read"
grep -q "Bilan du groupe de veille $year" "$work/bilan.txt" || fail "the PDF is not the annual report"
grep -q "Précarité" "$work/bilan.txt" || fail "accents lost in the PDF"
grep -qE "Produit avec Vigie le [0-9]{2}/[0-9]{2}/[0-9]{4}" "$work/bilan.txt" || fail "date not French"

step "import of a Windows-1252 file, export, round trip"
printf 'reference;date_reception;source;description;categories;droits;institutions\r\n' >"$work/in.csv"
printf '2025-901;05/03/2025;Permanence;Dossier CSS en attente depuis huit mois, relances sans réponse;précarité|délai;CSS;CPAM\r\n' >>"$work/in.csv"
printf '2025-902;2025-04-17;Équipe mobile;Accès au chèque énergie impossible sans espace en ligne;non_acces;;\r\n' >>"$work/in.csv"
iconv -f UTF-8 -t WINDOWS-1252 "$work/in.csv" >"$folder/fiches été.csv"
db2="$folder_win\\import.sqlite"
"$wine" "$cli" --db "$db2" import reports "$folder_win\\fiches été.csv" >"$work/out" 2>&1 ||
  { cat "$work/out"; fail "import of a Windows-1252 file"; }
"$wine" "$cli" --db "$db2" export reports "$folder_win\\export été.csv" >"$work/out" 2>&1 ||
  { cat "$work/out"; fail "export"; }
grep -q "relances sans réponse" "$folder/export été.csv" || fail "accents lost in the round trip"
grep -q "Équipe mobile" "$folder/export été.csv" || fail "the source lost its accent"
"$wine" "$cli" --db "$folder_win\\again.sqlite" import reports "$folder_win\\export été.csv" \
  >/dev/null 2>&1 || fail "the export does not import again"
"$wine" "$cli" --db "$folder_win\\again.sqlite" export reports "$folder_win\\again.csv" >/dev/null 2>&1
cmp -s "$folder/export été.csv" "$folder/again.csv" || fail "export, import, export: not the same bytes"

step "the window on the demo database"
"$wine" "$install_dir/bin/vigie.exe" --db "$db" >/dev/null 2>&1 &
window=$!
sleep 12
kill -0 "$window" 2>/dev/null || fail "vigie.exe ended by itself"
import -display "$display" -window root "$shot" || fail "no screenshot"
"$wine" cmd.exe /c taskkill /im vigie.exe /f >/dev/null 2>&1 || kill "$window" 2>/dev/null || true
wait "$window" 2>/dev/null || true
echo "screenshot: $shot"

step "silent uninstall: the program goes, the databases stay"
# _?= runs the uninstaller in place, so that the test can wait for it.
win "$install_dir/uninstall.exe" /S "_?=$local_app_data\\Programs\\Vigie"
[ ! -e "$install_dir/bin/vigie.exe" ] || fail "vigie.exe still there after uninstalling"
[ ! -e "$install_dir/share" ] || fail "share still there after uninstalling"
ls "$desktop"/Vigie.lnk >/dev/null 2>&1 && fail "the desktop shortcut is still there"
win reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Vigie' >/dev/null 2>&1 &&
  fail "still listed in Apps & features"
[ -f "$default_db" ] || fail "the default database was removed"
[ -f "$folder/vigie.sqlite" ] || fail "the demo database was removed"
echo "Windows installer: installed, used, uninstalled under Wine; databases kept"
