"""A desk's subscription: which towns, regions or actors it tracks, and where alerts go."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, get_args

from pydantic import Field, SecretStr, model_validator

from townwatch_schemas.base import WireModel

__all__ = ["FOLLOW_UP_KINDS", "Channel", "ChannelKind", "CorroborationPolicy", "FollowUpKind", "RadiusFilter", "Subscription"]

FollowUpKind = Literal["contested", "denied", "reversed", "withdrawn"]
FOLLOW_UP_KINDS: tuple[FollowUpKind, ...] = get_args(FollowUpKind)


class ChannelKind(StrEnum):
    WEBHOOK = "webhook"
    SLACK = "slack"
    EMAIL = "email"
    APPRISE = "apprise"
    PAGE = "page"  # the live newsroom page / SSE stream only


class Channel(WireModel):
    kind: ChannelKind
    url: str | None = Field(default=None, description="Webhook / Slack / Apprise URL.")
    email: str | None = None
    secret: SecretStr | None = Field(default=None, description="HMAC-SHA256 key for signed webhooks.")


class CorroborationPolicy(StrEnum):
    FIRST_REPORT = "first"  # alert on the first report
    CONFIRMED = "confirmed"  # wait for ``min_outlets`` independent outlets


class RadiusFilter(WireModel):
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    km: float = Field(gt=0, le=20000)


class Subscription(WireModel):
    """What one desk tracks. Any matching criterion (towns OR countries OR provinces OR radius) selects a place;
    ``actors``, when set, further requires one of the actors to be involved."""

    id: str = Field(min_length=1, max_length=128)
    desk_id: str = Field(min_length=1, max_length=128)
    towns: list[str] = Field(default_factory=list, description="Town names in any spelling, or GeoNames ids as 'gn:<id>'. '*' means every town.")
    countries: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2 codes.")
    provinces: list[str] = Field(default_factory=list, description="'CC.admin1' codes, e.g. 'IQ.15', or province names.")
    radius: RadiusFilter | None = None
    actors: list[str] = Field(default_factory=list, description="Canonical actor ids; empty means any.")
    min_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    policy: CorroborationPolicy = CorroborationPolicy.FIRST_REPORT
    min_outlets: int = Field(default=2, ge=1, le=20)
    channels: list[Channel] = Field(default_factory=list)
    follow_ups: list[FollowUpKind] = Field(
        default_factory=lambda: list(FOLLOW_UP_KINDS),
        description="Follow-ups sent to this subscription's channels after an alert it got; all by default. An empty list opts out of all.",
    )

    @model_validator(mode="after")
    def _has_criterion(self) -> Subscription:
        if not (self.towns or self.countries or self.provinces or self.radius):
            raise ValueError("a subscription needs at least one of towns, countries, provinces or radius")
        return self
