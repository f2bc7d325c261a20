#!/usr/bin/env bash
# The production shape on one machine, on loopback: PostgreSQL and Redis (installed from
# Debian's packages if missing), gunicorn with frontline.settings.production, a Celery worker
# and Celery beat. Ctrl-C (or SIGTERM) stops all of them.
#   make serve-prod            -> http://127.0.0.1:8001/
# Data lives under var/prod/ (database, media, signing keys) and survives restarts; remove
# that folder to start again. Demo content is seeded the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
STATE=${SERVE_PROD_DIR:-$PWD/var/prod}
WEB_PORT=${WEB_PORT:-8001}
mkdir -p "$STATE"

export PG_DIR=${PG_DIR:-/tmp/frontline-prod-pg} PG_PORT=${PG_PORT:-54330}
export REDIS_DIR=${REDIS_DIR:-/tmp/frontline-prod-redis} REDIS_PORT=${REDIS_PORT:-56380}

pids=()
stop_all() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  scripts/redis.sh stop
  scripts/postgres.sh stop
}
trap stop_all EXIT INT TERM

scripts/system-deps.sh pdf
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
export MEDIA_ROOT=$STATE/media CERTIFICATE_SIGNING_KEYS_FILE=$STATE/signing-keys.json
export EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
export PYTHONUNBUFFERED=1  # log lines as they happen

$PY manage.py signing_keys ensure
$PY manage.py migrate --no-input -v 0
$PY manage.py collectstatic --no-input -v 0
# The demo refuses production settings unless asked; this is a local showcase.
$PY manage.py seed_demo --allow-production

.venv/bin/gunicorn frontline.wsgi:application --bind "127.0.0.1:$WEB_PORT" --workers 2 \
  --access-logfile - --forwarded-allow-ips 127.0.0.1 &
pids+=($!)
.venv/bin/celery -A frontline worker --concurrency 2 --loglevel INFO &
pids+=($!)
.venv/bin/celery -A frontline beat --loglevel INFO --schedule "$STATE/celerybeat-schedule" &
pids+=($!)
echo "Serving the production stack on http://127.0.0.1:$WEB_PORT/ (Ctrl-C stops everything)"
wait -n "${pids[@]}"
