# townwatch: the front door. `make help` lists the targets.
UV := $(shell command -v uv 2>/dev/null || echo python3 -m uv)
RUN := $(UV) run --frozen
PYTEST_ARGS ?=

.PHONY: help setup kafka demo test test-fast lint typecheck schemas dashboards eval bench bench-gaps bench-store bench-extract bench-backfill bench-reprocess duplicates web gate

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

setup: ## install uv if missing and sync the workspace (uv sync --frozen)
	@bash scripts/bootstrap.sh

kafka: ## fetch the Apache Kafka broker jars (Maven) into deploy/kafka/cache/libs for --broker kafka
	@mvn -q -B -f deploy/kafka/pom.xml dependency:copy-dependencies

demo: ## run the full pipeline on the embedded broker (durable Tansu) and Redis, replaying the seeds
	@bash scripts/bootstrap.sh && $(RUN) townwatch demo

test: ## set up (uv, chromium, promtool) and run every test
	@bash scripts/bootstrap.sh --test-deps && $(RUN) pytest $(PYTEST_ARGS)

test-fast: ## unit tests only (no broker, Redis, browser or subprocesses)
	@bash scripts/bootstrap.sh --test-deps && $(RUN) pytest -m "not integration and not e2e and not browser" $(PYTEST_ARGS)

lint: ## ruff
	@$(RUN) ruff check .

typecheck: ## mypy on the packages (the files of [tool.mypy] in pyproject.toml)
	@$(RUN) mypy

schemas: ## regenerate schemas/json from the pydantic models
	@$(RUN) townwatch schemas --out schemas/json

dashboards: ## regenerate the Grafana dashboards JSON from code
	@$(RUN) python deploy/grafana/generate.py

eval: ## extractor precision/recall/F1 on the labelled corpus, then on the real-grammar cases (own words, docs/constructions.md)
	@$(RUN) python -m townwatch_extract.evaluation tests/extract/corpus
	@echo; echo '##### real-grammar cases: tests/extract/corpus/realgrammar/ (not under the split floors) #####'
	@$(RUN) python -m townwatch_extract.evaluation tests/extract/corpus/realgrammar
	@echo; echo '##### calibration: fitted on held-out, checked on blind (services/extract/README.md; add --check DIR for real text) #####'
	@$(RUN) python -m townwatch_extract.reliability tests/extract/corpus --png services/extract/docs/reliability.png

gate: ## train the MiniLM sentence gate (TOWNWATCH_CLASSIFIER_MODEL=minilm; off by default) from the committed corpora into the cache
	@$(RUN) python -c "from pathlib import Path; from townwatch_extract.gate import ensure_gate; print(ensure_gate(Path('tests/extract/corpus')))"

bench-extract: ## extractor articles/s on one core, with and without the prefilter
	@$(RUN) python -m townwatch_extract.benchmark

bench-backfill: ## townwatch backfill end to end on the bench corpus, and its ratio to the one-process extractor
	@bash scripts/bootstrap.sh && $(RUN) python -m bench.backfill

bench-reprocess: ## townwatch reprocess (dry run) over the bench corpus on articles.v1: rate of each phase
	@bash scripts/bootstrap.sh && $(RUN) python -m bench.reprocess

bench-gaps: ## does the durable Tansu give a consumer group every acknowledged message? counts skipped and lost (3 runs at 100/s)
	@bash scripts/bootstrap.sh && $(RUN) python -m bench.gaps --runs 3

bench-store: ## the durable Tansu's object server alone: CPU per request kind on a 1,000-batch partition
	@$(RUN) python -m bench.store

bench: ## the full pipeline under load: throughput, latency, CPU, RSS (writes bench/results/)
	@bash scripts/bootstrap.sh && $(RUN) python -m bench

web: ## rebuild the newsroom map's vendored assets (npm: Leaflet, supercluster, Natural Earth; GeoNames labels)
	@cd services/alert/web && npm ci --no-audit --no-fund && npm run build
	@$(RUN) python -m townwatch_alert.basemap

duplicates: ## repeated code introduced by the working change
	@duplicates --change
