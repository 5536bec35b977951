"""``townwatch backfill`` as a user runs it: a real Redis, worker processes, bad lines, and a kill -9 mid-run."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from redis import Redis

from tests.backfill.archive_file import archive_file
from tests.backfill.ledger_snapshot import ledger_snapshot
from tests.child_signals import default_sigint
from townwatch.stack import RedisServer, free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _command(redis: RedisServer, *args: str | Path) -> list[str]:
    return [sys.executable, "-m", "townwatch.cli", "backfill", *map(str, args), "--redis-url", redis.url]


def _run(redis: RedisServer, *args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_command(redis, *args), capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "200"})


def test_bad_lines_are_reported_with_file_and_line_and_skipped(tmp_path: Path, redis_server: RedisServer) -> None:
    path = archive_file(tmp_path / "archive.jsonl.gz", 300, {5: b"{not json\n", 40: b'{"title": "no text"}\n'})
    state = tmp_path / "state"
    done = _run(redis_server, path, "--workers", "2", "--state-dir", state)
    assert done.returncode == 1, done.stderr
    assert f"{path}:6: malformed" in done.stderr and f"{path}:41: schema" in done.stderr
    assert "302 read (2 bad" in done.stderr
    # the progress bar (articles/s, events, ETA) and the end summary (articles, events, alerts, towns, time, rate)
    assert re.search(r"extract\b.*302/302 .*articles/s .*events ETA", done.stderr), done.stderr
    tally = json.loads((state / "checkpoint.json").read_text())["tally"]
    summary = [line.split()[0] for line in done.stderr.splitlines() if re.match(r"(articles|events|alerts|time) {2,}", line)]
    assert summary == ["articles", "events", "alerts", "time"], done.stderr
    assert f"{tally['events']:,} extracted" in done.stderr and f"; {len(tally['towns']):,} towns" in done.stderr
    assert re.search(r"time +[\d.]+ s \(extract [\d.]+ s, ledger [\d.]+ s\): [\d,]+ articles/s", done.stderr), done.stderr
    checkpoint = json.loads((state / "checkpoint.json").read_text())
    assert checkpoint["done"] and checkpoint["tally"]["articles"] == 302 and checkpoint["tally"]["bad"] == 2
    assert checkpoint["tally"]["alerts"] >= 1
    with_alert = {k for k, v in asyncio.run(ledger_snapshot(redis_server.url)).items() if v["state"].get("alert")}
    assert with_alert == set(checkpoint["tally"]["towns"])
    client = Redis.from_url(redis_server.url)
    try:
        raw = [json.loads(v) for k in client.scan_iter("townwatch:{ledger}:alert:*") if (v := client.get(k))]
    finally:
        client.close()
    assert len(raw) == checkpoint["tally"]["alerts"] and all(alert["backfill"] for alert in raw)
    again = _run(redis_server, path, "--workers", "2", "--state-dir", state)
    assert again.returncode == 1 and "already complete" in again.stderr


def _wait_for(predicate, what: str, proc: subprocess.Popen[bytes], timeout: float = 300.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if proc.poll() is not None:
            raise AssertionError(f"backfill exited ({proc.returncode}) before {what}")
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {what} after {timeout:.0f}s")
        time.sleep(0.05)


ARCHIVE = 4_000
"""Articles in the interrupted run's archive."""


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_an_interrupted_run_resumes_to_the_uninterrupted_result(tmp_path: Path, redis_server: RedisServer, stop: signal.Signals) -> None:
    # Long enough that the interruption lands in the extraction: 900 articles took under a second on a fast machine,
    # and a test process starved by a busy core saw the run already extracted (CI under stress-ng, 2026-12-02).
    path = archive_file(tmp_path / "archive.jsonl", ARCHIVE)
    reference_redis = RedisServer(data_dir=tmp_path / "reference-redis").start()
    try:
        reference = _run(reference_redis, path, "--state-dir", tmp_path / "reference")
        assert reference.returncode == 0, reference.stderr
        expected = asyncio.run(ledger_snapshot(reference_redis.url))
    finally:
        reference_redis.stop()
    expected_tally = json.loads((tmp_path / "reference" / "checkpoint.json").read_text())["tally"]

    state = tmp_path / "state"
    checkpoint = state / "checkpoint.json"

    def progress() -> dict:  # type: ignore[type-arg]
        return json.loads(checkpoint.read_text()) if checkpoint.exists() else {"items_done": 0, "extracted": False}

    log = tmp_path / "interrupted.log"
    with log.open("wb") as stderr:  # a file, not a pipe: nothing can block on a full pipe
        proc = subprocess.Popen(_command(redis_server, path, "--workers", "1", "--state-dir", state), start_new_session=True,
                                stdout=subprocess.DEVNULL, stderr=stderr, env={**os.environ, "COLUMNS": "200"},
                                    preexec_fn=default_sigint)
    try:
        _wait_for(lambda: progress()["items_done"] >= 150, "150 articles checkpointed", proc)
        assert not progress()["extracted"]
        if stop is signal.SIGINT:
            os.killpg(proc.pid, stop)  # as a terminal's Ctrl-C: the whole group, fork server and worker too
        else:
            os.kill(proc.pid, stop)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    if stop is signal.SIGINT:  # Ctrl-C: the command saves its checkpoint, says how to resume and exits 130
        err = log.read_text()
        assert proc.returncode == 130, err
        assert "interrupted: checkpoint saved in" in err and "Traceback" not in err
    else:
        assert proc.returncode == -signal.SIGKILL
    killed_at = progress()["items_done"]
    assert 150 <= killed_at < ARCHIVE

    resumed = _run(redis_server, path, "--workers", "1", "--state-dir", state)
    assert resumed.returncode == 0, resumed.stderr
    assert f"resuming from {state}: {killed_at:,} articles extracted" in resumed.stderr.replace("\n", " ")
    final = json.loads(checkpoint.read_text())["tally"]
    assert final["articles"] == ARCHIVE and final["events"] == expected_tally["events"]
    assert final["decisions"] == expected_tally["decisions"]
    spooled = [line.split(b" ", 2)[:2] for line in (state / "events.spool").read_bytes().splitlines()]
    assert len(spooled) == len(set(map(tuple, spooled))) == expected_tally["events"]
    assert asyncio.run(ledger_snapshot(redis_server.url)) == expected


