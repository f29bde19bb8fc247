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

.PHONY: demo test install install-dev lint messages clean system-test system-demo

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
	$(BIN)/nabij compilemessages --ignore=.venv --ignore=var --verbosity 0

demo: export NABIJ_ALLOWED_HOSTS ?= $(HOST),127.0.0.1,localhost,[::1]
demo: system-demo $(VENV)/.installed var/nabij.env messages
	$(BIN)/nabij migrate --noinput --verbosity 0
	$(BIN)/nabij demo --members $(DEMO_MEMBERS) --seed $(DEMO_SEED) --if-empty
	$(BIN)/nabij collectstatic --noinput --verbosity 0
	$(BIN)/nabij demo-logins
	@echo "Nabij: http://$(HOST):$(PORT)/"
	$(BIN)/gunicorn nabij.wsgi --bind $(HOST):$(PORT) --workers 2 --threads 4 --access-logfile -

# Debian packages: Chromium for the browser tests, poppler-utils to read rendered PDFs back,
# pango for WeasyPrint, gettext for the catalogues. Installed only when missing.
SYSTEM_PACKAGES_TEST := chromium poppler-utils libpango-1.0-0 libpangoft2-1.0-0 gettext
SYSTEM_PACKAGES_DEMO := libpango-1.0-0 libpangoft2-1.0-0 gettext
define apt_install
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  echo "Installing Debian packages: $$missing"; \
	  ($$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null) \
	    || echo "Could not install $$missing: tests that need them are skipped (a failure when CI=true)."; \
	fi
endef

system-test:
	$(call apt_install,$(SYSTEM_PACKAGES_TEST))

system-demo:
	$(call apt_install,$(SYSTEM_PACKAGES_DEMO))

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: system-test $(VENV)/.installed-dev var/nabij.env messages lint
	@echo "=== Test run 1/2: SQLite ==="
	env -u DATABASE_URL $(BIN)/pytest -n 2 --dist loadfile -m "not isolated"
	env -u DATABASE_URL $(BIN)/pytest -p no:xdist -m isolated
	@echo "=== Test run 2/2: PostgreSQL ($(POSTGRES_URL)) ==="
	@if $(BIN)/python -c "import psycopg,sys; psycopg.connect(sys.argv[1], connect_timeout=5).close()" "$(POSTGRES_URL)" 2>/dev/null; then \
	  DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest -n 2 --dist loadfile -m "not isolated" \
	  && DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest -p no:xdist -m isolated; \
	elif [ "$$CI" = "true" ]; then \
	  echo "PostgreSQL is not reachable at $(POSTGRES_URL): failing because CI=true."; exit 1; \
	else \
	  echo "PostgreSQL is not reachable at $(POSTGRES_URL): skipping the PostgreSQL run."; \
	fi

clean:
	rm -rf $(VENV) var/static
