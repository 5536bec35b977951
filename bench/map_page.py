"""``python -m bench.map_page``: the newsroom map's first render with many towns, and its live-update latency.

A private Redis is filled through the real ledger (``Ledger.apply``: one change per town, so each has a state and an
alert on the stream) plus extra history entries. The alert API runs as the service does in production, in a process
of its own (``python -m townwatch_alert`` with ``TOWNWATCH_ROLE=api``: uvicorn, one worker), and Debian's headless
Chromium opens the page. The bench's own process (Playwright's client) shares nothing with the server but the
machine. Printed, never asserted:

- first render: navigation start -> the map painted with its basemap, every town (drawn or counted in a cluster
  badge) and the legend: the page's ``performance.now()`` at its "first-render" mark, taken in the task after the
  first animation frame that follows the drawing (so after that frame's paint). Median and p90 of ``--runs`` cold
  loads (a new browser context each: no HTTP cache, no connections), after one untimed load that warms the server;
- where each cold load's time went: TTFB (the page's HTML), static (the page's scripts and styles in: DOM content
  loaded), data (the desk's towns in the page's hands, and the basemap projected), page work (first render minus
  the later of those: indexing, drawing, painting), and each resource's duration and bytes (transfer, body);
- page ready: the same load until ``#map[data-ready]``: the live feed's last 100 alerts and the towns table drawn too;
- first render on a reload of the same page (the browser's HTTP cache holds the static files), as a desk reopening it;
- SSE update: a new change committed by the ledger (``Ledger.apply`` writes the alert to the stream the SSE reads)
  -> the town recoloured on the page (the page's ``Date.now()`` after redrawing), and the page's own handler time;
- the machine's load average before and after (figures taken on a loaded machine are not the target's).

Targets (issue 13): first render < 1 s with 2,000 towns and 50,000 history entries; an SSE update < 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from townwatch.service_process import ServiceProcess
from townwatch.stack import RedisServer, free_port
from townwatch_alert.ledger import Ledger, town_key
from townwatch_alert.settings import AlertSettings
from townwatch_alert.subscription_store import SubscriptionStore
from townwatch_alert.town import HistoryEntry
from townwatch_schemas import (
    Actor,
    ActorKind,
    ControlChange,
    DatePrecision,
    Evidence,
    Place,
    Subscription,
)

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TOKEN = "bench-token"
ACTORS = [Actor(id=i, name=n, text=n, kind=ActorKind.NON_STATE) for i, n in (
    ("isis", "Islamic State"), ("pmf", "Popular Mobilization Forces"), ("iq-gov", "Iraqi government forces"),
    ("sdf", "Syrian Democratic Forces"), ("sy-gov", "Syrian government forces"), ("hts", "Hayat Tahrir al-Sham"))]
SENTENCE = "Government forces said they had taken the town after two days of fighting, a spokesman said on Sunday."


def _place(i: int, rng: random.Random) -> Place:
    return Place(name=f"Town {i}", canonical_name=f"Town {i}", geonames_id=90_000_000 + i, country_code="IQ",
                 admin1_code=str(rng.randint(1, 18)), lat=round(rng.uniform(29.5, 37.0), 4), lon=round(rng.uniform(39.0, 48.0), 4))


def _change(i: int, place: Place, gaining: Actor, losing: Actor, day: dt.date, n: int) -> ControlChange:
    return ControlChange(event_id=f"bench-{i}-{n}", article_id=f"bench-art-{i}-{n}", source=f"Outlet {n % 7}",
                         url=f"https://example.org/{i}/{n}", published=day, article_received=dt.datetime.now(dt.UTC),
                         place=place, gaining=gaining, losing=losing, event_date=day, date_precision=DatePrecision.DAY,
                         confidence=0.8, evidence=Evidence(sentence=SENTENCE, start=0, end=len(SENTENCE)),
                         extractor_version="bench")


async def fill(redis_url: str, towns: int, history: int, seed: int) -> list[Place]:
    rng = random.Random(seed)
    redis = Redis.from_url(redis_url)
    store, ledger = SubscriptionStore(redis), Ledger.from_settings(redis, AlertSettings(redis_url=redis_url))
    await store.set_desk("bench", "Bench desk")
    await store.set_desk_token("bench", TOKEN)
    await store.put(Subscription(id="all", desk_id="bench", towns=["*"]))
    places = [_place(i, rng) for i in range(towns)]
    today = dt.date.today()
    for i, place in enumerate(places):
        gaining, losing = rng.sample(ACTORS, 2)
        await ledger.apply(_change(i, place, gaining, losing, today - dt.timedelta(days=rng.randint(0, 60)), 0))
    extra = max(0, history - towns)  # the apply calls wrote one entry per town
    async with redis.pipeline(transaction=False) as pipe:
        for n in range(extra):
            i = n % towns
            entry = HistoryEntry(recorded_at=dt.datetime.now(dt.UTC), event_id=f"old-{n}", article_id=f"old-art-{n}",
                                 outlet=f"Outlet {n % 7}", decision="historical", gaining=rng.choice(ACTORS),
                                 effective_date=today - dt.timedelta(days=400), historical=True, confidence=0.5,
                                 evidence=SENTENCE)
            pipe.lpush(town_key(places[i].key) + ":history", entry.model_dump_json())
            if len(pipe) >= 2000:
                await pipe.execute()
        await pipe.execute()
    await redis.aclose()
    return places


@contextlib.contextmanager
def serve(redis_url: str, log_path: Path) -> Iterator[str]:
    """The alert API in a process of its own, as deployed (role ``api``); yields its base URL."""
    port = free_port()
    env = {"TOWNWATCH_ROLE": "api", "TOWNWATCH_REDIS_URL": redis_url, "TOWNWATCH_API_PORT": str(port),
           "TOWNWATCH_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}", "TOWNWATCH_METRICS_PORT": "0",
           "TOWNWATCH_LOG_LEVEL": "WARNING"}
    service = ServiceProcess("alert-api", "townwatch_alert", env, log_path)
    service.start()
    base = f"http://127.0.0.1:{port}"
    try:
        try:
            service.wait_http(base + "/healthz", timeout=120)
        except RuntimeError as exc:
            raise SystemExit(f"the alert API did not come up: {exc}") from None
        yield base
    finally:
        service.stop()


# Each load's breakdown, read from the page (ms since navigation start): Navigation Timing, the page's marks, and
# the resource timings of what the first render needs.
BREAKDOWN = """() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map(e => [e.name, e.startTime]));
    const resources = performance.getEntriesByType('resource')
        .filter(e => !/alerts(\\?|\\/)/.test(e.name))
        .map(e => ({name: e.name.replace(/^[a-z]+:\\/\\/[^/]+/, '').split('?')[0], start: e.startTime,
                    wait: e.responseStart - e.startTime, end: e.responseEnd, transfer: e.transferSize,
                    body: e.encodedBodySize, size: e.decodedBodySize}));
    return {ttfb: nav.responseStart, html: nav.responseEnd, dcl: nav.domContentLoadedEventEnd, marks, resources};
}"""


def _p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[8] if len(values) > 1 else values[0]


def _summary(label: str, values: list[float]) -> str:
    return (f"{label}: median {statistics.median(values):.0f} ms, p90 {_p90(values):.0f} ms, "
            f"min {min(values):.0f}, max {max(values):.0f} over {len(values)}")


def _parts(b: dict[str, Any]) -> dict[str, float]:
    """A load's first render split into consecutive parts that add up to it."""
    marks = b["marks"]
    first = marks["first-render"]
    static = max(b["dcl"], b["ttfb"])
    data = max(static, marks.get("towns-fetched", static), marks.get("basemap-projected", static))
    return {"TTFB (HTML)": b["ttfb"], "static (scripts, styles)": static - b["ttfb"],
            "data (towns in hand, basemap projected)": data - static, "page work (index, draw, paint)": first - data}


