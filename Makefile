# Two commands for a fresh machine:  make demo  (set up, ingest examples/, summarise)  and  make test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.db

.PHONY: demo install test test-all bench clean

demo: install
	$(BIN)/dateline ingest examples/ --db $(DB)
	$(BIN)/dateline articles --db $(DB)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,parquet]'
	touch $@

test: install
	$(BIN)/python -m pytest

test-all: install  ## also the slow tests
	$(BIN)/python -m pytest -m "slow or not slow"

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
