"""The Slack-compatible incoming-webhook channel: a mrkdwn ``text`` payload, escaped (see ``render``)."""

from __future__ import annotations

import json

from townwatch_alert.channels.delivery import Delivery
from townwatch_alert.channels.http import HttpSender
from townwatch_alert.render import slack_mrkdwn, view

__all__ = ["SlackSender", "slack_payload"]


def slack_payload(delivery: Delivery, page_url: str | None) -> dict[str, object]:
    """The incoming-webhook JSON: mrkdwn text, link unfurling off (article URLs are untrusted)."""
    return {
        "text": slack_mrkdwn(view(delivery.alert, delivery.kind, page_url)),
        "mrkdwn": True,
        "unfurl_links": False,
        "unfurl_media": False,
    }


class SlackSender(HttpSender):
    """POSTs the payload to a Slack (or Slack-compatible: Mattermost, Rocket.Chat) incoming webhook."""

    what = "slack webhook"

    async def send(self, delivery: Delivery) -> None:
        body = json.dumps(slack_payload(delivery, self.page_url), ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "Idempotency-Key": delivery.idempotency_key}
        await self._post(delivery.channel.url, body, headers)
