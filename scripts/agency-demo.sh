#!/usr/bin/env bash
# `make agency-demo`: the demo site (as `make run`) with a local OpenID Connect provider — the
# demo embassy's own sign-in service (scripts/oidc_provider.mjs) on 127.0.0.1:5611 — so
# "Sign in with your agency" can be tried. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${AGENCY_DEMO_PORT:-5611}
SITE_PORT=${SITE_PORT:-8000}
DIR=var/agency-provider
# A demo secret, published like the demo passwords; a real agency's comes from its admin.
export AGENCY_DEMO_OIDC_SECRET=${AGENCY_DEMO_OIDC_SECRET:-agency-demo-client-secret}
[ -f node_modules/oidc-provider/package.json ] || npm ci --no-audit --no-fund --loglevel=error
.venv/bin/python manage.py agency_demo --issuer "http://127.0.0.1:$PORT" --dir "$DIR" \
  --site "http://127.0.0.1:$SITE_PORT" --site "http://localhost:$SITE_PORT"
node scripts/oidc_provider.mjs --port "$PORT" --dir "$DIR" &
PROVIDER=$!
trap 'kill "$PROVIDER" 2>/dev/null || true' EXIT INT TERM
.venv/bin/python manage.py runserver "127.0.0.1:$SITE_PORT"
