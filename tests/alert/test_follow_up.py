"""Follow-up decisions as pure functions: which recipients of an alert get contested / denied / reversed / withdrawn."""

from __future__ import annotations

from collections.abc import Callable

from townwatch_alert.channels.delivery import channel_key
from townwatch_alert.follow_up import (
    Recipient,
    by_desk,
    follow_up_kinds,
    plan_follow_ups,
    plan_reversal,
    recipient_of,
)
from townwatch_alert.render import cause
from townwatch_schemas import Alert, Channel, ChannelKind, Evidence, SourceReport, Subscription

HOOK = Channel(kind=ChannelKind.WEBHOOK, url="https://example.org/hook")
SLACK = Channel(kind=ChannelKind.SLACK, url="https://hooks.slack.example/x")


def sub(sub_id: str = "s1", desk: str = "desk-a", channels: tuple[Channel, ...] = (HOOK,), **fields: object) -> Subscription:
    return Subscription(id=sub_id, desk_id=desk, towns=["Baaj"], channels=list(channels), **fields)  # type: ignore[arg-type]


def report(outlet: str, sentence: str, **fields: object) -> SourceReport:
    return SourceReport(outlet=outlet, article_id=f"art-{outlet}", evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
                        confidence=0.8, **fields)  # type: ignore[arg-type]


def test_a_plain_alert_calls_for_no_follow_up(make_alert: Callable[..., Alert]) -> None:
    s = sub()
    assert follow_up_kinds(make_alert()) == []
    assert plan_follow_ups(make_alert(), [recipient_of(s, HOOK)], by_desk([s])) == []


def test_each_state_calls_for_its_kind_in_story_order(make_alert: Callable[..., Alert]) -> None:
    conflicting = [report("AP", "ISIS still holds Baaj, residents said.")]
    denials = [report("Iraqi News Agency", "ISIS denied that the PMF had taken Baaj.")]
    assert follow_up_kinds(make_alert(conflicting=conflicting)) == ["contested"]
    assert follow_up_kinds(make_alert(denials=denials)) == ["denied"]
    assert follow_up_kinds(make_alert(withdrawn=True)) == ["withdrawn"]
    assert follow_up_kinds(make_alert(conflicting=conflicting, denials=denials, withdrawn=True)) == ["contested", "denied", "withdrawn"]


def test_follow_ups_go_to_every_recipient_channel_and_nobody_else(make_alert: Callable[..., Alert]) -> None:
    a, b, c = sub("s1", "desk-a", (HOOK, SLACK)), sub("s2", "desk-b"), sub("s3", "desk-c")
    recipients = [recipient_of(a, HOOK), recipient_of(a, SLACK), recipient_of(b, HOOK)]
    targets = plan_follow_ups(make_alert(denials=[report("X", "denied")]), recipients, by_desk([a, b, c]))
    assert sorted((t.subscription.desk_id, t.channel.kind.value, t.kind) for t in targets) == [
        ("desk-a", "slack", "denied"), ("desk-a", "webhook", "denied"), ("desk-b", "webhook", "denied")]


def test_a_recipient_below_min_confidence_still_hears_it_is_contested(make_alert: Callable[..., Alert]) -> None:
    strict = sub(min_confidence=0.9)
    alert = make_alert(conflicting=[report("AP", "no")], contested=True, confidence=0.4)
    assert [t.kind for t in plan_follow_ups(alert, [recipient_of(strict, HOOK)], by_desk([strict]))] == ["contested"]


def test_opted_out_deleted_or_changed_subscriptions_get_nothing(make_alert: Callable[..., Alert]) -> None:
    alert = make_alert(conflicting=[report("AP", "no")], denials=[report("INA", "denied")])
    opted = sub("s1", follow_ups=["denied"])
    moved = sub("s2", channels=(SLACK,))
    recipients = [recipient_of(opted, HOOK), Recipient("desk-a", "s2", channel_key(HOOK)), Recipient("desk-a", "gone", channel_key(HOOK)),
                  Recipient("desk-z", "s1", channel_key(HOOK))]
    targets = plan_follow_ups(alert, recipients, by_desk([opted, moved]))
    assert [(t.subscription.id, t.kind) for t in targets] == [("s1", "denied")]
    assert plan_follow_ups(alert, [recipient_of(opted, HOOK)], by_desk([sub("s1", follow_ups=[])])) == []


def test_reversal_reaches_the_recipients_of_the_reversed_alert(make_alert: Callable[..., Alert]) -> None:
    a, b = sub("s1", "desk-a"), sub("s2", "desk-b", follow_ups=["contested"])
    previous = [recipient_of(a, HOOK), recipient_of(b, HOOK)]
    retake = make_alert(alert_id="al-2", reverses="al-1")
    assert [(t.subscription.desk_id, t.kind) for t in plan_reversal(retake, previous, by_desk([a, b]))] == [("desk-a", "reversed")]
    assert plan_reversal(make_alert(alert_id="al-2"), previous, by_desk([a, b])) == []


def test_recipients_are_planned_once_however_often_listed(make_alert: Callable[..., Alert]) -> None:
    s = sub()
    r = recipient_of(s, HOOK)
    assert len(plan_follow_ups(make_alert(withdrawn=True, sources=[report("R", "x", withdrawn=True)]), [r, r], by_desk([s]))) == 1


def test_cause_quotes_the_report_behind_each_kind(make_alert: Callable[..., Alert]) -> None:
    alert = make_alert(
        conflicting=[report("AP", "ISIS still holds Baaj, residents said.")],
        denials=[report("INA", "ISIS denied that the PMF had taken Baaj.")],
        withdrawn=True,
        sources=[report("Reuters", "PMF took Baaj.", withdrawn=True, withdrawal="An earlier version of this story said the PMF took Baaj.")],
    )
    assert cause(alert, "contested") is not None and cause(alert, "contested").quote == "ISIS still holds Baaj, residents said."  # type: ignore[union-attr]
    assert cause(alert, "denied").outlet == "INA"  # type: ignore[union-attr]
    assert cause(alert, "withdrawn").quote.startswith("An earlier version")  # type: ignore[union-attr]
    assert cause(alert, "reversed").quote == "PMF took Baaj."  # type: ignore[union-attr]
    assert cause(make_alert(), "contested") is None and cause(make_alert(), "alert") is None
