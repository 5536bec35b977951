"""Background and sides as wire copy tells them (news6): each family with its negative twins (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2021, 8, 9)


def _events(extractor: Extractor, text: str, title: str | None = None) -> list[tuple[str, str | None, str | None, bool]]:
    events = extractor.extract(make_article(text, published=PUB, title=title))
    return [(e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.historical) for e in events]


def _news(extractor: Extractor, text: str, title: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(p, g, lo) for p, g, lo, h in _events(extractor, text, title) if not h]


def test_the_capture_an_after_clause_says_the_news_undid_is_background(extractor: Extractor) -> None:
    text = "Nigerian troops recaptured the town of Monguno on Monday after it was seized by Boko Haram fighters."
    assert _news(extractor, text) == [("Monguno", "ng-gov", "boko-haram")]
    assert ("Monguno", "boko-haram", "ng-gov", True) in _events(extractor, text)
    # twin: the same "after" clause with nothing retaken in the main clause is the news itself
    assert _news(extractor, "The town of Monguno emptied on Monday after it was seized by Boko Haram fighters.") == [("Monguno", "boko-haram", "ng-gov")]


def test_a_gerund_after_a_reported_gain_is_background(extractor: Extractor) -> None:
    text = "M23 fighters have seized more villages in North Kivu, widening their grip after taking control of the town of Rutshuru."
    assert _events(extractor, text) == [("Rutshuru", "m23", None, True)]
    # twin: a gerund hanging straight on the news verb is one more of the day's gains
    text = "M23 fighters entered the town of Rutshuru after capturing the town of Kiwanja on Sunday."
    assert [p for p, _g, _l in _news(extractor, text)] == ["Rutshuru", "Kiwanja"]


def test_a_far_apposition_is_not_the_side(extractor: Extractor) -> None:
    text = ("Nigeria's army retook the northeastern town of Monguno on Friday after it was overrun by a Boko Haram splinter, "
            "the Islamic State West Africa, ISWA.")
    assert [(p, g) for p, g, _l in _news(extractor, text)] == [("Monguno", "ng-gov")]
    # twin: an apposition right beside its head still names the side
    assert [(p, g) for p, g, _l in _news(extractor, "The militant group, Al Shabaab, seized the town of Mahaday on Friday.")] == [("Mahaday", "al-shabaab")]


def test_a_village_located_near_a_town_is_not_that_town(extractor: Extractor) -> None:
    text = ("Russia's Defence Ministry said on Monday that its troops had taken control of another village near the captured "
            "town of Bakhmut in eastern Ukraine's partially occupied Donetsk region. Russian forces gained control over "
            "Bakhmut in May after one of the longest battles of the war. The ministry said its forces had liberated the "
            "village of Klishchiivka, about 6 kilometres south of Bakhmut.")
    assert [p for p, _g, _l in _news(extractor, text)] == ["Klishchiivka"]


def test_a_capital_that_acts_is_no_place(extractor: Extractor) -> None:
    title = "Russia says it captured another village in east Ukraine"
    text = ("MOSCOW: Russia's army said on Wednesday its forces had captured another village in Ukraine's eastern Donetsk "
            "region, where it keeps advancing even as Kyiv mounts a large incursion into Russian territory. The ministry "
            "said Russian troops had captured the village of Pivnichne.")
    assert [p for p, _g, _l in _news(extractor, text, title)] == ["Pivnichne"]


def test_a_town_named_in_the_time_frame_is_no_antecedent(extractor: Extractor) -> None:
    title = "Rebels enter northern Mali town as army pulls out"
    text = ("Rebel fighters entered a strategic town on Sunday, forcing soldiers to flee. The assault comes weeks after "
            "the regional capital, also named Kidal, fell to the rebels. A monitor said the rebels fully controlled the "
            "town of Menaka after the army withdrew.")
    news = [p for p, _g, _l in _news(extractor, text, title)]
    assert "Kidal" not in news
    assert "Menaka" in news


def test_a_news_agency_relaying_a_claim_is_no_side(extractor: Extractor) -> None:
    text = ("A spokesman for Khalifa Haftar's Libyan National Army (LNA) said they took the town of Tarhuna on Sunday, AP reports.")
    assert [(p, g) for p, g, _l in _news(extractor, text)] == [("Tarhuna", "lna")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Libya's government named by its recognition, and the forces it commands or that back it
        ("Fighters loyal to the UN-recognised government retook the town of Sabratha from Haftar's forces on Monday.",
         [("Sabratha", "ly-gna", "lna")]),
        ("Forces allied with the UN-backed government recaptured Tarhuna from the LNA.", [("Tarhuna", "ly-gna", "lna")]),
        ("Libya's eastern-based forces retook the town of Gharyan from militias allied with the UN-supported government.",
         [("Gharyan", "lna", "ly-gna")]),
        # the same words in Yemen are Yemen's government
        ("Yemeni fighters loyal to the internationally recognised government retook the port of Mocha from the Houthis.",
         [("Mocha", "ye-gov", "houthis")]),
    ],
)
def test_a_government_named_by_its_recognition(extractor: Extractor, text: str, expected: list) -> None:
    assert _news(extractor, text) == expected


def test_hyphenated_names_and_verbs_stay_whole(extractor: Extractor) -> None:
    assert _news(extractor, "The Taliban captured Sar-e-Pol on Sunday, officials said.") == [("Sar-e-Pol", "taliban", "af-gov")]
    assert [(p, g) for p, g, _l in _news(extractor, "Iraqi troops re-captured the town of Baiji from Islamic State on Friday.")] == [("Baiji", "iq-gov")]
    # twin: a hyphenated word that is not a name stays out of the place
    assert [p for p, _g, _l in _news(extractor, "The Taliban captured Kunduz on Sunday in a hard-fought assault.")] == ["Kunduz"]


def test_regions_listed_before_their_plural_are_no_antecedent(extractor: Extractor) -> None:
    text = ("Ukrainian troops have recaptured another village in the Donetsk oblast, the deputy defence minister said on "
            "Monday. She thanked a marine brigade for the advance. Storozheve borders the Donetsk and Zaporizhzhia oblasts.")
    assert _news(extractor, text) == []


def test_who_announces_a_recapture_gains(extractor: Extractor) -> None:
    text = "The Nigerian military have announced the recapture of the north-eastern town of Baga, Borno State."
    assert _news(extractor, text) == [("Baga", "ng-gov", None)]
    # twins: an announcer that is no side, and units that "completed" it (the existing reading: no side named)
    assert _news(extractor, "Reporters confirmed the recapture of the town of Baga on Monday.") == []


def test_a_capture_dated_last_month_by_name_is_background(extractor: Extractor) -> None:
    text = ("The Syrian army said on Thursday it had recaptured the town of Palmyra from Islamic State fighters. "
            "The government was able to take the city with Russian air support, the army said. "
            "The Syrian government seized the city from IS fighters last March only to lose it again in December.")
    assert [(p, g) for p, g, _l in _news(extractor, text)] == [("Palmyra", "sy-gov")]
    # twin: the month named as this year's news date stays news
    assert [p for p, _g, _l in _news(extractor, "Islamic State fighters seized the town of Palmyra on 8 August, officials said.")] == ["Palmyra"]
