"""Sites as issue 10 reads them (session 26, helper sites26): a site taken is a change, resolved to the populated place
named with it, keeping its own name and marking the precision. Families read in the eleven spent real sets (59 cases
relabelled to the issue) and in new reading of site captures:

- the scoring: a labelled site ("Kas army base") is matched by the event read at its town (the town's garrison, or a
  base anchored there), never by another kind of site in that town;

Sentences written for these tests."""

from __future__ import annotations

import pytest

from townwatch_extract.corpus import GoldEvent
from townwatch_extract.evaluation import _place_matches
from townwatch_gazetteer import Gazetteer
from townwatch_schemas import ControlChange, Evidence, LocationPrecision, Place

_TEXT = "Fighters took the base."


def _change(place: Place) -> ControlChange:
    return ControlChange(
        event_id="e", article_id="t", place=place, confidence=0.8,
        evidence=Evidence(sentence=_TEXT, start=0, end=len(_TEXT)), extractor_version="test",
    )


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def _town(gz: Gazetteer, name: str) -> Place:
    geo = gz.resolve(name, [])
    assert geo is not None
    return Place(name=name, canonical_name=geo.name, geonames_id=geo.geonames_id, country_code=geo.country_code)


def _site(gz: Gazetteer, name: str, kind: str, town: str | None) -> Place:
    geo = gz.resolve(town, []) if town else None
    return Place(
        name=name, canonical_name=name, site_kind=kind, anchor_geonames_id=geo.geonames_id if geo else None,
        location_precision=LocationPrecision.SITE if geo else LocationPrecision.SITE_ONLY,
    )


@pytest.mark.parametrize(
    ("gold", "town"),
    [("Ramadi government compound", "Ramadi"), ("Mukalla army headquarters", "Mukalla"), ("Timbuktu airport", "Timbuktu")],
)
def test_a_labelled_site_is_matched_at_its_town(gazetteer: Gazetteer, gold: str, town: str) -> None:
    assert _place_matches(GoldEvent(gold, None, None), _change(_town(gazetteer, town)), gazetteer)


@pytest.mark.parametrize(
    ("gold", "name", "kind", "town", "matched"),
    [
        ("Sirte power plant", "Sirte Power Plant", "plant", "Sirte", True),
        ("Ramadi government complex", "Ramadi Compound", "compound", "Ramadi", True),  # a complex is a compound
        ("Baga naval base", "Baga Naval Base", "naval base", "Baga", True),
        ("Mukalla army headquarters", "Mukalla Airport", "airport", "Mukalla", False),  # another site of the town
        ("Timbuktu airport", "Gao Airport", "airport", "Gao", False),  # the same kind in another town
    ],
)
def test_a_site_read_at_a_town_matches_only_its_own_kind(
    gazetteer: Gazetteer, gold: str, name: str, kind: str, town: str, matched: bool
) -> None:
    assert _place_matches(GoldEvent(gold, None, None), _change(_site(gazetteer, name, kind, town)), gazetteer) is matched


@pytest.mark.parametrize("gold", ["presidential palace", "Brigade 170", "Rumangabo"])
def test_a_label_with_no_town_in_it_is_matched_by_name_only(gazetteer: Gazetteer, gold: str) -> None:
    assert not _place_matches(GoldEvent(gold, None, None), _change(_town(gazetteer, "Khartoum")), gazetteer)
