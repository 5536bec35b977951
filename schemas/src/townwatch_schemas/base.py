"""The base class every wire model shares: strict about unknown fields' types, tolerant of added fields."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["WireModel"]


class WireModel(BaseModel):
    """Base for every message on a topic.

    Fields are added, never renamed or removed. Unknown fields are ignored on read, so an
    older consumer keeps working when a newer producer adds one.
    """

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=False)

    def to_json_bytes(self) -> bytes:
        """Serialise for the wire (UTF-8 JSON)."""
        return self.model_dump_json().encode("utf-8")

    @classmethod
    def from_json_bytes(cls, data: bytes | str):
        """Parse and validate a wire payload; raises ``pydantic.ValidationError``."""
        return cls.model_validate_json(data)