async def _cold_load(browser: Any, base: str) -> tuple[Any, Any, dict[str, Any]]:
    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await context.new_page()
    await page.goto(f"{base}/#token={TOKEN}")
    # A slow poll of a flag, not a locator (whose polling runs on the page's main thread while it renders).
    await page.wait_for_function("() => window.townwatch && window.townwatch.ready", polling=250, timeout=120_000)
    b = await page.evaluate(BREAKDOWN)
    b["first"] = await page.evaluate("window.townwatch.firstRenderMs")
    b["ready"] = await page.evaluate("window.townwatch.readyMs")
    return context, page, b


async def measure(base: str, redis_url: str, places: list[Place], runs: int, updates: int, seed: int) -> None:
    from playwright.async_api import async_playwright

    rng = random.Random(seed + 1)
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context, page, b = await _cold_load(browser, base)  # warms the server (its caches), not counted
        print(f"untimed first load after the server started: first render {b['first']:.0f} ms")
        await context.close()
        loads: list[dict[str, Any]] = []
        warm: list[float] = []
        for k in range(runs):
            context, page, b = await _cold_load(browser, base)
            loads.append(b)
            # The same desk reopening the page: a reload, with the browser's HTTP cache and the desk's token.
            await page.reload()
            await page.wait_for_function("() => window.townwatch && window.townwatch.ready", polling=250, timeout=120_000)
            warm.append(await page.evaluate("window.townwatch.firstRenderMs"))
            if k < runs - 1:
                await context.close()
        n = await page.evaluate("window.townwatch.map.features.size")
        firsts = [b["first"] for b in loads]
        print(_summary(f"FIRST RENDER (map, {n} towns, legend painted), cold loads", firsts)
              + f"; under 1 s: {sum(f < 1000 for f in firsts)} of {len(firsts)}")
        print("  each:", ", ".join(f"{f:.0f}" for f in firsts))
        print(_summary("page ready (+ feed of 100 alerts, towns table)", [b["ready"] for b in loads]))
        print(_summary("first render on a reload (HTTP cache warm)", warm))
        print("  where the cold first render went (median of each part; the parts of one load add up to it):")
        parts = [_parts(b) for b in loads]
        for name in parts[0]:
            values = [p[name] for p in parts]
            print(f"    {name:42s} median {statistics.median(values):5.0f} ms, p90 {_p90(values):5.0f} ms")
        print("  resources of the cold loads (median): name, start -> end ms since navigation, waiting for the first byte,"
              " bytes transferred / body / decoded")
        names = [r["name"] for r in loads[0]["resources"]]
        for name in names:
            rs = [r for b in loads for r in b["resources"] if r["name"] == name]
            med = {f: statistics.median(r[f] for r in rs) for f in ("start", "end", "wait", "transfer", "body", "size")}
            print(f"    {name[-48:]:48s} {med['start']:5.0f} -> {med['end']:5.0f} ms (first byte after {med['wait']:4.0f}),"
                  f" {med['transfer']:8.0f} / {med['body']:8.0f} / {med['size']:8.0f} B")
        marks = [b["marks"] for b in loads]
        common = [k for k in marks[0] if all(k in m for m in marks)]
        print("  median milestones (ms since navigation):",
              {k: round(statistics.median(m[k] for m in marks)) for k in sorted(common, key=lambda k: marks[0][k])})

        await page.locator("#status.live").wait_for(timeout=30_000)
        redis = Redis.from_url(redis_url)
        ledger = Ledger.from_settings(redis, AlertSettings(redis_url=redis_url))
        lat, handler = [], []
        for k in range(updates):
            place = rng.choice(places)
            state = await ledger.town(place.key)
            assert state is not None and state.controller is not None
            gaining = rng.choice([a for a in ACTORS if a.id != state.controller.id])
            seen = await page.evaluate("window.townwatch.updates.length")
            started = time.time() * 1000
            await ledger.apply(_change(10**6 + k, place, gaining, state.controller, dt.date.today(), 1))
            while await page.evaluate("window.townwatch.updates.length") <= seen:
                await asyncio.sleep(0.002)
            last = await page.evaluate("window.townwatch.updates[window.townwatch.updates.length - 1]")
            lat.append(last["at"] - started)
            handler.append(last["ms"])
            await asyncio.sleep(0.2)
        await redis.aclose()
        q = statistics.quantiles(lat, n=20, method="inclusive")  # within the samples' range
        print(f"SSE UPDATE (ledger commit -> town redrawn): median {statistics.median(lat):.0f} ms, p95 {q[18]:.0f} ms, "
              f"max {max(lat):.0f} ms over {updates}; the page's own handler: median {statistics.median(handler):.1f} ms, "
              f"max {max(handler):.1f} ms")
        await browser.close()


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.map_page", description=__doc__.splitlines()[0])
    p.add_argument("--towns", type=int, default=2000)
    p.add_argument("--history", type=int, default=50_000, help="history entries in all (default 50,000)")
    p.add_argument("--runs", type=int, default=20, help="cold page loads to time (default 20)")
    p.add_argument("--updates", type=int, default=20, help="live updates to time (default 20)")
    p.add_argument("--seed", type=int, default=13)
    args = p.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} / {os.getloadavg()[1]:.1f} (1 / 5 min)")
    with tempfile.TemporaryDirectory(prefix="townwatch-map-bench-") as tmp, RedisServer(data_dir=Path(tmp) / "redis") as r:
        began = time.monotonic()
        places = asyncio.run(fill(r.url, args.towns, args.history, args.seed))
        print(f"filled {args.towns} towns and {args.history} history entries in {time.monotonic() - began:.1f} s")
        with serve(r.url, Path(tmp) / "alert.log") as base:
            asyncio.run(measure(base, r.url, places, args.runs, args.updates, args.seed))
    print(f"machine after: load average {os.getloadavg()[0]:.1f} / {os.getloadavg()[1]:.1f} (1 / 5 min)")

if __name__ == "__main__":
    main()
