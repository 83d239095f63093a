#!/usr/bin/env bash
# Cross-builds the libraries Vigie links on Windows, as static MinGW-w64 libraries, from
# Debian 12's own source packages (`apt-get source`): nothing vendored, nothing fetched
# from anywhere but Debian. They land in a cache outside the clone, one prefix per set of
# versions, and each library is rebuilt only when its version or its recipe changes.
#
# usage: installer/windows/libraries.sh        prints the prefix on its last line
# Called by installer/windows/build.sh after the packages are installed.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
host=x86_64-w64-mingw32
jobs=$(nproc 2>/dev/null || echo 2)

# Debian source packages, in build order (each one's dependencies come before it).
sources=(zlib libpng1.6 expat sqlite3 sqlitecpp fmtlib nlohmann-json3 libharu libxlsxwriter
  wxwidgets3.2)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt-get source needs a deb-src entry: the same archives and suites as the binary ones.
ensure_deb_src() {
  if apt-cache showsrc zlib 2>/dev/null | grep -q '^Version:'; then
    return
  fi
  local list=/etc/apt/sources.list.d/vigie-deb-src.sources
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed -E 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      | as_root tee "$list" >/dev/null
  else
    grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | sed 's/^deb /deb-src /' \
      | as_root tee /etc/apt/sources.list.d/vigie-deb-src.list >/dev/null
  fi
  as_root apt-get update -q >&2
}

# Every version of a source package the archives list, newest first.
source_versions() {
  apt-cache showsrc "$1" | awk '/^Version:/ {print $2}' | sort -Vru
}

