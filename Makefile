# The two commands of the README: `make demo` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) example_site/manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test install e2e-tools lint format messages admin-vi-messages check-messages clean

$(VENV)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test,demo,postgres,elasticsearch]"
	touch $@

# axe-core for the accessibility browser tests, pinned by tests/e2e/package-lock.json.
E2E_NODE := tests/e2e/node_modules
$(E2E_NODE)/.installed: tests/e2e/package.json tests/e2e/package-lock.json
	cd tests/e2e && npm ci --no-audit --no-fund
	touch $@

install: $(VENV)/.installed

e2e-tools: $(E2E_NODE)/.installed

demo: install
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo
	DJANGO_DEBUG=1 $(MANAGE) runserver $(HOST):$(PORT)

# The suite on every core (pytest-xdist); tests sharing a costly fixture (the seeded demo, the
# browser) stay on one worker (tests/conftest.py). TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= auto
test: install e2e-tools
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Rebuild the Vietnamese catalogue from the source (needs GNU gettext), then compile it, and the
# small catalogues of the ethnic-minority languages (tests/minority_catalogues.py).
# admin_vi/ holds Wagtail's strings, not the package's: it has its own target below.
messages: install
	cd pbgdpl_wagtail && ../$(PY) ../example_site/manage.py makemessages --locale vi \
		--no-obsolete --add-location file --ignore "migrations/*" --ignore "admin_vi/*"
	cd pbgdpl_wagtail && ../$(PY) ../example_site/manage.py compilemessages --locale vi
	$(PY) -m tests.minority_catalogues --update

# Add the installed Wagtail's and wagtail-localize's new admin strings to admin_vi's catalogue
# (untranslated, so tests/test_admin_vi.py names them until they are translated), then compile.
admin-vi-messages: install
	$(PY) -m tests.admin_vi_msgids --update
	cd pbgdpl_wagtail/admin_vi && ../../$(PY) ../../example_site/manage.py compilemessages \
		--locale vi

clean:
	rm -rf $(VENV) build dist *.egg-info example_site/db.sqlite3 example_site/media \
		$(E2E_NODE)
