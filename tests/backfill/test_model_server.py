"""The workers' fork server: the model loaded once, outside the CLI process, and every worker forked from it."""

from __future__ import annotations

import os
import subprocess
import sys

from townwatch.backfill.archive import RawItem
from townwatch.backfill.worker import extract_batch, start_pool

ARTICLE = b"""title: Iraqi forces retake Hawija
source: Test Wire
date 2017-10-05

Iraqi forces captured the town of Hawija from ISIL on Thursday, the military said.
"""


def test_the_cli_process_loads_no_model() -> None:
    # the CLI process only reads, checkpoints and writes the ledger: spaCy there would be start-up and exit time
    code = ("import sys, townwatch.cli, townwatch.backfill.runner; "
            "print(','.join(m for m in ('spacy', 'thinc', 'townwatch_extract.extractor') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_every_worker_is_forked_from_one_server_that_loaded_the_model() -> None:
    with start_pool(2, 2_000_000, None) as pool:
        futures = [pool.submit(os.getppid) for _ in range(8)]
        parents = {future.result() for future in futures}
        [result] = pool.submit(extract_batch, [RawItem(0, "seed.txt", ARTICLE, seed=True)]).result()
    assert len(parents) == 1 and os.getpid() not in parents  # one server, not this process
    assert result.error is None, result.error
    assert any(b"Hawija" in event for event in result.events)
