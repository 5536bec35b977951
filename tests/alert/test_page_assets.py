"""The page's assets: bundled, named by their content, cached a year under that name, gzipped when the browser takes it."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from collections.abc import AsyncIterator
from importlib import resources
from pathlib import Path

import httpx
import pytest

from townwatch_alert.api import create_app
from townwatch_alert.http_body import Body, accepts_gzip
from townwatch_alert.page_assets import FIRST_PLACES_POPULATION, SCRIPTS, PageAssets
from townwatch_alert.settings import AlertSettings

STATIC = Path(str(resources.files("townwatch_alert") / "static"))
NAMED = re.compile(r'(?:src|href|data-basemap-detail)="(/assets/[^"]+)"')


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    # The page and its assets touch no Redis: a client on a closed port proves it.
    app = create_app(AlertSettings(redis_url="redis://127.0.0.1:9/0"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
        yield client


def test_the_bundle_holds_the_map_library_then_each_of_our_scripts_in_its_own_scope() -> None:
    bundle = PageAssets(resources.files("townwatch_alert") / "static").by_name["page.js"].content.body.decode()
    at = [bundle.index((STATIC / name).read_text(encoding="utf-8")) for name in SCRIPTS]
    assert at == sorted(at) and at[0] == 0
    for name in SCRIPTS[1:]:  # wrapped, so each file's "use strict" is a directive again
        assert f"// {name}\n(() => {{\n" + (STATIC / name).read_text(encoding="utf-8") + "\n})();" in bundle


def test_a_changed_file_gets_a_new_name_and_the_others_keep_theirs(tmp_path: Path) -> None:
    static = tmp_path / "static"
    shutil.copytree(STATIC, static)
    before = PageAssets(static)
    with (static / "map.js").open("a", encoding="utf-8") as out:
        out.write("\n// changed\n")
    after = PageAssets(static)
    assert after.by_name["page.js"].hashed != before.by_name["page.js"].hashed
    assert after.by_name["page.css"].hashed == before.by_name["page.css"].hashed
    assert before.by_name["page.js"].hashed in before.html and after.by_name["page.js"].hashed in after.html


def test_the_first_paint_gets_the_small_basemap_and_the_big_one_follows() -> None:
    assets = PageAssets(resources.files("townwatch_alert") / "static")
    first = json.loads(assets.by_name["basemap.json"].content.body)
    detail = json.loads(assets.by_name["basemap-detail.json"].content.body)
    assert first["world"] == json.loads((STATIC / "vendor" / "countries-110m.json").read_text(encoding="utf-8"))
    assert detail["world"] == json.loads((STATIC / "vendor" / "countries-50m.json").read_text(encoding="utf-8"))
    assert detail["places"] == json.loads((STATIC / "vendor" / "places.json").read_text(encoding="utf-8"))
    assert first["places"] == [p for p in detail["places"] if p[3] >= FIRST_PLACES_POPULATION]
    assert 0 < len(first["places"]) < len(detail["places"])
    assert len(assets.by_name["basemap.json"].content.body) < len(assets.by_name["basemap-detail.json"].content.body) / 3


async def test_the_page_names_each_asset_by_its_hash_and_each_is_kept_a_year(http: httpx.AsyncClient) -> None:
    page = await http.get("/")
    named = NAMED.findall(page.text)
    assert len(named) == 5 and all(re.fullmatch(r"/assets/[a-z-]+\.[0-9a-f]{12}\.(js|css|json)", n) for n in named), named
    assert "/static/" not in page.text
    for path in named:
        response = await http.get(path, headers={"Accept-Encoding": "identity"})
        assert response.status_code == 200, path
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert "content-encoding" not in response.headers
        zipped = await http.get(path, headers={"Accept-Encoding": "gzip, deflate"})
        assert zipped.headers["content-encoding"] == "gzip" and zipped.headers["vary"] == "Accept-Encoding"
        assert int(zipped.headers["content-length"]) < len(response.content)
        assert zipped.content == response.content  # httpx decoded it: the same bytes


async def test_a_plain_asset_name_is_revalidated_and_an_unknown_one_is_missing(http: httpx.AsyncClient) -> None:
    plain = await http.get("/assets/page.js")
    assert plain.status_code == 200 and plain.headers["cache-control"] == "no-cache"
    again = await http.get("/assets/page.js", headers={"If-None-Match": plain.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    hashed = NAMED.findall((await http.get("/")).text)
    assert plain.headers["etag"].strip('"') in " ".join(hashed)
    for missing in ("/assets/nope.js", "/assets/page.000000000000.js", "/assets/..%2Fapi.py"):
        assert (await http.get(missing)).status_code == 404, missing


@pytest.mark.parametrize(("header", "takes"), [
    ("gzip, deflate, br", True), ("GZIP;q=0.5", True), ("deflate, gzip;q=1.0", True), ("gzip;q=0", False),
    ("deflate, gzip;q=0.0", False), ("identity", False), ("", False), ("x-gzip2", False)])
def test_gzip_is_sent_only_to_a_client_that_takes_it(header: str, takes: bool) -> None:
    from starlette.requests import Request

    request = Request({"type": "http", "headers": [(b"accept-encoding", header.encode())]})
    assert accepts_gzip(request) is takes


def test_a_body_keeps_its_gzip() -> None:
    body = Body('{"towns": []}' * 100)
    assert gzip.decompress(body.gzipped) == body.body and body.gzipped is body.gzipped
