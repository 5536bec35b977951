"""The control-change event: a place changing hands, as extracted from one article, on ``control-changes.v1``."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import Field

from townwatch_schemas.base import WireModel

__all__ = ["Actor", "ActorKind", "ControlChange", "DatePrecision", "EventKind", "Evidence", "LocationPrecision", "Place"]

EventKind = Literal["change", "denial"]


class DatePrecision(StrEnum):
    """How precisely the event date is known."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


class ActorKind(StrEnum):
    STATE = "state"
    NON_STATE = "non-state"
    UNKNOWN = "unknown"


class LocationPrecision(StrEnum):
    """What the place's coordinates and GeoNames id stand for."""

    PLACE = "place"  # the populated place itself
    SITE = "site"  # a site (airport, dam, base...) in the place: the site's own coordinates, or the place's
    NEAR = "near"  # a site near the place ("the Baath Dam near Tabqa"): the place's coordinates
    SITE_ONLY = "site_only"  # a site named with no place to anchor it: no coordinates


class Place(WireModel):
    """A place, resolved to GeoNames where possible."""

    name: str = Field(description="The name as written in the text.")
    canonical_name: str = Field(description="GeoNames name, or the written name when unresolved.")
    geonames_id: int | None = None
    country_code: str | None = Field(default=None, max_length=2)
    admin1_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    site_kind: str | None = Field(
        default=None, description="For a site: what it is ('airport', 'dam', 'oil field', 'hill', 'school'...)."
    )
    location_precision: LocationPrecision = Field(
        default=LocationPrecision.PLACE, description="Whether the place is a populated place or a site in or near one."
    )
    anchor_geonames_id: int | None = Field(
        default=None, description="For a site: the GeoNames id of the populated place it is in or near."
    )

    @property
    def key(self) -> str:
        """The ledger key: the GeoNames id, or the normalised name when there is none."""
        if self.geonames_id is not None:
            return f"gn:{self.geonames_id}"
        norm = " ".join(self.canonical_name.casefold().split())
        return f"name:{self.country_code or '--'}:{norm}"


class Actor(WireModel):
    """An armed actor, canonicalised through the actors data file."""

    id: str = Field(description="Canonical id from the actors file, e.g. 'isis', 'iq-gov', 'pmf'.")
    name: str = Field(description="Canonical display name.")
    text: str = Field(description="The words used in the article.")
    kind: ActorKind = ActorKind.UNKNOWN


class Evidence(WireModel):
    """The sentence that supports an event, with character offsets into ``Article.text``."""

    sentence: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class ControlChange(WireModel):
    """One place changing hands, as one article reports it."""

    event_id: str = Field(description="Deterministic id: same article + place + actors gives the same id (idempotent replays).")
    article_id: str
    source: str | None = None
    url: str | None = None
    title: str | None = Field(default=None, max_length=2000, description="The article's headline (copied from Article.title), to name an article whose outlet is unknown.")
    published: dt.date | None = None
    article_received: dt.datetime | None = Field(default=None, description="Copied from Article.received, for end-to-end latency.")
    credits: list[str] = Field(default_factory=list, description="Agencies the article credits (copied from Article.credits).")
    text_fingerprint: str | None = Field(default=None, description="SimHash (hex) of the article's normalised text, to spot copies of one wire story.")
    place: Place
    gaining: Actor | None = None
    losing: Actor | None = None
    event_date: dt.date | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    historical: bool = Field(default=False, description="Told as background, not news.")
    partial: bool = Field(default=False, description="Only part of the place ('the eastern side of Mosul').")
    claimed: bool = Field(default=False, description="A side's own unconfirmed claim.")
    confidence: float = Field(
        ge=0.0, le=1.0,
        description="How likely the event is right: the calibrated value when ``calibration_version`` is set (an event at "
        "0.8 is right about 80% of the time on the corpus the map was checked on), else the extractor's score.",
    )
    evidence: Evidence
    extractor_version: str
    kind: EventKind = Field(
        default="change",
        description="'change': the place changed hands. 'denial': a side (``denying``) denies the change that ``gaining``/"
        "``losing`` describe ('Ukraine denied that Russian forces had taken X').",
    )
    denying: Actor | None = Field(default=None, description="For a denial: the side or official source that denies the change.")
    article_revision: int = Field(default=1, ge=1, description="Copied from Article.revision.")
    raw_confidence: float | None = Field(
        default=None, ge=0.0, le=1.0,
        description="The extractor's own score before calibration (``confidence`` is the calibrated value when "
        "``calibration_version`` is set). None from extractors that did not calibrate: then ``confidence`` is the score.",
    )
    gaining_inferred: bool = Field(
        default=False,
        description="True when the sentence named only the losing side ('the army withdrew from X') and ``gaining`` was "
        "taken from the rest of the article (the opposed side it names most): a reading, not the reporter's words.",
    )
    losing_inferred: bool = Field(
        default=False,
        description="True when the sentence named only the gaining side and ``losing`` was taken from the rest of the "
        "article (who it says held the place, else the opposed side it names most): a reading, not the reporter's words.",
    )
    calibration_version: str | None = Field(
        default=None,
        description="Version of the calibration map that turned ``raw_confidence`` into ``confidence`` (the extractor's "
        "``data/calibration.json``); None when ``confidence`` is the uncalibrated score (denials, calibration off).",
    )
