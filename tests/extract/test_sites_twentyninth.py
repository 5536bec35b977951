"""Sites in a city as labelling.md "Sites" reads them (session 29, helper sites29, issue 10): "an army base in Kas"
is the event `Kas army base`, anchored at Kas, never Kas itself (``city_site.py``).

- a base, camp or headquarters the text places in a city ("seize IS headquarters in Sirte", "seized a military base in
  the city of X", "takes control of army base in X") comes out under the site's own name with ``location_precision``
  site and ``anchor_geonames_id`` the city's, keyed apart from the city (no GeoNames id), so it never moves the city's
  ledger entry; an owner's words stay in its name but not in its ledger key (one site, however the owner is spelt);
- a base named by a war's town before it ("Seizes Mukalla Army Base") is that town's base, anchored there; one named by
  its own words only ("the Se Zin military camp") is a site under that name, ``site_only``;
- a base of a town whose whole capture the same report tells is part of that event, not a second one;
- the scoring finds a label's town as its leading words GeoNames knows ("Sirte IS headquarters" at Sirte).

Twins: the same bases attacked, shelled, besieged, aimed at, raided and left, a police headquarters or station, a
hospital and a hotel, a company's headquarters, "a military base" with neither name nor town. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_alert.dedup import Decision, TownState, decide
from townwatch_extract.corpus import GoldEvent
from townwatch_extract.evaluation import place_matches
from townwatch_extract.extractor import Extractor
from townwatch_gazetteer import Gazetteer
from townwatch_schemas import Actor, ControlChange, LocationPrecision

from .conftest import make_article

PUB = dt.date(2024, 5, 6)


def _changes(extractor: Extractor, text: str, title: str | None = None) -> list[ControlChange]:
    article = make_article(text, published=PUB, title=title)
    return [e for e in extractor.extract(article) if e.kind == "change" and not e.historical]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


# (text, title, town the site is anchored at, what the site's name starts with, gaining side); each dropped on main
CITY_SITES = [
    ("", "Libyan militias seize Islamic State headquarters in Derna", "Darnah", "Derna", None),
    ("", "Houthis seize army base in Taiz", "Taiz", "Taiz army base", "houthis"),
    ("Houthi fighters captured an army base in Taiz on Sunday after clashes with government troops, officials said.",
     None, "Taiz", "Taiz army base", "houthis"),
    ("Al-Shabaab militants seized a military base in the city of Kismayo on Friday, officials said.", None, "Kismayo",
     "Kismayo military base", "al-shabaab"),
    ("", "RSF takes control of army base in El Obeid", "El Obeid", "El Obeid army base", "rsf"),
    ("", "Government forces retake ISIL headquarters in Benghazi", "Benghazi", "Benghazi ISIL headquarters", None),
]


@pytest.mark.parametrize(("text", "title", "town", "name", "gaining"), CITY_SITES)
def test_a_base_in_a_city_is_the_site_anchored_there(
    extractor: Extractor, gazetteer: Gazetteer, text: str, title: str | None, town: str, name: str, gaining: str | None,
) -> None:
    events = _changes(extractor, text, title)
    assert len(events) == 1
    place = events[0].place
    city = gazetteer.resolve(town, [])
    assert city is not None
    assert place.name.startswith(name)
    assert place.geonames_id is None and place.anchor_geonames_id == city.geonames_id
    assert place.location_precision == LocationPrecision.SITE and place.site_kind in ("headquarters", "military base")
    assert place.key != f"gn:{city.geonames_id}"
    if gaining is not None:
        assert events[0].gaining is not None and events[0].gaining.id == gaining


def test_a_site_never_moves_the_citys_ledger_entry(extractor: Extractor) -> None:
    """The ledger looks a report up by ``place.key``: the base's key is its own, so the city's state (held by the
    government) is never the one ``dedup.decide`` judges or replaces; the city taken outright is."""
    city = _changes(extractor, "", "Houthis seize Taiz")[0]
    site = _changes(extractor, "", "Houthis seize army base in Taiz")[0]
    now = dt.datetime(2024, 5, 6, 12, tzinfo=dt.UTC)
    held = TownState(place=city.place, controller=Actor(id="ye-gov", name="Yemeni government", text="government"),
                     since=dt.date(2024, 1, 1), updated=now)
    ledger = {city.place.key: held}
    assert site.place.key != city.place.key and site.place.anchor_geonames_id == city.place.geonames_id
    outcome = decide(ledger.get(site.place.key), site, now)
    assert outcome.decision == Decision.NEW and outcome.state is not None
    assert outcome.state.place.key == site.place.key  # a new entry of its own
    taken = decide(ledger.get(city.place.key), city, now)  # twin: the city itself moves the city's entry
    assert taken.state is not None and taken.state.place.key == city.place.key
    assert taken.state.controller is not None and taken.state.controller.id == "houthis"


def test_one_site_however_its_owner_is_spelt(extractor: Extractor) -> None:
    keys = {e.place.key for title in ("Militias seize IS headquarters in Sirte", "Militias seize Islamic State headquarters in Sirte")
            for e in _changes(extractor, "", title)}
    assert len(keys) == 1


@pytest.mark.parametrize(
    ("text", "title", "name", "precision"),
    [
        ("", "Al-Qaeda Seizes Hodeidah Army Base, Securing Foothold on Coast", "Hodeidah army base", LocationPrecision.SITE),
        ("The Kachin Independence Army attacked and seized the Nam Lin military camp on Tuesday, a spokesman said.", None,
         "Nam Lin military camp", LocationPrecision.SITE_ONLY),
        ("Islamic State fighters overran the strategic Tarwan base on Sunday, the militants said.", None, "Tarwan base",
         LocationPrecision.SITE_ONLY),
    ],
)
def test_a_named_base_is_a_site(extractor: Extractor, text: str, title: str | None, name: str, precision: LocationPrecision) -> None:
    events = _changes(extractor, text, title)
    assert [(e.place.name, e.place.location_precision) for e in events] == [(name, precision)]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Houthi fighters tried to seize an army base in Aden on Sunday but were repelled by government troops, officials said.", None),
        ("Rebels plan to capture the army headquarters in Aleppo, a commander said on Monday.", None),
        ("Islamic State fighters overran an army base in Mosul on Thursday, seized weapons and withdrew before dawn, officials said.", None),
        ("Government troops besieged the Islamic State headquarters in Sirte for a week, officials said.", None),
        ("Gunmen seized the police headquarters in Mosul on Monday, officials said.", None),
        ("Gunmen seized the police station in Mosul on Monday, officials said.", None),
        ("Militants seized a hospital and a hotel in Sirte on Monday, residents said.", None),
        ("The Taliban seized a military base on Monday, officials said.", None),
        ("The company took control of its headquarters in Aden after the court ruling on Monday.", None),
        ("Fighters attacked the strategic Tarwan base on Sunday, the army said, but were pushed back.", None),
        ("", "Militants attack army HQ in Sirte"),
        ("", "Rebels overrun army base in Aleppo, then withdraw"),
        ("", "Separatists seize police headquarters in Kramatorsk"),
    ],
)
def test_a_site_not_taken_is_no_change(extractor: Extractor, text: str, title: str | None) -> None:
    assert _changes(extractor, text, title) == []


def test_a_base_of_a_city_taken_is_part_of_the_city(extractor: Extractor) -> None:
    events = _changes(extractor, "Rebels seized the army's headquarters in Aleppo on Friday and then took control of "
                                 "Aleppo itself, a monitor said.")
    assert [e.place.name for e in events] == ["Aleppo"]


@pytest.mark.parametrize(
    ("gold", "name", "town", "matched"),
    [
        ("Sirte IS headquarters", "Sirte Islamic State headquarters", "Sirte", True),
        ("Sirte Islamic State headquarters", "Sirte IS headquarters", "Sirte", True),
        ("Sirte IS headquarters", "Sirte airport", "Sirte", False),  # another kind of site in the town
        ("Sirte IS headquarters", "Derna IS headquarters", "Derna", False),  # the same kind in another town
    ],
)
def test_the_scoring_finds_a_labels_town_before_its_owner(
    extractor: Extractor, gazetteer: Gazetteer, gold: str, name: str, town: str, matched: bool,
) -> None:
    kind = "airport" if name.endswith("airport") else "headquarters"
    title = f"Militias seize {name.split(' ', 1)[1]} in {town}" if kind == "headquarters" else f"Militias seize {town} airport"
    events = _changes(extractor, "", title)
    assert events and events[0].place.site_kind == kind
    assert place_matches(GoldEvent(gold, None, None), events[0], gazetteer) is matched
