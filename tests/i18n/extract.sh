#!/usr/bin/env bash
# Extracts every user-visible string of Vigie into a .pot file: C++ sources (tr, trn, _,
# wxPLURAL, wxTRANSLATE) and, when forms exist, the XRC files through `wxrc --gettext`.
# usage: extract.sh SOURCE_DIR OUT.pot
set -euo pipefail
src=$1; out=$2
cd "$src"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
files=()
while IFS= read -r f; do files+=("$f"); done < <(
  find src reports -name '*.cpp' -o -name '*.h' 2>/dev/null | LC_ALL=C sort)
if compgen -G "forms/*.xrc" >/dev/null; then
  wxrc --gettext forms/*.xrc > "$tmp/forms.cpp"
  files+=("$tmp/forms.cpp")
fi
xgettext --from-code=UTF-8 --language=C++ --c++ --sort-by-file --no-wrap \
  --keyword=tr --keyword=trn:1,2 --keyword=_ --keyword=wxPLURAL:1,2 \
  --keyword=wxTRANSLATE --keyword=tr_noop \
  --package-name=Vigie --msgid-bugs-address=vigie@example.org \
  -o "$out" "${files[@]}"
sed -i 's/charset=CHARSET/charset=UTF-8/' "$out"
