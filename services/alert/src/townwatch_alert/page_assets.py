"""The newsroom page's assets: its scripts and styles bundled, every file named by a hash of its content and kept gzipped.

The page needs few requests on a browser's six HTTP/1.1 connections, and none at all on a desk's next visit:

- ``page.js`` is the map bundle (vendor/lib.js: Leaflet, supercluster, topojson-client) followed by our scripts,
  each in its own function scope so its ``"use strict"`` holds; ``page.css`` is Leaflet's stylesheet and ours;
- ``basemap.json`` is what the first paint draws: Natural Earth 1:110m and the populated places of 100,000 or more;
  ``basemap-detail.json`` (1:50m and every place of 50,000 or more) follows once the map is on screen;
- ``boot.js`` stays apart: it runs first, in ``<head>``, to send the desk's requests while the bundle loads.

An asset is served at ``/assets/<name>.<hash>.<ext>`` with a year's ``immutable`` caching (a new build is a new
name), and at ``/assets/<name>`` to revalidate (``no-cache`` with an ETag). ``index.html`` names assets as
``/assets/<name>``; the page is served with their hashed names in. Built in the process on first use (the service's
start-up warms it), not by a separate build step, so the bundle can never be stale against the files it is made
of; gzip (level 6) is done then, once.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import threading
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable

from townwatch_alert.http_body import Body

__all__ = ["FIRST_PLACES_POPULATION", "Asset", "PageAssets", "page_assets"]

SCRIPTS = ("vendor/lib.js", "format.js", "map.js", "story.js", "app.js")
STYLES = ("vendor/leaflet.css", "app.css")
FIRST_PLACES_POPULATION = 100_000  # the first paint's labels: enough for every zoom below 8 (map.js drawPlaces)
_MEDIA = {"js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8", "json": "application/json"}
_REFERENCE = re.compile(r"/assets/([a-z0-9-]+\.(?:js|css|json))(?=[\"'])")
IMMUTABLE = "public, max-age=31536000, immutable"


@dataclass(frozen=True)
class Asset:
    """One asset: its logical and hashed names, and its bytes (with their gzip)."""

    name: str
    hashed: str
    media_type: str
    content: Body

    @property
    def etag(self) -> str:
        return '"' + self.hashed.split(".")[-2] + '"'

    @classmethod
    def of(cls, name: str, body: bytes) -> Asset:
        stem, ext = name.rsplit(".", 1)
        digest = hashlib.sha256(body).hexdigest()[:12]
        return cls(name, f"{stem}.{digest}.{ext}", _MEDIA[ext], Body(body, level=6))


class PageAssets:
    """The page's assets by logical and hashed name, and the page with its references hashed."""

    def __init__(self, static: Traversable) -> None:
        def text(name: str) -> str:
            return (static / name).read_text(encoding="utf-8")

        scripts = [text(SCRIPTS[0])] + [f"// {n}\n(() => {{\n{text(n)}\n}})();\n" for n in SCRIPTS[1:]]
        places = json.loads(text("vendor/places.json"))  # [name, lat, lon, population, country], most populous first
        first_places = [p for p in places if p[3] >= FIRST_PLACES_POPULATION]

        def basemap(world: str, chosen: list[list[object]]) -> bytes:
            return ('{"world": ' + world.strip() + ', "places": '
                    + json.dumps(chosen, ensure_ascii=False, separators=(",", ":")) + "}").encode()

        assets = [
            Asset.of("page.js", "\n;\n".join(scripts).encode()),
            Asset.of("page.css", "\n".join(text(n) for n in STYLES).encode()),
            Asset.of("boot.js", text("boot.js").encode()),
            Asset.of("basemap.json", basemap(text("vendor/countries-110m.json"), first_places)),
            Asset.of("basemap-detail.json", basemap(text("vendor/countries-50m.json"), places)),
        ]
        self.by_name = {a.name: a for a in assets}
        self.by_hashed = {a.hashed: a for a in assets}
        self.template = text("index.html")
        self.html = self.hashed_references(self.template)

    def hashed_references(self, html: str) -> str:
        """``html`` with each ``/assets/<name>`` replaced by its hashed name (a name not known is left as it is)."""
        return _REFERENCE.sub(lambda m: "/assets/" + (self.by_name[m[1]].hashed if m[1] in self.by_name else m[1]), html)

    def find(self, name: str) -> tuple[Asset, bool] | None:
        """The asset under ``name`` and whether ``name`` is its hashed (immutable) one; None when there is none."""
        if name in self.by_hashed:
            return self.by_hashed[name], True
        if name in self.by_name:
            return self.by_name[name], False
        return None


_building = threading.Lock()


def page_assets() -> PageAssets:
    """The package's page assets, built once per process (a request that comes while the start-up builds them waits)."""
    with _building:
        return _built()


@functools.cache
def _built() -> PageAssets:
    assets = PageAssets(resources.files("townwatch_alert") / "static")
    for asset in assets.by_name.values():
        _ = asset.content.gzipped  # made here, once, before any request takes it
    return assets
