"""The one exception the extractor raises: input it refuses to analyse."""

from __future__ import annotations

__all__ = ["ExtractionError"]


class ExtractionError(ValueError):
    """The article was refused (e.g. larger than the extractor's size limit). Other bad text yields no events."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason

    @property
    def dead_letter_reason(self) -> str:
        """The stage shell dead-letters with this reason (``too_large``, ``budget``) instead of ``processing``."""
        return self.reason
