# Comparer: `make run` sets up and starts the app, `make test` sets up and runs every check.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
CORPORA ?= ../shared/corpora
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test test-engine lint check bench eval fuzz clean

$(BIN)/.installed: pyproject.toml
	bash tools/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

run: $(BIN)/.installed
	QT_QPA_PLATFORM= $(BIN)/comparer-app

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -q

# The engine alone (no windows, no child processes of the app): a minute or two.
test-engine: $(BIN)/.installed
	$(BIN)/ruff check comparer tests/comparer
	$(BIN)/mypy
	$(BIN)/python -m pytest -q tests/comparer tests/evaluation

bench: $(BIN)/.installed
	$(BIN)/python -m bench --corpora $(CORPORA)

# Mutated inputs of every format through the real import path (fixed seed, bounded): prints
# tracebacks, hangs, CPU time and peak memory per format and the libraries' integrity_check.
fuzz: $(BIN)/.installed
	$(BIN)/python -m fuzz --per-format 5000 --seed 1

eval: $(BIN)/.installed
	$(BIN)/python -m evaluation $(CORPORA) --out eval.json

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache

# The standalone app: dist/comparer/ (one folder) and dist/comparer-<version>-linux-<arch>.tar.gz;
# prints their size and start time, then smoke-tests the bundle. PyInstaller is a build tool,
# installed here rather than listed among the dependencies.
.PHONY: package
package: $(BIN)/.installed
	$(BIN)/python -m pip install -q 'pyinstaller>=6.10'
	$(BIN)/python packaging/build.py
	$(BIN)/python -m pytest -q tests/packaging
