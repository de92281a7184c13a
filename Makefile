# Two commands a new user needs: `make run` (main job on the sample articles) and `make test`.
# Both create .venv at the repo root and install the pinned, hash-checked lock file first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
OUT    ?= out/seeds
STAMP  := $(VENV)/.installed

.PHONY: setup run test test-all eval bench clean lock

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

setup: $(STAMP)

## Run the main job on the bundled sample articles with Beam's local runner.
run: setup
	$(PY) -m pipeline run --input seeds --output $(OUT) --config configs/default.yaml

## Run the test suite (quick; `make test-all` adds the slow suites).
test: setup
	$(PY) -m pytest -m "not slow"

test-all: setup
	$(PY) -m pytest

## Regenerate the lock file after changing requirements.in (needs network to PyPI).
lock:
	$(PY) -m pip install --quiet uv==0.13.8
	$(VENV)/bin/uv pip compile requirements.in --generate-hashes --python-version 3.11 \
		--python-platform x86_64-unknown-linux-gnu -o requirements.lock

clean:
	rm -rf $(VENV) out .pytest_cache

## Score extraction on the annotated corpora in ../shared/data (whole corpora, several minutes) and
## write docs/evaluation.md + docs/error-analysis.md. `make eval SAMPLE=200` refreshes the guard figures.
SAMPLE ?=
.PHONY: eval-guard
eval: setup
	$(PY) -m pipeline eval --write-docs $(if $(SAMPLE),--sample $(SAMPLE))

## The CI regression guard alone (fixed samples; skips without ../shared/data).
eval-guard: setup
	$(PY) -m pytest -m regression tests/test_regression.py

## Benchmark (README "Performance"): synthetic ~800-word articles, plain loop vs Beam on 1 and 2 workers.
## BENCH_ARTICLES=2000 takes ~10-15 min on 2 idle cores; add BENCH_FLAGS=--scale for 1k vs 10k (long).
BENCH_ARTICLES ?= 2000
BENCH_FLAGS    ?=
bench: setup
	mkdir -p out
	$(PY) -m pipeline bench --articles $(BENCH_ARTICLES) --profile --json out/bench.json $(BENCH_FLAGS)
