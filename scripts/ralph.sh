#!/usr/bin/env bash
# Install Ralph (the learning record store the tests deliver to) into its own virtualenv.
#   scripts/ralph.sh install   -> creates .ralph-venv (once) and prints its python
# Ralph pins its own fastapi/httpx/sentry versions: they must not mix with Django's
# environment. It imports `requests` without declaring it.
set -euo pipefail
cd "$(dirname "$0")/.."
RALPH_VENV=${RALPH_VENV:-.ralph-venv}
RALPH_VERSION=5.1.0

install() {
  if [ -x "$RALPH_VENV/bin/python" ] && "$RALPH_VENV/bin/python" -c "import ralph.api, requests" 2>/dev/null; then
    echo "$RALPH_VENV/bin/python"
    return
  fi
  python3 -m venv "$RALPH_VENV" >&2
  "$RALPH_VENV/bin/pip" install --quiet --upgrade pip >&2
  "$RALPH_VENV/bin/pip" install --quiet "ralph-malph[cli,lrs]==$RALPH_VERSION" requests >&2
  echo "$RALPH_VENV/bin/python"
}

case "${1:-}" in
  install) install ;;
  *) echo "usage: $0 install" >&2; exit 2 ;;
esac
