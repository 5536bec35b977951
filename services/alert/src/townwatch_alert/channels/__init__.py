"""The delivery channels (webhook, Slack, e-mail, Apprise, page): each ``send`` returns, or raises a DeliveryFailure."""

from __future__ import annotations

from typing import Protocol

import httpx

from townwatch_alert.channels.apprise import AppriseSender
from townwatch_alert.channels.delivery import Delivery, Kind, channel_key, idempotency_key
from townwatch_alert.channels.email import EmailSender
from townwatch_alert.channels.page import PageSender
from townwatch_alert.channels.slack import SlackSender
from townwatch_alert.channels.webhook import WebhookSender
from townwatch_alert.settings import AlertSettings
from townwatch_schemas import ChannelKind

__all__ = ["Delivery", "Kind", "Sender", "channel_key", "idempotency_key", "senders"]


class Sender(Protocol):
    async def send(self, delivery: Delivery) -> None:
        """Deliver, or raise ``TransientFailure`` / ``PermanentFailure``."""


def senders(settings: AlertSettings, client: httpx.AsyncClient) -> dict[ChannelKind, Sender]:
    """One sender per channel kind, sharing one HTTP client."""
    page_url = settings.public_base_url.rstrip("/") + "/"
    allow, timeout = settings.allow_private_urls, settings.notify_timeout_s
    return {
        ChannelKind.WEBHOOK: WebhookSender(client, allow_private=allow, timeout_s=timeout, page_url=page_url),
        ChannelKind.SLACK: SlackSender(client, allow_private=allow, timeout_s=timeout, page_url=page_url),
        ChannelKind.EMAIL: EmailSender(settings, page_url),
        ChannelKind.APPRISE: AppriseSender(allow_private=allow, timeout_s=timeout, page_url=page_url,
                                           allowed_schemes=settings.apprise_allowed_schemes),
        ChannelKind.PAGE: PageSender(),
    }
