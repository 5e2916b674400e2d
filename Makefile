# Two commands do everything: `make run` and `make test`.
SHELL := /bin/bash
PY := .venv/bin/python
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: install train run test test-fast validate lint test-core test-python bench clean

install:
	@scripts/install.sh

train: install
	@$(PY) -m bot train

run: train
	@$(PY) -m bot run

validate: install
	@$(PY) scripts/validate_rasa.py

lint: install
	@$(PY) -m ruff check .
	@$(PY) -m mypy

test-python: train
	@$(PY) -m pytest

test-core: train
	@$(PY) scripts/test_conversations.py

test: validate lint test-python test-core

# The fast tier: pure logic, content, actions and storage on SQLite; no trained model, no servers (under a minute,
# spread over the cores with pytest-xdist).
test-fast: install
	@$(PY) -m pytest -q -n auto -m "not stack and not slow"

# Benchmarks (numbers for docs/performance.md, not tests): next to the starter bot, then 200 werknemers with think time.
bench: train
	@$(PY) bench/compare.py
	@$(PY) bench/compare.py --topology scale-out
	@$(PY) bench/open_load.py

clean:
	rm -rf models results var/*.db .pytest_cache
