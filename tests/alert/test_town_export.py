"""GET /towns.geojson and /towns.csv against real Redis and the real ledger: per desk, behind its token, RFC 7946.

The GeoJSON is checked three ways: the RFC's structure (geojson-pydantic's models, which follow RFC 7946, plus
the RFC's own rules on position order and the ``crs`` member), a round trip through the ``geojson`` library, and
the desk's towns and fields.
"""

from __future__ import annotations

import csv
import datetime as dt
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
from townwatch_alert.town_map import CSV_FIELDS, MAP_FIELDS
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


@pytest.mark.parametrize("path", ["/towns.geojson", "/towns.csv", "/map/towns"])
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


def rows_as_features(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """GET /map/towns's rows turned back into {place key: {lon, lat, properties...}}."""
    fields = doc["fields"]
    return {row[fields.index("place_key")]: dict(zip(fields, row, strict=True)) for row in doc["towns"]}


async def test_the_maps_compact_towns_carry_the_geojsons_values_for_each_desk(http: httpx.AsyncClient) -> None:
    for headers in (A, B):
        geo = (await http.get("/towns.geojson", headers=headers)).json()
        compact = (await http.get("/map/towns", headers=headers)).json()
        assert tuple(compact["fields"]) == MAP_FIELDS
        rows = rows_as_features(compact)
        assert len(rows) == len(compact["towns"]) == len(geo["features"]) >= 3
        for feature in geo["features"]:
            row = rows[feature["properties"]["place_key"]]
            assert [row["lon"], row["lat"]] == feature["geometry"]["coordinates"]
            assert {k: row[k] for k in MAP_FIELDS[2:]} == {k: feature["properties"][k] for k in MAP_FIELDS[2:]}
    assert "Kirkuk" in {r["name"] for r in rows_as_features((await http.get("/map/towns", headers=B)).json()).values()}


async def test_the_maps_towns_follow_a_change_and_a_new_subscription(http: httpx.AsyncClient, redis_server, cc) -> None:  # type: ignore[no-untyped-def]
    # The body is kept between requests; a change of a town's state or of the desk's subscriptions replaces it.
    before = rows_as_features((await http.get("/map/towns", headers=B)).json())
    assert rows_as_features((await http.get("/map/towns", headers=B)).json()) == before
    hatra = next(k for k, r in before.items() if r["name"] == "Hatra")
    assert before[hatra]["holder_id"] == "pmf"
    redis = Redis.from_url(redis_server.url)
    ledger = Ledger.from_settings(redis, AlertSettings(redis_url=redis_server.url))
    later = dt.date(2017, 6, 20)
    await ledger.apply(cc.change("hatra", gaining="iq-gov", losing="pmf", source="AFP", event_date=later, published=later))
    after = rows_as_features((await http.get("/map/towns", headers=B)).json())
    assert after[hatra]["holder_id"] == "iq-gov" and after[hatra]["from_id"] == "pmf"
    assert "Baaj" not in {r["name"] for r in after.values()}
    await SubscriptionStore(redis).put(Subscription(id="more", desk_id="desk-b", towns=["Baaj"]))
    assert "Baaj" in {r["name"] for r in rows_as_features((await http.get("/map/towns", headers=B)).json()).values()}
    await redis.aclose()


@pytest.mark.parametrize("path", ["/towns.geojson", "/towns.csv", "/map/towns"])
async def test_the_desks_towns_are_built_once_until_they_change(
        http: httpx.AsyncClient, redis_server, cc, monkeypatch: pytest.MonkeyPatch, path: str) -> None:  # type: ignore[no-untyped-def]
    # Desk B watches towns no report has named: building its towns makes their features, so the calls count builds.
    import townwatch_alert.api as api

    built: list[str] = []
    real = api.watched_feature
    monkeypatch.setattr(api, "watched_feature", lambda place, **kw: (built.append(place.key), real(place, **kw))[1])
    first = (await http.get(path, headers=B)).content
    assert built, "the first request builds the desk's towns"
    built.clear()
    assert (await http.get(path, headers=B)).content == first and built == []  # kept, as /map/towns
    filtered = await http.get(path + "?country=IQ", headers=B)  # a filter is applied to the kept towns
    assert filtered.status_code == 200 and built == []
    redis = Redis.from_url(redis_server.url)
    later = dt.date(2017, 6, 20)
    await Ledger.from_settings(redis, AlertSettings(redis_url=redis_server.url)).apply(
        cc.change("hatra", gaining="iq-gov", losing="pmf", source="AFP", event_date=later, published=later))
    await redis.aclose()
    changed = (await http.get(path, headers=B)).content
    assert built and changed != first and b"iq-gov" in changed


@pytest.mark.parametrize("path", ["/towns.geojson", "/towns.csv", "/map/towns"])
async def test_the_desks_towns_are_gzipped_for_a_client_that_takes_it(http: httpx.AsyncClient, path: str) -> None:
    plain = await http.get(path, headers={**A, "Accept-Encoding": "identity"})
    zipped = await http.get(path, headers={**A, "Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers and zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["vary"] == plain.headers["vary"] == "Accept-Encoding"
    assert int(zipped.headers["content-length"]) < len(plain.content) and zipped.content == plain.content
