"""News direction (session 42, helper news42, issue 10): a deed that hands a side a town, an apposition that colours a
town taken today with its earlier taker, and "it" under a sayer.

"The withdrawal is handing Russia X" (a leaving's progressive is the news itself), "Kyiv's retreat handed Russia X"
(the parse's two objects: the side first, the town second), "the retreat hands X to Russia" (the side after "to"):
handed_place.py. Twins: a deal's or a plan's progressive, a modal or negated hand-over, a gift that is no place, a
report handed to a person, a vote.

"Ukrainian troops liberated X, one of the first towns seized by Russian forces": the apposition's participle named the
earlier taker, which took the town back from the side that freed it today (participle_list._retaken_now). Twins: the
apposition alone ("X, one of the towns seized by Russian forces, lies ...") keeps its reading.

"The state border service said it had liberated X": "it" is the sayer, never the side the sentence before named
(extractor._own_sayer), read as a side or as a state body in its national capital ("in Kyiv"); a sayer that names no
side ("the group") leaves "it" to the words before, and a sayer after the clause ("It retook X, residents said") is
none. Twin: a sayer that is a side ("The Syrian army said it had retaken X").
Sentences written for these tests, after the grammar of wire reports of 2017-2024.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _news(extractor: Extractor, text: str, published: dt.date) -> dict[str, tuple[str | None, str | None]]:
    events = extractor.extract(make_article(text, published=published))
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in events if e.kind == "change" and not e.historical
    }


UKRAINE = dt.date(2024, 2, 18)
KHARKIV = dt.date(2022, 9, 20)
SYRIA = dt.date(2016, 5, 19)


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining"),
    [
        ("The pullout is handing Russia Marinka, its largest prize of the winter.", UKRAINE, "Marinka", "ru-forces"),
        ("The withdrawal is handing Russia Marinka after months of fighting.", UKRAINE, "Marinka", "ru-forces"),
        ("Kyiv's retreat handed Russia Marinka on Sunday.", UKRAINE, "Marinka", "ru-forces"),
        ("The retreat hands Marinka to Russia, military bloggers said.", UKRAINE, "Marinka", "ru-forces"),
        ("Ukrainian troops liberated Kupiansk, one of the first towns seized by Russian forces in the spring.", KHARKIV,
         "Kupiansk", "ua-forces"),
        ("Ukrainian forces recaptured the city of Kupiansk, one of the first towns captured by Russia.", KHARKIV,
         "Kupiansk", "ua-forces"),
    ],
)
def test_gaining_side(extractor: Extractor, text: str, published: dt.date, place: str, gaining: str) -> None:
    events = _news(extractor, text, published)
    assert place in events, events
    assert events[place][0] == gaining


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Critics in Kyiv fear the ceasefire deal is handing Russia Marinka.", UKRAINE),
        ("The peace plan is handing Russia Marinka.", UKRAINE),
        ("The deal would hand Marinka to Russia.", UKRAINE),
        ("Kyiv will not hand Marinka to Russia.", UKRAINE),
        ("The retreat handed Russia a cheap propaganda win near Marinka.", UKRAINE),
        ("The general handed the report on Marinka to Putin.", UKRAINE),
        ("Washington is handing Ukraine new weapons for the defence of Marinka.", UKRAINE),
    ],
)
def test_no_hand_over(extractor: Extractor, text: str, published: dt.date) -> None:
    assert "Marinka" not in _news(extractor, text, published)


def test_apposition_alone_keeps_its_taker(extractor: Extractor) -> None:
    events = _news(extractor, "Vovchansk, one of the towns seized by Russian forces, lies 5 km from the border.", KHARKIV)
    assert events.get("Vovchansk", (None,))[0] == "ru-forces", events


def test_it_is_the_sayer_not_the_side_before(extractor: Extractor) -> None:
    text = ("Moscow's troops had held the area since the invasion began. The state border guard in Kyiv said it had "
            "freed the town of Vovchansk, one of the first towns seized by occupying forces.")
    assert _news(extractor, text, KHARKIV).get("Vovchansk", (None,))[0] == "ua-forces"


def test_a_sayer_after_is_no_antecedent(extractor: Extractor) -> None:
    text = "The Syrian army shelled the area on Monday. It later retook the village of Kafr Naha, residents said."
    assert _news(extractor, text, SYRIA).get("Kafr Naha", (None,))[0] == "sy-gov"


def test_a_group_sayer_leaves_it_to_the_words_before(extractor: Extractor) -> None:
    text = "Al-Shabaab fighters stormed the village of Qayib on Friday. The group said it had captured the village."
    assert _news(extractor, text, dt.date(2023, 1, 10)).get("Qayib", (None,))[0] == "al-shabaab"


def test_a_sayer_that_is_a_side(extractor: Extractor) -> None:
    text = "Rebels had held the town since 2013. The Syrian army said it had retaken Deir al-Assafir on Thursday."
    assert _news(extractor, text, SYRIA).get("Deir al-Assafir", (None,))[0] == "sy-gov"
