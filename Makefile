# coachconn — everyday commands. `make run` and `make test` need only Python 3.11+.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PG_TEST_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: run test lint typecheck test-sqlite test-postgres bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

run: $(VENV)/.installed
	$(BIN)/coachconn init --quiet
	$(BIN)/coachconn demo --if-empty
	$(BIN)/coachconn serve

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests bench training
	$(BIN)/ruff format --check src tests bench training

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

test-sqlite: $(VENV)/.installed-dev
	@echo "== tests on SQLite =="
	$(BIN)/python -m pytest -q -p no:cacheprovider

test-postgres: $(VENV)/.installed-dev
	@echo "== tests on PostgreSQL ($(PG_TEST_URL)) =="
	COACHCONN_TEST_DATABASE_URL=$(PG_TEST_URL) $(BIN)/python -m pytest -q -p no:cacheprovider -m db

test: lint typecheck test-sqlite test-postgres

# The package's bytecode is written first, as pip does when it installs a wheel: an
# editable install in a shell with PYTHONDONTWRITEBYTECODE set would otherwise compile
# every module from source at each start the bench times.
bench: $(VENV)/.installed
	$(BIN)/python -m compileall -q src
	$(BIN)/python bench/analyze_bench.py

eval: $(VENV)/.installed
	$(BIN)/coachconn eval annomi

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
