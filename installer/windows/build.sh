#!/usr/bin/env bash
# Builds the Windows installer on Debian 12: installs the cross toolchain, NSIS and Wine
# with apt-get, cross-builds the libraries from Debian's source packages into a cache
# outside the clone (libraries.sh), then vigie.exe and vigie-cli.exe (static: no DLL but
# Windows' own), and build-windows/vigie-VERSION-setup.exe with makensis.
# usage: installer/windows/build.sh            (then installer/windows/smoke_test.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/installer/windows
out=${VIGIE_WINDOWS_BUILD_DIR:-$root/build-windows}
host=x86_64-w64-mingw32
started=$(date +%s)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

packages=(
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools binutils-mingw-w64-x86-64
  nsis wine64 xvfb xauth cmake ninja-build dpkg-dev gettext wx-common fonts-dejavu-core
  poppler-utils imagemagick x11-apps
)
missing=()
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "vigie: installing ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}"
fi

prefix=$("$here/libraries.sh" | tail -n 1)
wx_source=$(ls -d "$(dirname "$prefix")"/src/wxwidgets3.2-*/ | sort -V | tail -n 1)
echo "vigie: libraries ready in $prefix ($(($(date +%s) - started)) s)"

cmake -S "$root" -B "$out/build" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$here/mingw-w64.cmake" -DVIGIE_WINDOWS_PREFIX="$prefix" \
  -DCMAKE_BUILD_TYPE=Release -DVIGIE_BUILD_TESTS=OFF \
  -DwxWidgets_CONFIG_EXECUTABLE="$prefix/bin/wx-config" \
  -DwxWidgets_wxrc_EXECUTABLE=/usr/bin/wxrc -DWXRC_EXECUTABLE=/usr/bin/wxrc \
  -DVIGIE_WX_FR_PO="$wx_source/locale/fr.po" >/dev/null
cmake --build "$out/build" -j "$(nproc 2>/dev/null || echo 2)"
rm -rf "$out/stage"
cmake --install "$out/build" --prefix "$out/stage" --strip >/dev/null

version=$(sed -nE 's/^project\(Vigie VERSION ([0-9.]+).*/\1/p' "$root/CMakeLists.txt")
setup=$out/vigie-$version-setup.exe
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DSTAGE="$out/stage" -DOUTFILE="$setup" \
  -DICON="$root/assets/icons/fr.veilledroits.Vigie.ico" "$here/vigie.nsi"
echo "vigie: $setup ($(du -h "$setup" | cut -f1)) built in $(($(date +%s) - started)) s"
