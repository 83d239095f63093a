#!/usr/bin/env bash
# Times vigie-cli as whole processes on a 100,000-report database (median of 7 runs).
# usage: tests/bench/cli_bench.sh build/src/cli/vigie-cli [REPORTS]
set -euo pipefail
cli=$(realpath "$1"); n=${2:-100000}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
runs() { for _ in 1 2 3 4 5 6 7; do time_ms "$@"; done | median; }
echo "vigie-cli as whole processes, $n reports"
echo "demo --reports $n:           $(time_ms "$cli" --db a.sqlite demo --reports "$n" --seed 1) ms"
echo "export reports --all:         $(time_ms "$cli" --db a.sqlite export reports a.csv --all) ms"
echo "import reports (empty db):    $(time_ms "$cli" --db b.sqlite import reports a.csv) ms"
year=$(sqlite3 b.sqlite "select max(substr(received_on,1,4)) from reports")
echo "stats --year $year --json:     $(runs "$cli" --db b.sqlite stats --year "$year" --json) ms (median of 7)"
echo "stats --year $year (text):     $(runs "$cli" --db b.sqlite stats --year "$year") ms (median of 7)"
