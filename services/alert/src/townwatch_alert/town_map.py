"""The desk's towns as map features: GeoJSON (RFC 7946) and CSV rows from town states, and the map's filters.

Pure functions over ledger records (no I/O). One feature per town with coordinates: a point at [lon, lat]
(RFC 7946 order) whose properties say who holds it, since when, how sure we are and which alert told it.
Towns a desk names in a subscription but that no report has mentioned yet are features too (``status``
"no report"), so the map shows what the desk watches as well as what changed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from townwatch_alert.place_name import common_name
from townwatch_alert.town import TownState
from townwatch_schemas import Place

__all__ = ["CSV_FIELDS", "MAP_FIELDS", "TownFilter", "csv_text", "feature_collection", "map_row", "town_feature",
           "watched_feature"]

CSV_FIELDS = (
    "place_key", "name", "canonical_name", "country_code", "country", "admin1_code", "province", "lat", "lon",
    "status", "holder_id", "holder", "from_id", "from", "since", "since_precision", "first_reported", "changed_at",
    "confidence", "contested", "partial", "claimed", "alert_id", "alert_revision", "alert_status", "outlets",
)

# The page's map reads these per town (its first render): GET /map/towns sends each town as one array in this order,
# a third of the GeoJSON's size (property names once, not per town; the alert's id and revision come with the story).
MAP_FIELDS = (
    "lon", "lat", "place_key", "name", "canonical_name", "country_code", "country", "admin1_code", "province", "status",
    "holder_id", "holder", "from_id", "from", "since", "since_precision", "first_reported", "changed_at", "confidence",
    "contested", "outlets",
)


@dataclass(frozen=True)
class TownFilter:
    """The map's filters (the page keeps them in its URL; the exports take them as query parameters)."""

    actor: str | None = None  # an actor id: the holder, or the side the latest change took it from
    country: str | None = None  # ISO 3166-1 alpha-2
    province: str | None = None  # "CC.admin1", e.g. "IQ.15"
    days: int | None = None  # changed within the last N days
    min_confidence: float | None = None

    def admits(self, props: dict[str, Any], now: dt.datetime) -> bool:
        if self.actor and self.actor.casefold() not in {str(props.get(k) or "").casefold() for k in ("holder_id", "from_id")}:
            return False
        if self.country and (props.get("country_code") or "").upper() != self.country.upper():
            return False
        if self.province and f"{props.get('country_code') or ''}.{props.get('admin1_code') or ''}".upper() != self.province.upper():
            return False
        if self.days is not None:
            changed = props.get("changed_at")
            if not changed or dt.datetime.fromisoformat(changed) < now - dt.timedelta(days=self.days):
                return False
        if self.min_confidence is not None and (props.get("confidence") is None or props["confidence"] < self.min_confidence):
            return False
        return True


def _iso(moment: dt.datetime) -> str:
    return (moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)).isoformat()


def _place_props(place: Place, country: Callable[[str], str | None], province: Callable[[str, str], str | None]) -> dict[str, Any]:
    cc, a1 = place.country_code, place.admin1_code
    return {
        "place_key": place.key,
        "name": common_name(place),
        "canonical_name": place.canonical_name,
        "country_code": cc,
        "country": country(cc) if cc else None,
        "admin1_code": a1,
        "province": province(cc, a1) if cc and a1 else None,
    }


def _point(lat: float, lon: float, props: dict[str, Any]) -> dict[str, Any]:
    # RFC 7946 3.1.1: longitude first; six decimals are ~0.1 m, more is noise.
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}, "properties": props}


def town_feature(state: TownState, *, country: Callable[[str], str | None] = lambda _c: None,
                 province: Callable[[str, str], str | None] = lambda _c, _a: None) -> dict[str, Any] | None:
    """The town as a GeoJSON Feature, or None when the ledger has no coordinates for it."""
    place = state.place
    if place.lat is None or place.lon is None:
        return None
    alert = state.alert
    props = _place_props(place, country, province)
    props.update({
        "status": "contested" if state.contested else ("held" if state.controller else "unknown holder"),
        "holder_id": state.controller.id if state.controller else None,
        "holder": state.controller.name if state.controller else None,
        "from_id": alert.losing.id if alert and alert.losing else None,
        "from": alert.losing.name if alert and alert.losing else None,
        "since": state.since.isoformat(),
        "since_precision": str(state.since_precision),
        "first_reported": _iso(alert.first_reported) if alert else None,
        "changed_at": _iso(alert.first_reported if alert else state.updated),
        "confidence": round(alert.confidence, 3) if alert else None,
        "contested": state.contested,
        "partial": bool(alert and alert.partial),
        "claimed": bool(alert and alert.claimed),
        "alert_id": alert.alert_id if alert else None,
        "alert_revision": alert.revision if alert else None,
        "alert_status": str(alert.status) if alert else None,
        "outlets": len({s.outlet for s in alert.sources}) if alert else 0,
    })
    return _point(place.lat, place.lon, props)


def watched_feature(place: Place, *, country: Callable[[str], str | None] = lambda _c: None,
                    province: Callable[[str, str], str | None] = lambda _c, _a: None) -> dict[str, Any] | None:
    """A town a subscription names that no report has mentioned yet."""
    if place.lat is None or place.lon is None:
        return None
    props = _place_props(place, country, province)
    props.update({k: None for k in CSV_FIELDS if k not in props and k not in ("lat", "lon")})
    props.update({"status": "no report", "contested": False, "partial": False, "claimed": False, "outlets": 0})
    return _point(place.lat, place.lon, props)


def map_row(feature: dict[str, Any]) -> list[Any]:
    """A feature as the map's compact row: its values in ``MAP_FIELDS`` order."""
    lon, lat = feature["geometry"]["coordinates"]
    props = feature["properties"]
    return [lon, lat, *(props.get(k) for k in MAP_FIELDS[2:])]


def feature_collection(features: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection (WGS 84 longitude/latitude; no ``crs`` member, as 4. requires)."""
    return {"type": "FeatureCollection", "features": list(features)}


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # a spreadsheet must not run article text as a formula
    return "" if value is None else value


def csv_text(features: Iterable[dict[str, Any]]) -> str:
    """The same towns as CSV, one row each, with ``CSV_FIELDS`` as the header."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"]
        row = {**feature["properties"], "lat": lat, "lon": lon}
        writer.writerow({k: _cell(row.get(k)) for k in CSV_FIELDS})
    return out.getvalue()
