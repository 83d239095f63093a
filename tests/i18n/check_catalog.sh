#!/usr/bin/env bash
# Fails when a user-visible string has no French translation, or a translation is fuzzy
# or obsolete-free but missing: users must never meet English.
# usage: check_catalog.sh SOURCE_DIR
set -euo pipefail
export LC_ALL=C.UTF-8 # characters, not bytes, whatever the caller's locale
src=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$src/tests/i18n/extract.sh" "$src" "$tmp/vigie.pot"
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" "$src/assets/locale/fr/vigie.po" "$tmp/vigie.pot"
untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -c '^msgid ' || true)
# msgattrib prints the header entry (msgid "") too when anything is listed.
[ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
[ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
if [ "$untranslated" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
  echo "French catalog incomplete: $untranslated untranslated, $fuzzy fuzzy" >&2
  msgattrib --untranslated --no-obsolete "$tmp/merged.po" | grep -A1 '^msgid ' | head -40 >&2
  msgattrib --only-fuzzy --no-obsolete "$tmp/merged.po" | grep -A1 '^msgid ' | head -20 >&2
  echo "Run: cmake --build build --target update-po, then translate assets/locale/fr/vigie.po" >&2
  exit 1
fi
total=$(grep -c '^msgid ' "$tmp/vigie.pot")
echo "French catalog complete: $((total - 1)) strings"
