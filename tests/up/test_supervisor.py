"""The supervisor's restart policy, with parts that are plain functions (no processes): a part that keeps dying
waits longer each time, one that ran ``stable_s`` is restarted at once, and a stop ends the back-off."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import pytest

from townwatch.deployment import DeploymentSettings, Restart
from townwatch.supervisor import Part, PartState, Supervisor


def _supervisor(tmp_path: Path, **restart: float) -> tuple[Supervisor, list[float]]:
    subs = tmp_path / "subscriptions.yaml"
    subs.write_text("desks: []\n")
    settings = DeploymentSettings(workdir=tmp_path, subscriptions_file=subs, restart=Restart(**restart))
    sup = Supervisor(settings)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:  # record the back-off instead of waiting it
        waits.append(seconds)
        await asyncio.sleep(0)

    sup._sleep = sleep  # type: ignore[method-assign]
    return sup, waits


class Flaky:
    """Fails to start ``failures`` times, then runs until ``runs`` checks of its exit code have passed, then exits."""

    def __init__(self, sup: Supervisor, failures: int, lifetimes: list[int]) -> None:
        self.sup, self.failures, self.lifetimes = sup, failures, list(lifetimes)
        self.starts = 0
        self.checks_left = 0

    def start(self) -> None:
        self.starts += 1
        if self.failures:
            self.failures -= 1
            raise RuntimeError("port in use")
        self.checks_left = self.lifetimes.pop(0)

    def returncode(self) -> int | None:
        if not self.lifetimes and self.checks_left == 0:
            self.sup.stopping.set()  # the last run: stop the supervisor instead of dying
            return None
        if self.checks_left > 0:
            self.checks_left -= 1
            return None
        return -9

    def part(self) -> Part:
        return Part(PartState("flaky"), start=self.start, pid=lambda: 4242, returncode=self.returncode)


async def test_a_part_that_cannot_start_backs_off_exponentially_up_to_the_cap(tmp_path: Path) -> None:
    sup, waits = _supervisor(tmp_path, initial_s=1, max_s=8, stable_s=60)
    flaky = Flaky(sup, failures=5, lifetimes=[3])
    part = flaky.part()
    await sup.supervise(part)
    backoff = [w for w in waits if w != 0.5]  # 0.5 s: the polls of a running part
    assert flaky.starts == 6 and part.state.restarts == 5
    assert len(backoff) == 5
    for attempt, wait in enumerate(backoff):
        floor = min(8.0, 2.0**attempt)
        assert floor <= wait <= min(8.0, floor + 1.0), backoff  # doubling, with up to 1 s of jitter, capped
    assert part.state.last_exit is not None and "start failed: port in use" in part.state.last_exit
    assert part.state.state == "up" and part.up.is_set()


async def test_a_part_that_ran_stable_s_is_restarted_at_once_and_one_that_died_young_backs_off(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="townwatch.up")
    sup, waits = _supervisor(tmp_path, initial_s=1, max_s=8, stable_s=10)
    # The clock as the supervisor reads it: run 1 from 0 to 20 s (stable), run 2 from 20 to 21 s (young), run 3 from 30.
    ticks = iter([0.0, 20.0, 20.0, 21.0, 30.0])
    sup.clock = lambda: next(ticks)
    flaky = Flaky(sup, failures=0, lifetimes=[5, 0, 2])
    part = flaky.part()
    await sup.supervise(part)
    assert flaky.starts == 3 and part.state.restarts == 2
    backoff = [w for w in waits if w != 0.5]
    assert len(backoff) == 1 and 1.0 <= backoff[0] <= 2.0, backoff  # only after the young death
    assert part.state.last_exit is not None and "killed by SIGKILL" in part.state.last_exit
    # issue 16: "a child that dies is restarted with back-off and logged": each death, the back-off, each start
    logged = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "townwatch.up"]
    died = [m for level, m in logged if level == "WARNING" and m.startswith("flaky: died: killed by SIGKILL")]
    assert len(died) == 2, logged
    assert [m for _, m in logged if m.startswith("flaky: restarting in")] == [f"flaky: restarting in {backoff[0]:.1f}s (attempt 2 of this crash loop)"]
    assert [m for level, m in logged if level == "INFO" and m == "flaky: up (pid 4242)"] == ["flaky: up (pid 4242)"] * 3


async def test_a_stop_during_the_back_off_ends_supervision(tmp_path: Path) -> None:
    sup, _waits = _supervisor(tmp_path)
    starts = 0

    def start() -> None:
        nonlocal starts
        starts += 1
        if starts == 3:
            sup.stopping.set()
        raise RuntimeError("no")

    part = sup.parts["never"] = Part(PartState("never"), start=start, pid=lambda: None, returncode=lambda: 0)
    await asyncio.wait_for(sup.supervise(part), 10)
    assert starts == 3 and part.state.restarts == 3
    sup.write_state()
    state = (tmp_path / "state.json").read_text()
    assert '"never"' in state and '"restarts": 3' in state


@pytest.fixture(autouse=True)
def _no_env_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOWNWATCH_BROKER", raising=False)


class _Proc:
    def __init__(self) -> None:
        self.pid, self.code = 99, None

    def poll(self) -> int | None:
        return self.code


class _Store:
    """A broker's storage server (as Tansu's S3 store): started by the broker's start when down."""

    def __init__(self) -> None:
        self.proc: _Proc | None = None
        self.starts = self.stops = 0

    def start(self, timeout: float = 0) -> None:
        self.starts += 1
        self.proc = _Proc()

    def stop(self) -> None:
        self.stops += 1


def test_a_broker_with_a_store_gets_the_store_supervised_as_a_part(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from townwatch import supervisor as module
    from townwatch.stack import make_broker

    store = _Store()

    def broker_with_store(kind, workdir):  # type: ignore[no-untyped-def]
        broker = make_broker("kafka", workdir)
        broker.store = store  # type: ignore[attr-defined]
        return broker

    monkeypatch.setattr(module, "make_broker", broker_with_store)
    sup, _waits = _supervisor(tmp_path)
    assert list(sup.parts)[:3] == ["store", "broker", "redis"]
    sup.parts["store"].start()
    assert store.starts == 1 and sup.parts["store"].pid() == 99 and sup.parts["store"].returncode() is None
    sup.parts["store"].start()  # already running (e.g. the broker's own start brought it back): not started twice
    assert store.starts == 1
    store.proc.code = -9  # type: ignore[union-attr]
    assert sup.parts["store"].returncode() == -9
    sup.parts["store"].start()
    assert store.starts == 2
