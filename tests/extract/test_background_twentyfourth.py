"""Captures told as history in wire copy (session 24, helper background24). Families read in the seven spent sets'
news false alerts and background read as news, and in fresh wire copy:

- a capture dated "a decade ago" (a decade is ten years back: "the group first made headlines a decade ago when its
  fighters took X");
- a capture in the "after" phrase of a side's next phase: "After seizing X, the RSF launched an offensive in Y",
  "After the militants were pushed out of X, the group turned to Y", "regained power after being driven from X";
- a capture at the foot of a chain of "after" phrases whose top is a week old ("He arrived at the front last week
  after vowing to lead the fight after the rebels captured X");
- a narrative dated by a month, a quarter or a year: the sentence after "In 2016, ...", "At the beginning of
  September, ...", "In the first quarter of 2012, ..." that has no time of its own; a month's review ("December saw
  major gains, with Z capturing X");
- a caption: a present-tense picture after a past capture ("A fighter gestures after rebel forces took control of X").

Twins: the same grammar told with the news's own day, a main clause that is no new phase (an aftermath: killings, a
flight), a sentence that says "now" or speaks in the perfect, a headline's present, a caption dated on the news's day.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, news_rows


def _news(extractor: Extractor, text: str, published: dt.date, title: str | None = None) -> set[str]:
    return {p for p, _g, _lo in news_rows(extractor, text, published, title)}


def _retold(extractor: Extractor, text: str, published: dt.date) -> set[str]:
    return {p for p, _g, _lo, h in change_rows(extractor, text, published) if h}


_DRC = dt.date(2023, 11, 24)
_SUDAN = dt.date(2025, 11, 13)


# --- a decade ago ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "M23 rebels took control of the town of Mweso on Thursday, a spokesman said. The movement first made headlines "
        "a decade ago when its fighters captured Goma, the capital of North Kivu.",
        "M23 rebels took control of the town of Mweso on Thursday, a spokesman said. Rebel fighters first captured "
        "Goma two decades ago, residents recalled.",
    ],
)
def test_a_capture_a_decade_back_is_background(extractor: Extractor, text: str) -> None:
    assert "Goma" not in _news(extractor, text, _DRC)
    assert "Goma" in _retold(extractor, text, _DRC)
    assert "Mweso" in _news(extractor, text, _DRC)


def test_a_capture_a_day_back_in_the_same_grammar_stays_news(extractor: Extractor) -> None:
    text = ("M23 rebels took control of the town of Mweso, a spokesman said. The movement made headlines on Wednesday "
            "when its fighters captured Kitshanga.")
    assert {"Mweso", "Kitshanga"} <= _news(extractor, text, _DRC)


# --- an "after" phrase before a side's next phase -------------------------------------------------------------------

_NEXT_PHASE = [
    # a new offensive
    ("The paramilitary Rapid Support Forces have pushed east across Sudan, officials said. After seizing the city of "
     "El Fasher, the RSF launched an offensive in the Kordofan region.", "El Fasher"),
    # a clause, passive, and a campaign shifted
    ("The army retook the city of Bara from the RSF, the military said. After the army was driven out of El Fasher, "
     "the RSF shifted its campaign to the Kordofan region.", "El Fasher"),
    # a turn to another front
    ("Iraqi troops cleared the last districts of the town, officers said. After the militants were pushed out of "
     "Tikrit, Islamic State turned its attention to the towns of Anbar.", "Tikrit"),
    # a return to power
    ("The Taliban swept across Afghanistan in a campaign of little more than a week, officials said. The movement "
     "regained power after being driven from Kandahar by American troops.", "Kandahar"),
]


@pytest.mark.parametrize(("text", "retold"), _NEXT_PHASE)
def test_a_capture_before_a_next_phase_is_background(extractor: Extractor, text: str, retold: str) -> None:
    assert retold not in _news(extractor, text, _SUDAN)
    assert retold in _retold(extractor, text, _SUDAN)


@pytest.mark.parametrize(
    ("text", "news"),
    [
        # the news's own day named in the sentence
        ("The paramilitary Rapid Support Forces have pushed east across Sudan, officials said. After seizing the city "
         "of Bara on Tuesday, the RSF launched an offensive toward El Obeid.", "Bara"),
        # an aftermath, no next phase
        ("The paramilitary Rapid Support Forces have pushed east across Sudan, officials said. After seizing the city "
         "of Bara, the RSF killed dozens of civilians, witnesses said.", "Bara"),
        # the main clause extends the side's control: a change of its own
        ("Fighting spread across the region, officials said. After capturing the town of Bara, the RSF extended its "
         "control to Umm Ruwaba.", "Bara"),
    ],
)
def test_the_same_after_phrase_with_the_news_day_or_no_next_phase_stays_news(extractor: Extractor, text: str, news: str) -> None:
    assert news in _news(extractor, text, _SUDAN)


# --- a chain of "after" phrases under a week-old clause -------------------------------------------------------------

_ETHIOPIA = dt.date(2021, 11, 29)


def test_a_capture_under_a_week_old_chain_of_afters_is_background(extractor: Extractor) -> None:
    text = ("Federal troops have recaptured the town of Chifra from the TPLF, state media said on Sunday. The prime "
            "minister arrived at the front last week after vowing to lead the fight against the TPLF after its "
            "fighters captured the town of Debre Sina.")
    assert "Debre Sina" not in _news(extractor, text, _ETHIOPIA)
    assert "Debre Sina" in _retold(extractor, text, _ETHIOPIA)
    assert "Chifra" in _news(extractor, text, _ETHIOPIA)


def test_the_same_chain_under_a_clause_of_the_news_days_stays_news(extractor: Extractor) -> None:
    text = ("Federal troops have recaptured the town of Chifra from the TPLF, state media said on Sunday. The prime "
            "minister arrived at the front on Saturday after the TPLF fighters captured the town of Debre Sina.")
    assert "Debre Sina" in _news(extractor, text, _ETHIOPIA)


# --- a narrative dated by a month, a quarter or a year --------------------------------------------------------------

_COARSE = [
    # a month's opening, the next sentence without a time of its own
    ("Some thirty settlements remain occupied in the Kharkiv region, the governor said on Monday. At the beginning of "
     "September, the army launched a counteroffensive in the region. Ukrainian troops managed to liberate 300 "
     "settlements, including Izium and Balakliia.", dt.date(2022, 10, 31), {"Izium", "Balakliia"}),
    # a quarter's opening
    ("Jihadist groups still hold much of the countryside, analysts say. In the first quarter of 2012, Tuareg rebels "
     "and Ansar Dine took control of the north. The rebels quickly seized the towns of Menaka and Tessalit.",
     dt.date(2014, 11, 1), {"Menaka", "Tessalit"}),
    # the story's own year, as a year's review
    ("Talks failed again and again to halt the war this year. In 2016, several ceasefires collapsed within days. "
     "With Russian air power, the government forces of President Assad finally recaptured Aleppo.",
     dt.date(2016, 12, 29), {"Aleppo"}),
    # a month's review
    ("Resistance forces have taken dozens of towns from the junta, a monitoring group said. December saw major gains "
     "for the resistance, with the Arakan Army capturing Taungup and the Chin Brotherhood capturing Mindat.",
     dt.date(2024, 12, 26), {"Taungup", "Mindat"}),
]


@pytest.mark.parametrize(("text", "published", "retold"), _COARSE)
def test_a_capture_dated_by_a_month_a_quarter_or_a_year_after_the_lead_is_background(
    extractor: Extractor, text: str, published: dt.date, retold: set[str]
) -> None:
    assert not retold & _news(extractor, text, published)
    assert retold <= _retold(extractor, text, published)


@pytest.mark.parametrize(
    ("text", "published", "news"),
    [
        # a day opening the sentence before
        ("Some thirty settlements remain occupied in the Kharkiv region, the governor said on Monday. On Saturday, "
         "the army launched a counteroffensive in the region. Ukrainian troops liberated the towns of Izium and "
         "Balakliia.", dt.date(2022, 9, 12), "Izium"),
        # the sentence names its own day
        ("Jihadist groups still hold much of the countryside, analysts say. In 2014, the rebels took control of the "
         "north. On Friday, the rebels seized the town of Tessalit.", dt.date(2014, 11, 1), "Tessalit"),
        # the sentence says "now", in the perfect
        ("Russian troops pressed their attacks across the east, officials said. In February, Russia launched a new "
         "offensive on the town. Its forces have now captured Avdiivka.", dt.date(2024, 3, 14), "Avdiivka"),
    ],
)
def test_a_sentence_with_its_own_day_or_its_own_now_stays_news(extractor: Extractor, text: str, published: dt.date, news: str) -> None:
    assert news in _news(extractor, text, published)


def test_a_coarse_opening_in_the_lead_itself_leaves_the_lead_alone(extractor: Extractor) -> None:
    # the lead is the story's news whatever its opening: only the sentences after it retell
    text = "In March, Russian forces captured the town of Marinka, the ministry said."
    assert "Marinka" in _news(extractor, text, dt.date(2024, 3, 30))


# --- a caption -------------------------------------------------------------------------------------------------------

_SYRIA = dt.date(2018, 3, 8)


@pytest.mark.parametrize(
    "caption",
    [
        "A Turkish-backed fighter gestures after Free Syrian Army forces took control of Bulbul, north of Afrin.",
        "A Turkish-backed fighter walks through the streets after Free Syrian Army forces took control of Bulbul.",
        "Residents celebrate after Free Syrian Army forces captured Bulbul.",
    ],
)
def test_a_caption_after_a_past_capture_is_background(extractor: Extractor, caption: str) -> None:
    text = "Turkish forces and allied Syrian rebels seized the town of Jinderes on Thursday, state media said. " + caption
    assert "Bulbul" not in _news(extractor, text, _SYRIA)
    assert "Bulbul" in _retold(extractor, text, _SYRIA)
    assert "Jinderes" in _news(extractor, text, _SYRIA)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the caption names the news's day
        ("Turkish forces and allied Syrian rebels seized the town of Jinderes, state media said. A Turkish-backed "
         "fighter gestures after Free Syrian Army forces took control of Bulbul on Wednesday.", None),
        # a picture's verb that is an entry of its own
        ("Turkish forces and allied Syrian rebels seized the town of Jinderes, state media said. Turkish-backed "
         "fighters move into Bulbul after Free Syrian Army forces took control of the hills around it.", None),
        # a headline's present, the takers' own celebration
        ("", "Syrian rebels celebrate after taking control of Bulbul"),
    ],
)
def test_a_caption_on_the_news_day_or_a_headline_stays_news(extractor: Extractor, text: str, title: str | None) -> None:
    assert "Bulbul" in _news(extractor, text, _SYRIA, title)
