"""The chronicle of well-known changes of control (session 26, helper history26): a famous capture retold in a later
story with no date of its own is history, not the day's news.

Features and follow-ups retell the captures their story grew from ("After half a year of occupation, the army freed
X", "Since the militants were driven from X, traders have come back"): tense and date words cannot tell these from the
day's report, the date of the capture can. ``data/chronicle.yaml`` holds the well-known changes of 2012-2025, one row
a change; the extractor reads a capture as history when its place's last known change before the story was made by
the same side more than two weeks earlier and its sentence names no date of its own; a loss with no taker
repeats the change its loser lost the place in.

Twins: the same capture in a story of its own week; a re-capture years later by the other side; a town the chronicle
lacks; the capture given a fresh day; a headline.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from itertools import pairwise

import pytest

from townwatch_extract.actors import ActorCatalogue
from townwatch_extract.chronicle import Chronicle, KnownChange, coverage_end, load_changes
from townwatch_extract.extractor import Extractor
from townwatch_gazetteer import Gazetteer

from .conftest import change_rows

_CHANGES = load_changes()


# --- the data ---------------------------------------------------------------------------------------------------------

def test_the_chronicle_holds_two_hundred_changes_over_many_countries() -> None:
    assert len(_CHANGES) >= 200
    assert len({c.country for c in _CHANGES}) >= 15


def test_every_side_is_an_actor_of_the_catalogue() -> None:
    ids = set(ActorCatalogue.load().entries)
    unknown = {side for c in _CHANGES for side in (c.gaining, c.losing) if side is not None and side not in ids}
    assert not unknown


def test_every_place_resolves_in_its_country() -> None:
    gazetteer = Gazetteer.default()
    lost = [(c.place, c.country) for c in _CHANGES
            if (p := gazetteer.resolve(c.place, [c.country])) is None or p.country_code != c.country]
    assert not lost


def test_every_date_lies_in_2012_to_2025_and_a_place_changes_hands_each_row() -> None:
    assert all(dt.date(2012, 1, 1) <= c.date <= dt.date(2025, 12, 31) for c in _CHANGES)
    assert all(c.gaining != c.losing for c in _CHANGES)
    by_place: dict[tuple[str, str], list[KnownChange]] = {}
    for c in _CHANGES:
        by_place.setdefault((c.place, c.country), []).append(c)
    for rows in by_place.values():
        dated = sorted(rows, key=lambda c: c.date)
        assert dated == rows, rows[0].place  # each place's rows in order of date
        # a place taken twice by one side was lost in between: the loss has its own row
        assert all(a.gaining != b.gaining for a, b in pairwise(dated)), rows[0].place


def test_no_change_is_written_twice() -> None:
    assert not [k for k, n in Counter((c.place, c.country, c.date, c.gaining) for c in _CHANGES).items() if n > 1]


# --- the module ---------------------------------------------------------------------------------------------------------

_TOWN = [
    KnownChange("Town", "XX", dt.date(2015, 5, 20), "a", "b"),
    KnownChange("Town", "XX", dt.date(2016, 3, 1), "b", "a", month=True),
    KnownChange("Town", "XX", dt.date(2016, 12, 10), "a", "b"),
]


def _chronicle() -> Chronicle:
    return Chronicle(reversed(_TOWN), lambda name, cc: 1 if name == "Town" else None)


@pytest.mark.parametrize(
    ("when", "latest"),
    [(dt.date(2015, 5, 19), None), (dt.date(2015, 5, 20), 0), (dt.date(2016, 3, 5), 1), (dt.date(2019, 1, 1), 2)],
)
def test_the_latest_change_on_or_before_a_day(when: dt.date, latest: int | None) -> None:
    assert _chronicle().latest(1, when) == (None if latest is None else _TOWN[latest])


@pytest.mark.parametrize(
    ("gaining", "when", "retold"),
    [
        ("a", dt.date(2015, 9, 1), True),    # months after a's capture, nothing since
        ("a", dt.date(2015, 6, 5), False),   # within the month: the day's news
        ("b", dt.date(2015, 9, 1), False),   # the other side: not the known change
        ("a", dt.date(2016, 6, 1), False),   # a lost it in between: a capture by a is a new one
        ("b", dt.date(2016, 4, 20), False),  # a change known by its month only: a month from its end
        ("b", dt.date(2016, 5, 5), True),
        ("a", dt.date(2014, 1, 1), False),   # before any known change
    ],
)
def test_a_capture_repeats_the_last_change_only_by_its_side_a_month_on(gaining: str, when: dt.date, retold: bool) -> None:
    assert (_chronicle().retold(1, gaining, when, days=30) is not None) is retold
    assert _chronicle().retold(2, gaining, when, days=30) is None  # a place the chronicle lacks


@pytest.mark.parametrize(
    ("losing", "when", "retold"),
    [("b", dt.date(2015, 9, 1), True), ("a", dt.date(2015, 9, 1), False), (None, dt.date(2015, 9, 1), False)],
)
def test_a_loss_with_no_taker_repeats_the_change_its_loser_lost_the_place_in(losing: str | None, when: dt.date, retold: bool) -> None:
    assert (_chronicle().retold(1, None, when, days=30, losing=losing) is not None) is retold


# --- the extractor ------------------------------------------------------------------------------------------------------

_TITLE = "Life returns slowly to a frontline town"


def _rows(extractor: Extractor, text: str, published: dt.date) -> set[tuple[str, bool]]:
    return {(p, h) for p, _g, _lo, h in change_rows(extractor, text, published, _TITLE)}


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        ("Farmers around the city are sowing wheat again. After half a year of occupation, Ukrainian forces liberated "
         "Izium, and families have slowly come home.", dt.date(2023, 9, 20), "Izium"),
        ("Schools opened their doors again this autumn. Nigerian troops drove Boko Haram out of Gwoza, and traders "
         "have returned to the market.", dt.date(2016, 10, 2), "Gwoza"),
        ("The old bazaar is busy again. The Taliban took Kabul as the last foreign troops left, and the city's "
         "women have since lost their jobs.", dt.date(2023, 8, 10), "Kabul"),
        ("Aid workers describe a city still in ruins. Iraqi forces drove the Islamic State group out of Mosul "
         "after nine months of street fighting.", dt.date(2019, 7, 1), "Mosul"),
        # a loss with no taker named
        ("Schools opened their doors again this autumn. Boko Haram was chased out of Bama, and families are "
         "rebuilding their homes.", dt.date(2017, 10, 2), "Bama"),
    ],
)
def test_a_famous_capture_retold_a_year_on_is_history(extractor: Extractor, text: str, published: dt.date, place: str) -> None:
    assert (place, True) in _rows(extractor, text, published)
    assert (place, False) not in _rows(extractor, text, published)


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # the same capture in a story of its own week
        ("Farmers around the city watched the columns pass. After half a year of occupation, Ukrainian forces "
         "liberated Izium, and families began to come home.", dt.date(2022, 9, 12), "Izium"),
        ("Traders fled as the shooting began. The Taliban took Kabul as the last foreign troops left, and the "
         "president flew abroad.", dt.date(2021, 8, 16), "Kabul"),
        # a re-capture years later by the other side
        ("Residents hid in their cellars for days. Islamic State fighters seized Palmyra again, the monitor said, "
         "driving out the army.", dt.date(2016, 12, 12), "Palmyra"),
        ("The fighting lasted all night. Syrian troops recaptured Saraqib from the rebels, the monitor said.",
         dt.date(2020, 3, 3), "Saraqib"),
        # the capture given a day of its own near the story
        ("Aid workers describe a city in ruins. Iraqi forces drove the Islamic State group out of Mosul on Monday, "
         "the prime minister said.", dt.date(2017, 7, 12), "Mosul"),
        ("Aid workers describe a town in ruins. Ukrainian troops drove the Russians out of Lyman on Saturday, the "
         "ministry said.", dt.date(2022, 11, 15), "Lyman"),
        # the capture told as the day's: "now"
        ("Aid workers describe a town in ruins. Ukrainian troops have now driven the Russians out of Lyman, the "
         "ministry said.", dt.date(2022, 11, 15), "Lyman"),
    ],
)
def test_the_same_capture_in_its_own_week_or_a_later_recapture_stays_news(
    extractor: Extractor, text: str, published: dt.date, place: str
) -> None:
    assert (place, False) in _rows(extractor, text, published)


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # a town the chronicle lacks: the rule says nothing
        ("Farmers around the city are sowing wheat again. After half a year of occupation, Ukrainian forces liberated "
         "Kozacha Lopan, and families have slowly come home.", dt.date(2023, 9, 20), "Kozacha Lopan"),
        ("Schools opened their doors again this autumn. Nigerian troops drove Boko Haram out of Damboa, and traders "
         "have returned to the market.", dt.date(2016, 10, 2), "Damboa"),
    ],
)
def test_a_town_the_chronicle_lacks_is_unchanged(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, text: str, published: dt.date, place: str
) -> None:
    rows = _rows(extractor, text, published)
    assert place in {p for p, _h in rows}
    monkeypatch.setattr(extractor, "chronicle", Chronicle([], lambda name, cc: None))
    assert _rows(extractor, text, published) == rows


def test_a_headline_retelling_a_capture_is_left_to_the_headline_rules(extractor: Extractor) -> None:
    rows = change_rows(extractor, "", dt.date(2023, 9, 20), "Ukrainian forces liberate Izium")
    assert ("Izium", False) in {(p, h) for p, _g, _lo, h in rows}


@pytest.mark.parametrize(
    ("last", "when", "retold"),
    [
        # a place that changed hands in the chronicle's last year, in a story after it ends: may have changed since
        (dt.date(2025, 6, 1), dt.date(2026, 3, 1), False),
        # the same place in a story before the end: the chronicle is complete there
        (dt.date(2025, 6, 1), dt.date(2025, 9, 1), True),
        # a place held for years before the end: still taken as held
        (dt.date(2017, 7, 10), dt.date(2026, 3, 1), True),
    ],
)
def test_a_front_line_town_is_not_known_after_the_chronicle_ends(last: dt.date, when: dt.date, retold: bool) -> None:
    """The lead's review (session 26): a live story of 2026 must not lose a fresh re-capture by the side the chronicle
    last saw take the town, when the town changed hands in the chronicle's last year."""
    chronicle = Chronicle([KnownChange("Town", "XX", last, "a", "b")], lambda name, cc: 1, until=dt.date(2025, 11, 30))
    assert (chronicle.retold(1, "a", when) is not None) is retold


def test_the_packaged_chronicle_says_when_it_ends() -> None:
    until = coverage_end()
    assert until is not None and max(c.last_day for c in load_changes()) <= until
