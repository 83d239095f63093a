#!/usr/bin/env bash
# Runs a command with a PostgreSQL 15 server of its own: initdb in a temporary folder, as
# a non-root user (postgres when run as root: the server refuses root), listening on a
# Unix socket only, stopped and removed at the end whatever happens. The command sees
# VIGIE_TEST_PG, a libpq URI of an empty database it may fill.
# usage: tests/pg/with_postgres.sh COMMAND [ARGS...]
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
if [ -z "$bin" ]; then
  echo "with_postgres: PostgreSQL 15 is not installed (installer/deps.sh installs it)" >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
work=$(mktemp -d /tmp/vigie-pg.XXXXXX)
chmod 755 "$work"
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
stop() {
  as_owner "$bin/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
as_owner "$bin/initdb" -D "$work/data" -U vigie --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log" >&2; exit 1; }
# No TCP port: nothing outside this machine, and two runs never collide.
as_owner "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-c listen_addresses='' -k $work -c fsync=off -c full_page_writes=off" start >/dev/null \
  || { cat "$work/server.log" >&2; exit 1; }
as_owner "$bin/createdb" -h "$work" -U vigie vigie_test
export VIGIE_TEST_PG="postgresql:///vigie_test?host=$work&user=vigie"
echo "with_postgres: server in $work ($VIGIE_TEST_PG)"
set +e
"$@"
status=$?
set -e
exit $status
