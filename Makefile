# fogwatch: `make run` serves the bundled examples, `make test` runs every suite.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SYSSTAMP := $(VENV)/.system-deps

.PHONY: install system-deps run test lint fix bench clean

install: $(STAMP)

# The last step builds the gazetteer index once (about 40 s of CPU); later loads take a fraction of a second.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev,spark]"
	$(BIN)/python -m fogwatch.gazetteer
	touch $(STAMP)

system-deps: $(SYSSTAMP)

$(SYSSTAMP): scripts/system-deps.sh
	bash scripts/system-deps.sh
	mkdir -p $(VENV) && touch $(SYSSTAMP)

# Ingest is idempotent: a second `make run` stores nothing new and serves at once.
run: install
	$(BIN)/fogwatch ingest examples/ --db fogwatch.db
	$(BIN)/fogwatch serve --db fogwatch.db --host 127.0.0.1 --port 8000

test: install system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy src

fix: install
	$(BIN)/ruff check --fix src tests bench
	$(BIN)/ruff format src tests bench

bench: install
	$(BIN)/python bench/extract.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
