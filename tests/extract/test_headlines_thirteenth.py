"""Headline families of the thirteenth reading (docs/constructions.md "Thirteenth reading: headlines at scale"), in our
own words: a capitalised dictionary word that no gazetteer lists is no town a headline reports taken ("port in Major
Victory", "Tiger town", "Cathedral in X"); "some/several" of a force that pull out of a town leave it held; each with
twins built from the same words that still name a town or a loss."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from townwatch_extract.casing import common_word
from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_events = partial(headline_changes, published=dt.date(2020, 3, 24))


@pytest.mark.parametrize(
    "title",
    [
        # a capital on a dictionary word: a headline's emphasis, a side's nickname or a building, never a town
        "Insurgents 'Seize Northern Port in Stunning Victory'",
        "Islamists capture harbour town in Major Triumph",
        "Sri Lankan army takes Tiger town after long siege",
        "Troops capture Tiger village: spokesman",
        "Philippine soldiers retake Cathedral in Marawi",
        "Marines seize Mosque in Falluja after gunfight",
        "Rebels seize Lighthouse near Sirte",
    ],
)
def test_a_headline_word_with_a_capital_is_no_town(extractor: Extractor, title: str) -> None:
    assert [p for p, _g, _l in sides(_events(extractor, title))] in ([], ["Marawi"], ["Falluja"], ["Sirte"])
    assert not any(common_word(p) for p, _g, _l in sides(_events(extractor, title)))


@pytest.mark.parametrize(
    ("title", "place"),
    [
        # twins: the same words around a real town's name
        ("Insurgents seize northern port of Mocimboa da Praia", "Mocimboa da Praia"),
        ("Sri Lankan army takes Tiger town of Kilinochchi", "Kilinochchi"),
        ("Philippine soldiers retake Marawi", "Marawi"),
        ("Islamists capture Palma in major triumph", "Palma"),
    ],
)
def test_a_twin_still_names_its_town(extractor: Extractor, title: str, place: str) -> None:
    assert [p for p, _g, _l in sides(_events(extractor, title))] == [place]


def test_common_word_is_one_dictionary_word() -> None:
    assert common_word("Victory") and common_word("Tiger") and common_word("Cathedral")
    assert not common_word("Marawi") and not common_word("Kilinochchi") and not common_word("Sheikh Amir")


@pytest.mark.parametrize(
    "title",
    [
        # part of a force pulls out: the town is still held
        "Some Iraqi forces pull out of Basra, British officers say",
        "Some Ukrainian units withdraw from Bakhmut",
        "Several army units withdraw from Avdiivka",
        "Some rebels withdraw from Ras Lanuf",
    ],
)
def test_part_of_a_force_leaving_is_no_loss(extractor: Extractor, title: str) -> None:
    assert _events(extractor, title) == []


@pytest.mark.parametrize(
    ("title", "place", "losing"),
    [
        # twins: the whole force leaves
        ("Iraqi forces pull out of Basra, British officers say", "Basra", "iq-gov"),
        ("Ukrainian units withdraw from Bakhmut", "Bakhmut", "ua-forces"),
    ],
)
def test_a_whole_force_leaving_is_a_loss(extractor: Extractor, title: str, place: str, losing: str) -> None:
    assert [(p, lose) for p, _g, lose in sides(_events(extractor, title))] == [(place, losing)]
