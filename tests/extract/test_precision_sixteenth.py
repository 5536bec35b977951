"""Session 16 (helper precision16): real news that reported false changes (issue 10's false alerts). Each family is
written in our own words with the grammar of real wire copy, and each has twins that keep the change.

C1: a side's claim the other side denies or says it still holds, in the claim's sentence, the sentence before it or
the two after it ("... but the government denied this"; "But the rebels say they are still in control of the town";
"Kyiv dismissed reports that Russian troops had occupied the villages as false"): no change (contested.py); the
denial stays an event of its own.
C2: a denial the parser hangs on the subject of what it denies ("and denied militants had captured the school").
Twins: a claim nobody denies, a claim the other side confirms, a denial about another place or about foreign backing,
a denial negated ("would neither confirm nor deny"), "disputed" as an adjective ("over disputed territories")."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article
from .conftest import news_rows as _news

DAY = dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        # C1: the denial in the claim's own sentence
        "Rebel fighters said on Sunday they had seized the market town of Gondar, but the government denied this.",
        "The militia said it had captured Woldia, while the federal government denies it.",
        # C1: the denial in the next sentence
        "The army says it has recaptured the river town of Renk from rebels after two days of fighting. "
        "But the rebels told reporters they are still in control of the town.",
        "The paramilitary group said on Monday it had taken full control of El Obeid. "
        "On Tuesday the army denied that the group had taken the whole town.",
        "Fighters loyal to the opposition said they had taken Bor. A government spokesman rejected that as fabricated propaganda.",
        # C1: the denial two sentences after the claim
        "Russia has taken two villages near Kurakhove, a group of open-source analysts said on Friday. "
        "Russian units now hold the villages of Dachne and Ulakly, according to the analysts. "
        "Ukraine's army on Friday dismissed reports that Russian troops had occupied the villages as false.",
        # C1: the denial told first
        "Kyiv on Monday rejected Moscow's claim that its forces had taken a village in the Sumy region. "
        "The Russian defence ministry said it had liberated the village of Basivka.",
        # C1: the defender's own words
        "Moscow said on Thursday its forces had taken control of Novomykhailivka. "
        "Ukraine's army said minutes later that it was holding back enemy forces in Novomykhailivka.",
        # C2: a denied complement
        "The army confirmed that insurgents had attacked the western districts, but said its soldiers drove them from a "
        "depot and denied militants had captured the Nour hospital.",
    ],
)
def test_a_claim_the_other_side_denies_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # twins: the claim nobody denies, or the other side confirms
        ("Rebel fighters said on Sunday they had seized the market town of Gondar. Government officials did not respond to calls.", "Gondar"),
        ("The army says it has recaptured the town of Malakal from rebels after two days of fighting. "
         "A rebel spokesman confirmed that his fighters had withdrawn from the town.", "Malakal"),
        # twins: a denial about another place, or about foreign backing
        ("Russian forces captured Toretsk, the defence ministry said. Ukraine denied that its troops had withdrawn from Chasiv Yar.", "Toretsk"),
        ("M23 rebels seized Rutshuru on Sunday with help from foreign troops, the United Nations said. Rwanda denies this.", "Rutshuru"),
        # twins: a denial negated, and "disputed" as an adjective
        ("Rebels said on Tuesday they had captured the town of Kafr Zita. An army source would neither confirm nor deny that the town had fallen.", "Kafr Zita"),
        ("Peshmerga units handed over Tuz Khurmatu to federal police on Monday, as Baghdad reasserted control over disputed territories.", "Tuz Khurmatu"),
    ],
)
def test_a_claim_left_standing_is_still_a_change(extractor: Extractor, text: str, place: str) -> None:
    assert place in [p for p, _g, _lo in _news(extractor, text, DAY)]


def test_the_denial_stays_an_event_of_its_own(extractor: Extractor) -> None:
    text = "Moscow said its troops had taken Kupiansk. Ukraine denied that Russian forces had taken Kupiansk."
    kinds = [(e.kind, e.place.name) for e in extractor.extract(make_article(text))]
    assert kinds == [("denial", "Kupiansk")]


# L1: a name that only locates the changed places ("towns in the Amhara region, which had fallen", "X and Y in
# northeast Kivu came under rebel control"), or is a distance reference ("75 kilometres from Bangui"), is not a place
# of the change; L2: "the Warduj district of Badakhshan": the district named before its noun is the place.
@pytest.mark.parametrize(
    ("text", "want", "unwanted"),
    [
        ("The government said that its forces had regained control of a number of towns in the Afar region, which had fallen to the rebels.", [], "Afar"),
        ("Rubaya and Kibabi in western Kivu came under rebel control after the army pulled back.", [], "Kivu"),
        ("Government troops have since pulled back towards Damara, some 75 kilometres from Bangui, after the rebels entered Kaga-Bandoro.", ["Kaga-Bandoro"], "Bangui"),
        ("The Taliban have overrun the Jurm district of Badakhshan, a provincial official said.", ["Jurm"], "Badakhshan"),
    ],
)
def test_a_name_that_only_locates_the_place_is_not_the_place(extractor: Extractor, text: str, want: list[str], unwanted: str) -> None:
    places = [p for p, _g, _lo in _news(extractor, text, DAY)]
    assert unwanted not in places
    assert all(w in places for w in want)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # twins: a region that is itself the object, a province named beside a town that really fell
        ("Yemeni forces took full control of Shabwa province on Sunday, officials said.", "Shabwa"),
        ("Rebels seized Hit in western Anbar province on Friday.", "Hit"),
        ("The rebels captured Sibut, some 180 kilometres from Bangui, on Saturday.", "Sibut"),
    ],
)
def test_a_region_that_is_the_object_or_a_town_beside_it_stays(extractor: Extractor, text: str, place: str) -> None:
    assert place in [p for p, _g, _lo in _news(extractor, text, DAY)]
