"""The inputs that found issue 11's holes, fuzzed: Apprise URLs (SSRF), dates (overflow, the future), sizes (dead letters)."""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress

from hypothesis import given, settings
from hypothesis import strategies as st

from townwatch_alert.apprise_target import apprise_target
from townwatch_alert.dedup import Decision, DedupPolicy, decide
from townwatch_alert.subscription_store import check_channels
from townwatch_extract.dates import find_time_refs
from townwatch_runtime.dead_letter import make_dead_letter
from townwatch_runtime.url_guard import is_internal
from townwatch_schemas import Channel, ChannelKind, Stage, Subscription

from ..alert.conftest import control_change
from .conftest import FUZZ

SCHEMES = ["ntfy", "ntfys", "gotify", "gotifys", "mmost", "mmosts", "json", "jsons", "xml", "form", "mailto", "mailtos",
           "rocket", "matrix", "apprise", "tgram", "discord", "slack", "pover", "pbul", "syslog", "rsyslog", "signal",
           "growl", "mqtt", "xmpp", "nosuch"]
HOSTS = ["127.0.0.1", "127.1", "2130706433", "0x7f000001", "[::1]", "[::ffff:127.0.0.1]", "[2002:7f00:1::]",
         "[64:ff9b::a9fe:a9fe]", "169.254.169.254", "10.0.0.7", "100.100.100.200", "localhost", "a.localhost",
         "93.184.215.14", "[2606:2800:220:1::1]", "public.example", "inside.example"]
RESOLVE = {"public.example": ["93.184.215.14"], "inside.example": ["10.1.2.3"]}


def _resolver(host: str, _port: int) -> list[str]:
    return RESOLVE.get(host, ["93.184.215.20"])  # any other name: public (ntfy.sh, smtp.example.org, ...)


@settings(FUZZ, max_examples=300)
@given(st.sampled_from(SCHEMES), st.sampled_from(HOSTS), st.sampled_from(["", ":8080"]),
       st.sampled_from(["/topic", "/AbCdEfGhIjKlMnO", "/abcdefghijklmnop/#room", "?to=a@example.org&from=b@example.org",
                        "/x?smtp=10.0.0.5&to=a@example.org"]),
       st.sampled_from(["", "user:pass@"]))
def test_an_accepted_apprise_url_never_targets_an_internal_address(scheme: str, host: str, port: str, path: str, auth: str) -> None:
    url = f"{scheme}://{auth}{host}{port}{path}"
    sub = Subscription(id="s", desk_id="d", towns=["*"], channels=[Channel(kind=ChannelKind.APPRISE, url=url)])
    try:
        check_channels(sub, allow_private=False, resolver=_resolver)
    except ValueError:
        return  # refused (unparseable, unchecked scheme, or internal): fine
    target = apprise_target(url)
    if target.host is not None:
        for addr in _resolver(target.host, target.port) if not _literal(target.host) else [target.host.strip("[]")]:
            assert not is_internal(ipaddress.ip_address(addr)), (url, target.host)


def _literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


PHRASES = ["last month", "last year", "last week", "yesterday", "three weeks ago", "on Tuesday", "in March", "since 2014",
           "on 31 December 9999", "on 1 January 1"]


@settings(FUZZ, max_examples=300)
@given(st.dates(), st.sampled_from(PHRASES))
def test_date_arithmetic_never_raises_for_any_published_date(published: dt.date, phrase: str) -> None:
    for ref in find_time_refs(f"Iraqi forces captured the town {phrase}.", published):
        assert ref.date is None or isinstance(ref.date, dt.date)


RECEIVED = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)


@settings(FUZZ, max_examples=300)
@given(st.none() | st.dates(), st.none() | st.dates())
def test_no_report_dated_after_it_was_received_sets_a_towns_state(event_date: dt.date | None, published: dt.date | None) -> None:
    event = control_change("baaj", "isis", None, event_date=event_date, published=published, article_received=RECEIVED)
    outcome = decide(None, event, RECEIVED + dt.timedelta(hours=1), DedupPolicy())
    limit = (RECEIVED + DedupPolicy().future_skew).date()
    if outcome.state is not None:
        assert outcome.state.since <= limit
    if event_date is not None and event_date > limit:
        assert outcome.decision is Decision.FUTURE and outcome.state is None


@settings(FUZZ, max_examples=50)
@given(st.integers(0, 3_000_000), st.sampled_from([b"a", "\u00e9".encode(), b"\xff", "\u4e2d".encode()]))
def test_every_dead_letter_fits_the_producer(size: int, unit: bytes) -> None:
    payload = (unit * (size // len(unit) + 1))[:size]
    letter = make_dead_letter(Stage.EXTRACT, payload, "x" * 10_000, "too_large")
    assert len(letter.to_json_bytes()) < 1_000_000
    assert letter.payload_bytes == size and letter.payload_sha256 == hashlib.sha256(payload).hexdigest()
