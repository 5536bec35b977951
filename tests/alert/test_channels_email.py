"""The e-mail channel against a real local SMTP server (aiosmtpd): the message, escaping, and failure classes."""

from __future__ import annotations

from typing import Any

import pytest

from tests.smtp_inbox import Inbox
from townwatch.stack import free_port
from townwatch_alert.channels import Delivery
from townwatch_alert.channels.email import EmailSender
from townwatch_alert.retry import PermanentFailure, TransientFailure
from townwatch_alert.settings import AlertSettings
from townwatch_schemas import Channel, ChannelKind

HOSTILE = "Captured. <script>window.pwned=1</script> [click](https://evil.example) <b>bold</b>"


def sender_for(port: int | None) -> EmailSender:
    settings = AlertSettings(smtp_host="127.0.0.1" if port else None, smtp_port=port or 25, smtp_from="townwatch@newsroom.example", notify_timeout_s=3)
    return EmailSender(settings, page_url="https://tw.example/")


def delivery(alert: Any, to: str = "desk@newsroom.example") -> Delivery:
    return Delivery.build(alert, "desk-a", "s1", Channel(kind=ChannelKind.EMAIL, email=to), "alert")


async def test_email_has_text_and_escaped_html_and_message_id(inbox: tuple[Inbox, int], make_alert) -> None:  # type: ignore[no-untyped-def]
    box, port = inbox
    d = delivery(make_alert(sentence=HOSTILE))
    await sender_for(port).send(d)
    [message] = box.messages
    assert message["To"] == "desk@newsroom.example" and message["From"] == "townwatch@newsroom.example"
    assert message["Message-ID"] == f"<{d.idempotency_key}@townwatch>"
    assert message["Subject"].startswith("[townwatch] Control change: Baaj taken by Popular Mobilization Forces")
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    html_part = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Reported by: Reuters (1 independent outlet)" in text and HOSTILE in text
    assert "<script" not in html_part and "<b>bold" not in html_part and 'href="https://evil' not in html_part
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html_part


async def test_recipient_refused_5xx_is_permanent_4xx_transient(inbox: tuple[Inbox, int], make_alert) -> None:  # type: ignore[no-untyped-def]
    box, port = inbox
    box.refuse = {"gone.example": "550 5.1.1 no such user", "busy.example": "451 4.3.0 try later"}
    with pytest.raises(PermanentFailure, match="550"):
        await sender_for(port).send(delivery(make_alert(), "x@gone.example"))
    with pytest.raises(TransientFailure, match="451"):
        await sender_for(port).send(delivery(make_alert(), "x@busy.example"))
    assert box.messages == []


async def test_unreachable_relay_is_transient_and_missing_relay_permanent(make_alert) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TransientFailure):
        await sender_for(free_port()).send(delivery(make_alert()))
    with pytest.raises(PermanentFailure, match="no SMTP relay"):
        await sender_for(None).send(delivery(make_alert()))


async def test_address_with_header_injection_is_refused(inbox: tuple[Inbox, int], make_alert) -> None:  # type: ignore[no-untyped-def]
    _box, port = inbox
    with pytest.raises(PermanentFailure):
        await sender_for(port).send(delivery(make_alert(), "desk@newsroom.example\r\nBcc: victim@example.org"))
