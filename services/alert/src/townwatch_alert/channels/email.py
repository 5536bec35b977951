"""The e-mail channel: a plain-text and HTML message over SMTP (aiosmtplib), Message-ID from the idempotency key."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate

import aiosmtplib

from townwatch_alert.channels.delivery import Delivery
from townwatch_alert.render import email_html, email_subject, plain_text, view
from townwatch_alert.retry import PermanentFailure, TransientFailure
from townwatch_alert.settings import AlertSettings

__all__ = ["EmailSender", "build_message", "envelope"]


def envelope(subject: str, sender: str, to: str | None, key: str) -> EmailMessage:
    """A message with its headers and no body yet: ``to`` checked (one address line), Message-ID = ``key``."""
    if not to or any(c in to for c in "\r\n"):
        raise PermanentFailure("e-mail channel has no usable address")
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = to
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = f"<{key}@townwatch>"
    message["X-Townwatch-Idempotency-Key"] = key
    return message


def build_message(delivery: Delivery, sender: str, page_url: str | None) -> EmailMessage:
    """The message: one-line subject, text part, escaped HTML alternative, Message-ID = idempotency key."""
    v = view(delivery.alert, delivery.kind, page_url)
    message = envelope(email_subject(v), sender, delivery.channel.email, delivery.idempotency_key)
    message.set_content(plain_text(v))
    message.add_alternative(email_html(v), subtype="html")
    return message


def _classify(exc: aiosmtplib.SMTPException) -> Exception:
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        codes = [r.code for r in exc.recipients]
        if codes and all(400 <= c < 500 for c in codes):
            return TransientFailure(f"SMTP recipients deferred: {codes}")
        return PermanentFailure(f"SMTP recipients refused: {codes}")
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        failure = TransientFailure if 400 <= exc.code < 500 else PermanentFailure
        return failure(f"SMTP {exc.code}: {exc.message}")
    return TransientFailure(f"SMTP {type(exc).__name__}: {exc}")


class EmailSender:
    """Sends through the SMTP relay of the settings (host, port, STARTTLS, optional login)."""

    def __init__(self, settings: AlertSettings, page_url: str | None) -> None:
        self.settings = settings
        self.page_url = page_url

    async def send(self, delivery: Delivery) -> None:
        await self.send_message(build_message(delivery, self.settings.smtp_from, self.page_url))

    async def send_message(self, message: EmailMessage) -> None:
        """Hand ``message`` to the relay; refusals and outages as Permanent/TransientFailure."""
        s = self.settings
        if not s.smtp_host:
            raise PermanentFailure("e-mail channel but no SMTP relay configured (TOWNWATCH_SMTP_HOST)")
        try:
            await aiosmtplib.send(
                message,
                hostname=s.smtp_host,
                port=s.smtp_port,
                username=s.smtp_username,
                password=s.smtp_password.get_secret_value() if s.smtp_password else None,
                start_tls=s.smtp_starttls,
                timeout=s.notify_timeout_s,
            )
        except aiosmtplib.SMTPException as exc:
            raise _classify(exc) from None
        except (OSError, TimeoutError) as exc:
            raise TransientFailure(f"SMTP relay unreachable: {type(exc).__name__}: {exc}") from None
