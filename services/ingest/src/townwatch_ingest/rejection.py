"""A refused item: a bounded reason code (a metric label) and a message for a human."""

from __future__ import annotations

from typing import TypedDict

__all__ = ["Rejection", "RejectionBody"]


class RejectionBody(TypedDict):
    """A rejection as an API answer shows it."""

    status: int
    reason: str
    error: str


class Rejection(ValueError):
    """An item ingest will not publish. ``reason`` is one of metrics.REJECT_REASONS."""

    def __init__(self, reason: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.status = status

    def as_dict(self) -> RejectionBody:
        return {"status": self.status, "reason": self.reason, "error": self.message}
