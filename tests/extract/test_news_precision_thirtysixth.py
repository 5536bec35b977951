"""Precision, direction and background in news excerpts (session 36, helper news36, issue 10).

- An unnamed town's container: "retake another town in the southern countryside of Idlib" names the province the
  town lies in; a later "reports from southern Idlib" is that province again, never the town (unnamed_town.py).
- Whom a speaker tells: "a council member told CNN that the town fell" (an outlet is never the town; coreference.py).
- A bare "the defence ministry" after the article has one state speak by name ("Russia said ... the ministry said its
  troops had liberated X") is that state's (context.py); before, the unnamed body became a side of its own, or the
  place's own government.
- "Earlier this month, X was recaptured", "Earlier in July, troops withdrew from X": a recap of the month's earlier
  days is background (dates.py).

Twins keep firing: a town named after "a town in Borno", "the town of X in southern Idlib", "told Reuters" over a
town named before, a state body named in full, "earlier today", a weekday. Sentences written for these tests, after
the grammar of wire reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _events(extractor: Extractor, text: str, title: str | None = None, published: dt.date = dt.date(2020, 1, 17)):
    return [e for e in extractor.extract(make_article(text, published=published, title=title)) if e.kind == "change"]


def _news(extractor: Extractor, text: str, title: str | None = None, published: dt.date = dt.date(2020, 1, 17)) -> set[str]:
    return {e.place.name for e in _events(extractor, text, title, published) if not e.historical}


@pytest.mark.parametrize(
    ("title", "text", "container"),
    [
        (
            "Rebels retake town in southern Idlib",
            "The rebels have managed to retake another town in the southern countryside of the Idlib Governorate after a"
            " counter-attack.\n\nAccording to sources in southern Idlib, the army pulled back to its second line.",
            "Idlib",
        ),
        (
            "Army captures village in northern Hama",
            "The army captured a village in the northern countryside of Hama province on Friday.\n\nActivists in"
            " northern Hama said the fighting went on into the night.",
            "Hama",
        ),
        (
            None,
            "Government troops seized a village in western Aleppo on Thursday, state media said.\n\nResidents of western"
            " Aleppo said the shelling had stopped.",
            "Aleppo",
        ),
    ],
)
def test_the_container_of_an_unnamed_town_is_not_the_town(
    extractor: Extractor, title: str | None, text: str, container: str
) -> None:
    assert container not in {e.place.name for e in _events(extractor, text, title)}


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        (
            "Militants seize town in Borno",
            "Militants seized a town in Borno state on Sunday, residents said. The town of Damasak was overrun after a"
            " three-hour fight.",
            "Damasak",
        ),
        (None, "The rebels retook the town of Tal Khatrah in southern Idlib on Friday evening.", "Tal Khatrah"),
        (None, "The army captured Kafr Nabl in Idlib province on Friday and now holds it.", "Kafr Nabl"),
    ],
)
def test_a_named_town_in_a_province_still_fires(extractor: Extractor, title: str | None, text: str, place: str) -> None:
    assert place in _news(extractor, text, title)


def test_whom_a_speaker_tells_is_not_the_town(extractor: Extractor) -> None:
    names = {e.place.name for e in _events(extractor, "A council member told CNN that the town fell to the Taliban.")}
    assert "CNN" not in names


@pytest.mark.parametrize(
    "text",
    [
        "Taliban fighters stormed Sar-e-Pul on Sunday. A provincial council member told CNN that the town fell to the"
        " Taliban on Sunday evening.",
        "A council member in Sar-e-Pul told CNN that the town fell to the Taliban on Sunday.",
    ],
)
def test_the_town_told_of_is_the_one_named_before(extractor: Extractor, text: str) -> None:
    names = {e.place.name for e in _events(extractor, text, published=dt.date(2021, 8, 8))}
    assert "Sar-e-Pul" in names and "CNN" not in names


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        (
            "Russia said on Monday its forces had captured two more villages. In a daily briefing, the defence ministry"
            " said its troops had liberated the village of Netailove in the Donetsk region.",
            "Netailove",
            "ru-forces",
        ),
        (
            "Moscow said on Monday its forces had advanced. The ministry said its units had also captured the village of"
            " Ivanivka in the Kharkiv region.",
            "Ivanivka",
            "ru-forces",
        ),
        # twins: a body named in full keeps its own state
        (
            "Ukraine's general staff said its forces had retaken Klishchiivka. The general staff said its units also"
            " liberated Andriivka.",
            "Andriivka",
            "ua-forces",
        ),
        ("The Russian defence ministry said its troops had liberated the village of Netailove.", "Netailove", "ru-forces"),
        (
            "Iraq's army said it had retaken the village of Imam Gharbi. The defence ministry said its troops also"
            " recaptured Qayyarah.",
            "Qayyarah",
            "iq-gov",
        ),
    ],
)
def test_a_bare_ministry_is_the_state_that_spoke(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    found = {e.place.name: e for e in _events(extractor, text, published=dt.date(2024, 5, 27))}
    assert place in found and found[place].gaining is not None and found[place].gaining.id == gaining


@pytest.mark.parametrize(
    ("text", "place", "published"),
    [
        (
            "Ukraine says it still holds Yasnobrodivka. Earlier in July, Ukrainian troops withdrew from the town of"
            " Chasiv Yar.",
            "Chasiv Yar",
            dt.date(2024, 7, 10),
        ),
        (
            "The army repelled an attack on a base near Dusamareb on Friday. Earlier this month, the village of Qabiib"
            " was recaptured by the army from al-Shabaab.",
            "Qabiib",
            dt.date(2022, 11, 25),
        ),
        (
            "Russian forces shelled the outskirts of Pokrovsk on Monday. Earlier in the month, Russian forces captured"
            " the village of Umanske.",
            "Umanske",
            dt.date(2024, 7, 10),
        ),
    ],
)
def test_earlier_this_month_is_background(extractor: Extractor, text: str, place: str, published: dt.date) -> None:
    events = [e for e in _events(extractor, text, published=published) if e.place.name == place]
    assert events and all(e.historical for e in events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Earlier today, the army recaptured the village of Qabiib from al-Shabaab, officials said.", "Qabiib"),
        ("The army recaptured the village of Qabiib from al-Shabaab on Friday, officials said.", "Qabiib"),
        ("Russian forces captured the village of Umanske this week, the ministry said.", "Umanske"),
    ],
)
def test_the_news_day_stays_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news(extractor, text, published=dt.date(2022, 11, 25))


@pytest.mark.parametrize(
    "text",
    [
        "The head of Russia's republic of Chechnya, Ramzan Kadyrov, said on Sunday his troops had taken control of"
        " Popasna.",
        "Kadyrov said on Sunday that his forces had taken Popasna.",
    ],
)
def test_kadyrov_s_troops_are_russia_s(extractor: Extractor, text: str) -> None:
    found = [e for e in _events(extractor, text, published=dt.date(2022, 5, 8)) if e.place.name == "Popasna"]
    assert found and all(e.gaining is not None and e.gaining.id == "ru-forces" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Islamic State West African Province seized the town of Marte on Tuesday.",
        "Nigerian troops recaptured Marte on Tuesday. Fighters of the Islamic State of West African Province had overrun"
        " it in January.",
    ],
)
def test_iswap_spelt_african(extractor: Extractor, text: str) -> None:
    sides = {(e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
             for e in _events(extractor, text, published=dt.date(2021, 2, 23))}
    assert sides and all("isis" not in pair for pair in sides)
    assert any("iswap" in pair for pair in sides)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Israel Withdraws From Khan Younis After Nearly Month-Long Major Operation", ""),
        (None, "Israel's military has withdrawn from eastern Khan Younis following a nearly month-long ground operation."),
        (None, "The Israeli army says it has withdrawn its forces from the city of Khan Younis after a four-month operation."),
        (None, "Israeli forces pulled out of Jenin at the end of a 48-hour operation."),
        (None, "Israeli forces withdrew from Jenin after completing a large-scale operation."),
        (None, "The army withdrew from Jenin on Thursday following a three-day incursion."),
    ],
)
def test_leaving_at_the_end_of_an_operation_is_no_change(extractor: Extractor, title: str | None, text: str) -> None:
    assert not _events(extractor, text, title, published=dt.date(2024, 4, 7))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ukrainian troops withdrew from Avdiivka after months of fighting.", "Avdiivka"),
        ("Ukrainian troops withdrew from Avdiivka following a months-long Russian offensive.", "Avdiivka"),
        ("Islamic State pulled its fighters out of Rutba after an army operation.", "Rutba"),
        ("The militants withdrew from Rutba after a military operation by government forces.", "Rutba"),
    ],
)
def test_leaving_under_another_side_s_push_stays_a_loss(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news(extractor, text, published=dt.date(2024, 4, 7))


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said they had seized Sirakorola in Mali, although the army said the attack was repulsed.",
        "The rebels claimed to have captured Sirakorola in Mali, though the army said its troops had beaten back the assault.",
        "The group claimed to have captured the Malian town of Sirakorola, but the army said it had repelled the attack.",
    ],
)
def test_a_claim_set_against_a_repelled_attack_is_no_change(extractor: Extractor, text: str) -> None:
    assert not _events(extractor, text, published=dt.date(2025, 6, 2))


@pytest.mark.parametrize(
    "text",
    [
        "The rebels captured Sirakorola in Mali on Friday, while the army repelled an attack on Diafarabe.",
        "The rebels captured Sirakorola in Mali on Friday, but the army repelled an attack on Diafarabe.",
        "The rebels captured Sirakorola in Mali on Friday after the army had repelled the first assault on Thursday.",
    ],
)
def test_an_attack_repelled_elsewhere_leaves_the_capture(extractor: Extractor, text: str) -> None:
    assert "Sirakorola" in _news(extractor, text, published=dt.date(2025, 6, 2))


@pytest.mark.parametrize(
    ("text", "place", "container"),
    [
        ("Soldiers raised the flag over the village of Makarivka in Donetsk on Sunday.", "Makarivka", "Donetsk"),
        (
            "Soldiers raised the flag over the village of Storozheve in Donetsk, and the minister thanked the brigade for"
            " liberating it.",
            "Storozheve",
            "Donetsk",
        ),
        (
            "Soldiers raised the flag over Storozheve in Donetsk. The minister thanked the brigade for liberating it.",
            "Storozheve",
            "Donetsk",
        ),
    ],
)
def test_the_town_a_named_village_lies_in_is_not_taken(extractor: Extractor, text: str, place: str, container: str) -> None:
    names = {e.place.name for e in _events(extractor, text, published=dt.date(2023, 6, 12))}
    assert container not in names
    assert place in names


def test_a_city_taken_on_its_own_stays(extractor: Extractor) -> None:
    names = _news(extractor, "Soldiers raised the flag over Donetsk on Sunday, the ministry said.", published=dt.date(2023, 6, 12))
    assert "Donetsk" in names
