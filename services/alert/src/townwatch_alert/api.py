"""The alert service's HTTP API and newsroom page (FastAPI).

Every endpoint except ``/``, ``/static/*``, ``/assets/*``, ``/healthz`` and the OpenAPI document needs the desk's token
(``Authorization: Bearer <token>``). A desk sees and changes only its own subscriptions: another desk's
subscription answers 404, exactly like one that does not exist, so ids of other desks cannot be probed.
Town states are not per desk (any desk may read any town). The alert feed (``GET /alerts``, the SSE
stream) carries only alerts the desk's subscriptions select. The SSE stream authenticates with a bearer
header or, for the page's EventSource (which cannot send headers), a stream-ticket cookie (``stream_ticket``).
Webhook, Slack and Apprise URLs are checked against the SSRF guard when a subscription is written.
"""


import asyncio
import datetime as dt
import functools
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from importlib import resources
from typing import Annotated, Any, NamedTuple, cast

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response, status
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, SecretStr
from redis.asyncio import Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from townwatch_alert.http_body import Body, encoded
from townwatch_alert.ledger import ALERT_STREAM, Ledger
from townwatch_alert.page_assets import IMMUTABLE, page_assets
from townwatch_alert.place_name import common_name, second_name
from townwatch_alert.settings import AlertSettings
from townwatch_alert.stream_ticket import COOKIE, TAG_CHARS, TicketSigner, load_keys
from townwatch_alert.subscription_store import (
    SubscriptionStore,
    check_channels,
    check_subscription,
    token_hash,
)
from townwatch_alert.subscriptions import matching, place_selected
from townwatch_alert.town import HistoryEntry, TownState
from townwatch_alert.town_map import (
    MAP_FIELDS,
    TownFilter,
    csv_text,
    map_row,
    town_feature,
    watched_feature,
)
from townwatch_gazetteer.countries import country_name
from townwatch_runtime.http_metrics import instrument_http
from townwatch_runtime.url_guard import UnsafeURL
from townwatch_schemas import Actor, Alert, DatePrecision, Place, Subscription

__all__ = ["AlertEntry", "AlertFeed", "SubscriptionBody", "TownDetail", "TownSummary", "create_app"]

log = logging.getLogger(__name__)
_STREAM_ID = re.compile(r"^\d+-\d+$")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_SEQ = 18446744073709551615
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


DOCS_CSP = (
    "default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; style-src https://cdn.jsdelivr.net "
    "https://fonts.googleapis.com 'unsafe-inline'; font-src https://fonts.gstatic.com; img-src 'self' data: "
    "https://fastapi.tiangolo.com https://cdn.redoc.ly; connect-src 'self'; worker-src blob:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
_PLACE_KEY = re.compile(r"^(gn:[0-9]{1,12}|name:(?:[A-Z]{2}|--):[^:]{1,200})$")


class SubscriptionBody(Subscription):
    """A subscription as a desk writes it; the desk is the token's (a ``desk_id`` sent is ignored)."""

    # the request body widens the parent's required field on purpose (the token names the desk): mypy's [assignment]
    desk_id: str | None = Field(default=None, description="Ignored: the desk is the one the token belongs to.")  # type: ignore[assignment]

    def for_desk(self, desk_id: str) -> Subscription:
        return Subscription(**{**dict(self), "desk_id": desk_id})


class TownSummary(BaseModel):
    """A tracked town on the page: who holds it, since when, and the outlets behind it."""

    key: str
    name: str = Field(description="The common name, as the news writes it (\"Hawija\").")
    canonical_name: str | None = Field(description="The GeoNames form when it differs (\"Al Ḩawījah\").")
    place: Place
    controller: Actor | None
    since: dt.date
    since_precision: DatePrecision
    contested: bool
    updated: dt.datetime
    outlets: list[str]
    alert: Alert | None


class Feature(NamedTuple):
    """A town's GeoJSON Feature, its JSON text, and the JSON text of its compact row for the map (``map_row``)."""

    data: dict[str, Any]
    text: str
    row: str

    @classmethod
    def of(cls, data: dict[str, Any]) -> "Feature":
        return cls(data, json.dumps(data, ensure_ascii=False), json.dumps(map_row(data), ensure_ascii=False))


class TownDetail(BaseModel):
    state: TownState
    history: list[HistoryEntry]


class AlertEntry(BaseModel):
    id: str = Field(description="Stream id of this revision on townwatch:{ledger}:alerts.")
    alert: Alert


class AlertFeed(BaseModel):
    alerts: list[AlertEntry] = Field(description="Latest revision of each alert the desk's subscriptions select, oldest first.")
    last_id: str = Field(description="Stream id to resume from (pass it as ``after`` to /alerts/stream).")


class Desk(BaseModel):
    desk_id: str
    name: str


def _after_for_since(since: str | None) -> str:
    if not since:
        return "-"
    if _STREAM_ID.match(since):
        return since
    try:
        moment = dt.datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError:
        raise HTTPException(422, "since: an ISO-8601 time or a stream id") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    ms = int(moment.timestamp() * 1000)
    return f"{ms - 1}-{_MAX_SEQ}" if ms > 0 else "-"


def _lone_surrogate(value: object) -> bool:
    """True when a string in ``value`` holds a lone surrogate: JSON's ``\\ud800`` escape allows one, UTF-8 (Redis) cannot."""
    if isinstance(value, SecretStr):
        value = value.get_secret_value()
    if isinstance(value, str):
        return _LONE_SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_lone_surrogate(v) for v in value.values())
    if isinstance(value, list | tuple):
        return any(_lone_surrogate(v) for v in value)
    return False


