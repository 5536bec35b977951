"""The offline basemap: the committed labels file is current, and the vendored map bundle is what package-lock.json pins."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from townwatch_alert.basemap import PLACES_FILE, ascii_name, render

STATIC = Path(str(resources.files("townwatch_alert") / "static"))
WEB = Path(__file__).resolve().parents[2] / "services" / "alert" / "web"


def test_place_names_are_folded_to_the_form_english_copy_uses() -> None:
    assert ascii_name("Tikrīt") == "Tikrit" and ascii_name("Al Ḩawījah") == "Al Hawijah"
    assert ascii_name("‘Aqrah") == "Aqrah"


def test_the_committed_labels_file_is_current() -> None:
    committed = (STATIC.parent / PLACES_FILE).read_text(encoding="utf-8")
    assert committed == render(), "static/vendor/places.json is stale: run `make web`"
    rows = json.loads(committed)
    assert len(rows) > 5000 and ["Mosul", 36.335, 43.119] == rows[[r[0] for r in rows].index("Mosul")][:3]


def test_the_vendored_bundle_matches_the_lockfile() -> None:
    lock = json.loads((WEB / "package-lock.json").read_text(encoding="utf-8"))["packages"]
    versions = json.loads((STATIC / "vendor" / "VERSIONS.json").read_text(encoding="utf-8"))
    assert versions == {name: lock[f"node_modules/{name}"]["version"] for name in versions}, "run `make web`"
    banner = (STATIC / "vendor" / "lib.js").read_text(encoding="utf-8").splitlines()[0]
    assert all(f"{n}@{versions[n]}" in banner for n in ("leaflet", "supercluster", "topojson-client"))
    assert (STATIC / "vendor" / "countries-50m.json").stat().st_size > 500_000  # Natural Earth 1:50m, not a stub


def test_the_page_loads_nothing_from_another_origin() -> None:
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "http:" not in html and "https:" not in html and "//" not in html.replace("<!--", "")
    for name in ("app.css", "vendor/leaflet.css"):
        css = (STATIC / name).read_text(encoding="utf-8")
        assert all(not u.strip("'\" ").startswith(("http", "//")) for u in css.split("url(")[1:]), name
    ours = "".join((STATIC / n).read_text(encoding="utf-8") for n in ("app.js", "map.js", "story.js", "format.js"))
    assert "innerHTML" not in ours and "https://" not in ours and "http://" not in ours
