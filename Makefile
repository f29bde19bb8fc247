# Two commands: `make demo` serves a populated demo neighbourhood, `make test` runs everything.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
DEMO_MEMBERS ?= 2000
DEMO_SEED ?= 1
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test install install-dev lint messages serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

var/nabij.env: | $(VENV)/.installed
	$(BIN)/nabij init-env

messages: $(VENV)/.installed
	@command -v msgfmt >/dev/null || { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq gettext >/dev/null; }
	$(BIN)/nabij compilemessages --ignore=.venv --ignore=var --verbosity 0

demo: export NABIJ_ALLOWED_HOSTS ?= $(HOST),127.0.0.1,localhost,[::1]
demo: $(VENV)/.installed var/nabij.env messages
	$(BIN)/nabij migrate --noinput --verbosity 0
	$(BIN)/nabij demo --members $(DEMO_MEMBERS) --seed $(DEMO_SEED) --if-empty
	$(BIN)/nabij collectstatic --noinput --verbosity 0
	$(BIN)/nabij demo-logins
	@echo "Nabij: http://$(HOST):$(PORT)/"
	$(BIN)/gunicorn nabij.wsgi --bind $(HOST):$(PORT) --workers 2 --threads 4 --access-logfile -

# The browser tests need Debian's Chromium; install it when it is missing.
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  ($$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null) \
	  || echo "Could not install chromium: browser tests will be skipped (a failure when CI=true)."

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: $(VENV)/.installed-dev var/nabij.env messages $(CHROMIUM) lint
	@echo "=== Test run 1/2: SQLite ==="
	env -u DATABASE_URL $(BIN)/pytest -n 2 --dist loadfile
	@echo "=== Test run 2/2: PostgreSQL ($(POSTGRES_URL)) ==="
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect(sys.argv[1], connect_timeout=5).close()" "$(POSTGRES_URL)" 2>/dev/null; then \
	  DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest -n 2 --dist loadfile; \
	elif [ "$$CI" = "true" ]; then \
	  echo "PostgreSQL is not reachable at $(POSTGRES_URL): failing because CI=true."; exit 1; \
	else \
	  echo "PostgreSQL is not reachable at $(POSTGRES_URL): skipping the PostgreSQL run."; \
	fi

clean:
	rm -rf $(VENV) var/static
