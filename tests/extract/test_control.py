"""Control phrasing in news excerpts: each idiom with its negative twins (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2022, 11, 14)


def _news(extractor: Extractor, text: str) -> list:
    return [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # gained / seized / took / regained / assumed control of / over X
        ("Iraqi forces regained control of Tal Afar on Sunday.", "Tal Afar", "iq-gov", None),
        ("The Taliban took control over Kunduz on Sunday.", "Kunduz", "taliban", None),
        ("Houthi rebels assumed control of Marib on Sunday.", "Marib", "houthis", "ye-gov"),
        # the state after the other side withdrew
        ("Russian forces had full control of Lyman after Ukrainian troops withdrew.", "Lyman", "ru-forces", "ua-forces"),
        ("Ukrainian forces were now in full control of Kherson, the general staff said.", "Kherson", "ua-forces", "ru-forces"),
        # managed to / were able to / advanced to control X
        ("Ukrainian troops managed to control Kherson after Russian forces left.", "Kherson", "ua-forces", "ru-forces"),
        ("The army was able to control the town of Hawija on Sunday.", "Hawija", "iq-gov", None),
        ("Iraqi forces advanced to control Hawija on Sunday.", "Hawija", "iq-gov", None),
        # made territorial gains against Z in X
        ("Russian forces made territorial gains against Ukraine in Avdiivka.", "Avdiivka", "ru-forces", "ua-forces"),
        # X is returning to Ukrainian control
        ("Kherson is returning to Ukrainian control.", "Kherson", "ua-forces", "ru-forces"),
        ("Kherson returned to Ukrainian control on Friday after Russian troops withdrew.", "Kherson", "ua-forces", "ru-forces"),
        # the losing side pushed away from / out of X
        ("Islamic State fighters were pushed away from Kobani on Sunday.", "Kobani", None, "isis"),
        ("Russian troops withdrew from Kherson to the left bank of the Dnipro.", "Kherson", "ua-forces", "ru-forces"),
        # rolled / marched into X with a claim of control
        ("Ukrainian tanks rolled into Kupiansk and took control of the town.", "Kupiansk", "ua-forces", "ru-forces"),
        ("Ukrainian troops marched into Kherson and raised their flag over the city hall.", "Kherson", "ua-forces", "ru-forces"),
        # raised the flag over X
        ("Russian soldiers raised the flag over Bakhmut on Sunday.", "Bakhmut", "ru-forces", "ua-forces"),
        ("The Ukrainian flag was raised over Kherson on Friday.", "Kherson", "ua-forces", "ru-forces"),
        # declared victory over Z in X
        ("Wagner declared victory over Ukraine in Bakhmut.", "Bakhmut", "wagner", "ua-forces"),
    ],
)
def test_control_phrasing(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    (event,) = _news(extractor, text)
    assert event.place.name == place
    assert (event.gaining.id if event.gaining else None) == gaining
    assert (event.losing.id if event.losing else None) == losing


@pytest.mark.parametrize(
    "text",
    [
        "The government has full control of Damascus, officials said.",
        "Russian forces had full control of the skies over Kharkiv.",
        "The army was not able to control the town of Hawija.",
        "Iraqi forces will be able to control Hawija within days.",
        "Iraqi forces are advancing to control Hawija.",
        "Iraqi forces tried to control Hawija on Sunday.",
        "Russian forces made gains near Kupiansk.",
        "Russian forces made territorial gains around Avdiivka, analysts said.",
        "Residents are returning to Kherson.",
        "Kherson is not returning to Ukrainian control soon.",
        "Fans raised the flag over the stadium in Kharkiv.",
        "The ruling party declared victory over the opposition in Lagos.",
        "Ukrainian tanks rolled into Kupiansk on Sunday.",
        "Islamic State fighters pushed back an attack on Kobani on Sunday.",
    ],
)
def test_control_phrasing_negative_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def test_entry_with_control_of_the_towns_seat_is_the_town(extractor: Extractor) -> None:
    # session 28 (lists28): labelling.md's "Sites" decides: the seat of a town whose capture the sentence tells
    # (entered, its presidential palace taken) is part of that one event, the town (it was the palace alone before)
    text = "Taliban fighters entered Kabul and took control of the presidential palace."
    assert {e.place.name for e in _news(extractor, text)} == {"Kabul"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Iraqi forces regained control of Bashiqa and Bartella in the Hamdaniya district on Sunday.", {"Bashiqa", "Bartella"}),
        ("M23 rebels captured Kabamba, Katana and Kavumu in eastern Congo on Sunday.", {"Kabamba", "Katana", "Kavumu"}),
        ("The Taliban captured Zaranj, Sheberghan and Kunduz on Friday.", {"Zaranj", "Sheberghan", "Kunduz"}),
    ],
)
def test_several_places_in_one_sentence(extractor: Extractor, text: str, places: set[str]) -> None:
    assert {e.place.name for e in _news(extractor, text)} == places


def test_withdrawal_from_positions_in_a_named_city(extractor: Extractor) -> None:
    (event,) = _news(extractor, "The Sudanese army said its forces had withdrawn from positions in Wad Madani city on Tuesday.")
    assert event.place.name == "Wad Madani" and event.losing is not None and event.gaining is None
