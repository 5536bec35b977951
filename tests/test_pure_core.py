"""The pure cores import no faust, aiokafka or redis (the brief's "pure core, thin I/O shell"), even indirectly."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]  # a fresh interpreter per module (not for `make test-fast`)

IO_PACKAGES = ("faust", "mode", "aiokafka", "kafka", "redis")

PURE = [
    "townwatch_extract.extractor",  # the extractor and every rule module it uses
    "townwatch_extract.budget",
    "townwatch_alert.dedup",  # the ledger's decisions
    "townwatch_alert.redecision",
    "townwatch_alert.withdrawal",
    "townwatch_alert.follow_up",  # which desks hear of a follow-up
    "townwatch_alert.subscriptions",  # subscription matching
]


@pytest.mark.parametrize("module", PURE)
def test_a_pure_core_imports_no_broker_or_redis_client(module: str) -> None:
    # a fresh interpreter per module: what one import pulled in must not hide what another pulls in
    code = (f"import importlib, json, sys; importlib.import_module({module!r}); "
            f"print(json.dumps(sorted({{m for m in sys.modules if m.split('.')[0] in {IO_PACKAGES!r}}})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [], f"{module} imports I/O clients: {done.stdout.strip()}"
