"""What a lede's "a town" / "the town" stands for in wire copy: never the word qualifying a named town ("the Sunni
town of X"), never where a radio station is based, never the last word of a person's name (fifteenth reading,
helper news15; our own sentences, each with a negative twin from the same words)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 5, 6)


def _news(extractor: Extractor, text: str) -> set[str]:
    return {e.place.name for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical}


def _places(extractor: Extractor, text: str) -> set[str]:
    return {e.place.name for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # C1: a people or a faith before "town of" qualifies the named town, it is no town itself
        ("Iraqi troops recaptured the Sunni town of Jurf al-Nasr from Islamic State fighters on Sunday. The town, 60 "
         "kilometres south of Baghdad, was captured by the militants in late July.", "Sunni"),
        ("Kurdish forces have retaken the mainly Turkoman town of Tuz Khurmatu from the militants. Officials said "
         "the fighters completed taking the northern town after encircling it.", "Turkoman"),
        # C2: where a radio station or an agency is based is not the town a lede's "a town" stands for
        ("Somali soldiers seized a town held by al-Shabaab militants on Sunday, residents said. \"The troops are in the "
         "town now,\" a resident told a radio station based in Mogadishu.", "Mogadishu"),
        # C3: the last word of a person's name is no place
        ("On Monday, rebel groups opposing the junta captured a district capital in the north, after a three-day "
         "assault. This marks the first time the groups have seized a capital, specifically Kawlin in Sagaing region, "
         "since the military took power from the government of Aung San Suu Kyi in February 2021.", "Kyi"),
    ],
)
def test_anaphor_is_not_a_word_that_only_looks_like_a_place(extractor: Extractor, text: str, wrong: str) -> None:
    assert wrong not in _places(extractor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # twins: the named town itself, and a station's town that is the news
        ("Iraqi troops recaptured the Sunni town of Baiji from Islamic State fighters on Sunday. Soldiers raised the "
         "flag over the town hall, police said.", "Baiji"),
        ("Kurdish forces have retaken the mainly Turkoman town of Tuz Khurmatu from the militants.", "Tuz Khurmatu"),
        ("Somali soldiers seized a town held by al-Shabaab militants on Sunday, residents said. The troops entered "
         "Jowhar after the militants withdrew, a radio station based in Mogadishu reported.", "Jowhar"),
    ],
)
def test_named_town_is_still_read(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news(extractor, text)