def _text(value: bytes | str | None) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value or "")


def _sse(event: str, data: str, event_id: str | None = None) -> str:
    head = f"id: {event_id}\n" if event_id else ""
    return head + f"event: {event}\n" + "".join(f"data: {line}\n" for line in data.splitlines()) + "\n"


def create_app(settings: AlertSettings, *, redis: Redis | None = None, gazetteer: Any = None) -> FastAPI:
    """The API and page on ``settings``' Redis (or the given client); the gazetteer loads on first use."""
    own_redis = redis is None
    # One retry on a dead pooled connection (after a Redis restart every pooled socket is stale): no request a 500.
    client: Redis = redis if redis is not None else Redis.from_url(
        settings.redis_url_value(), retry=Retry(NoBackoff(), 1), retry_on_error=[RedisConnectionError, RedisTimeoutError])
    store = SubscriptionStore(client)
    ledger = Ledger.from_settings(client, settings)
    cache: dict[str, Any] = {"gazetteer": gazetteer}
    stopping = asyncio.Event()

    def gaz() -> Any:
        if cache["gazetteer"] is None:
            from townwatch_gazetteer import Gazetteer

            cache["gazetteer"] = Gazetteer.default()
        return cache["gazetteer"]

    async def signer() -> TicketSigner:
        # one round trip per ticket issued or stream opened (both rare): every process sees a rotation at once
        return TicketSigner(await load_keys(client))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        warming = asyncio.create_task(warm_towns())
        assets_built = asyncio.create_task(asyncio.to_thread(page_assets))  # bundled and gzipped once, off the loop
        try:
            yield
        finally:
            warming.cancel()
            await asyncio.gather(assets_built, return_exceptions=True)
            stopping.set()
            if own_redis:
                await client.aclose()

    app = FastAPI(
        title="townwatch alert API",
        version="1",
        description=__doc__,
        lifespan=lifespan,
        # Swagger UI and ReDoc load their scripts from a public CDN: off unless TOWNWATCH_API_DOCS, and under a CSP.
        docs_url="/docs" if settings.api_docs else None,
        redoc_url="/redoc" if settings.api_docs else None,
    )

    @app.middleware("http")
    async def docs_csp(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        if request.url.path in ("/docs", "/redoc"):
            response.headers["Content-Security-Policy"] = DOCS_CSP
            response.headers["X-Content-Type-Options"] = "nosniff"
        return response
    app.state.stopping = stopping
    instrument_http(app)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> Response:
        """FastAPI's 422, ASCII-escaped: the input it echoes may hold a lone surrogate, which UTF-8 cannot encode."""
        body = json.dumps({"detail": jsonable_encoder(exc.errors())}, ensure_ascii=True)
        return Response(body, status_code=422, media_type="application/json")

    bearer = HTTPBearer(auto_error=False, description="The desk's API token.")

    async def current_desk(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
        desk = await store.desk_for_token(creds.credentials) if creds is not None else None
        if desk is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a valid desk token is required",
                                headers={"WWW-Authenticate": "Bearer"})
        return desk

    DeskId = Annotated[str, Depends(current_desk)]

    async def checked(body: SubscriptionBody, desk_id: str) -> Subscription:
        sub = body.for_desk(desk_id)
        if _lone_surrogate(sub.model_dump()):
            raise HTTPException(422, "text must be valid Unicode: a lone surrogate (\\ud800-\\udfff) cannot be stored")
        try:
            check_subscription(sub)
        except ValueError as exc:
            raise HTTPException(422, f"subscription refused: {exc}") from None
        try:
            await asyncio.to_thread(check_channels, sub, allow_private=settings.allow_private_urls,
                                    apprise_schemes=settings.apprise_allowed_schemes)
        except (UnsafeURL, ValueError) as exc:
            raise HTTPException(422, f"channel refused: {exc}") from None
        return sub

    def not_found() -> HTTPException:
        return HTTPException(status.HTTP_404_NOT_FOUND, "no such subscription")

    # --- page and health -----------------------------------------------------------------
    static = resources.files("townwatch_alert") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        html = (await asyncio.to_thread(page_assets)).html  # its assets under their hashed names
        return HTMLResponse(html, headers={"Content-Security-Policy": PAGE_CSP, "X-Content-Type-Options": "nosniff",
                                           "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"})

    @app.get("/assets/{name}", include_in_schema=False)
    async def asset(name: str, request: Request) -> Response:
        """The page's bundled assets (page_assets): a hashed name is kept a year; a plain one is revalidated."""
        found = (await asyncio.to_thread(page_assets)).find(name)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such asset")
        item, hashed = found
        headers = {"Cache-Control": IMMUTABLE if hashed else "no-cache", "ETag": item.etag, "X-Content-Type-Options": "nosniff"}
        if not hashed and request.headers.get("if-none-match") == item.etag:
            return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
        return await encoded(request, item.content, item.media_type, headers)

    @app.get("/healthz", tags=["ops"])
    async def healthz() -> dict[str, bool]:
        try:
            await client.ping()
        except Exception as exc:
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, f"redis: {type(exc).__name__}") from None
        return {"ok": True}

    @app.get("/desk", response_model=Desk, tags=["desk"])
    async def whoami(desk_id: DeskId) -> Desk:
        return Desk(desk_id=desk_id, name=(await store.desks()).get(desk_id, desk_id))

    # --- subscriptions -------------------------------------------------------------------
    @app.get("/subscriptions", response_model=list[Subscription], tags=["subscriptions"])
    async def list_subscriptions(desk_id: DeskId) -> list[Subscription]:
        """The desk's subscriptions (channel secrets masked)."""
        return await store.list(desk_id)

    @app.post("/subscriptions", response_model=Subscription, status_code=status.HTTP_201_CREATED, tags=["subscriptions"],
              responses={409: {"description": "The desk already has a subscription with this id."}})
    async def create_subscription(body: SubscriptionBody, desk_id: DeskId) -> Subscription:
        sub = await checked(body, desk_id)
        if await store.get(desk_id, sub.id) is not None:
            raise HTTPException(status.HTTP_409_CONFLICT, "subscription exists; PUT replaces it")
        await store.put(sub)
        return sub

    @app.get("/subscriptions/{sub_id}", response_model=Subscription, tags=["subscriptions"],
             responses={404: {"description": "No such subscription for this desk."}})
    async def get_subscription(sub_id: str, desk_id: DeskId) -> Subscription:
        sub = await store.get(desk_id, sub_id)
        if sub is None:
            raise not_found()
        return sub

    @app.put("/subscriptions/{sub_id}", response_model=Subscription, tags=["subscriptions"])
    async def put_subscription(sub_id: str, body: SubscriptionBody, desk_id: DeskId) -> Subscription:
        """Create or replace the desk's subscription ``sub_id`` (the body's ``id`` must match)."""
        if body.id != sub_id:
            raise HTTPException(422, "the body's id must match the path")
        sub = await checked(body, desk_id)
        await store.put(sub)
        return sub

    @app.delete("/subscriptions/{sub_id}", status_code=status.HTTP_204_NO_CONTENT, tags=["subscriptions"],
                responses={404: {"description": "No such subscription for this desk."}})
    async def delete_subscription(sub_id: str, desk_id: DeskId) -> Response:
        if not await store.delete(desk_id, sub_id):
            raise not_found()
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    # --- towns ---------------------------------------------------------------------------
    @functools.lru_cache(maxsize=20_000)
    def parsed(raw: bytes) -> tuple[TownState, Feature | None]:
        # Keyed by the stored JSON itself: a town that has not changed is not validated again (~0.4 ms each).
        state = TownState.model_validate_json(raw)
        feature = town_feature(state, country=country_name, province=province_name)
        return state, None if feature is None else Feature.of(feature)

    async def warm_towns() -> None:
        """Parse every town once at start-up, so the first desk to open the map does not wait for it."""
        try:
            for raw in (await newest_states())[1]:
                if raw:
                    parsed(raw)
                    await asyncio.sleep(0)  # let requests in between
        except Exception as exc:  # a cache warm-up must never stop the service
            log.warning("town cache warm-up failed: %s", exc)

    towns_read: dict[str, Any] = {"digest": "", "raws": []}  # the newest towns' stored states, as last read

    async def newest_states() -> tuple[str, list[bytes]]:
        """The newest 5,000 towns' stored states and their digest: one round trip, the states sent only when changed."""
        digest, raws = await ledger.newest_raw_states(5000, known=towns_read["digest"])
        if raws is not None:
            towns_read.update(digest=digest, raws=raws)
        return digest, raws if raws is not None else towns_read["raws"]

    def selected(subs: list[Subscription], raws: list[bytes]) -> list[tuple[TownState, Feature | None]]:
        """The towns that the subscriptions select (in ``raws``' order), with their features."""
        towns = [parsed(raw) for raw in raws if raw]
        return [t for t in towns if any(place_selected(sub, t[0].place, gaz()) for sub in subs)]

    async def desk_towns(desk_id: str, limit: int) -> tuple[list[Subscription], list[tuple[TownState, Feature | None]]]:
        """The ledger's towns that the desk's subscriptions select, most recently changed first, with their features."""
        subs = await store.list(desk_id)
        _digest, raws = await newest_states()
        return subs, selected(subs, raws)[:limit]

    def watched_places(subs: list[Subscription], known: list[TownState]) -> list[Place]:
        """Towns the subscriptions name one by one (not ``*``, countries, provinces or radii) that no known town
        answers to, resolved through the gazetteer."""
        out: dict[str, Place] = {}
        for sub in subs:
            for town in sub.towns:
                text = town.strip()
                if not text or text == "*":
                    continue
                only = Subscription(id="town", desk_id=sub.desk_id, towns=[text])
                if any(place_selected(only, s.place, gaz()) for s in known):
                    continue
                if text.casefold().startswith("gn:"):
                    geo = gaz().get(int(text[3:])) if text[3:].strip().isdigit() else None
                else:
                    geo = gaz().resolve(text)
                if geo is not None:
                    place = Place(name=text if not text.casefold().startswith("gn:") else geo.name, canonical_name=geo.name,
                                  geonames_id=geo.geonames_id, country_code=geo.country_code,
                                  admin1_code=geo.admin1_code, lat=geo.lat, lon=geo.lon)
                    out.setdefault(place.key, place)
        return list(out.values())

    @functools.lru_cache(maxsize=4096)
    def province_name(cc: str, admin1: str) -> str | None:
        return cast(str | None, gaz().admin1_name(cc, admin1))  # slow (it resolves the capitals): once per code

    # Per desk: its towns' features (no filter) and the bodies made of them, kept until a digest of its towns' states
    # or its subscriptions change (exact: a change of either replaces them).
    desk_views: dict[str, tuple[tuple[str, tuple[str, ...]], list[Feature], dict[str, Body]]] = {}

    async def desk_view(desk_id: str) -> tuple[list[Feature], dict[str, Body]]:
        """The desk's towns' features, unfiltered, and the response bodies kept with them."""
        subs = await store.list(desk_id)
        digest, raws = await newest_states()
        key = (digest, tuple(sub.model_dump_json() for sub in subs))
        kept = desk_views.get(desk_id)
        if kept is None or kept[0] != key:
            kept = desk_views[desk_id] = (key, features_of(subs, selected(subs, raws)[:5000]), {})
        return kept[1], kept[2]

    async def desk_body(desk_id: str, chosen: TownFilter, kind: str, build: Callable[[list[Feature]], str]) -> Body:
        """``build`` of the desk's towns that ``chosen`` admits; kept with the towns when nothing is filtered out."""
        features, bodies = await desk_view(desk_id)
        if chosen != TownFilter():
            now = dt.datetime.now(dt.UTC)
            return Body(build([f for f in features if chosen.admits(f.data["properties"], now)]))
        if kind not in bodies:
            bodies[kind] = Body(build(features))
        return bodies[kind]

    def features_of(subs: list[Subscription], towns: list[tuple[TownState, Feature | None]]) -> list[Feature]:
        """The towns' features plus those of the towns the subscriptions name that no report has mentioned yet."""
        states = [state for state, _feature in towns]
        features = [feature for _state, feature in towns if feature is not None]
        known = {s.key for s in states}
        for place in watched_places(subs, states):
            watched = watched_feature(place, country=country_name, province=province_name) if place.key not in known else None
            if watched is not None:
                features.append(Feature.of(watched))
        return features

    def town_filter(
        actor: Annotated[str | None, Query(max_length=100, description="An actor id: the holder, or whom it was taken from.")] = None,
        country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2 code.")] = None,
        province: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}\.\w{1,20}$", description="CC.admin1, e.g. IQ.15.")] = None,
        days: Annotated[int | None, Query(ge=1, le=36500, description="Changed within the last N days.")] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    ) -> TownFilter:
        return TownFilter(actor=actor, country=country, province=province, days=days, min_confidence=min_confidence)

    Filter = Annotated[TownFilter, Depends(town_filter)]

    @app.get("/towns", response_model=list[TownSummary], tags=["towns"])
    async def tracked_towns(desk_id: DeskId, limit: Annotated[int, Query(ge=1, le=5000)] = 200) -> list[TownSummary]:
        """Known towns that the desk's subscriptions select, most recently changed first."""
        _subs, towns = await desk_towns(desk_id, limit)
        states = [state for state, _feature in towns]
        return [TownSummary(key=state.key, name=common_name(state.place), canonical_name=second_name(state.place),
                            place=state.place, controller=state.controller, since=state.since,
                            since_precision=state.since_precision, contested=state.contested, updated=state.updated,
                            outlets=sorted({s.outlet for s in state.alert.sources}) if state.alert else [],
                            alert=state.alert)
                for state in states]

    @app.get("/towns.geojson", tags=["towns"], response_class=JSONResponse,
             responses={200: {"content": {"application/geo+json": {}},
                              "description": "An RFC 7946 FeatureCollection of the desk's towns (points, [lon, lat])."}})
    async def towns_geojson(desk_id: DeskId, chosen: Filter, request: Request) -> Response:
        """The desk's towns with holder, since, confidence and alert id: opens in QGIS and geojson.io as it is.
        Towns a subscription names that no report has mentioned yet have ``status`` "no report"."""
        # Each town's JSON is cached with its parsed state; the collection is their concatenation, kept like /map/towns.
        body = await desk_body(desk_id, chosen, "geojson", lambda features: (
            '{"type": "FeatureCollection", "features": [' + ", ".join(f.text for f in features) + "]}"))
        return await encoded(request, body, "application/geo+json",
                       {"Content-Disposition": 'attachment; filename="towns.geojson"', "Cache-Control": "no-store"})

    @app.get("/map/towns", tags=["towns"], response_class=JSONResponse,
             responses={200: {"content": {"application/json": {}},
                              "description": "``fields`` (MAP_FIELDS) and ``towns``: one array of those values per town."}})
    async def map_towns(desk_id: DeskId, request: Request) -> Response:
        """The newsroom map's first render: the towns of /towns.geojson, each as one array of ``fields`` values (the
        property names once, not per town: a third of the GeoJSON's size). The alert id and revision come with a
        town's story (``GET /towns/{place_key}``)."""
        body = await desk_body(desk_id, TownFilter(), "map", lambda features: (
            '{"fields": ' + json.dumps(MAP_FIELDS) + ', "towns": [' + ", ".join(f.row for f in features) + "]}"))
        return await encoded(request, body, "application/json", {"Cache-Control": "no-store"})

    @app.get("/towns.csv", tags=["towns"], response_class=Response,
             responses={200: {"content": {"text/csv": {}}, "description": "The same towns and fields as /towns.geojson."}})
    async def towns_csv(desk_id: DeskId, chosen: Filter, request: Request) -> Response:
        """The desk's towns as CSV (the GeoJSON's properties plus lat and lon)."""
        body = await desk_body(desk_id, chosen, "csv", lambda features: csv_text(f.data for f in features))
        return await encoded(request, body, "text/csv; charset=utf-8",
                       {"Content-Disposition": 'attachment; filename="towns.csv"', "Cache-Control": "no-store"})

    @app.get("/towns/{place_key}", response_model=TownDetail, tags=["towns"],
             responses={404: {"description": "The ledger has no such town."}})
    async def town(place_key: str, desk_id: DeskId, history: Annotated[int, Query(ge=0, le=500)] = 100) -> TownDetail:
        """A town's state and history, if the desk's subscriptions select it (else 404, as for a town the ledger
        lacks). ``place_key`` is ``gn:<GeoNames id>`` or ``name:<CC>:<name>``; anything else is a 404."""
        state = await ledger.town(place_key) if _PLACE_KEY.match(place_key) else None
        if state is None or not any(place_selected(s, state.place, gaz()) for s in await store.list(desk_id)):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "no such town")
        return TownDetail(state=state, history=await ledger.history(place_key, history) if history else [])

    # --- alerts --------------------------------------------------------------------------
    @app.get("/alerts", response_model=AlertFeed, tags=["alerts"])
    async def alerts(
        desk_id: DeskId,
        since: Annotated[str | None, Query(description="ISO-8601 time, or a stream id (exclusive).")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> AlertFeed:
        """The latest revision of each alert for this desk published since ``since`` (default: all kept)."""
        subs = await store.list(desk_id)
        if since is None:
            return await newest_alerts(subs, limit)
        after, latest = _after_for_since(since), dict[str, AlertEntry]()
        while True:
            batch = await ledger.alert_entries(after, 500)
            for entry_id, alert in batch:
                if matching(alert, subs, gaz()):
                    latest.pop(alert.alert_id, None)
                    latest[alert.alert_id] = AlertEntry(id=entry_id, alert=alert)
            if batch:
                after = batch[-1][0]
            if len(batch) < 500:
                break
        return AlertFeed(alerts=list(latest.values())[-limit:], last_id=after if after != "-" else "0-0")

    async def newest_alerts(subs: list[Subscription], limit: int) -> AlertFeed:
        """The feed without ``since``: the stream read from its newest end until ``limit`` alerts are found (the
        same answer as reading it all from the start, without parsing every revision ever kept)."""
        before, newest, found = "+", "0-0", dict[str, AlertEntry]()
        while len(found) < limit:
            batch = await ledger.alert_entries_before(before, 200)
            for entry_id, alert in batch:
                newest = entry_id if newest == "0-0" else newest
                if alert.alert_id not in found and matching(alert, subs, gaz()):
                    found[alert.alert_id] = AlertEntry(id=entry_id, alert=alert)
                    if len(found) >= limit:
                        break
            if len(batch) < 200:
                break
            before = batch[-1][0]
        return AlertFeed(alerts=list(reversed(found.values())), last_id=newest)

    @app.post("/alerts/stream/ticket", status_code=status.HTTP_204_NO_CONTENT, tags=["alerts"])
    async def stream_ticket(
        desk_id: DeskId, response: Response, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> Response:
        """Set the short-lived HttpOnly cookie that lets this browser's EventSource open ``/alerts/stream``
        (tied to the token it was issued for: rotating the desk's token voids it)."""
        s = await signer()
        response.status_code = status.HTTP_204_NO_CONTENT
        response.set_cookie(COOKIE, s.issue(desk_id, token_hash(creds.credentials) if creds else ""), max_age=s.ttl_s, path="/alerts/stream", httponly=True,
                            samesite="strict", secure=settings.public_base_url.startswith("https://"))
        return response

    @app.get("/alerts/stream", tags=["alerts"], response_class=StreamingResponse,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "Server-Sent Events: `event: alert`, `id: <stream id>`, `data: <Alert JSON>`."}})
    async def stream(
        request: Request,
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
        after: Annotated[str | None, Query(description="Stream id to resume after (the feed's last_id).")] = None,
    ) -> StreamingResponse:
        """Live alerts for this desk. Authenticates with the bearer header or the stream-ticket cookie."""
        desk_id = await store.desk_for_token(creds.credentials) if creds is not None else None
        tag = token_hash(creds.credentials)[:TAG_CHARS] if desk_id is not None and creds is not None else ""
        if desk_id is None:
            desk_id, tag = (await signer()).claims(request.cookies.get(COOKIE)) or (None, "")
        if desk_id is not None and not await _token_current(desk_id, tag):
            desk_id = None  # a ticket issued for a token the desk has since rotated
        if desk_id is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, "a desk token or a stream ticket is required",
                                headers={"WWW-Authenticate": "Bearer"})
        start = request.headers.get("last-event-id") or after
        if start is not None and not _STREAM_ID.match(start):
            raise HTTPException(422, "after: a stream id like 1700000000000-0")
        if start is None:
            newest = await client.xrevrange(ALERT_STREAM, count=1)
            start = _text(newest[0][0]) if newest else "0-0"
        return StreamingResponse(_events(request, desk_id, start, tag), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    async def _token_current(desk_id: str, tag: str) -> bool:
        current = await store.token_hash_of(desk_id)
        return current is not None and bool(tag) and current[:TAG_CHARS] == tag

    async def _events(request: Request, desk_id: str, last: str, tag: str) -> AsyncIterator[str]:
        yield "retry: 3000\n\n"
        subs, subs_at, quiet_since = await store.list(desk_id), time.monotonic(), time.monotonic()
        block_ms = max(1, int(min(1.0, settings.stream_recheck_s) * 1000))
        while not stopping.is_set() and not await request.is_disconnected():
            reply = cast(list[Any], await client.xread({ALERT_STREAM: last}, count=100, block=block_ms))
            if time.monotonic() - subs_at > settings.stream_recheck_s:  # re-check: subscriptions, and the token
                if not await _token_current(desk_id, tag):
                    yield _sse("revoked", "the desk's token was rotated: sign in again")
                    return
                subs, subs_at = await store.list(desk_id), time.monotonic()
            sent = False
            for _name, entries in reply or []:
                for raw_id, fields in entries:
                    last = _text(raw_id)
                    raw = fields.get(b"alert") or fields.get("alert")
                    alert = Alert.model_validate_json(raw)
                    if matching(alert, subs, gaz()):
                        sent = True
                        yield _sse("alert", json.dumps(alert.model_dump(mode="json"), ensure_ascii=False), last)
            if sent:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > 15:
                quiet_since = time.monotonic()
                yield ": keep-alive\n\n"

    return app


def write_openapi(path: str) -> None:
    """Write the OpenAPI document of the API to ``path`` (the committed ``services/alert/openapi.json``)."""
    doc = create_app(AlertSettings()).openapi()
    with open(path, "w", encoding="utf-8") as out:
        json.dump(doc, out, indent=2, sort_keys=True, ensure_ascii=False)
        out.write("\n")


if __name__ == "__main__":
    import sys

    write_openapi(sys.argv[1] if len(sys.argv) > 1 else "services/alert/openapi.json")
