"""``python -m bench.map_page``: the newsroom map's first render with many towns, and its live-update latency.

A private Redis is filled through the real ledger (``Ledger.apply``: one change per town, so each has a state and an
alert on the stream) plus extra history entries, the alert API serves it (uvicorn, in process), and Debian's
headless Chromium opens the page. Printed, never asserted:

- first render: navigation start -> the map painted with its basemap, every town (drawn or counted in a cluster
  badge) and the legend: the page's ``performance.now()`` at its "first-render" mark, taken in the task after the
  first animation frame that follows the drawing (so after that frame's paint). Median of ``--runs`` fresh page
  loads (a new browser context each: nothing cached), with the page's own resource timings and milestones;
- page ready: the same load until ``#map[data-ready]``: the live feed's last 100 alerts and the towns table drawn too;
- first render on a reload of the same page (the browser's HTTP cache holds the static files), as a desk reopening it;
- SSE update: a new change committed by the ledger (``Ledger.apply`` writes the alert to the stream the SSE reads)
  -> the town recoloured on the page (the page's ``Date.now()`` after redrawing), and the page's own handler time.

Targets (issue 13): first render < 1 s with 2,000 towns and 50,000 history entries; an SSE update < 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from redis.asyncio import Redis

from townwatch.stack import RedisServer, free_port
from townwatch_alert.api import create_app
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


def serve(redis_url: str) -> tuple[str, uvicorn.Server]:
    port = free_port()
    app = create_app(AlertSettings(redis_url=redis_url, public_base_url=f"http://127.0.0.1:{port}"))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


async def measure(base: str, redis_url: str, places: list[Place], runs: int, updates: int, seed: int) -> None:
    from playwright.async_api import async_playwright

    rng = random.Random(seed + 1)
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        renders: list[float] = []
        readies: list[float] = []
        warm: list[float] = []
        marks: list[dict[str, int]] = []
        page = None
        for _ in range(runs):
            context = await browser.new_context(viewport={"width": 1400, "height": 1000})
            page = await context.new_page()
            await page.goto(f"{base}/#token={TOKEN}")
            # A slow poll of a flag, not a locator (whose polling runs on the page's main thread while it renders).
            await page.wait_for_function("() => window.townwatch && window.townwatch.ready", polling=250, timeout=60_000)
            renders.append(await page.evaluate("window.townwatch.firstRenderMs"))
            readies.append(await page.evaluate("window.townwatch.readyMs"))
            marks.append(await page.evaluate(
                "Object.fromEntries(performance.getEntriesByType('mark').map(e => [e.name, Math.round(e.startTime)]))"))
            n = await page.evaluate("window.townwatch.map.features.size")
            timings = await page.evaluate("""() => performance.getEntriesByType('resource')
                .filter(e => /map\\/towns|alerts\\?|countries|places.json|lib.js|desk/.test(e.name))
                .map(e => [e.name.split('/').pop().split('?')[0], Math.round(e.duration), e.transferSize])""")
            # The same desk reopening the page: a reload, with the browser's HTTP cache and the desk's token.
            await page.reload()
            await page.wait_for_function("() => window.townwatch && window.townwatch.ready", polling=250, timeout=60_000)
            warm.append(await page.evaluate("window.townwatch.firstRenderMs"))
            if len(renders) < runs:
                await context.close()
        assert page is not None
        print(f"first render (map, towns, legend painted): {statistics.median(renders):.0f} ms median of {runs} "
              f"({', '.join(f'{r:.0f}' for r in renders)}); {n} towns on the page")
        print(f"page ready (+ feed of 100 alerts, towns table): {statistics.median(readies):.0f} ms median "
              f"({', '.join(f'{r:.0f}' for r in readies)})")
        print(f"first render on a reload (HTTP cache warm): {statistics.median(warm):.0f} ms median "
              f"({', '.join(f'{r:.0f}' for r in warm)})")
        print("  resources of the last load (name, ms, bytes):", timings)
        names = [k for k in marks[0] if all(k in m for m in marks)]
        print("  median milestones (ms since navigation):",
              {k: round(statistics.median(m[k] for m in marks)) for k in sorted(names, key=lambda k: marks[0][k])})
        print("  milestones of each load (ms since navigation):", marks)

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
        print(f"SSE update (ledger commit -> town redrawn): median {statistics.median(lat):.0f} ms, p95 {q[18]:.0f} ms, "
              f"max {max(lat):.0f} ms over {updates}; the page's own handler: median {statistics.median(handler):.1f} ms, "
              f"max {max(handler):.1f} ms")
        await browser.close()


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m bench.map_page", description=__doc__.splitlines()[0])
    p.add_argument("--towns", type=int, default=2000)
    p.add_argument("--history", type=int, default=50_000, help="history entries in all (default 50,000)")
    p.add_argument("--runs", type=int, default=5, help="fresh page loads to time (default 5)")
    p.add_argument("--updates", type=int, default=20, help="live updates to time (default 20)")
    p.add_argument("--seed", type=int, default=13)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="townwatch-map-bench-") as tmp, RedisServer(data_dir=Path(tmp) / "redis") as r:
        began = time.monotonic()
        places = asyncio.run(fill(r.url, args.towns, args.history, args.seed))
        print(f"filled {args.towns} towns and {args.history} history entries in {time.monotonic() - began:.1f} s")
        base, server = serve(r.url)
        try:
            asyncio.run(measure(base, r.url, places, args.runs, args.updates, args.seed))
        finally:
            server.should_exit = True


if __name__ == "__main__":
    main()