# Unpacks the newest source of $1 that can be had into $work, Debian's patches applied
# (the +dfsg tarballs lack the bundled copies). Some mirrors serve the security suite's
# binaries but not its sources, or a package's upstream tarball but not its Debian part:
# then an older version, or as a last resort the upstream tarball alone (said so). Sets
# version[$1] and folder[$1]; no download when an unpacked copy is already there.
declare -A version=() folder=()
unpack() {
  local name=$1 v dir dl=$work/dl-$1 orig
  for v in $(source_versions "$name"); do
    dir=$work/$name-${v#*:}
    if [ -f "$dir/.unpacked" ]; then
      version[$name]=$v folder[$name]=$dir
      return
    fi
  done
  for pass in whole upstream; do
    for v in $(source_versions "$name"); do
      dir=$work/$name-${v#*:}
      rm -rf "$dir" "$dl" && mkdir -p "$dl"
      if (cd "$dl" && apt-get source -q --download-only "$name=$v" >/dev/null 2>&1); then
        (cd "$dl" && dpkg-source -x --no-copy --no-check ./*.dsc "$dir" >/dev/null)
      elif orig=$(ls "$dl"/*.orig.tar.* 2>/dev/null | head -n 1) && [ "$pass" = upstream ]; then
        echo "vigie: $name $v: Debian's patches cannot be downloaded, building the upstream source" >&2
        mkdir -p "$dir" && tar -xf "$orig" -C "$dir" --strip-components=1
      else
        continue
      fi
      rm -rf "$dl"
      touch "$dir/.unpacked"
      version[$name]=$v folder[$name]=$dir
      return
    done
  done
  rm -rf "$dl"
  echo "vigie: no source of $name can be downloaded (is there a deb-src entry?)" >&2
  exit 1
}

ensure_deb_src
cache=${XDG_CACHE_HOME:-$HOME/.cache}/vigie-windows
work=$cache/src
mkdir -p "$work"
versions=""
for s in "${sources[@]}"; do
  unpack "$s"
  versions+="$s=${version[$s]} "
done
key=$(printf '%s' "$versions" | sha256sum | cut -c1-12)
prefix=$cache/$key
mkdir -p "$prefix"
echo "$versions" >"$prefix/VERSIONS"

cmake_cross() {
  cmake -G Ninja -DCMAKE_SYSTEM_NAME=Windows -DCMAKE_C_COMPILER=$host-gcc-posix \
    -DCMAKE_CXX_COMPILER=$host-g++-posix -DCMAKE_RC_COMPILER=$host-windres \
    -DCMAKE_FIND_ROOT_PATH="$prefix" -DCMAKE_FIND_ROOT_PATH_MODE_PROGRAM=NEVER \
    -DCMAKE_FIND_ROOT_PATH_MODE_LIBRARY=ONLY -DCMAKE_FIND_ROOT_PATH_MODE_INCLUDE=ONLY \
    -DCMAKE_FIND_ROOT_PATH_MODE_PACKAGE=ONLY \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release \
    -DBUILD_SHARED_LIBS=OFF "$@" >&2
}

export CC=$host-gcc-posix CXX=$host-g++-posix AR=$host-ar RANLIB=$host-ranlib \
  RC=$host-windres WINDRES=$host-windres
export PKG_CONFIG_LIBDIR=$prefix/lib/pkgconfig PKG_CONFIG_PATH=

build_zlib() {
  (cd "$1" && CHOST=$host ./configure --static --prefix="$prefix" && make -j"$jobs" install) >&2
  # minizip (zlib's contrib) is what libxlsxwriter zips its workbooks with.
  local mz=$1/contrib/minizip
  (cd "$mz" && for f in ioapi zip unzip; do $CC -O2 -I"$1" -c $f.c -o $f.o; done &&
    $AR rcs "$prefix/lib/libminizip.a" ioapi.o zip.o unzip.o) >&2
  mkdir -p "$prefix/include/minizip"
  cp "$mz"/{ioapi,zip,unzip}.h "$prefix/include/minizip/"
}

build_libpng1_6() {
  (cd "$1" && ./configure --host=$host --prefix="$prefix" --disable-shared --enable-static \
    CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" && make -j"$jobs" install) >&2
}

build_expat() {
  local b=$1/build-win
  # Debian's security patches test `#if XML_DTD == 1`, which CMake's `#define XML_DTD`
  # (no value) breaks: give the switches the value the autotools build would.
  (cmake_cross -S "$1/expat" -B "$b" -DEXPAT_SHARED_LIBS=OFF -DEXPAT_BUILD_TOOLS=OFF \
    -DEXPAT_BUILD_EXAMPLES=OFF -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_DOCS=OFF &&
    sed -i -E 's/^#define (XML_DTD|XML_GE|XML_NS)$/#define \1 1/' "$b/expat_config.h" &&
    cmake --build "$b" --target install) >&2
}

build_sqlite3() {
  # The amalgamation is generated with a native tclsh and lemon, then compiled for Windows
  # with the options Vigie relies on (FTS5, JSON, math functions).
  local b=$1/build-win
  mkdir -p "$b"
  (cd "$b" && env -u CC -u CXX -u AR -u RANLIB ../configure --disable-tcl >/dev/null &&
    make sqlite3.c sqlite3.h >/dev/null) >&2
  (cd "$b" && $CC -O2 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_MATH_FUNCTIONS \
    -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_THREADSAFE=1 -DSQLITE_DQS=0 \
    -c sqlite3.c -o sqlite3.o && $AR rcs "$prefix/lib/libsqlite3.a" sqlite3.o) >&2
  cp "$b/sqlite3.h" "$1/src/sqlite3ext.h" "$prefix/include/" 2>/dev/null ||
    cp "$b/sqlite3.h" "$prefix/include/"
}

build_sqlitecpp() {
  local b=$1/build-win
  (cmake_cross -S "$1" -B "$b" -DSQLITECPP_INTERNAL_SQLITE=OFF -DSQLITECPP_RUN_CPPLINT=OFF \
    -DSQLITECPP_RUN_CPPCHECK=OFF -DSQLITECPP_BUILD_TESTS=OFF -DSQLITECPP_BUILD_EXAMPLES=OFF \
    -DSQLite3_INCLUDE_DIR="$prefix/include" -DSQLite3_LIBRARY="$prefix/lib/libsqlite3.a" &&
    cmake --build "$b" --target install) >&2
}

build_nlohmann_json3() {
  local b=$1/build-win
  (cmake_cross -S "$1" -B "$b" -DJSON_BuildTests=OFF -DJSON_Install=ON &&
    cmake --build "$b" --target install) >&2
}

build_fmtlib() {
  local b=$1/build-win
  (cmake_cross -S "$1" -B "$b" -DFMT_DOC=OFF -DFMT_TEST=OFF -DFMT_INSTALL=ON &&
    cmake --build "$b" --target install) >&2
}

build_libharu() {
  local b=$1/build-win
  (cmake_cross -S "$1" -B "$b" -DLIBHPDF_SHARED=OFF -DLIBHPDF_STATIC=ON \
    -DLIBHPDF_EXAMPLES=OFF -DCMAKE_C_FLAGS="-I$prefix/include" &&
    cmake --build "$b" --target install) >&2
}

build_libxlsxwriter() {
  local b=$1/build-win
  (cmake_cross -S "$1" -B "$b" -DUSE_SYSTEM_MINIZIP=ON -DBUILD_TESTS=OFF \
    -DBUILD_EXAMPLES=OFF -DCMAKE_C_FLAGS="-I$prefix/include" &&
    cmake --build "$b" --target install) >&2
}

build_wxwidgets3_2() {
  # Only what Vigie uses (PLATFORM.md: ~23 min on 2 cores): no OpenGL, web view, media,
  # styled text, rich text, property grid, ribbon or AUI.
  local b=$1/build-win
  mkdir -p "$b"
  (cd "$b" && ../configure --host=$host --build=x86_64-linux-gnu --prefix="$prefix" \
    --disable-shared --with-msw --with-zlib=sys --with-libpng=sys --with-expat=sys \
    --with-regex=builtin --with-libjpeg=no --with-libtiff=no --with-liblzma=no \
    --without-opengl --disable-webview --disable-mediactrl --disable-stc --disable-richtext \
    --disable-propgrid --disable-ribbon --disable-aui --disable-debug_info \
    CPPFLAGS="-I$prefix/include" LDFLAGS="-L$prefix/lib" && make -j"$jobs" && make install) >&2
}

for s in "${sources[@]}"; do
  recipe=$(declare -f "build_${s//[.-]/_}" | sha256sum | cut -c1-12)
  stamp="$prefix/.built-$s"
  want="${version[$s]} $recipe"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    continue
  fi
  echo "vigie: cross-building $s ${version[$s]} for Windows" >&2
  started=$(date +%s)
  dir=${folder[$s]}
  rm -rf "$dir/build-win"
  "build_${s//[.-]/_}" "$dir"
  echo "$want" >"$stamp"
  echo "vigie: $s built in $(($(date +%s) - started)) s" >&2
done
echo "$prefix"
