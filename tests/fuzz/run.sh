#!/usr/bin/env bash
# Runs one fuzz target on its corpus: seeds from the repository, plus what earlier runs
# found. Crashes are written to tests/data/fuzz-regressions/TARGET/ to become tests.
# usage: run.sh FUZZER TARGET SECONDS [CORPUS_DIR]
set -euo pipefail
fuzzer=$1; target=$2; seconds=$3
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${4:-$root/build-asan/corpus-$target}
regressions="$root/tests/data/fuzz-regressions/$target"
mkdir -p "$corpus" "$regressions"
# Seeds: the project's own sample files for this target.
case $target in
  csv) cp -n "$root"/tests/e2e/data/*.csv "$corpus/" 2>/dev/null || true ;;
  privacy) [ -f "$root/tests/data/privacy_labelled.tsv" ] &&
             split -l 1 -a 4 "$root/tests/data/privacy_labelled.tsv" "$corpus/seed-" ;;
  database) if [ -z "$(ls -A "$corpus")" ]; then
              cli="$(dirname "$fuzzer")/../../src/cli/vigie-cli"
              if [ -x "$cli" ]; then
                tmp=$(mktemp -d); "$cli" --db "$tmp/seed.sqlite" init >/dev/null
                sqlite3 "$tmp/seed.sqlite" "PRAGMA journal_mode=DELETE; VACUUM;" >/dev/null
                cp "$tmp/seed.sqlite" "$corpus/seed.sqlite"; rm -rf "$tmp"
              fi
            fi ;;
esac
cp -n "$regressions"/* "$corpus/" 2>/dev/null || true
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
max_len=4096; [ "$target" = database ] && max_len=262144
# FUZZ_SEED fixes libFuzzer's seed (the test suite's short runs, so that CI says the same
# thing twice); unset or 0, each run explores afresh (the long runs by hand).
exec "$fuzzer" "$corpus" -seed="${FUZZ_SEED:-0}" -max_total_time="$seconds" -max_len="$max_len" -timeout=10 \
  -rss_limit_mb=2048 -artifact_prefix="$regressions/" -print_final_stats=1
