#!/usr/bin/env bash
# Checks of the desktop integration files, one per ctest test (tests/packaging):
#   check.sh metainfo APPSTREAMCLI FILE.metainfo.xml VERSION
#   check.sh desktop DESKTOP_FILE_VALIDATE FILE.desktop ICONS_DIR
#   check.sh man FILE.1 VIGIE_CLI
#   check.sh icons FILE ICONS_DIR
set -euo pipefail

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Every size the hicolor theme gets (installer/packaging.cmake installs the same list).
sizes=(16 24 32 48 64 128 256)
app_id=fr.veilledroits.Vigie

case "${1:-}" in
metainfo)
  appstreamcli=$2 file=$3 version=$4
  out=$("$appstreamcli" validate --no-net "$file" 2>&1) || fail "appstreamcli validate: $out"
  echo "$out"
  # Infos and warnings too: the only accepted remark is the pedantic one on the
  # upper-case letter of the reverse-DNS id, which is the id we chose.
  if grep -E '^[EWI]: ' <<<"$out"; then
    fail "$file has remarks"
  fi
  grep -qF "<release version=\"$version\"" "$file" || fail "$file has no release $version"
  ;;

desktop)
  validate=$2 file=$3 icons=$4
  out=$("$validate" "$file" 2>&1) || fail "desktop-file-validate: $out"
  [ -z "$out" ] || fail "desktop-file-validate has remarks: $out"
  grep -qx "Icon=$app_id" "$file" || fail "$file: Icon is not $app_id"
  [ -f "$icons/$app_id.svg" ] || fail "no $icons/$app_id.svg for Icon=$app_id"
  grep -qx 'Exec=vigie' "$file" || fail "$file: Exec is not vigie"
  ;;

man)
  page=$2 cli=$3
  command -v groff >/dev/null || {
    echo "SKIPPED: groff is not installed (Debian: groff-base); the man page is not checked"
    exit 77
  }
  out=$(groff -man -ww -z "$page" 2>&1) || fail "groff: $out"
  [ -z "$out" ] || fail "groff warnings on $page: $out"
  version=$("$cli" --version)
  version=${version#vigie-cli }
  grep -qE "^\.TH .*\"Vigie $version\"" "$page" || fail "$page is not dated for Vigie $version (.TH)"
  # The page documents every command and option that `vigie-cli --help` lists.
  help=$("$cli" --help)
  text=$(groff -man -Tutf8 -P-cbou "$page" 2>/dev/null)
  commands=$(awk '/^  [a-z]/ {print $1}' <<<"$help")
  [ -n "$commands" ] || fail "no command found in vigie-cli --help"
  for c in $commands; do
    grep -qE "^ {7}$c( |$)" <<<"$text" || fail "$page does not document the command $c"
  done
  while read -r o; do
    grep -qF -- "$o" <<<"$text" || fail "$page does not mention $o"
  done < <(grep -oE -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
  for word in VIGIE_DB "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
    grep -qF -- "$word" <<<"$text" || fail "$page has no $word"
  done
  ;;

icons)
  file_cmd=$2 icons=$3
  [ -f "$icons/$app_id.svg" ] || fail "no $icons/$app_id.svg"
  for s in "${sizes[@]}"; do
    png="$icons/$s/$app_id.png"
    [ -f "$png" ] || fail "no $png"
    what=$("$file_cmd" -b "$png")
    case "$what" in
    "PNG image data, $s x $s,"*) echo "$s px: $what" ;;
    *) fail "$png is not a $s x $s PNG: $what" ;;
    esac
  done
  what=$("$file_cmd" -b "$icons/$app_id.ico")
  case "$what" in
  "MS Windows icon resource"*) ;;
  *) fail "$icons/$app_id.ico is not a Windows icon: $what" ;;
  esac
  ;;

*)
  echo "usage: check.sh metainfo|desktop|man|icons ARGS" >&2
  exit 2
  ;;
esac
