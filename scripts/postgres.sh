#!/usr/bin/env bash
# Start, stop or remove a PostgreSQL cluster on loopback (the test suite's, and `make serve-prod`'s).
#   scripts/postgres.sh start     -> prints the DATABASE_URL to use; creates the cluster only
#                                    when $PG_DIR holds none, otherwise starts the one there
#   scripts/postgres.sh stop      stops the server; the data stays
#   scripts/postgres.sh destroy   stops the server and removes $PG_DIR (throwaway clusters only)
# Installs Debian's postgresql package if no server binaries are found. The cluster lives in
# $PG_DIR (default /tmp/frontline-pg) and trusts loopback connections only. PG_FAST=1 turns off
# fsync (test clusters: fast, but a crash of the machine can corrupt them).
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
  local url="postgres://postgres@127.0.0.1:${PG_PORT}/frontline"
  if [ -f "$PG_DIR/data/postmaster.pid" ] && as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
    echo "$url"
    return 0
  fi
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    # No cluster here yet (an existing one, merely stopped, is never initialised again).
    mkdir -p "$PG_DIR"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$PG_DIR"
    as_owner "$bindir/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  local options="-c listen_addresses=127.0.0.1 -p ${PG_PORT} -k ${PG_DIR} -c max_connections=60"
  if [ "${PG_FAST:-0}" = "1" ]; then
    options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start -o "$options" >/dev/null
  if ! as_owner "$bindir/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'frontline'" postgres | grep -q 1; then
    as_owner "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres frontline
  fi
  echo "$url"
}

stop() {
  local bindir
  bindir=$(find_bindir) || return 0
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

destroy() {
  stop
  rm -rf "$PG_DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  destroy) destroy ;;
  *) echo "usage: $0 start|stop|destroy" >&2; exit 2 ;;
esac
