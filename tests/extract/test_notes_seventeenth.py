"""Session 17 (helper notes17, issue 10): conflict monitors' notes and timelines. Each family is written in our own
words with the grammar of real chronology lines and monitor notes, and each has negative twins built from the same
words.

D1: a dated chronology item, the clause after a date head ("March 30 - Z seize X", "14: Z seize X", "2022 June - ...",
"November 2022. Z retake X", "- Feb. 3: ...", "September 4 – X: Z take over the town"): the head is blanked before
parsing and is the line's own day (session 28: a lone line headed more than a week before the page was cut from a
timeline and is background, ``timeline_line.py``). A dated line of
shelling, an attack pushed back or an attempt is still no change. A head's telegraphic clause, a name and a participle
("5 December - Homs captured.", "March 3: Goma seized."), reports the place taken with no side named.
P1: partial holds: a part of a town named after "in" ("took a neighbourhood in X", headline "take neighbourhood in X",
"captured a key area in X"), a share of the land in towns ("more than 80 percent of the land in A and B townships"),
a share of a town the line has named ("entered X and captured most of the town"), "almost complete control of X":
the town is taken in part (``partial``). Shelling a neighbourhood, an attempt, "parts of X came under fire" are none.
A1: "The latest to fall is X" (a rank standing for the town, the copula naming it): X fell to the side the line named
before it, or to the side after "to". "The next to fall could be X" and "the latest to be shelled" are no change.
L1: a list after a number of towns or a region taken: "captured a string of central towns, including A and B", "a
series / a handful of towns ..., including A and B", "captured southern Tigray, including the towns of A and B": the
towns listed are taken. The same lists attacked, shelled or besieged are none. "A, B and C, all capitals of the
northern provinces, fall under Z control": the names before the summary fell. A label's "the northern city of 270,000
people" is the city of the label (a size is no name). "captures the city of A, the capital of P, as well as the city of
B": B too (the parser hangs it on the verb).
F1: a named town that "fell" with nothing after but when ("Lashio fell on November 12", "X, the largest town in the
north, fell on 12 November after weeks of fighting"): taken, the taker not named. "fell silent", "could fall within
days", "shells fell in X", "prices fell on Tuesday" are none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.date_head import blank_date_heads
from townwatch_extract.extractor import Extractor

from .conftest import change_rows, make_article
from .conftest import news_rows as _news

PAGE = dt.date(2023, 12, 30)  # a timeline page filed months after its lines' events
DAY = dt.date(2023, 11, 8)


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("March 12 - The Taliban seize Qala-i-Naw, the capital of Badghis.", "Qala-i-Naw", "taliban"),
        ("14: M23 rebels seize the border town of Bunagana.", "Bunagana", "m23"),
        ("2022 June - Russian forces take control of Sievierodonetsk after Ukrainian troops pull back.", "Sievierodonetsk", "ru-forces"),
        ("November 2022. Ukrainian forces retake Kherson.", "Kherson", "ua-forces"),
        ("- Feb. 3: Al-Shabaab fighters capture the town of Bulo Burte.", "Bulo Burte", "al-shabaab"),
        ("October 21-22: The RSF seize the town of Babanusa.", "Babanusa", "rsf"),
        ("9 April - The Taliban take over the city of Kunduz.", "Kunduz", "taliban"),
        ("September 4 – Nyala: RSF fighters take over the city in South Darfur.", "Nyala", "rsf"),
    ],
)
def test_a_dated_chronology_item_is_read_and_dated_at_its_head(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    # session 28 (history29): a lone line whose head is more than a week before the page was cut from a timeline or
    # a factbox and retells its head's day (labelling.md: a capture told as background is historical); the head is
    # still blanked and the line read (timeline_line.py)
    rows = change_rows(extractor, text, PAGE)
    assert [(p, g, h) for p, g, _lo, h in rows] == [(place, gaining, True)]


@pytest.mark.parametrize(
    ("text", "page", "place"),
    [
        ("December 27 - The Taliban seize Qala-i-Naw, the capital of Badghis.", PAGE, "Qala-i-Naw"),
        ("28: M23 rebels seize the border town of Bunagana.", PAGE, "Bunagana"),
        ("- Dec. 29: Al-Shabaab fighters capture the town of Bulo Burte.", PAGE, "Bulo Burte"),
        ("December 24 – Nyala: RSF fighters take over the city in South Darfur.", PAGE, "Nyala"),
    ],
)
def test_a_chronology_item_of_the_pages_week_is_its_news(extractor: Extractor, text: str, page: dt.date, place: str) -> None:
    assert [p for p, _g, _lo in _news(extractor, text, page)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "March 12 - The Taliban shell Qala-i-Naw, the capital of Badghis.",
        "14: M23 rebels attack the border town of Bunagana but are pushed back.",
        "2022 June - Russian forces try to take control of Sievierodonetsk.",
        "November 2022. Ukrainian forces advance toward Kherson.",
        "- Feb. 3: Al-Shabaab fighters attack the town of Bulo Burte.",
        "October 21-22: The RSF besiege the town of Babanusa.",
        "9 April - The Taliban vow to take over the city of Kunduz.",
        "September 4 – Nyala: RSF fighters shell the city in South Darfur.",
    ],
)
def test_a_dated_line_of_fighting_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, PAGE) == []


@pytest.mark.parametrize(
    ("text", "head", "day"),
    [
        ("March 12 - The Taliban seize X.", "March 12 - ", dt.date(2023, 3, 12)),
        ("September 28, 2012: KDF announces X.", "September 28, 2012: ", dt.date(2012, 9, 28)),
        ("12-13 July. The TDF took X.", "12-13 July. ", dt.date(2023, 7, 12)),
        ("NOV 29, 30 - The rebels seize X.", "NOV 29, 30 - ", dt.date(2023, 11, 29)),
        ("2015 December - The army retakes X.", "2015 December - ", None),
        ("June 2022. Ukrainian forces raised a flag over X.", "June 2022. ", None),
        ("10: The insurgents seize X.", "10: ", None),
        ("January — The group overran X.", "January — ", None),
        ("- March 4: Russia takes control of X.", "- March 4: ", dt.date(2023, 3, 4)),
    ],
)
def test_date_heads_are_blanked_with_their_day(text: str, head: str, day: dt.date | None) -> None:
    out, heads = blank_date_heads(text, PAGE)
    assert len(out) == len(text)
    assert out == " " * len(head) + text[len(head):]
    assert [h.date for h in heads] == [day]


@pytest.mark.parametrize(
    "text",
    [
        "10. The insurgents seize X.",  # a numbered item
        "Aug. The Taliban seize X.",  # an abbreviation, no separator
        "March: the month the rebels took X.",  # a month as a label
        "The Taliban seized Kunduz on March 12 - officials said.",  # a date inside the line
        "May 2022 saw the rebels take X.",  # a date as the subject
    ],
)
def test_no_head_is_blanked_where_the_date_is_no_head(text: str) -> None:
    out, heads = blank_date_heads(text, PAGE)
    assert out == text
    assert heads == []


@pytest.mark.parametrize(
    ("text", "title", "places", "gaining"),
    [
        ("Houthi fighters took a neighbourhood in Taiz on Friday.", None, ["Taiz"], "houthis"),
        ("", "Houthi rebels take neighbourhood in Taiz", ["Taiz"], "houthis"),
        ("Iraqi forces captured a key area in Mosul.", None, ["Mosul"], "iq-gov"),
        ("The Arakan Army has taken control of more than 80 percent of the land in Kyaukphyu and Ramree townships.", None,
         ["Kyaukphyu", "Ramree"], "arakan-army"),
        ("TNLA fighters entered Kyaukme and captured most of the town on Tuesday.", None, ["Kyaukme"], "tnla"),
        ("M23 rebels seized almost complete control of the town of Sake.", None, ["Sake"], "m23"),
    ],
)
def test_a_part_of_a_town_taken_is_a_partial_change(
    extractor: Extractor, text: str, title: str | None, places: list[str], gaining: str,
) -> None:
    events = [e for e in extractor.extract(make_article(text, published=DAY, title=title)) if e.kind == "change" and not e.historical]
    assert [(e.place.name, e.gaining.id if e.gaining else None, e.partial) for e in events] == [(p, gaining, True) for p in places]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Houthi fighters shelled a neighbourhood in Taiz on Friday.", None),
        ("", "Houthi rebels shell neighbourhood in Taiz"),
        ("Iraqi forces failed to capture a key area in Mosul.", None),
        ("The Arakan Army is trying to take control of more than 80 percent of the land in Kyaukphyu and Ramree townships.", None),
        ("TNLA fighters entered Kyaukme and shelled most of the town on Tuesday.", None),
        ("Parts of Mosul came under fire as Iraqi forces advanced.", None),
    ],
)
def test_a_part_of_a_town_attacked_is_no_change(extractor: Extractor, text: str, title: str | None) -> None:
    assert _news(extractor, text, DAY, title) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The Taliban have seized four districts this week. The latest to fall is Maimana, the capital of Faryab.",
         ("Maimana", "taliban")),
        ("The latest town to fall to the RSF is Bara.", ("Bara", "rsf")),
    ],
)
def test_the_latest_to_fall_is_the_town_named(extractor: Extractor, text: str, row: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [row]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban are pressing on several cities. The next to fall could be Maimana.",
        "The Taliban have attacked four districts this week. The latest to be shelled is Maimana.",
        "The RSF are advancing on several towns. The first to fall could be Bara.",
    ],
)
def test_a_town_that_may_fall_next_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("JNIM fighters captured a string of central towns, including Boni and Hombori.", [("Boni", "jnim"), ("Hombori", "jnim")]),
        ("The RSF captured a series of towns, including Babanusa and Al Fula.", [("Babanusa", "rsf"), ("Al Fula", "rsf")]),
        ("The RSF captured a handful of towns in Kordofan, including Babanusa and Al Fula.", [("Babanusa", "rsf"), ("Al Fula", "rsf")]),
        ("Tigrayan forces captured southern Tigray, including the towns of Mehoni and Maychew.", [("Mehoni", "tplf"), ("Maychew", "tplf")]),
    ],
)
def test_the_towns_listed_after_a_number_or_a_region_taken(extractor: Extractor, text: str, rows: list[tuple[str, str]]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == rows


@pytest.mark.parametrize(
    "text",
    [
        "JNIM fighters attacked a string of central towns, including Boni and Hombori.",
        "JNIM fighters besieged a string of central towns, including Boni and Hombori.",
        "The RSF shelled a series of towns, including Babanusa and Al Fula.",
        "Tigrayan forces shelled southern Tigray, including the towns of Mehoni and Maychew.",
    ],
)
def test_the_same_lists_attacked_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Maimana, Chaghcharan and Farah, all capitals of the western provinces, fall under Taliban control.",
         [("Maimana", "taliban"), ("Chaghcharan", "taliban"), ("Farah", "taliban")]),
        ("Maimana and Chaghcharan, both provincial capitals, fell to the Taliban on Sunday.", [("Maimana", "taliban"), ("Chaghcharan", "taliban")]),
        ("November 6 - Maimana: Taliban fighters seize control of the northern city of 150,000 people.", [("Maimana", "taliban")]),
    ],
)
def test_names_before_a_summary_fell(extractor: Extractor, text: str, rows: list[tuple[str, str]]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == rows


@pytest.mark.parametrize(
    "text",
    [
        "Maimana, Chaghcharan and Farah, all capitals of the western provinces, come under Taliban attack.",
        "Maimana and Chaghcharan, both provincial capitals, were shelled by the Taliban on Sunday.",
        "August 8 - Maimana: Taliban fighters shell the northern city of 150,000 people.",
    ],
)
def test_the_same_summaries_attacked_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("27 December - Homs captured. Rebels said they had reached the city's centre.", "Homs"),
        ("December 28: Goma seized.", "Goma"),
    ],
)
def test_a_headed_telegraphic_clause_is_a_change(extractor: Extractor, text: str, place: str) -> None:
    assert _news(extractor, text, PAGE) == [(place, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "5 December - Homs shelled. Rebels said they had reached the city's outskirts.",
        "5 December - Homs attacked.",
        "March 3: Drugs seized.",
        "March 3: Goma besieged.",
    ],
)
def test_a_headed_telegraphic_clause_of_fighting_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, PAGE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lashio fell on November 2.",
        "Lashio, the largest town in northern Shan, fell on November 2 after weeks of fighting.",
    ],
)
def test_a_town_that_fell_with_no_taker_named(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == [("Lashio", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Lashio fell silent on November 2.",
        "Lashio could fall within days.",
        "Mortar shells fell in Lashio on November 2.",
        "Oil fell on Tuesday after the talks.",
        "Lashio fell on hard times after the fighting.",
    ],
)
def test_falling_that_is_no_taking(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


def test_a_second_town_after_as_well_as(extractor: Extractor) -> None:
    text = ("The Taliban capture the city of Maimana, the capital of the northern Faryab Province, as well as the city "
            "of Chaghcharan, the capital of the central Ghor Province.")
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [("Maimana", "taliban"), ("Chaghcharan", "taliban")]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban attack the city of Maimana, the capital of the northern Faryab Province, as well as the city of Chaghcharan.",
        "The Taliban shell the city of Maimana, the capital of the northern Faryab Province, as well as the city of Chaghcharan.",
    ],
)
def test_towns_attacked_as_well_as(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []
