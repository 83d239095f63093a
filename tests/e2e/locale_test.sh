#!/usr/bin/env bash
# French on a machine that has no French locale (a minimal Debian, a container): the
# programs read their own catalog, so messages, PDFs and the window's stock buttons are
# French whatever LANG says, and English only when the user asks for it (LANGUAGE=en).
# LOCPATH pointing at an empty folder hides every generated locale from the C library.
# usage: locale_test.sh VIGIE-CLI VIGIE-GUI-TESTS
set -u
cli=$1; gui=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/no-locales" "$work/home"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# A bare environment: no locale variable unless a case sets one.
# The sanitizer build's options pass through (its leak suppressions for fontconfig).
sanitizers=()
for v in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
  [ -z "${!v:-}" ] || sanitizers+=("$v=${!v}")
done
bare() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" LOCPATH="$work/no-locales" "${sanitizers[@]}" "$@"
}

bare "$cli" --db "$work/t.sqlite" demo --reports 30 --seed 1 >"$work/out" 2>"$work/err" ||
  fail "demo in a bare environment"
grep -q "fiches de démonstration" "$work/out" || fail "demo not in French: $(cat "$work/out")"
[ ! -s "$work/err" ] || fail "demo said something on stderr: $(cat "$work/err")"

year=$(date +%Y)
for case in "" "LANG=C" "LC_ALL=C" "LANG=C.UTF-8" "LANG=POSIX" "LANG=fr_FR.UTF-8" \
  "LC_ALL=fr_FR.UTF-8" "LANGUAGE=fr"; do
  # shellcheck disable=SC2086 # the case is one VAR=value word, or none
  bare $case "$cli" --db "$work/t.sqlite" stats --year "$year" >"$work/out" 2>&1
  grep -q "Chiffres du groupe de veille" "$work/out" ||
    fail "stats not in French with '${case:-nothing set}': $(head -1 "$work/out")"
done

bare LANG=C LANGUAGE=en "$cli" --db "$work/t.sqlite" stats --year "$year" >"$work/out" 2>&1
grep -q "Watch group figures" "$work/out" || fail "LANGUAGE=en did not give English: $(head -1 "$work/out")"
bare LANG=C "$cli" --db "$work/t.sqlite" frobnicate >"$work/out" 2>"$work/err"
grep -qi "commande" "$work/err" || fail "usage error not in French: $(cat "$work/err")"

# The PDF: French words and French dates.
bare LANG=C "$cli" --db "$work/t.sqlite" report annual --year "$year" --out "$work/a.pdf" \
  >"$work/out" 2>&1 || fail "annual report: $(cat "$work/out")"
grep -q "Bilan écrit" "$work/out" || fail "annual report message not in French: $(cat "$work/out")"
pdftotext "$work/a.pdf" "$work/a.txt" 2>/dev/null
grep -q "Bilan du groupe de veille" "$work/a.txt" || fail "the PDF is not in French"
grep -qE "Produit avec Vigie le [0-9]{2}/[0-9]{2}/[0-9]{4}" "$work/a.txt" ||
  fail "the PDF's date is not written the French way"

# The window: its texts, wxWidgets' stock buttons and GTK's own dialogs.
if command -v xvfb-run >/dev/null; then
  for case in "" "LANG=fr_FR.UTF-8" "LANG=C" "LANG=C LANGUAGE=en"; do
    # shellcheck disable=SC2086
    bare XDG_CONFIG_HOME="$work/config" NO_AT_BRIDGE=1 $case xvfb-run -a \
      -s "-screen 0 1280x1024x24" "$gui" "-tc=the window speaks French*" >"$work/gui" 2>&1
    grep -q "test cases: 1 | 1 passed" "$work/gui" ||
      { grep -v "Gtk-" "$work/gui" | tail -20; fail "window with '${case:-nothing set}'"; }
  done
else
  fail "xvfb-run is missing: the window was not checked"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures locale check(s) failed"; exit 1
fi
echo "French without any generated locale: vigie-cli, the annual report and the window"
