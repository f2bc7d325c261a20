#!/usr/bin/env bash
# The full suite as CI runs it: the system packages it needs, lint, Django checks, then pytest
# on a real PostgreSQL and a real Redis that this script starts on loopback and always stops.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
PY=.venv/bin/python

echo "== system packages (WeasyPrint's libraries; pdftotext and zbarimg; Chromium, Node.js)"
scripts/system-deps.sh pdf pdf-tools browser saml
# Pinned in package-lock.json: axe-core (accessibility checks), Learning Locker's xAPI
# validation, Digital Bazaar's VC libraries (the Data Integrity verifier).
[ -f node_modules/axe-core/axe.min.js ] && [ -f node_modules/@learninglocker/xapi-validation/dist/index.js ] && [ -f node_modules/@digitalbazaar/vc-bitstring-status-list/package.json ] || npm ci --no-audit --no-fund --loglevel=error

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== templates (djhtml: indentation follows the template tags)"
.venv/bin/djhtml --check templates
echo "== layers (import-linter: a lower app never imports a higher one)"
.venv/bin/lint-imports
echo "== django checks"
DJANGO_SETTINGS_MODULE=frontline.settings.test $PY manage.py check
DJANGO_SETTINGS_MODULE=frontline.settings.test $PY manage.py makemigrations --check --dry-run >/dev/null

echo "== PostgreSQL"
export PG_FAST=1  # a throwaway cluster: no fsync
trap 'scripts/postgres.sh destroy' EXIT
DATABASE_URL=$(scripts/postgres.sh start)
export DATABASE_URL
echo "using $DATABASE_URL"

echo "== Redis"
trap 'scripts/postgres.sh destroy; scripts/redis.sh stop' EXIT
TEST_REDIS_URL=$(scripts/redis.sh start)
export TEST_REDIS_URL
echo "using $TEST_REDIS_URL (Celery broker for the worker tests)"

echo "== pytest"
set +e
$PY -m pytest --durations=25 "$@"
status=$?
set -e
echo "== suite wall time: $(( $(date +%s) - started )) s"
exit $status
