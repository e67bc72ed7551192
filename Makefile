# kerjasama: `make demo` and `make test` do all setup on a fresh machine.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DEMO_DB ?= out/demo.db
DEMO_HOST ?= 127.0.0.1
DEMO_PORT ?= 8000
STAMP := $(VENV)/.installed

.PHONY: world-towns env demo test lint format ner-model people-model realnews story-model calibration clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

env: $(STAMP)

demo: env
	@mkdir -p out
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@if [ -d $(SHARED)/seeds ]; then \
	  $(BIN)/kerjasama ingest --db $(DEMO_DB) $(SHARED)/seeds/*.txt; \
	else echo "($(SHARED)/seeds not found: seeds skipped)"; fi
	$(BIN)/kerjasama ingest --db $(DEMO_DB) examples/
	COLUMNS=$${COLUMNS:-150} $(BIN)/kerjasama search --db $(DEMO_DB) --limit 100
	$(BIN)/kerjasama stats --db $(DEMO_DB)
	COLUMNS=$${COLUMNS:-150} $(BIN)/kerjasama partnerships --db $(DEMO_DB) --limit 20
	@echo "web app: http://$(DEMO_HOST):$(DEMO_PORT)/ (JSON API under /api, Ctrl+C stops it)"
	$(BIN)/kerjasama serve --db $(DEMO_DB) --host $(DEMO_HOST) --port $(DEMO_PORT)

test: env
	$(BIN)/python -m pytest -q

lint: env
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: env
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

realnews: env
	$(BIN)/python scripts/realnews.py $(ARGS)

story-model: env
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python scripts/train_story_model.py $(ARGS)

calibration: env
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python scripts/calibrate.py $(ARGS)

# The foreign towns of GeoNames shipped in the gazetteer (src/kerjasama/gazetteer/data).
world-towns: env
	$(BIN)/python -m pip install --quiet -e '.[data]'
	$(BIN)/python scripts/build_world_towns.py

ner-model: env
	$(BIN)/kerjasama ner train --data $(SHARED)/data/ner

# The person model: needs the page cache (~/.cache/kerjasama/realnews) and $(SHARED)/data/ner;
# cross-validates by page first (ARGS="--dry-run" only scores, "--no-cv" only trains).
people-model: env
	KERJASAMA_SHARED=$(SHARED) $(BIN)/python scripts/train_people_model.py $(ARGS)

clean:
	rm -rf $(VENV) out build *.egg-info src/*.egg-info .pytest_cache .ruff_cache
