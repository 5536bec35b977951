"""The newsroom map in Debian's headless Chromium, as a desk uses it, on the whole pipeline replaying the seeds.

One pipeline (Tansu, a private Redis, ingest, extract and alert as subprocesses) serves the module. The tests log
in through the form, find the seeds' three towns drawn where they are, watch an alert raised through the broker
recolour a town without a reload, open Baaj's story, keep a filter across a reload, render with the network
closed to everything but loopback, and keep hostile text inert. Screenshots go to build/screenshots/ (two of
them are committed under docs/). Needs /usr/bin/chromium (`make test` installs it): without it the tests fail.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiokafka import AIOKafkaProducer

from tests.browser import CHROMIUM_ARGS, chromium
from townwatch.demo import write_subscriptions
from townwatch.pipeline import Pipeline
from townwatch_schemas import (
    CONTROL_CHANGES,
    Actor,
    ActorKind,
    ControlChange,
    DatePrecision,
    Evidence,
    Place,
)

pytestmark = [pytest.mark.browser, pytest.mark.e2e, pytest.mark.integration, pytest.mark.slow,
              pytest.mark.asyncio(loop_scope="module")]

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SHOTS = ROOT / "build" / "screenshots"
TOKEN = "map-desk-token"
# Where the seeds' towns are (GeoNames), to check the map's projection against.
SEED_TOWNS = {"Hawija": (35.3287, 43.76), "Baaj": (36.0297, 41.7182), "Hatra": (35.5877, 42.7177)}
HOSTILE = ('<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>'
           '" onmouseover="window.pwned=3" [x](https://evil.example) @channel')


class Site:
    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.base = f"http://127.0.0.1:{pipeline.api_port}"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def site(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Site]:
    chromium()  # fail before the pipeline starts, not after
    workdir = tmp_path_factory.mktemp("map")
    subs = write_subscriptions(workdir / "subscriptions.yaml", [{
        "id": "map-desk", "name": "Map desk", "token": TOKEN,
        "subscriptions": [{"id": "everything", "towns": ["*"], "channels": [{"kind": "page"}]}],
    }])
    pipeline = Pipeline(workdir=workdir, subscriptions_file=subs)
    await asyncio.to_thread(pipeline.start)
    try:
        report = await pipeline.replay(sorted(SEEDS.iterdir()))
        assert report.published == 5
        await pipeline.wait_idle()
        yield Site(pipeline)
    finally:
        await asyncio.to_thread(pipeline.stop)


@pytest_asyncio.fixture(loop_scope="module")
async def browser() -> AsyncIterator[Any]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        b = await pw.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            await b.close()


async def open_desk(browser: Any, site: Site, path: str = "/", **context: Any) -> Any:
    """A new page, logged in through the form, with the map drawn."""
    page = await (await browser.new_context(viewport={"width": 1400, "height": 1000}, **context)).new_page()
    page.on("dialog", lambda d: pytest.fail(f"a dialog opened: {d.message}"))
    await page.goto(site.base + path)
    await page.locator("#token-input").fill(TOKEN)
    await page.locator("#login button[type=submit]").click()
    await page.locator("#map[data-ready]").wait_for(timeout=30_000)
    await page.locator("#status.live").wait_for(timeout=30_000)
    return page


async def towns(page: Any) -> dict[str, dict[str, Any]]:
    """The towns the page holds, by name: key, position (map pixels) and colour."""
    return await page.evaluate("""() => {
        const m = window.townwatch.map, out = {};
        for (const [key, f] of m.features) out[f.properties.name] = {key, holder: f.properties.holder_id,
            lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0], at: m.positionOf(key)};
        return out;
    }""")


async def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SHOTS / name))


async def publish(site: Site, event: ControlChange) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=site.pipeline.bootstrap_servers, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(CONTROL_CHANGES.name, value=event.to_json_bytes(), key=event.place.key.encode())
    finally:
        await producer.stop()


def change(place: Place, gaining: Actor, losing: Actor | None, *, n: str, source: str | None = "Test Wire",
           sentence: str = "Islamic State fighters retook the town.", url: str | None = None) -> ControlChange:
    today = dt.datetime.now(dt.UTC)
    return ControlChange(event_id=f"map-{n}", article_id=f"map-art-{n}", source=source, url=url or f"https://example.org/{n}",
                         published=today.date(), article_received=today, place=place, gaining=gaining, losing=losing,
                         event_date=today.date(), date_precision=DatePrecision.DAY, confidence=0.9,
                         evidence=Evidence(sentence=sentence, start=0, end=len(sentence)), extractor_version="test")


async def test_the_seeds_three_towns_are_drawn_where_they_are(site: Site, browser: Any) -> None:
    page = await open_desk(browser, site)
    assert await page.locator("#login").is_hidden()  # the token box goes once the desk is open
    assert await page.locator("#logout").is_visible()
    found = await towns(page)
    assert set(SEED_TOWNS) <= set(found), found
    box = await page.locator("#map").bounding_box()
    iraq = await page.evaluate("""() => { const b = window.townwatch.map.countryBounds("Iraq");
        const m = window.townwatch.map.map, nw = m.latLngToContainerPoint(b.getNorthWest()), se = m.latLngToContainerPoint(b.getSouthEast());
        return {left: nw.x, top: nw.y, right: se.x, bottom: se.y}; }""")
    for name, (lat, lon) in SEED_TOWNS.items():
        town = found[name]
        assert abs(town["lat"] - lat) < 0.05 and abs(town["lon"] - lon) < 0.05, (name, town)
        # The town's mark on screen sits at the map's projection of its coordinates, inside Iraq's outline.
        mark = await page.locator(f'path.town[data-place-key="{town["key"]}"]').bounding_box()
        cx, cy = mark["x"] + mark["width"] / 2 - box["x"], mark["y"] + mark["height"] / 2 - box["y"]
        expected = await page.evaluate(f"window.townwatch.map.project({town['lat']}, {town['lon']})")
        assert abs(cx - expected["x"]) < 4 and abs(cy - expected["y"]) < 4, (name, cx, cy, expected)
        assert iraq["left"] < cx < iraq["right"] and iraq["top"] < cy < iraq["bottom"], (name, cx, cy, iraq)
        label = page.locator(".town-tip", has_text=name)
        assert await label.count() == 1  # the common name, not "Al Ḩawījah"
    xs = {n: found[n]["at"]["x"] for n in SEED_TOWNS}
    ys = {n: found[n]["at"]["y"] for n in SEED_TOWNS}
    assert xs["Baaj"] < xs["Hatra"] < xs["Hawija"] and ys["Baaj"] < ys["Hatra"] < ys["Hawija"]  # west to east, north to south
    legend = await page.locator("#legend").inner_text()
    assert "Popular Mobilization Forces" in legend and "Iraqi government forces" in legend
    row = page.locator(f'#towns tr[data-place-key="{found["Hawija"]["key"]}"]')
    assert (await row.locator("td").first.inner_text()).startswith("Hawija")
    await shot(page, "map.png")


async def test_a_new_alert_recolours_its_town_without_a_reload(site: Site, browser: Any) -> None:
    page = await open_desk(browser, site)
    hatra = (await towns(page))["Hatra"]
    await page.evaluate("window.__sameDocument = 42")
    pmf = Actor(id=hatra["holder"], name="Popular Mobilization Forces", text="PMF", kind=ActorKind.NON_STATE)
    isis = Actor(id="isis", name="Islamic State", text="ISIS", kind=ActorKind.NON_STATE)
    place = Place(name="Hatra", canonical_name="Al Ḩaḑar", geonames_id=int(hatra["key"][3:]), country_code="IQ",
                  lat=hatra["lat"], lon=hatra["lon"])
    before = await page.locator(f'path.town[data-place-key="{hatra["key"]}"]').get_attribute("fill")
    want = await page.evaluate("window.TownwatchMap.colourOf('isis')")
    assert before != want

    await publish(site, change(place, isis, pmf, n="hatra-retaken"))

    mark = page.locator(f'path.town[data-place-key="{hatra["key"]}"][fill="{want}"]')
    await mark.wait_for(timeout=60_000)
    assert await page.evaluate("window.__sameDocument") == 42  # the same document: no reload
    assert await page.locator(".recent-ring").count() >= 1
    await page.locator("#legend li", has_text="Islamic State").wait_for(timeout=10_000)  # the legend follows


async def test_a_change_to_a_town_inside_a_cluster_shows_on_its_badge_at_once(site: Site, browser: Any) -> None:
    page = await open_desk(browser, site)
    # Zoomed out, the seeds' towns are one cluster badge. Each of its towns taken by a new side, as live alerts are
    # applied: the badge takes that side's colour and a ring within the same call, before any redraw of the map.
    seen = await page.evaluate("""() => {
        const m = window.townwatch.map;
        m.map.setZoom(3, { animate: false });
        const cluster = m.clusters.find((c) => c.keys.size >= 3);
        if (!cluster) return null;
        const before = cluster.badge.dataset.holder;
        for (const key of cluster.keys) {
            const f = m.features.get(key);
            m.upsert({ ...f, properties: { ...f.properties, holder_id: "test-side", holder: "Test side",
                                              changed_at: new Date().toISOString() } });
        }
        // One of its towns contested, then none: the badge is outlined (and says so in its title), then not.
        const [first] = cluster.keys, f = m.features.get(first), title = () => cluster.marker.getElement().title;
        m.upsert({ ...f, properties: { ...f.properties, contested: true } });
        const marked = { dashed: cluster.badge.classList.contains("contested"), title: title() };
        for (const key of cluster.keys) {
            const t = m.features.get(key);
            m.upsert({ ...t, properties: { ...t.properties, contested: false } });
        }
        return { before, after: cluster.badge.dataset.holder, ring: !!cluster.ring,
                 stillOnScreen: m.clusters.includes(cluster), marked,
                 unmarked: { dashed: cluster.badge.classList.contains("contested"), title: title() } };
    }""")
    assert seen is not None, "no cluster of the seeds' towns at zoom 3"
    assert seen["before"] != "test-side"
    n = seen["marked"]["title"].split(" ")[0]
    assert seen == {"before": seen["before"], "after": "test-side", "ring": True, "stillOnScreen": True,
                    "marked": {"dashed": True, "title": f"{n} towns, 1 contested"},
                    "unmarked": {"dashed": False, "title": f"{n} towns"}}


async def test_clicking_a_town_opens_its_story_with_both_baaj_outlets(site: Site, browser: Any) -> None:
    page = await open_desk(browser, site)
    baaj = (await towns(page))["Baaj"]
    await page.locator(f'path.town[data-place-key="{baaj["key"]}"]').click()
    story = page.locator("#story")
    await story.locator(".timeline").wait_for(timeout=10_000)
    assert page.url.endswith("#/town/" + baaj["key"].replace(":", "%3A"))
    text = await story.inner_text()
    assert "Baaj" in text and "Popular Mobilization Forces" in text
    entries = story.locator(".timeline li")
    outlets = {(await entries.nth(i).locator(".entry-outlet").inner_text()) for i in range(await entries.count())}
    assert {"Reuters", "TRT World"} <= outlets, outlets
    assert "change of control: alert raised" in text and "corroborated" in text
    assert await story.locator("blockquote", has_text="captured the Iraqi town of Baaj").count() >= 1
    await shot(page, "town-story.png")

    # The story has its own address: opening it in a fresh page shows the same story.
    again = await open_desk(browser, site, "/#/town/" + baaj["key"])
    await again.locator("#story .timeline").wait_for(timeout=10_000)
    assert "TRT World" in await again.locator("#story").inner_text()

    # A town's mark is a button for the keyboard too: it takes the focus, and Enter opens the story.
    keys = await open_desk(browser, site)
    await keys.locator(f'path.town[data-place-key="{baaj["key"]}"]').focus()
    assert await keys.evaluate("document.activeElement.dataset.placeKey") == baaj["key"]
    await keys.keyboard.press("Enter")
    await keys.locator("#story .timeline").wait_for(timeout=10_000)
    assert keys.url.endswith("#/town/" + baaj["key"].replace(":", "%3A"))
    # The story takes the focus (its heading), and Escape closes it and gives the focus back to the town's mark.
    await keys.wait_for_function("document.activeElement.classList.contains('story-name')", timeout=10_000)
    assert await keys.evaluate("document.activeElement.textContent") == "Baaj"
    await keys.keyboard.press("Escape")
    await keys.locator("#story").wait_for(state="hidden", timeout=10_000)
    assert "#/town/" not in keys.url
    assert await keys.evaluate("document.activeElement.dataset.placeKey") == baaj["key"]


async def test_a_filter_is_kept_in_the_url_across_a_reload(site: Site, browser: Any) -> None:
    page = await open_desk(browser, site)
    total = await page.evaluate("window.townwatch.map.features.size")
    await page.locator("#f-actor").select_option("iq-gov")
    await page.locator("#f-conf").select_option("0.5")
    assert "actor=iq-gov" in page.url and "conf=0.5" in page.url and "token" not in page.url
    shown = await page.evaluate("window.townwatch.map.visible.map(f => f.properties.name)")
    assert "Hawija" in shown and "Baaj" not in shown and len(shown) < total

    await page.reload()
    await page.locator("#map[data-ready]").wait_for(timeout=30_000)
    assert await page.locator("#f-actor").input_value() == "iq-gov"
    assert await page.locator("#f-conf").input_value() == "0.5"
    assert await page.evaluate("window.townwatch.map.visible.map(f => f.properties.name)") == shown
    assert f"{len(shown)} of {total} towns (filtered)" == await page.locator("#filter-count").inner_text()


async def test_the_map_renders_with_the_network_closed_but_for_loopback(site: Site, browser: Any) -> None:
    requested: list[str] = []

    async def only_loopback(route: Any) -> None:
        url = route.request.url
        requested.append(url)
        host = url.split("/")[2].split(":")[0] if "://" in url else ""
        if host in ("127.0.0.1", "localhost"):
            await route.continue_()
        else:
            await route.abort("blockedbyclient")

    context = await browser.new_context(viewport={"width": 1400, "height": 1000})
    await context.route("**/*", only_loopback)
    page = await context.new_page()
    await page.goto(site.base + "/")
    await page.locator("#token-input").fill(TOKEN)
    await page.locator("#login button[type=submit]").click()
    await page.locator("#map[data-ready]").wait_for(timeout=30_000)
    assert all(u.startswith(site.base) or u.startswith(("data:", "blob:")) for u in requested), requested
    # The basemap's canvas is painted (land, borders), the place labels and the towns are on it.
    painted = await page.evaluate("""() => { let n = 0;
        for (const c of document.querySelectorAll('#map canvas')) {
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            for (let i = 3; i < d.length; i += 4 * 7) if (d[i] > 0) n++; }
        return n; }""")
    assert painted > 10_000, painted
    assert await page.locator(".place-label").count() > 5
    assert await page.locator("path.town").count() >= 3
    await page.locator('#map[data-basemap="50m"]').wait_for(timeout=30_000)  # the detailed basemap, offline too
    assert all(u.startswith(site.base) or u.startswith(("data:", "blob:")) for u in requested), requested


async def test_the_first_paint_draws_the_small_basemap_and_a_reload_fetches_no_asset_again(site: Site, browser: Any) -> None:
    page = await open_desk(browser, site)
    assert await page.evaluate("window.townwatch.firstRenderBasemap") == "110m"
    await page.locator('#map[data-basemap="50m"]').wait_for(timeout=30_000)
    rings = await page.evaluate("window.townwatch.map.basemap.land.length")
    assert rings > 1000, rings  # Natural Earth 1:50m's land (1:110m has 127 rings)
    assert await page.locator(".place-label").count() > 5

    # Every asset is named by its content and kept a year: a desk reopening the page fetches none of them again.
    await page.reload()
    await page.locator("#map[data-ready]").wait_for(timeout=30_000)
    assets = await page.evaluate("""() => performance.getEntriesByType('resource')
        .filter(e => e.name.includes('/assets/')).map(e => [e.name.split('/assets/')[1], e.transferSize])""")
    assert {name.split(".")[0] for name, _size in assets} >= {"boot", "page", "basemap"}, assets
    assert all(size == 0 for _name, size in assets), assets  # 0 bytes transferred: from the HTTP cache


async def test_hostile_article_text_stays_inert_on_the_map_and_in_the_story(site: Site, browser: Any) -> None:
    page = await open_desk(browser, site)
    evil = Actor(id="evil-side", name=HOSTILE, text=HOSTILE, kind=ActorKind.NON_STATE)
    other = Actor(id="other-side", name="<b>bold</b>", text="x", kind=ActorKind.NON_STATE)
    place = Place(name="Evil" + HOSTILE, canonical_name=HOSTILE, geonames_id=9_999_901, country_code="IQ",
                  lat=34.9, lon=42.3)
    await publish(site, change(place, evil, other, n="hostile", source=HOSTILE, sentence=HOSTILE,
                               url="javascript:window.pwned=4"))
    key = place.key
    mark = page.locator(f'path.town[data-place-key="{key}"]')
    await mark.wait_for(timeout=60_000)
    await mark.hover()
    await mark.click()
    story = page.locator("#story")
    await story.locator(".timeline").wait_for(timeout=10_000)
    await page.locator(f'#towns tr[data-place-key="{key}"]').wait_for(timeout=10_000)
    # The hostile strings are shown as text, character for character, wherever they appear.
    assert await page.locator(".town-tip", has_text="Evil<img").count() == 1
    assert HOSTILE in await page.locator("#legend").inner_text()
    assert HOSTILE in await story.inner_text()
    assert await story.locator("blockquote", has_text=HOSTILE).count() >= 1
    for area in ("#map", "#legend", "#story", "#towns", "#feed"):
        assert await page.locator(f"{area} img, {area} script, {area} b").count() == 0, area
    assert await page.locator('a[href^="javascript"], a[href*="evil.example"]').count() == 0
    assert await page.evaluate("window.pwned") is None
