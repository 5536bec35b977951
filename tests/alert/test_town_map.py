"""The map's pure core: town features (RFC 7946 points), the filters, the CSV rows, and how towns are named."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from townwatch_alert.place_name import common_name, place_label, second_name
from townwatch_alert.town import TownState
from townwatch_alert.town_map import (
    CSV_FIELDS,
    TownFilter,
    csv_text,
    feature_collection,
    town_feature,
    watched_feature,
)
from townwatch_schemas import DatePrecision, Place

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
HAWIJA = Place(name="Hawija", canonical_name="Al Ḩawījah", geonames_id=97990, country_code="IQ", admin1_code="13",
               lat=35.3287, lon=43.76)


def state(alert: Any, **fields: Any) -> TownState:
    values: dict[str, Any] = {"place": alert.place, "controller": alert.gaining, "since": alert.event_date or dt.date(2026, 12, 1),
                              "since_precision": alert.date_precision, "contested": alert.contested, "alert": alert,
                              "updated": alert.updated}
    values.update(fields)
    return TownState(**values)


def test_the_common_name_comes_first_and_the_geonames_form_second() -> None:
    assert (common_name(HAWIJA), second_name(HAWIJA), place_label(HAWIJA)) == ("Hawija", "Al Ḩawījah", "Hawija (Al Ḩawījah)")
    hatra = Place(name="Hatra", canonical_name="hatra")
    assert second_name(hatra) is None and place_label(hatra) == "Hatra"
    assert common_name(Place(name=" ", canonical_name="Mosul")) == "Mosul"


def test_a_town_is_a_point_in_lon_lat_order_with_its_holder_and_alert(make_alert: Any) -> None:
    alert = make_alert(HAWIJA, first_reported=NOW, updated=NOW, confidence=0.87)
    feature = town_feature(state(alert), country=lambda cc: {"IQ": "Iraq"}[cc], province=lambda cc, a1: "Kirkuk")
    assert feature is not None
    assert feature["geometry"] == {"type": "Point", "coordinates": [43.76, 35.3287]}
    p = feature["properties"]
    assert (p["name"], p["canonical_name"], p["country"], p["province"]) == ("Hawija", "Al Ḩawījah", "Iraq", "Kirkuk")
    assert (p["holder_id"], p["holder"], p["from_id"]) == ("pmf", "Popular Mobilization Forces", "isis")
    assert (p["since"], p["since_precision"], p["confidence"], p["alert_id"]) == ("2017-06-04", "day", 0.87, alert.alert_id)
    assert p["changed_at"] == NOW.isoformat() and p["status"] == "held" and p["outlets"] == 1


def test_a_town_without_coordinates_is_left_off_the_map(make_alert: Any) -> None:
    nowhere = Place(name="Nowhere", canonical_name="Nowhere")
    assert town_feature(state(make_alert(nowhere))) is None
    assert watched_feature(nowhere) is None


def test_a_watched_town_with_no_report_has_every_field(make_alert: Any) -> None:
    feature = watched_feature(HAWIJA)
    assert feature is not None
    assert feature["properties"]["status"] == "no report" and feature["properties"]["holder_id"] is None
    assert set(feature["properties"]) | {"lat", "lon"} == set(CSV_FIELDS)
    held = town_feature(state(make_alert(HAWIJA)))
    assert held is not None and set(held["properties"]) | {"lat", "lon"} == set(CSV_FIELDS)


def test_filters_by_actor_country_province_window_and_confidence(make_alert: Any) -> None:
    recent = town_feature(state(make_alert(HAWIJA, first_reported=NOW - dt.timedelta(days=2), updated=NOW, confidence=0.9)))
    old = town_feature(state(make_alert("baaj", first_reported=NOW - dt.timedelta(days=40), updated=NOW, confidence=0.6)))
    assert recent is not None and old is not None
    towns = [recent["properties"], old["properties"]]

    def names(f: TownFilter) -> list[str]:
        return [p["name"] for p in towns if f.admits(p, NOW)]

    assert names(TownFilter()) == ["Hawija", "Baaj"]
    assert names(TownFilter(actor="ISIS")) == ["Hawija", "Baaj"]  # the side it was taken from counts
    assert names(TownFilter(actor="iq-gov")) == []
    assert names(TownFilter(country="iq")) == ["Hawija", "Baaj"] and names(TownFilter(country="SY")) == []
    assert names(TownFilter(province="IQ.13")) == ["Hawija"] and names(TownFilter(province="IQ.15")) == ["Baaj"]
    assert names(TownFilter(days=7)) == ["Hawija"] and names(TownFilter(days=60)) == ["Hawija", "Baaj"]
    assert names(TownFilter(min_confidence=0.7)) == ["Hawija"]
    watched = watched_feature(HAWIJA)
    assert watched is not None
    assert not TownFilter(min_confidence=0.1).admits(watched["properties"], NOW)
    assert not TownFilter(days=7).admits(watched["properties"], NOW)


def test_a_contested_town_says_so(make_alert: Any) -> None:
    alert = make_alert(HAWIJA, contested=True)
    feature = town_feature(state(alert, contested=True, since_precision=DatePrecision.UNKNOWN))
    assert feature is not None
    assert feature["properties"]["status"] == "contested" and feature["properties"]["contested"] is True
    assert feature["properties"]["since_precision"] == "unknown"


def test_csv_has_the_geojson_fields_and_cannot_smuggle_a_formula(make_alert: Any) -> None:
    evil = Place(name="=HYPERLINK(\"https://evil.example\",\"x\")", canonical_name="-2+3", geonames_id=1, country_code="IQ",
                 lat=35.0, lon=43.0)
    features = [f for f in (town_feature(state(make_alert(HAWIJA))), town_feature(state(make_alert(evil)))) if f]
    rows = list(csv.DictReader(io.StringIO(csv_text(features))))
    assert list(rows[0]) == list(CSV_FIELDS)
    assert (rows[0]["name"], rows[0]["lat"], rows[0]["lon"], rows[0]["holder_id"]) == ("Hawija", "35.3287", "43.76", "pmf")
    assert rows[1]["name"].startswith("'=") and rows[1]["canonical_name"] == "'-2+3"
    assert feature_collection(features) == {"type": "FeatureCollection", "features": features}
