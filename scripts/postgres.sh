#!/usr/bin/env bash
# Start or stop a throwaway PostgreSQL on loopback for the test suite.
#   scripts/postgres.sh start   -> prints the DATABASE_URL to use
#   scripts/postgres.sh stop
# Installs Debian's postgresql package if no server binaries are found. The cluster lives in
# $PG_DIR (default /tmp/frontline-pg), trusts loopback connections only, and is removed on stop.
set -euo pipefail

PG_DIR=${PG_DIR:-/tmp/frontline-pg}
PG_PORT=${PG_PORT:-54329}

find_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return 0; }
  done
  return 1
}

as_owner() {
  # PostgreSQL refuses to run as root: run its commands as the 'postgres' system user then.
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bindir
  if ! bindir=$(find_bindir); then
    echo "PostgreSQL not found; installing Debian's postgresql package..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
    bindir=$(find_bindir)
  fi
  if [ -f "$PG_DIR/data/postmaster.pid" ] && as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    echo "postgres://postgres@127.0.0.1:${PG_PORT}/frontline"
    return 0
  fi
  rm -rf "$PG_DIR"
  mkdir -p "$PG_DIR"
  [ "$(id -u)" = "0" ] && chown postgres:postgres "$PG_DIR"
  as_owner "$bindir/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p ${PG_PORT} -k ${PG_DIR} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" >/dev/null
  as_owner "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres frontline
  echo "postgres://postgres@127.0.0.1:${PG_PORT}/frontline"
}

stop() {
  local bindir
  bindir=$(find_bindir) || return 0
  if [ -d "$PG_DIR/data" ]; then
    as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
