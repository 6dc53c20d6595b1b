# Quick start (fresh Debian/Ubuntu):  make run   |   make test
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: run test lint bench clean system-deps system-deps-test

run: $(VENV)/.installed system-deps
	$(BIN)/foldline resources/samples/resume.md

test: $(VENV)/.installed-test system-deps-test lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(VENV)/.installed-test
	$(BIN)/ruff check editor tests bench packaging
	$(BIN)/ruff format --check editor tests bench packaging
	$(BIN)/lint-imports

bench: $(VENV)/.installed-bench system-deps-test
	for script in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

system-deps:
	scripts/install-system-deps

system-deps-test:
	scripts/install-system-deps --test

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || (scripts/install-system-deps && $(PYTHON) -m venv $(VENV))
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
