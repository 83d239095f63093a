#!/usr/bin/env bash
# The Debian package end to end, after the test suite (.ci/run): builds it with CPack in
# build/, installs it with apt-get from the local file, runs both installed programs,
# checks what a desktop needs is in place, removes it and checks it is gone.
# Installing needs root: as any other user it says so and does nothing.
# usage: installer/package_test.sh        (VIGIE_BUILD_DIR chooses another build tree)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIE_BUILD_DIR:-$root/build}
app_id=fr.veilledroits.Vigie

if [ "$(id -u)" -ne 0 ]; then
  echo "== package test skipped: installing the .deb with apt-get needs root (CI runs as root)"
  exit 0
fi

echo "== Debian package: build, install, run, remove"

fail() {
  echo "package test: FAIL: $*" >&2
  exit 1
}

if [ "$(dpkg-query -W -f='${Status}' vigie 2>/dev/null || true)" = "install ok installed" ]; then
  fail "a vigie package is already installed on this machine; this test installs and removes its own: remove it first (apt-get remove vigie)"
fi

tmp=$(mktemp -d)
installed=0
gui_pid=
cleanup() {
  if [ -n "$gui_pid" ] && kill -0 "$gui_pid" 2>/dev/null; then
    kill "$gui_pid" 2>/dev/null || true
    wait "$gui_pid" 2>/dev/null || true
  fi
  if [ "$installed" = 1 ]; then
    echo "package test: removing the package left installed by the failure"
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q vigie >/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# --- Build ----------------------------------------------------------------------------
"$root/installer/build.sh"
rm -f "$build"/vigie_*.deb
(cd "$build" && cpack -G DEB) >"$tmp/cpack.log" 2>&1 || {
  cat "$tmp/cpack.log" >&2
  fail "cpack -G DEB failed"
}
debs=("$build"/vigie_*_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  fail "expected one vigie_<version>_<arch>.deb in $build, found: ${debs[*]}"
fi
deb=${debs[0]}
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: $(basename "$deb")"
echo "Depends: $depends"
# Without dpkg-dev and file, CPack silently writes no library dependencies.
grep -q 'libwxgtk3' <<<"$depends" || fail "no shared library in Depends (dpkg-shlibdeps did not run?)"
grep -q 'fonts-dejavu-core' <<<"$depends" || fail "fonts-dejavu-core missing from Depends"
[[ "$(basename "$deb")" == "vigie_${version}_$(dpkg --print-architecture).deb" ]] ||
  fail "unexpected file name $(basename "$deb")"

# --- Install (from the local file: no download when the dependencies are there) -----
apt-get install --simulate --no-install-recommends "$deb" >"$tmp/simulate.log" 2>&1 || {
  cat "$tmp/simulate.log" >&2
  fail "apt-get cannot install $deb"
}
others=$(awk '$1 == "Inst" && $2 != "vigie" {print $2}' "$tmp/simulate.log" | tr '\n' ' ')
[ -z "$others" ] || echo "package test: apt-get will also install (download): $others"
installed=1
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb"
[ "$(dpkg-query -W -f='${Status}' vigie)" = "install ok installed" ] || fail "vigie is not installed"

# --- What it installed --------------------------------------------------------------
for f in /usr/bin/vigie /usr/bin/vigie-cli \
  /usr/share/locale/fr/LC_MESSAGES/vigie.mo \
  /usr/share/applications/$app_id.desktop \
  /usr/share/metainfo/$app_id.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
  /usr/share/man/man1/vigie-cli.1.gz \
  /usr/share/doc/vigie/copyright; do
  [ -f "$f" ] || fail "$f is not installed"
done
for s in 16 24 32 48 64 128 256; do
  f=/usr/share/icons/hicolor/${s}x$s/apps/$app_id.png
  [ -f "$f" ] || fail "$f is not installed"
done
if [ -n "$(find "$root/assets/help" -type f 2>/dev/null | head -1)" ]; then
  [ -n "$(find /usr/share/vigie/help -type f 2>/dev/null | head -1)" ] ||
    fail "the user guide (assets/help) is not in /usr/share/vigie/help"
fi
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate /usr/share/applications/$app_id.desktop
fi
gzip -t /usr/share/man/man1/vigie-cli.1.gz || fail "the man page is not a valid gzip file"

# --- The installed programs ---------------------------------------------------------
# Their settings and data go to the temporary folder, not to root's home.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_DATA_HOME=$tmp/home/.local/share
mkdir -p "$HOME"
unset VIGIE_DB

out=$(/usr/bin/vigie-cli --version)
[ "$out" = "vigie-cli $version" ] || fail "vigie-cli --version says \"$out\", the package is $version"
# The French catalog is found from the installed path (a C locale gets French).
help=$(LC_ALL=C LANGUAGE='' /usr/bin/vigie-cli --help)
grep -q 'Code de sortie' <<<"$help" ||
  fail "vigie-cli --help is not in French: the catalog is not found from /usr/bin"
# ... and on a system that has no French locale at all (LOCPATH hides the generated
# ones): French whatever LANG says, English only when asked for (LANGUAGE=en).
mkdir -p "$tmp/no-locales"
for case in "LANG=" "LANG=C" "LC_ALL=C" "LANG=fr_FR.UTF-8" "LC_ALL=fr_FR.UTF-8"; do
  out=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LOCPATH="$tmp/no-locales" $case \
    /usr/bin/vigie-cli --help)
  grep -q 'Code de sortie' <<<"$out" || fail "vigie-cli --help not in French with $case and no locale"
done
out=$(env -u LC_ALL LOCPATH="$tmp/no-locales" LANG=C LANGUAGE=en /usr/bin/vigie-cli --help)
grep -q 'Exit status' <<<"$out" || fail "LANGUAGE=en did not give English"
out=$(env -u LANGUAGE -u LC_ALL LOCPATH="$tmp/no-locales" LANG=C \
  /usr/bin/vigie-cli --db "$tmp/demo.sqlite" demo)
grep -q 'fiches de démonstration' <<<"$out" || fail "demo not in French without a locale: $out"
/usr/bin/vigie-cli --db "$tmp/demo.sqlite" stats >/dev/null
# A PDF needs the font of the Depends line, found through fontconfig.
json=$(/usr/bin/vigie-cli --db "$tmp/demo.sqlite" stats --json)
year=$(grep -m1 -oE '"year": ?[0-9]{4}' <<<"$json" | grep -oE '[0-9]{4}') || fail "no year in stats --json"
year=${year%%$'\n'*}
/usr/bin/vigie-cli --db "$tmp/demo.sqlite" report annual --year "$year" --out "$tmp/annual.pdf" >/dev/null
[ "$(head -c 5 "$tmp/annual.pdf")" = "%PDF-" ] || fail "the annual report is not a PDF"
if command -v man >/dev/null; then
  man -w vigie-cli >/dev/null || fail "man does not find vigie-cli"
fi

# The window starts on the demo database and is still running a few seconds later (a
# missing display or a crash at start would have ended it). xvfb-run's own exit status
# says which.
cat >"$tmp/window.sh" <<'EOF'
#!/usr/bin/env bash
/usr/bin/vigie --db "$1" &
pid=$!
sleep 6
if kill -0 "$pid" 2>/dev/null; then
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  exit 0
fi
wait "$pid" && status=0 || status=$?
echo "vigie ended by itself, with status $status" >&2
exit 1
EOF
chmod +x "$tmp/window.sh"
xvfb-run -a -s "-screen 0 1280x1024x24" "$tmp/window.sh" "$tmp/demo.sqlite" >"$tmp/window.log" 2>&1 &
gui_pid=$!
if ! wait "$gui_pid"; then
  gui_pid=
  cat "$tmp/window.log" >&2
  fail "the installed vigie did not keep running under xvfb-run"
fi
gui_pid=
echo "vigie: started on the demo database and ran for 6 seconds"

# --- Remove ---------------------------------------------------------------------------
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q vigie
installed=0
for f in /usr/bin/vigie /usr/bin/vigie-cli; do
  [ ! -e "$f" ] || fail "$f is still there after apt-get remove vigie"
done
# Every file the package brought is gone.
left=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print substr($6, 2)}' | while read -r f; do
  [ ! -e "$f" ] || echo "$f"
done)
[ -z "$left" ] || fail "left behind after removal: $left"
echo "== package test passed ($(basename "$deb"))"
