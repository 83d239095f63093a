#!/usr/bin/env bash
# Installs the Debian 12 packages Vigie needs to build, run and test, and the French
# locale. Idempotent: installs only what is missing; uses sudo only when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkgconf dpkg-dev file gettext locales
  libwxgtk3.2-dev libgtk-3-dev wx3.2-i18n libsqlitecpp-dev libsqlite3-dev libfmt-dev libhpdf-dev
  doctest-dev nlohmann-json3-dev libfontconfig-dev libxlsxwriter-dev
  libpq-dev postgresql-15  # the shared back end, and a server of their own for its tests
  xvfb xauth fonts-dejavu-core poppler-utils sqlite3 unzip groff-base appstream desktop-file-utils
  clang libclang-rt-14-dev
  gdb  # a stuck GUI test prints every thread's stack with it (tests/gui/main.cpp)
  gsettings-desktop-schemas  # the "screen reader on" setting the GUI tests turn on
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "vigie: installing ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends "${missing[@]}"
fi

# wxLocale shows a blocking box when fr_FR.UTF-8 is not generated (PLATFORM.md).
# grep reads everything (no -q): an early exit would fail the pipe under pipefail.
has_french() { locale -a 2>/dev/null | grep -iE '^fr_FR\.utf-?8$' >/dev/null; }

# Debian's locale-gen rebuilds only the locales listed in /etc/locale.gen and drops the
# others: a locale made by localedef alone vanishes at the next locale-gen (a locales
# upgrade runs one). So list it there (uncommented once, never twice), then generate it.
locale_gen=/etc/locale.gen
if [ -f "$locale_gen" ] && command -v locale-gen >/dev/null 2>&1; then
  listed='^[[:space:]]*fr_FR\.UTF-8[[:space:]]+UTF-8[[:space:]]*$'
  commented='^[[:space:]]*#[[:space:]]*(fr_FR\.UTF-8[[:space:]]+UTF-8)[[:space:]]*$'
  changed=0
  if ! grep -qE "$listed" "$locale_gen"; then
    echo "vigie: adding fr_FR.UTF-8 to $locale_gen"
    if grep -qE "$commented" "$locale_gen"; then
      as_root sed -i -E "s/$commented/\\1/" "$locale_gen"
    else
      # A file that does not end with a line break would glue the entry to its last line.
      { [ -z "$(tail -c1 "$locale_gen")" ] || echo; echo 'fr_FR.UTF-8 UTF-8'; } \
        | as_root tee -a "$locale_gen" >/dev/null
    fi
    changed=1
  fi
  if [ "$changed" -eq 1 ] || ! has_french; then
    # --keep-existing: regenerate what is missing, never remove what other tools made.
    echo "vigie: generating the fr_FR.UTF-8 locale"
    as_root locale-gen --keep-existing
  fi
fi

# Without locale-gen (or if it could not make it), build the locale directly.
if ! has_french; then
  echo "vigie: generating the fr_FR.UTF-8 locale"
  as_root localedef -i fr_FR -f UTF-8 fr_FR.UTF-8
fi
