#!/usr/bin/env bash
# Installs the Debian 12 packages Vigie needs to build, run and test, and the French
# locale. Idempotent: installs only what is missing; uses sudo only when not root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkgconf dpkg-dev file gettext locales
  libwxgtk3.2-dev libgtk-3-dev wx3.2-i18n libsqlitecpp-dev libsqlite3-dev libfmt-dev libhpdf-dev
  doctest-dev nlohmann-json3-dev libfontconfig-dev libxlsxwriter-dev
  xvfb xauth fonts-dejavu-core poppler-utils sqlite3 unzip groff-base appstream desktop-file-utils
  clang libclang-rt-14-dev
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
if ! locale -a 2>/dev/null | grep -qiE '^fr_FR\.utf-?8$'; then
  echo "vigie: generating the fr_FR.UTF-8 locale"
  as_root localedef -i fr_FR -f UTF-8 fr_FR.UTF-8
fi
