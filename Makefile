# Frontline Academy — `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run agency-demo serve-prod test test-fast lint layers format bench bench-peer messages clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install the project with its test tools

run: install ## Set up SQLite, seed demo content and serve http://127.0.0.1:8000
	scripts/system-deps.sh pdf saml
	$(PY) manage.py migrate --no-input
	$(PY) manage.py signing_keys ensure
	$(PY) manage.py seed_demo
	$(PY) manage.py runserver 127.0.0.1:8000

agency-demo: install ## As `make run`, with a local OpenID Connect provider for the demo embassy (agency sign-in)
	scripts/system-deps.sh pdf saml
	$(PY) manage.py migrate --no-input
	$(PY) manage.py signing_keys ensure
	$(PY) manage.py seed_demo
	scripts/agency-demo.sh

serve-prod: install ## The production stack on loopback: PostgreSQL, Redis, gunicorn, Celery worker and beat
	scripts/serve-prod.sh

test: install ## Lint, checks and the whole suite on a real PostgreSQL (what CI runs)
	scripts/test.sh

test-fast: install ## The suite on SQLite, for quick local runs
	scripts/system-deps.sh pdf pdf-tools browser saml
	[ -f node_modules/axe-core/axe.min.js ] && [ -f node_modules/@learninglocker/xapi-validation/dist/index.js ] && [ -f node_modules/@digitalbazaar/vc-bitstring-status-list/package.json ] || npm ci --no-audit --no-fund --loglevel=error
	$(PY) -m pytest -q

lint: install ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

layers: install ## Print the app-level import graph and check the layer contract (import-linter)
	$(PY) scripts/import_graph.py
	$(VENV)/bin/lint-imports

format: install ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml templates

messages: install ## Refresh the Swedish message catalogue after changing strings
	$(PY) manage.py makemessages -l sv --ignore=$(VENV) --ignore=benchmarks
	$(PY) manage.py compilemessages --ignore=$(VENV)

bench: install ## Seed large data sets and print page and grading timings (benchmarks/README.md)
	$(PY) benchmarks/page_timings.py
	$(PY) benchmarks/quiz_grading.py
	$(PY) benchmarks/xapi_delivery.py
	$(PY) benchmarks/certificate_verification.py
	$(PY) benchmarks/course_analytics.py

bench-peer: install ## Optional: wagtail-lms 0.11.1 in its own virtualenv (var/peer-venv), its course and lesson pages timed as ours
	$(PY) benchmarks/wagtail_lms_peer.py

clean: ## Remove the SQLite database, media and caches (serve-prod's var/prod stays)
	rm -rf db.sqlite3 db.sqlite3-wal db.sqlite3-shm media static_collected .pytest_cache .ruff_cache
	find var -mindepth 1 -maxdepth 1 ! -name prod -exec rm -rf {} + 2>/dev/null || true
