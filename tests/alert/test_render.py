"""Rendering: an alert an editor can act on, and hostile article text escaped in HTML e-mail and Slack."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from townwatch_alert.render import (
    email_html,
    email_subject,
    plain_text,
    safe_link,
    slack_escape,
    slack_mrkdwn,
    view,
)
from townwatch_schemas import Alert, DatePrecision, Place

HOSTILE = 'They took it. <script>window.pwned=1</script> [click here](https://evil.example/x) @channel <!here> <@U123|boss> & more'
HOSTILE_PLACE = Place(name="Baaj<img src=x onerror=alert(1)>", canonical_name="Al-Ba'aj\r\nBcc: victim@example.org",
                      geonames_id=99250, country_code="IQ")


def test_plain_text_has_what_an_editor_needs(make_alert: Callable[..., Alert]) -> None:
    text = plain_text(view(make_alert(outlets=("Reuters", "TRT World")), page_url="https://tw.example/"))
    for needed in ("Place: Baaj (Al-Ba'aj), Iraq", "Control change: Baaj taken by", "from Islamic State to Popular Mobilization Forces",
                   "on 2017-06-04 (exact day", "Confidence: 80%", "Reuters, TRT World (2 independent outlets)",
                   "- Reuters, 2017-06-04: \u201cShiite paramilitaries", "- TRT World, 2017-06-04:",
                   "https://example.org/0", "https://example.org/1", "Newsroom page: https://tw.example/"):
        assert needed in text, needed


def test_when_reflects_precision(make_alert: Callable[..., Alert]) -> None:
    def when(**f: object) -> str:
        return view(make_alert(**f)).when
    assert when(date_precision=DatePrecision.MONTH).startswith("in June 2017 (month only")
    assert when(date_precision=DatePrecision.YEAR).startswith("in 2017 (year only")
    assert when(date_precision=DatePrecision.WEEK).startswith("in the week of 2017-06-04")
    assert when(event_date=None).startswith("date not given in the reports (first reported 2017-06-04 12:00 UTC")


def test_notes_and_follow_up_title(make_alert: Callable[..., Alert]) -> None:
    v = view(make_alert(contested=True, partial=True, claimed=True, gaining=None), "confirmed")
    assert v.title.startswith("CONFIRMED: Baaj taken by an unnamed side")
    assert len(v.notes) == 3 and v.notes[0].startswith("CONTESTED")
    s = make_alert(sources=[]).model_copy(update={"independent_outlets": 0})
    assert view(s).outlets == "no outlet named (0 independent outlets)"


def test_a_late_alert_says_it_was_found_by_reprocessing(make_alert: Callable[..., Alert]) -> None:
    assert view(make_alert(late=True)).notes == ("LATE: found by reprocessing articles that first went through before the extractor improved",)
    assert view(make_alert()).notes == ()


def test_email_html_escapes_hostile_text(make_alert: Callable[..., Alert]) -> None:
    alert = make_alert(sentence=HOSTILE, place=HOSTILE_PLACE)
    doc = email_html(view(alert, page_url="https://tw.example/"))
    assert "<script" not in doc and "<img" not in doc
    assert html.escape("<script>window.pwned=1</script>") in doc
    assert 'href="https://evil.example' not in doc
    assert '<a href="https://example.org/0">' in doc and '<a href="https://tw.example/">' in doc


def test_email_html_links_only_http_urls(make_alert: Callable[..., Alert]) -> None:
    alert = make_alert()
    bad = alert.model_copy(update={"sources": [alert.sources[0].model_copy(update={"url": "javascript:alert(1)"})]})
    assert 'href="javascript' not in email_html(view(bad))
    assert safe_link("javascript:alert(1)") is None and safe_link('https://x.example/"><b>') is None
    assert safe_link("https://x.example/a?b=1") == "https://x.example/a?b=1"


def test_email_subject_is_one_line(make_alert: Callable[..., Alert]) -> None:
    subject = email_subject(view(make_alert(place=HOSTILE_PLACE)))
    assert "\r" not in subject and "\n" not in subject and subject.startswith("[townwatch] ")


def test_slack_escapes_and_neutralises(make_alert: Callable[..., Alert]) -> None:
    text = slack_mrkdwn(view(make_alert(sentence=HOSTILE, place=HOSTILE_PLACE), page_url="https://tw.example/"))
    for forbidden in ("<script", "<!here>", "<@U123", "](https://evil", "[click here](", "@channel", "<img"):
        assert forbidden not in text, forbidden
    assert "&lt;script&gt;" in text and "&amp; more" in text and "&lt;!here&gt;" in text
    assert "<https://example.org/0|Reuters, 2017-06-04>" in text and "<https://tw.example/|Open the newsroom page>" in text


def test_slack_escape_is_exact() -> None:
    assert slack_escape("a & b < c > d") == "a &amp; b &lt; c &gt; d"
    assert slack_escape("[x](y) @here @Everyone") == "[x]\u200b(y) @\u200bhere @\u200bEveryone"


def test_slack_link_label_cannot_close_the_link(make_alert: Callable[..., Alert]) -> None:
    alert = make_alert()
    odd = alert.model_copy(update={"sources": [alert.sources[0].model_copy(update={"outlet": "Evil|<https://x>"})]})
    text = slack_mrkdwn(view(odd))
    assert "<https://example.org/0|Evil\u2758&lt;https://x&gt;, 2017-06-04>" in text


def test_first_reported_time_is_utc(make_alert: Callable[..., Alert]) -> None:
    alert = make_alert(event_date=None, first_reported=dt.datetime(2017, 6, 4, 15, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))))
    assert "first reported 2017-06-04 12:30 UTC" in view(alert).when


def test_every_channel_leads_with_the_follow_up_kind_and_its_quote(make_alert: Callable[..., Alert]) -> None:
    from townwatch_alert.channels.apprise import AppriseSender  # noqa: F401  (the Apprise body is plain_text)
    from townwatch_alert.channels.delivery import Delivery
    from townwatch_alert.channels.email import build_message
    from townwatch_alert.channels.slack import slack_payload
    from townwatch_alert.channels.webhook import webhook_body
    from townwatch_schemas import Channel, ChannelKind, Evidence, SourceReport

    quote = "Islamic State denied that the militias had taken Baaj <b>at all</b>."
    said = SourceReport(outlet="Amaq", article_id="a", evidence=Evidence(sentence=quote, start=0, end=len(quote)), confidence=0.5)
    withdrawn_source = said.model_copy(update={"withdrawn": True, "withdrawal": "An earlier version of this story said X."})
    alerts = {
        "contested": make_alert(conflicting=[said], contested=True),
        "denied": make_alert(denials=[said], contested=True),
        "reversed": make_alert(sentence=quote, reverses="al-0"),
        "withdrawn": make_alert(withdrawn=True, sources=[withdrawn_source]),
    }
    for kind, alert in alerts.items():
        head = kind.upper()
        expected = "An earlier version of this story said X." if kind == "withdrawn" else quote
        text = plain_text(view(alert, kind))
        assert text.splitlines()[0].startswith(f"{head}: ") and expected in text.splitlines()[1], kind
        mail = build_message(Delivery.build(alert, "d", "s", Channel(kind=ChannelKind.EMAIL, email="desk@example.org"), kind), "tw@example.org", None)  # type: ignore[arg-type]
        assert mail["Subject"].startswith(f"[townwatch] {head}: ")
        assert mail.get_body(("plain",)).get_content().splitlines()[0].startswith(f"{head}: ")  # type: ignore[union-attr]
        assert html.escape(expected) in mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
        hook = Delivery.build(alert, "d", "s", Channel(kind=ChannelKind.WEBHOOK, url="https://example.org/h"), kind)  # type: ignore[arg-type]
        assert __import__("json").loads(webhook_body(hook, text))["kind"] == kind
        slack = slack_payload(hook, None)["text"]
        assert str(slack).startswith(f"*{head}: ") and slack_escape(expected) in str(slack)


def test_an_unnamed_outlet_is_not_identified_and_keeps_its_link(make_alert: Callable[..., Alert]) -> None:
    alert = make_alert(outlets=("unknown outlet t-3ec512913c",))
    v = view(alert)
    assert v.outlets.startswith("outlet not identified") and v.evidence[0].outlet == "outlet not identified"
    text = plain_text(v)
    assert "unknown outlet" not in text and "t-3ec512913c" not in text and "https://example.org/0" in text
    assert "unknown outlet" not in email_html(v) and "unknown outlet" not in slack_mrkdwn(v)


def test_an_unnamed_outlet_is_named_by_its_headline(make_alert: Callable[..., Alert]) -> None:
    alert = make_alert(outlets=("unknown outlet t-3ec512913c",))
    alert = alert.model_copy(update={"sources": [alert.sources[0].model_copy(update={"title": "Hatra\nretaken"})]})
    assert view(alert).evidence[0].outlet == "outlet not identified: Hatra retaken"
