# The two commands of the README: `make run` and `make test`. Both install what they need first.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
CONFIG ?= config.example.toml

.PHONY: run test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

## Install, then run the gateway on its embedded defaults (SQLite, Maildir, example config).
run: $(BIN)/.installed
	$(BIN)/curveball serve --config $(CONFIG)

## Install, then run lint, type checks and the whole test suite.
test: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(BIN)/.installed
	$(BIN)/python bench/relay.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
