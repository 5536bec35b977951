"""GET /towns.geojson and /towns.csv against real Redis and the real ledger: per desk, behind its token, RFC 7946.

The GeoJSON is checked three ways: the RFC's structure (geojson-pydantic's models, which follow RFC 7946, plus
the RFC's own rules on position order and the ``crs`` member), a round trip through the ``geojson`` library, and
the desk's towns and fields.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from typing import Any

import geojson
import httpx
import pytest
from geojson_pydantic import FeatureCollection
from redis.asyncio import Redis

from townwatch_alert.api import create_app
from townwatch_alert.ledger import Ledger
from townwatch_alert.settings import AlertSettings
from townwatch_alert.subscription_store import SubscriptionStore
from townwatch_alert.town_map import CSV_FIELDS
from townwatch_gazetteer import Gazetteer
from townwatch_schemas import Evidence, Subscription

pytestmark = pytest.mark.integration

A = {"Authorization": "Bearer token-a"}
B = {"Authorization": "Bearer token-b"}
HOSTILE = '=cmd|" /C calc"!A0 <script>window.pwned=1</script>'


@pytest.fixture
async def http(redis_server, cc) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    redis = Redis.from_url(redis_server.url)
    settings = AlertSettings(redis_url=redis_server.url)
    store, ledger = SubscriptionStore(redis), Ledger.from_settings(redis, settings)
    for desk, token, sub in (
        ("desk-a", "token-a", Subscription(id="everything", desk_id="desk-a", towns=["*"])),
        ("desk-b", "token-b", Subscription(id="watch", desk_id="desk-b", towns=["Hatra", "Kirkuk", "gn:99072"])),
    ):
        await store.set_desk(desk, desk.upper())
        await store.set_desk_token(desk, token)
        await store.put(sub)
    await ledger.apply(cc.change("baaj", evidence=Evidence(sentence=HOSTILE, start=0, end=5), source=HOSTILE))
    await ledger.apply(cc.change("hatra"))
    await ledger.apply(cc.change("hawija", gaining="iq-gov", confidence=0.5))
    app = create_app(settings, redis=redis, gazetteer=Gazetteer.default())
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        yield client
    await redis.aclose()


def rfc7946(doc: dict[str, Any]) -> None:
    """Fail unless ``doc`` is an RFC 7946 FeatureCollection of points."""
    FeatureCollection.model_validate(doc)  # members and types, per the RFC (geojson-pydantic)
    assert "crs" not in doc  # 4.: the CRS is WGS 84 and no crs member is used
    for feature in doc["features"]:
        assert set(feature) <= {"type", "geometry", "properties", "id", "bbox"}
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90  # 3.1.1: longitude, then latitude


@pytest.mark.parametrize("path", ["/towns.geojson", "/towns.csv"])
async def test_exports_need_the_desks_token(http: httpx.AsyncClient, path: str) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}):
        response = await http.get(path, headers=headers)
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"


async def test_geojson_is_an_rfc7946_feature_collection_of_the_desks_towns(http: httpx.AsyncClient) -> None:
    response = await http.get("/towns.geojson", headers=A)
    assert response.status_code == 200 and response.headers["content-type"] == "application/geo+json"
    doc = response.json()
    rfc7946(doc)
    by_name = {f["properties"]["name"]: f for f in doc["features"]}
    assert set(by_name) == {"Baaj", "Hatra", "Hawija"}
    baaj = by_name["Baaj"]
    assert baaj["geometry"]["coordinates"] == [41.7182, 36.0297]
    p = baaj["properties"]
    assert (p["holder_id"], p["holder"], p["since"], p["confidence"]) == ("pmf", "Popular Mobilization Forces", "2017-06-04", 0.8)
    assert p["alert_id"].startswith("al-") and p["place_key"] == "gn:99250" and p["country"] == "Iraq"


async def test_geojson_round_trips_through_the_geojson_library(http: httpx.AsyncClient) -> None:
    text = (await http.get("/towns.geojson", headers=A)).text
    parsed = geojson.loads(text)
    assert isinstance(parsed, geojson.FeatureCollection) and parsed.is_valid, parsed.errors()
    assert all(isinstance(f.geometry, geojson.Point) for f in parsed.features)
    assert json.loads(geojson.dumps(parsed)) == json.loads(text)


async def test_a_desk_gets_its_own_towns_and_the_ones_it_watches_without_news(http: httpx.AsyncClient) -> None:
    doc = (await http.get("/towns.geojson", headers=B)).json()
    rfc7946(doc)
    status = {f["properties"]["name"]: f["properties"]["status"] for f in doc["features"]}
    # Hatra has news; Kirkuk (by name) and gn:99072 (Mosul, by id) are watched with none yet.
    assert status == {"Hatra": "held", "Kirkuk": "no report", "Mosul": "no report"}


async def test_filters_narrow_the_export(http: httpx.AsyncClient) -> None:
    async def names(**params: Any) -> set[str]:
        doc = (await http.get("/towns.geojson", headers=A, params=params)).json()
        return {f["properties"]["name"] for f in doc["features"]}

    assert await names(actor="iq-gov") == {"Hawija"}
    assert await names(province="IQ.15") == {"Baaj", "Hatra"}
    assert await names(min_confidence=0.7) == {"Baaj", "Hatra"}
    assert await names(country="SY") == set()
    assert await names(days=1) == {"Baaj", "Hatra", "Hawija"}  # first reported today, whatever the event's date
    assert (await http.get("/towns.geojson", headers=A, params={"province": "Nineveh"})).status_code == 422
    assert (await http.get("/towns.csv", headers=A, params={"min_confidence": 2})).status_code == 422


async def test_csv_has_the_same_towns_and_fields_and_defuses_formulas(http: httpx.AsyncClient) -> None:
    response = await http.get("/towns.csv", headers=A)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0]) == list(CSV_FIELDS)
    geo = (await http.get("/towns.geojson", headers=A)).json()
    assert {r["alert_id"] for r in rows} == {f["properties"]["alert_id"] for f in geo["features"]}
    assert all(not r[k].startswith(("=", "+", "@")) for r in rows for k in CSV_FIELDS)
