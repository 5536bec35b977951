"""The page channel: nothing to push; the newsroom page's live feed reads the alert stream itself."""

from __future__ import annotations

from townwatch_alert.channels.delivery import Delivery

__all__ = ["PageSender"]


class PageSender:
    """Always succeeds: the alert is already on ``townwatch:{ledger}:alerts``, which the page's SSE stream serves."""

    async def send(self, delivery: Delivery) -> None:
        return None
