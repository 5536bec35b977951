"""A story told over several days, end to end on the real broker and Redis: each desk gets exactly the notifications
it should, each once, in the order of the story; a kill -9 of the alert service mid-story changes nothing.

Story (texts of our own): Iraqi forces capture Hawija (Reuters); AFP corroborates; Kurdistan 24 says the Peshmerga
took it (contested); Islamic State denies the capture (denied); Islamic State retakes it (reversed).

A second story, pushed through ingest's HTTP endpoint: an outlet reports Hatra captured, then corrects the article at
the same URL; the correction removes the only evidence, and the desks that got the alert are told it is withdrawn.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from tests.faults.fault_pipeline import crash_and_restart
from townwatch.demo import write_subscriptions
from townwatch.pipeline import Pipeline
from townwatch.webhook_receiver import WebhookReceiver

pytestmark = [pytest.mark.e2e, pytest.mark.integration, pytest.mark.asyncio(loop_scope="module")]

SECRET = "story-secret"
PUSH_TOKEN = "story-push-token"
HATRA_URL = "https://wire.example/hatra-attack"
HATRA = {"source": "Reuters", "url": HATRA_URL, "published": "2017-10-10",
         "text": "Islamic State fighters captured the town of Hatra from the Popular Mobilization Forces on Monday, local officials said."}
HATRA_CORRECTED = {**HATRA, "text": "Correction: An earlier version of this story said Islamic State fighters had captured Hatra. "
                                    "The fighters attacked the town on Monday but were repelled by the Popular Mobilization Forces, "
                                    "local officials said."}
STEPS: list[dict[str, Any]] = [
    {"source": "Reuters", "url": "https://reuters.example/hawija-1", "published": "2017-10-05",
     "text": "Iraqi forces captured the town of Hawija from Islamic State on Thursday, the military said in a statement. "
             "Hawija lies west of Kirkuk."},
    {"source": "AFP", "url": "https://afp.example/hawija", "published": "2017-10-05",
     "text": "Iraqi troops retook Hawija from Islamic State militants on Thursday, officers at the front told reporters. "
             "Residents fled toward the nearby hills as the fighting ended."},
    {"source": "Kurdistan 24", "url": "https://k24.example/hawija", "published": "2017-10-05",
     "text": "Kurdish Peshmerga fighters seized Hawija on Thursday, a Peshmerga commander said. He gave no figure for casualties."},
    {"source": "Al Jazeera", "url": "https://aj.example/hawija-denial", "published": "2017-10-06",
     "text": "Islamic State denied that Iraqi forces had recaptured Hawija. The group's statement could not be verified."},
    {"source": "BBC", "url": "https://bbc.example/hawija-retaken", "published": "2017-10-09",
     "text": "Islamic State fighters recaptured Hawija from Iraqi forces on Sunday after a surprise night attack, local officials said."},
]
DESKS: dict[str, dict[str, Any]] = {
    "all": {"towns": ["*"]},
    "confirmed": {"towns": ["Hawija"], "policy": "confirmed", "min_outlets": 2},
    "quiet": {"towns": ["*"], "follow_ups": ["reversed"]},
    "strict": {"countries": ["IQ"], "min_confidence": 0.7},
}
CAPTURE, RETAKE = "capture", "retake"
EXPECTED = {
    "all": [("alert", CAPTURE), ("confirmed", CAPTURE), ("contested", CAPTURE), ("denied", CAPTURE), ("reversed", RETAKE)],
    "confirmed": [("alert", CAPTURE), ("contested", CAPTURE), ("denied", CAPTURE), ("reversed", RETAKE)],
    "quiet": [("alert", CAPTURE), ("confirmed", CAPTURE), ("reversed", RETAKE)],
    # below its min_confidence once contested, and still told
    "strict": [("alert", CAPTURE), ("confirmed", CAPTURE), ("contested", CAPTURE), ("denied", CAPTURE), ("reversed", RETAKE)],
}
# After each step, the notifications that must have arrived before the next step is sent.
AFTER_STEP = [
    {("all", "alert"), ("quiet", "alert"), ("strict", "alert")},
    {("all", "confirmed"), ("confirmed", "alert"), ("quiet", "confirmed"), ("strict", "confirmed")},
    {("all", "contested"), ("confirmed", "contested"), ("strict", "contested")},
    {("all", "denied"), ("confirmed", "denied"), ("strict", "denied")},
    {(desk, "reversed") for desk in DESKS},
]


class Story:
    def __init__(self, pipeline: Pipeline, receiver: WebhookReceiver, workdir: Path) -> None:
        self.pipeline, self.receiver, self.workdir = pipeline, receiver, workdir

    def seen(self) -> set[tuple[str, str]]:
        return {(d.path.rsplit("/", 1)[-1], d.body.get("kind", "")) for d in self.receiver.deliveries}

    async def tell(self, index: int) -> None:
        path = self.workdir / f"step-{index}.jsonl"
        path.write_text(json.dumps(STEPS[index]) + "\n")
        report = await self.pipeline.replay([path])
        assert report.published == 1

    async def settle(self) -> None:
        """Until every consumer group has committed everything on its topic (robust across restarts), no
        notification claimed by the notifier is waiting to be sent, and no delivery arrived for 2 s."""
        await self.pipeline.wait_idle(timeout=180, moving=lambda: len(self.receiver.deliveries))

    async def wait_for(self, predicate: Callable[[], bool], what: str, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; got {sorted(self.seen())}")
            await asyncio.sleep(0.2)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def story(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Story]:
    workdir = tmp_path_factory.mktemp("story")
    receiver = await WebhookReceiver(secret=SECRET).start()
    subs = write_subscriptions(workdir / "subscriptions.yaml", [
        {"id": desk, "token": f"token-{desk}", "subscriptions": [{
            "id": f"{desk}-sub", "policy": "first", **fields,
            "channels": [{"kind": "webhook", "url": receiver.url(f"hooks/{desk}"), "secret": SECRET}],
        }]}
        for desk, fields in DESKS.items()
    ])
    pipeline = Pipeline(workdir=workdir, subscriptions_file=subs,
                        extra_env={"TOWNWATCH_NOTIFY_LEASE_S": "4", "TOWNWATCH_NOTIFY_BACKOFF_BASE_S": "0.5",
                                   "TOWNWATCH_PUSH_TOKENS": PUSH_TOKEN})
    await asyncio.to_thread(pipeline.start)
    try:
        yield Story(pipeline, receiver, workdir)
    finally:
        await receiver.stop()
        await asyncio.to_thread(pipeline.stop)


async def test_each_desk_gets_the_story_once_in_order_through_a_kill_9(story: Story) -> None:
    pending_at_kill: set[str] = set()
    for index in range(len(STEPS)):
        await story.tell(index)
        if index == 3:
            # kill -9 the alert service while the denial is on its way through it; a new one takes over
            pending_at_kill = await crash_and_restart(story.pipeline, "alert")
        expected = set().union(*AFTER_STEP[: index + 1])
        await story.wait_for(lambda expected=expected: expected <= story.seen(), f"the notifications of step {index + 1}")
        assert story.seen() == expected, f"step {index + 1}: unexpected notifications"

    deliveries = story.receiver.deliveries
    firsts: dict[str | None, Any] = {}
    for d in deliveries:
        firsts.setdefault(d.idempotency_key, d)  # the first copy of each notification, in arrival order
    first_alert = next(d.alert["alert_id"] for d in deliveries if d.body["kind"] == "alert")
    names = {first_alert: CAPTURE}
    for desk, wanted in EXPECTED.items():
        got = [(d.body["kind"], d.alert["alert_id"]) for d in firsts.values() if d.path == f"/hooks/{desk}"]
        retake = {a for k, a in got if k == "reversed"}
        assert len(retake) == 1 and first_alert not in retake
        names.update(dict.fromkeys(retake, RETAKE))
        assert [(k, names[a]) for k, a in got] == wanted, desk
    # A second POST with the same Idempotency-Key is allowed only for a notification the killed worker held
    # pending (it may have reached the receiver just before the SIGKILL); and then only one.
    twice = Counter(d.idempotency_key for d in deliveries)
    twice = Counter({key: n for key, n in twice.items() if n > 1})
    assert set(twice) <= pending_at_kill and set(twice.values()) <= {2}, f"delivered twice: {twice}"
    assert all(d.signature_ok for d in deliveries)


async def test_the_notifications_say_what_happened_with_the_quote(story: Story) -> None:
    by_kind = {d.body["kind"]: d for d in story.receiver.deliveries if d.path == "/hooks/all"}
    first_lines = {kind: d.body["text"].splitlines()[:2] for kind, d in by_kind.items()}
    assert first_lines["contested"][0].startswith("CONTESTED: ") and "Peshmerga fighters seized Hawija" in first_lines["contested"][1]
    assert first_lines["denied"][0].startswith("DENIED: ") and "Islamic State denied" in first_lines["denied"][1]
    assert first_lines["reversed"][0].startswith("REVERSED: ") and "recaptured Hawija from Iraqi forces" in first_lines["reversed"][1]
    reversal = by_kind["reversed"].alert
    assert reversal["reverses"] == by_kind["alert"].alert["alert_id"]
    assert (reversal["gaining"]["id"], reversal["losing"]["id"]) == ("isis", "iq-gov")
    assert [s["outlet"] for s in by_kind["denied"].alert["denials"]] == ["Al Jazeera"]


async def test_replaying_the_whole_story_again_notifies_nobody(story: Story) -> None:
    before = len(story.receiver.deliveries)
    for index in range(len(STEPS)):
        await story.tell(index)
    await story.settle()
    assert len(story.receiver.deliveries) == before


async def _push(story: Story, article: dict[str, Any]) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=30) as client:
        response = await client.post(f"http://127.0.0.1:{story.pipeline.ingest_port}/articles", json=article,
                                     headers={"Authorization": f"Bearer {PUSH_TOKEN}"})
    assert response.status_code == 202, response.text
    return response.json()


async def test_a_correction_that_removes_the_only_evidence_withdraws_the_alert(story: Story) -> None:
    def hatra() -> list[tuple[str, str]]:
        return [(d.path.rsplit("/", 1)[-1], d.body["kind"]) for d in story.receiver.deliveries
                if d.alert["place"]["name"] == "Hatra"]

    first = await _push(story, HATRA)
    assert first["accepted"]
    await story.wait_for(lambda: {("all", "alert"), ("strict", "alert"), ("quiet", "alert")} <= set(hatra()), "the Hatra alert")
    repoll = await _push(story, HATRA)  # the same text again: a duplicate, nothing new
    assert repoll["duplicates"] == first["accepted"]
    corrected = await _push(story, HATRA_CORRECTED)  # same URL, new text: revision 2 of the same article
    assert corrected["accepted"] == first["accepted"]
    await story.wait_for(lambda: {("all", "withdrawn"), ("strict", "withdrawn")} <= set(hatra()), "the withdrawal")
    await story.settle()
    assert sorted(hatra()) == [("all", "alert"), ("all", "withdrawn"), ("quiet", "alert"), ("strict", "alert"), ("strict", "withdrawn")]
    by_desk = [d for d in story.receiver.deliveries if d.alert["place"]["name"] == "Hatra" and d.path == "/hooks/all"]
    assert [d.body["kind"] for d in by_desk] == ["alert", "withdrawn"]  # in the order of the story
    withdrawn = by_desk[1]
    lines = withdrawn.body["text"].splitlines()
    assert lines[0].startswith("WITHDRAWN: ") and "An earlier version of this story said" in lines[1]
    assert withdrawn.alert["withdrawn"] and withdrawn.alert["sources"][0]["withdrawn"]
    assert withdrawn.alert["alert_id"] == by_desk[0].alert["alert_id"]
