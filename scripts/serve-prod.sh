#!/usr/bin/env bash
# The production shape on one machine, on loopback: PostgreSQL and Redis (installed from
# Debian's packages if missing), gunicorn with frontline.settings.production, the two Celery
# workers of the Procfile (documents and mail; statement delivery) and Celery beat.
#   make serve-prod            -> http://127.0.0.1:8001/
# Data lives under var/prod/ (database, media, private files, signing keys) and survives
# restarts, crashes and Ctrl-C: nothing here ever deletes it; remove that folder to start
# again. Demo content is seeded the first time.
# A process that dies (crash, OOM, kill -9) is started again; one that keeps dying (5 times in
# a minute) stops the whole stack cleanly, data kept. Ctrl-C (or SIGTERM) stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
STATE=${SERVE_PROD_DIR:-$PWD/var/prod}
WEB_PORT=${WEB_PORT:-8001}
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)

# PostgreSQL keeps its cluster beside the rest of the state when its system user can reach it
# (as root, PostgreSQL runs as 'postgres'); otherwise under /var/tmp, which survives reboots.
if [ -z "${PG_DIR:-}" ]; then
  PG_DIR=$STATE/postgres
  if [ "$(id -u)" = "0" ] && ! runuser -u postgres -- test -x "$STATE"; then
    PG_DIR=/var/tmp/frontline-prod-pg
  fi
fi
export PG_DIR PG_PORT=${PG_PORT:-54330}
export REDIS_DIR=${REDIS_DIR:-/tmp/frontline-prod-redis} REDIS_PORT=${REDIS_PORT:-56380}

declare -A name_of=()  # pid -> process type
declare -A deaths=()   # process type -> exit times in the last minute
stopping=0

stop_all() {
  stopping=1
  trap - EXIT INT TERM
  local pid
  for pid in "${!name_of[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${!name_of[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
  scripts/redis.sh stop
  scripts/postgres.sh stop  # the server stops; its data stays
  echo "serve-prod: stopped (data kept in $STATE and $PG_DIR)"
}
trap stop_all EXIT INT TERM

scripts/system-deps.sh pdf saml
DATABASE_URL=$(scripts/postgres.sh start)
REDIS_URL=$(scripts/redis.sh start)
[ -f "$STATE/secret-key" ] || $PY -c "import secrets; print(secrets.token_urlsafe(50))" > "$STATE/secret-key"
export DJANGO_SETTINGS_MODULE=frontline.settings.production
export DATABASE_URL REDIS_URL CELERY_BROKER_URL=$REDIS_URL
export SECRET_KEY; SECRET_KEY=$(cat "$STATE/secret-key")
export ALLOWED_HOSTS=127.0.0.1,localhost SITE_BASE_URL=http://127.0.0.1:$WEB_PORT
export CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$WEB_PORT,http://localhost:$WEB_PORT
# No TLS on loopback: no redirect to https and no HSTS (a real deployment keeps both on).
export SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0
export MEDIA_ROOT=$STATE/media PRIVATE_MEDIA_ROOT=$STATE/private
export CERTIFICATE_SIGNING_KEYS_FILE=$STATE/signing-keys.json
export EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
export PYTHONUNBUFFERED=1  # log lines as they happen

$PY manage.py signing_keys ensure
$PY manage.py migrate --no-input -v 0
$PY manage.py collectstatic --no-input -v 0
# The demo refuses production settings unless asked; this is a local showcase. DEMO_COURSES
# (slugs, space-separated) seeds those courses and the consular one only: a quicker start.
only=()
for slug in ${DEMO_COURSES:-}; do only+=("--course=$slug"); done
$PY manage.py seed_demo --allow-production "${only[@]}"

# The Procfile's process types. Each runs in a process group of its own (job control), so a
# process that dies leaves no orphans behind: its whole group is ended before it restarts.
run_web() {
  exec .venv/bin/gunicorn frontline.wsgi:application --bind "127.0.0.1:$WEB_PORT" --workers 2 \
    --access-logfile - --forwarded-allow-ips 127.0.0.1
}
run_worker() {
  exec .venv/bin/celery -A frontline worker --hostname "worker@%h" \
    --queues default,documents,mail --concurrency 2 --loglevel INFO
}
run_statements() {
  exec .venv/bin/celery -A frontline worker --hostname "statements@%h" \
    --queues statements --concurrency 1 --loglevel INFO
}
run_beat() {
  exec .venv/bin/celery -A frontline beat --loglevel INFO --schedule "$STATE/celerybeat-schedule"
}

set -m
start() {
  "run_$1" &
  name_of[$!]=$1
  echo "serve-prod: started $1 (pid $!)"
}
for process_type in web worker statements beat; do start "$process_type"; done
echo "Serving the production stack on http://127.0.0.1:$WEB_PORT/ (Ctrl-C stops everything)"

while [ "$stopping" = 0 ]; do
  set +e
  wait -n -p ended "${!name_of[@]}"
  status=$?
  set -e
  [ "$stopping" = 1 ] && break
  [ -n "${ended:-}" ] && [ -n "${name_of[$ended]:-}" ] || continue
  process_type=${name_of[$ended]}
  unset "name_of[$ended]"
  kill -TERM -- "-$ended" 2>/dev/null || true  # what it left behind (gunicorn or pool workers)
  now=$(date +%s)
  recent=""
  for at in ${deaths[$process_type]:-} $now; do
    [ $((now - at)) -lt 60 ] && recent="$recent $at"
  done
  deaths[$process_type]=$recent
  if [ "$(wc -w <<<"$recent")" -ge 5 ]; then
    echo "serve-prod: $process_type exited 5 times within a minute (last status $status); stopping" >&2
    exit 1
  fi
  echo "serve-prod: $process_type (pid $ended) exited with status $status; starting it again" >&2
  sleep 1
  start "$process_type"
done
