"""A side's alias as northern Syria's reporting writes it (session 34, helper fix34n, issue 10).

Türkiye's own spelling ("Türkiye-backed factions", "Turkiye-aligned fighters", "pro-Türkiye groups") is the house
style of several outlets since 2022; the catalogue wrote only "Turkey-"/"Turkish-". Without the variant the phrase was
read by its bare noun, the Syrian army. "PKK/YPG" is the same outlets' name for the Kurdish-led SDF in Syria (the
catalogue had only "YPG/PKK"), read as the PKK of Turkey. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.actors import ActorCatalogue
from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 12, 3)


@pytest.mark.parametrize(
    ("alias", "actor"),
    [
        ("Türkiye-backed factions", "sna-syria"),
        ("Turkiye-backed forces", "sna-syria"),
        ("Turkiye-aligned factions", "sna-syria"),
        ("pro-Türkiye fighters", "sna-syria"),
        ("pro-Turkiye militias", "sna-syria"),
        ("Türkiye-led forces", "tr-forces"),
        ("PKK/YPG", "sdf"),
        ("YPG/SDF", "sdf"),
        # the plain spellings still name their sides
        ("Turkish-backed factions", "sna-syria"),
        ("PKK", "pkk"),
    ],
)
def test_the_alias_names_its_side(alias: str, actor: str) -> None:
    matches = ActorCatalogue.load().find(f"Reports said {alias} moved on Tuesday.")
    assert [m.actor.id for m in matches] == [actor]


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        ("Türkiye-backed factions seized the town of Tal Rifaat from the SDF on Sunday.", "Tal Rifaat", "sna-syria", "sdf"),
        ("Turkiye-backed forces captured the town of Tal Rifaat on Sunday after heavy clashes.", "Tal Rifaat", "sna-syria", None),
        ("Pro-Türkiye fighters took control of the town of Tal Rifaat on Sunday.", "Tal Rifaat", "sna-syria", None),
        ("The Syrian National Army captured the village of Hirbil from the PKK/YPG on Monday.", "Hirbil", "sna-syria", "sdf"),
        ("The PKK/YPG recaptured the village of Hirbil from Türkiye-backed factions on Monday.", "Hirbil", "sdf", "sna-syria"),
    ],
)
def test_the_sides_of_the_northern_front(
    extractor: Extractor, text: str, place: str, gaining: str, losing: str | None
) -> None:
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]
    assert [(e.place.name, e.gaining and e.gaining.id) for e in events] == [(place, gaining)]
    if losing is not None:
        assert events[0].losing is not None and events[0].losing.id == losing


@pytest.mark.parametrize(
    "text",
    [
        # twins from the same vocabulary: vows, attempts, raids and diplomacy name the sides but take nothing
        "Türkiye-backed factions vowed to capture the town of Tal Rifaat before the winter.",
        "Turkiye-backed forces tried to storm the town of Tal Rifaat but were pushed back on Sunday.",
        "Türkiye-backed factions shelled the village of Hirbil overnight, the PKK/YPG said.",
        "The PKK/YPG failed to retake the village of Hirbil, Turkiye's defence ministry said.",
        "Türkiye-backed negotiators seized the chance to reopen talks over Tal Rifaat.",
    ],
)
def test_no_change_with_the_new_aliases(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical] == []
