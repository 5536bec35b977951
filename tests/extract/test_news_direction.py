"""Sides and places as wire copy tells them (news5): each family with its negative twins (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2023, 6, 12)


def _news(extractor: Extractor, text: str, title: str | None = None) -> list[tuple[str, str | None, str | None]]:
    events = extractor.extract(make_article(text, published=PUB, title=title))
    return [(e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None) for e in events if not e.historical]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side of a two-sided war, when the story names its country
        ("Ukrainian troops retook the village of Robotyne on Friday. Russia did not comment on the loss.",
         [("Robotyne", "ua-forces", "ru-forces")]),
        ("The Sudanese army entered Wad Madani on Saturday after the RSF withdrew from the city.",
         [("Wad Madani", "saf", "rsf")]),
        # "Islamic State" written in Borno or Cabo Delgado is the local branch
        ("Islamic State fighters seized Marte in Borno state, Nigeria, on Sunday.", [("Marte", "iswap", "ng-gov")]),
        ("Islamic State fighters seized Mocimboa da Praia in northern Mozambique.", [("Mocimboa da Praia", "is-mozambique", "mz-gov")]),
        # "and" is not Andorra: the speaker's "our armed and security forces"
        ('"Today our armed and security forces took control of Kidal," the Malian president said.', [("Kidal", "ml-gov", None)]),
        # a plural anaphor: "two towns ... the towns of A and B"
        ("Iraqi troops retook two towns in Diyala on Monday, officials said. Soldiers entered the towns of Saadiya and "
         "Jalula after a day of clashes with Islamic State fighters.",
         [("Saadiya", "iq-gov", "isis"), ("Jalula", "iq-gov", "isis")]),
        # "X is now / back in the hands of Z"
        ("Bakhmut is now in the hands of Russian forces, the ministry said.", [("Bakhmut", "ru-forces", "ua-forces")]),
        # "X district of Y province": the district, not the province
        ("The Taliban captured Nirkh district of Wardak province on Tuesday, the governor said.", [("Nirkh", "taliban", None)]),
        # "a Red Sea town": the sea says where the town is; the town is named next
        ("Government forces retook a Red Sea town from the Houthis on Thursday. Troops drove the rebels out of Khokha overnight.",
         [("Khokha", "ye-gov", "houthis")]),
        # "Adigrat Town": the name with its kind written after it
        ("Ethiopian forces took control of Adigrat Town from the TPLF on Saturday.", [("Adigrat", "et-gov", "tplf")]),
    ],
)
def test_sides_and_places_as_wire_copy_tells_them(extractor: Extractor, text: str, expected: list) -> None:
    assert _news(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no other side named, nor its country: the other side of the war fought there then (wars.py)
        ("Ukrainian troops retook the village of Robotyne on Friday.", [("Robotyne", "ua-forces", "ru-forces")]),
        # "Islamic State" in Syria stays the parent group
        ("Islamic State fighters seized al-Rai in northern Syria on Monday.", [("al-Rai", "isis", None)]),
        # a holder told without a handover is a status
        ("Bakhmut is in the hands of Russian forces.", []),
        ("The hostages are now in the hands of the Red Cross.", []),
        # "two towns" with three places named after it: no telling which two
        ("Government troops retook two towns on Sunday. Fighting went on near Hama, Homs and Idlib.", []),
        # the capital of a province, unnamed: its capital city, never the province (labelling.md, session 38)
        ("Pro-government fighters took over the capital of Shabwah province on Saturday.", [("Ataq", "ye-gov", "houthis")]),
    ],
)
def test_negative_twins(extractor: Extractor, text: str, expected: list) -> None:
    assert _news(extractor, text) == expected


def test_anti_side_is_not_the_side_it_names(extractor: Extractor) -> None:
    events = _news(extractor, "Anti-Houthi fighters took over Ataq on Saturday, residents said.")
    assert [p for p, _g, _l in events] == ["Ataq"]
    assert all(g != "houthis" for _p, g, _l in events)


def test_a_capital_that_speaks_is_no_place(extractor: Extractor) -> None:
    text = ("A day after Moscow said its troops would withdraw from their stronghold in the region, Ukraine's president "
            "declared the town of Lyman fully cleared of Russian forces.")
    assert "Moscow" not in [p for p, _g, _l in _news(extractor, text)]


def test_a_town_described_as_taken_earlier_is_no_news(extractor: Extractor) -> None:
    title = "Syrian troops attack town recently captured by militants"
    text = "Government forces shelled the outskirts of Jisr al-Shughour on Sunday, state media said."
    assert _news(extractor, text, title) == []
    # twin: the headline's own capture stays news
    assert [p for p, _g, _l in _news(extractor, "Kurdish forces captured the town of Tal Abyad on Monday.", "Kurdish forces capture town held by IS")] == ["Tal Abyad"]


def test_a_retreat_reported_days_ago_is_background(extractor: Extractor) -> None:
    text = ("Ukraine's general staff said its troops had liberated the village of Urozhaine in the Donetsk region. "
            "Three days ago, Russian bloggers reported that Russian troops retreated from two villages in the region. "
            '"Urozhaine is lost, and Staromaiorske too," one of them wrote.')
    assert [p for p, _g, _l in _news(extractor, text)] == ["Urozhaine"]


def test_a_goal_is_no_antecedent(extractor: Extractor) -> None:
    text = ("Iraqi security forces regained full control of a western town on Tuesday, officials said. To draw troops away "
            "from an offensive to retake the city of Mosul, the militants had struck the town of Rutba two days earlier.")
    assert [p for p, _g, _l in _news(extractor, text)] == ["Rutba"]


def test_a_capital_that_speaks_on_a_day_is_no_antecedent(extractor: Extractor) -> None:
    title = "Russia says captured village in Ukraine's Donetsk region"
    text = "Moscow on Tuesday said its forces had captured the village of Nevelske in the eastern Donetsk region."
    assert [p for p, _g, _l in _news(extractor, text, title)] == ["Nevelske"]
