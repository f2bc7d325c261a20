#!/usr/bin/env bash
# Start or stop a throwaway Redis on loopback (Celery broker and cache for the tests and for
# `make serve-prod`).
#   scripts/redis.sh start   -> prints the REDIS_URL to use
#   scripts/redis.sh stop
# Installs Debian's redis-server package if it is missing. Data lives in $REDIS_DIR (default
# /tmp/frontline-redis) and is removed on stop; nothing is persisted to disk.
set -euo pipefail

REDIS_DIR=${REDIS_DIR:-/tmp/frontline-redis}
REDIS_PORT=${REDIS_PORT:-56379}

start() {
  if ! command -v redis-server >/dev/null; then
    echo "Redis not found; installing Debian's redis-server package..." >&2
    "$(dirname "$0")/system-deps.sh" redis
  fi
  if [ -f "$REDIS_DIR/redis.pid" ] && kill -0 "$(cat "$REDIS_DIR/redis.pid")" 2>/dev/null; then
    echo "redis://127.0.0.1:${REDIS_PORT}/0"
    return 0
  fi
  rm -rf "$REDIS_DIR"
  mkdir -p "$REDIS_DIR"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --dir "$REDIS_DIR" \
    --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/redis.log" --save "" --appendonly no >&2
  for _ in $(seq 1 50); do
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  echo "redis://127.0.0.1:${REDIS_PORT}/0"
}

stop() {
  if [ -f "$REDIS_DIR/redis.pid" ]; then
    kill "$(cat "$REDIS_DIR/redis.pid")" 2>/dev/null || true
    sleep 0.2
  fi
  rm -rf "$REDIS_DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