def test_unreachable_redis_or_kafka_and_missing_input_are_one_clear_line_before_any_work(tmp_path: Path, redis_server: RedisServer) -> None:
    path = archive_file(tmp_path / "archive.jsonl", 5)
    nowhere = f"127.0.0.1:{free_port()}"
    no_redis = subprocess.run([sys.executable, "-m", "townwatch.cli", "backfill", str(path), "--redis-url", f"redis://{nowhere}/0",
                               "--state-dir", str(tmp_path / "a")], capture_output=True, text=True, timeout=120)
    assert no_redis.returncode == 2 and "cannot reach the ledger's Redis" in no_redis.stderr
    no_kafka = _run(redis_server, path, "--notify", "all", "--bootstrap-servers", nowhere, "--state-dir", tmp_path / "b")
    assert no_kafka.returncode == 2 and "cannot reach Kafka (--notify all)" in no_kafka.stderr
    assert "Traceback" not in no_kafka.stderr + no_redis.stderr
    missing = _run(redis_server, tmp_path / "nope.jsonl")
    assert missing.returncode == 2 and f"no such file or directory: {tmp_path / 'nope.jsonl'}" in missing.stderr.replace("\n", "")


def test_without_the_screen_the_ledger_is_the_same(tmp_path: Path, redis_server: RedisServer) -> None:
    # --screen off: every article goes to the workers; the CLI answers none while they load. Same counts, same ledger.
    path = archive_file(tmp_path / "archive.jsonl", 200, {7: b"{not json\n"})
    seen = []
    for name, flags in (("screen", ["--screen", "on"]), ("no-screen", ["--screen", "off"])):
        client = Redis.from_url(redis_server.url)
        try:
            client.flushdb()
        finally:
            client.close()
        done = _run(redis_server, path, "--workers", "2", "--state-dir", tmp_path / name, *flags)
        assert done.returncode == 1, done.stderr  # the bad line
        tally = json.loads((tmp_path / name / "checkpoint.json").read_text())["tally"]
        counts = {k: tally[k] for k in ("articles", "bad", "events", "alerts", "revisions", "towns")}
        seen.append((counts, asyncio.run(ledger_snapshot(redis_server.url)), tally.get("screened", 0)))
    (with_screen, ledger, _screened), (without, ledger_without, screened_without) = seen
    assert with_screen == without and ledger == ledger_without
    assert with_screen["alerts"] >= 1 and screened_without == 0
