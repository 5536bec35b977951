"""Findings 9 and 10 of issue 11: subscriptions are validated when written (sizes, ids, e-mail headers, embedded
private IPv4), and every fault of the subscriptions file is one clear line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from townwatch_alert import subscription_store
from townwatch_alert.settings import AlertSettings
from townwatch_alert.subscription_store import SubscriptionFileError, parse_subscriptions_yaml
from townwatch_runtime.url_guard import UnsafeURL, check_url
from townwatch_schemas import Subscription

GOOD: dict[str, Any] = {"id": "s", "desk_id": "d", "towns": ["Hatra"]}


@pytest.mark.parametrize("change, words", [
    ({"towns": [f"town {n}" for n in range(100_000)]}, "towns: at most"),
    ({"channels": [{"kind": "page"}] * 1_000}, "channels: at most"),
    ({"towns": ["x" * 30_000_000]}, "characters"),
    ({"actors": ["a" * 5_000]}, "characters"),
    ({"id": "a/b"}, "id"), ({"id": ".."}, "id"), ({"id": "a/../b"}, "id"), ({"id": "x\r\ny"}, "id"),
    ({"channels": [{"kind": "email", "email": "desk@example.org\r\nBcc: all@example.org"}]}, "e-mail"),
    ({"channels": [{"kind": "email", "email": "a@example.org, b@example.org"}]}, "e-mail"),
    ({"channels": [{"kind": "webhook", "url": "https://example.org/" + "x" * 5_000}]}, "url"),
])
def test_oversized_or_malformed_subscriptions_are_refused(change: dict[str, Any], words: str) -> None:
    sub = Subscription.model_validate({**GOOD, **change})
    with pytest.raises(ValueError, match=words):
        subscription_store.check_subscription(sub)


def test_a_good_subscription_passes() -> None:
    subscription_store.check_subscription(Subscription.model_validate({**GOOD, "towns": ["Hatra", "gn:99250"], "channels": [
        {"kind": "email", "email": "Desk <desk@example.org>"}, {"kind": "webhook", "url": "https://example.org/hook"}]}))


@pytest.mark.parametrize("host", ["[2002:7f00:1::]", "[2002:a00:1::]", "[64:ff9b::7f00:1]", "[64:ff9b::a9fe:a9fe]",
                                  "[2001:0:4136:e378:8000:63bf:80ff:fffe]", "[::127.0.0.1]"])
def test_ipv6_embeddings_of_private_ipv4_are_refused(host: str) -> None:
    """6to4, NAT64 and Teredo addresses carry an IPv4 address they route to (2002:7f00:1:: is 127.0.0.1)."""
    with pytest.raises(UnsafeURL):
        check_url(f"http://{host}/hook")
    check_url("http://[2002:5db8:d70e::1]/hook")  # 6to4 of a public address: allowed


def _yaml(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "subs.yaml"
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def test_two_desks_may_not_share_a_token() -> None:
    doc = "desks:\n- id: a\n  token: same-token-123456789\n- id: b\n  token: same-token-123456789\n"
    with pytest.raises(SubscriptionFileError, match=r"desks\[1\] \(b\): the same token as desk 'a'"):
        parse_subscriptions_yaml(doc, "subs.yaml")


def test_token_env_must_name_a_townwatch_variable_holding_a_strong_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "/root")
    with pytest.raises(SubscriptionFileError, match=r"token_env must name a TOWNWATCH_\* or \*_TOKEN variable"):
        parse_subscriptions_yaml("desks:\n- id: a\n  token_env: HOME\n", "subs.yaml")
    monkeypatch.setenv("TOWNWATCH_DESK_A_TOKEN", "short")
    with pytest.raises(SubscriptionFileError, match="at least 16 characters"):
        parse_subscriptions_yaml("desks:\n- id: a\n  token_env: TOWNWATCH_DESK_A_TOKEN\n", "subs.yaml")
    monkeypatch.setenv("TOWNWATCH_DESK_A_TOKEN", "a-long-enough-random-token")
    assert parse_subscriptions_yaml("desks:\n- id: a\n  token_env: TOWNWATCH_DESK_A_TOKEN\n", "subs.yaml")[0][2] == "a-long-enough-random-token"


async def test_a_file_that_is_not_utf8_is_one_line(tmp_path: Path) -> None:
    from townwatch_alert.subscription_store import SubscriptionStore

    path = _yaml(tmp_path, "desks:\n- id: caf\xe9\n".encode("latin-1"))
    with pytest.raises(SubscriptionFileError) as info:
        await SubscriptionStore.__new__(SubscriptionStore).load_yaml(path)
    assert "not UTF-8" in str(info.value) and "\n" not in str(info.value)


def test_an_empty_subscriptions_file_setting_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOWNWATCH_SUBSCRIPTIONS_FILE", "")
    with pytest.raises(ValidationError, match="TOWNWATCH_SUBSCRIPTIONS_FILE is empty"):
        AlertSettings()
