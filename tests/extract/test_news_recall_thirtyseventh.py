"""Recall in news excerpts (session 37, helper news37, issue 10).

- "Z has also taken X" after the lead's capture is more news of the day, not background (timeline.py): the labels of
  the spent real sets give every such capture as news.
- "After taking X, the units advanced toward Y", "Troops are advancing south after taking X": an onward move told as
  the clause's own news, with its own subject, tells the capture as that day's news too (background.told_before); a
  participle on a new phase ("launched a new offensive, pushing closer to Hama after capturing X") and a headline's
  present ("Troops push west after taking X") keep it background.
- "the invaders", "the occupiers" bare in Ukraine's reporting are Russia's forces, in Azerbaijan's Armenia's
  (actors.yaml, and the prefilter's side words); "the terrorists" with no group of that word in the country are an
  unnamed side of the place's country (extractor._UNNAMED_SIDES).
- '"We seized X today," she told the agency' after "Z spokeswoman Y said ...": the "we" is Z's (spokesperson.py).
- "the United Nations hub in the area" is a body's compound, no place (lexicon.NON_PLACE_WORDS).

Twins stay quiet or background: attempts ("tried to capture", "will retake"), attacks and shelling by the same
sides, a dated background capture ("last month", "in 2016"), a denial in the quote, a spokesman of the other side.
Sentences written for these tests, after the grammar of wire reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

DAY = dt.date(2024, 5, 20)


def _events(extractor: Extractor, text: str, published: dt.date = DAY, title: str | None = None):
    return [e for e in extractor.extract(make_article(text, published=published, title=title)) if e.kind == "change"]


def _news(extractor: Extractor, text: str, published: dt.date = DAY, title: str | None = None) -> dict[str, str | None]:
    """Place name -> gaining side id of the news events."""
    return {e.place.name: (e.gaining.id if e.gaining else None) for e in _events(extractor, text, published, title) if not e.historical}


def _background(extractor: Extractor, text: str, published: dt.date = DAY, title: str | None = None) -> set[str]:
    return {e.place.name for e in _events(extractor, text, published, title) if e.historical}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The RSF said on Friday its fighters had seized El Geneina. The RSF has also taken control of Zalingei, "
         "capital of Central Darfur.", "Zalingei"),
        ("The rebels captured the town of Mongmit on Wednesday. The KIA has also seized Mabein town, 50 km north of "
         "Mongmit.", "Mabein"),
        ("Syrian troops took control of the town of Kafr Zita on Monday, state television said. The army has also "
         "seized the town of Morek, east of Kafr Zita.", "Morek"),
        ("Resistance fighters overran the town of Kawlin on Tuesday. Resistance forces have also captured Pinlebu "
         "town in Sagaing Region, a spokesman said.", "Pinlebu"),
    ],
)
def test_a_capture_told_with_also_after_the_lead_is_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news(extractor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the same "also" on a capture dated back, an attempt, an attack
        ("The rebels captured the town of Mongmit on Wednesday. The KIA had also seized Mabein last year.", "Mabein"),
    ],
)
def test_a_dated_capture_told_with_also_stays_background(extractor: Extractor, text: str, place: str) -> None:
    assert place in _background(extractor, text)
    assert place not in _news(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels captured the town of Mongmit on Wednesday. The KIA has also tried to seize Mabein.",
        "The rebels captured the town of Mongmit on Wednesday. The KIA has also shelled Mabein.",
    ],
)
def test_an_attempt_or_an_attack_told_with_also_is_no_capture(extractor: Extractor, text: str) -> None:
    assert "Mabein" not in _news(extractor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("After taking control of Avdiivka, the Ukrainian units advanced toward Donetsk and reached its outskirts.",
         "Avdiivka"),
        ("Ukrainian troops are advancing south after taking Avdiivka, the army said.", "Avdiivka"),
        ("Ukrainian troops advanced south after taking Avdiivka, the army said on Monday.", "Avdiivka"),
        ("The rebels are pushing closer to Homs after capturing Hama, a war monitor said.", "Hama"),
    ],
)
def test_a_capture_an_onward_move_follows_in_its_own_clause_is_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news(extractor, text)


@pytest.mark.parametrize(
    ("text", "title", "place"),
    [
        # a participle on a new phase: the step the phase came after
        ("Rebel fighters have launched a new offensive, pushing closer to Hama after capturing Maarat al-Numan and "
         "Saraqib in a swift campaign.", None, "Saraqib"),
        # dated back
        ("After capturing Aleppo last month, the rebels advanced toward Hama on Sunday.", None, "Aleppo"),
        ("The rebels advanced toward Homs after capturing Hama in 2016.", None, "Hama"),
        # a headline's present: where the side stands now
        ("", "Russia says its troops push west after taking Avdiivka", "Avdiivka"),
    ],
)
def test_a_capture_behind_a_new_phase_a_date_or_a_headline_stays_background(
    extractor: Extractor, text: str, title: str | None, place: str
) -> None:
    assert place not in _news(extractor, text, title=title)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels advanced toward Homs after failing to capture Hama.",
        "The rebels advanced toward Homs after an attempt to capture Hama.",
    ],
)
def test_an_onward_move_after_a_failed_attempt_is_no_capture(extractor: Extractor, text: str) -> None:
    assert "Hama" not in _news(extractor, text)


@pytest.mark.parametrize(
    ("text", "published", "place", "side"),
    [
        ("The invaders captured the village of Ocheretyne in the Donetsk region, the Ukrainian general staff said.", DAY,
         "Ocheretyne", "ru-forces"),
        ("To the west of Vovchansk, the invaders took about half of the village of Ocheretyne.", DAY, "Ocheretyne",
         "ru-forces"),
        ("The occupiers captured Avdiivka on Monday, the Ukrainian military said.", DAY, "Avdiivka", "ru-forces"),
        ("Ukrainian forces liberated the village of Ocheretyne from the invaders on Monday.", DAY, "Ocheretyne",
         "ua-forces"),
        ("The terrorists seized the town of Madjoari in eastern Burkina Faso on Sunday, the mayor said.",
         dt.date(2023, 5, 20), "Madjoari", "x-terrorists-bf"),
        ("The terrorists took over the town of Palma in Cabo Delgado on Sunday, residents said.", dt.date(2021, 3, 28),
         "Palma", "x-terrorists-mz"),
    ],
)
def test_the_invaders_the_occupiers_and_the_terrorists_are_a_side(
    extractor: Extractor, text: str, published: dt.date, place: str, side: str
) -> None:
    assert _news(extractor, text, published).get(place) == side


def test_the_occupiers_in_azerbaijan_are_armenias_forces(extractor: Extractor) -> None:
    text = "The Azerbaijani army liberated the village of Talish from the occupiers, the ministry said."
    events = [e for e in _events(extractor, text, dt.date(2020, 10, 20)) if e.place.name == "Talish"]
    assert [(e.gaining.id if e.gaining else None, e.losing.id if e.losing else None) for e in events] == [("az-forces", "am-forces")]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The invaders tried to capture the village of Ocheretyne in the Donetsk region.", DAY),
        ("The invaders shelled the village of Ocheretyne in the Donetsk region.", DAY),
        ("The terrorists attacked the town of Madjoari in eastern Burkina Faso on Sunday.", dt.date(2023, 5, 20)),
        ("The terrorists tried to seize the town of Madjoari in eastern Burkina Faso on Sunday but were repelled.",
         dt.date(2023, 5, 20)),
        ("The army drove the terrorists out of the town of Madjoari in eastern Burkina Faso on Sunday.",
         dt.date(2023, 5, 20)),
    ],
)
def test_attempts_and_attacks_by_the_same_words_take_nothing(extractor: Extractor, text: str, published: dt.date) -> None:
    assert not {p: s for p, s in _news(extractor, text, published).items() if s is not None and s.startswith(("ru-", "x-terrorists"))}


@pytest.mark.parametrize(
    "text",
    [
        "The junta's battalion fell on Wednesday, TNLA spokeswoman Lwei Yay Oo told The Irrawaddy. \"We seized total "
        "control of Mongmit today,\" she told The Irrawaddy on Wednesday.",
        "A spokesman for the TNLA said the junta's troops had fled. \"We have taken the town of Mongmit,\" he said on "
        "Wednesday.",
    ],
)
def test_we_after_a_spokesperson_named_before_is_the_spokespersons_side(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2024, 8, 1)).get("Mongmit") == "tnla"


@pytest.mark.parametrize(
    "text",
    [
        # a spokesman of the other side speaks: the junta's "we"
        "A spokesman for the junta said the town was quiet. \"We have retaken Mongmit,\" he said.",
    ],
)
def test_we_of_the_other_sides_spokesman_is_that_side(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2024, 8, 1)).get("Mongmit") == "mm-junta"


@pytest.mark.parametrize(
    "text",
    [
        "The TNLA attacked Mongmit, the junta spokesman said. \"We will retake Mongmit,\" he said.",
        "The TNLA spokeswoman said fighting went on. \"We have not seized Mongmit yet,\" she said.",
        # no role word beside the side's name: no side
        "The TNLA attacked Mongmit on Tuesday. \"We seized the town of Mongmit,\" she said.",
    ],
)
def test_a_vow_a_denial_or_no_spokesperson_takes_nothing(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2024, 8, 1)).get("Mongmit") is None


def test_a_bodys_hub_is_no_place(extractor: Extractor) -> None:
    text = ("Boko Haram insurgents took control of the town of Dikwa on Monday. The insurgents have also taken control "
            "of the United Nations hub in the area.")
    assert set(_news(extractor, text, dt.date(2021, 3, 2))) == {"Dikwa"}


@pytest.mark.parametrize(
    "text",
    [
        # the lede's unnamed township, named in the next sentence by a copula the tagger reads as a common noun's
        "A powerful ethnic armed group has captured a township along the border with India, the group announced "
        "Monday. Paletwa is the first township to come under the control of the Arakan Army in Myanmar.",
        "The Arakan Army said it had captured Paletwa, a township in Chin State, on Monday.",
        "The Arakan Army said it had captured the township of Paletwa in western Myanmar on Monday.",
    ],
)
def test_a_name_the_text_calls_a_township_is_a_place(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2024, 1, 15)).get("Paletwa") == "arakan-army"


@pytest.mark.parametrize(
    "text",
    [
        "The Arakan Army said it had attacked the township of Paletwa in western Myanmar on Monday.",
        "The Arakan Army attacked a township on Monday. Paletwa is the first township to come under attack.",
        # a common noun opening its sentence is no name the copula makes a town
        "Rebels captured a town on Monday. Troops is the first town to fall this year.",
    ],
)
def test_an_attacked_township_or_a_common_noun_takes_nothing(extractor: Extractor, text: str) -> None:
    assert not _news(extractor, text, dt.date(2024, 1, 15))


@pytest.mark.parametrize(
    "text",
    [
        "The Russian defence ministry said its forces took eight settlements. Meanwhile, the 'West' group claimed "
        "advances in Kharkiv Oblast, capturing the settlements of Kucherivka and Synkivka.",
        "The \"Centre\" grouping liberated the village of Synkivka, the Russian defence ministry said.",
    ],
)
def test_a_ministrys_grouping_named_in_quotes_is_russias(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2023, 12, 13)).get("Synkivka") == "ru-forces"


@pytest.mark.parametrize(
    "text",
    [
        "The 'West' group attacked the village of Synkivka, the Russian defence ministry said.",
        "The 'West' group of donors pledged aid to the village of Synkivka.",
    ],
)
def test_a_quoted_grouping_that_takes_nothing_gives_nothing(extractor: Extractor, text: str) -> None:
    assert "Synkivka" not in _news(extractor, text, dt.date(2023, 12, 13))
