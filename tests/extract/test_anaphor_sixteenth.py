"""Session 16 (helper anaphor16, issue 10): the place named in another sentence, districts of provinces, headline
grammar. Each family is written in our own words with the grammar of real wire ledes and headlines, and each has
negative twins built from the same words.

A1: a lede's "a town" named in the next sentence by a name GeoNames lacks, which that sentence itself locates ("X,
in Lower Juba, lies ...", "X in the Sagaing region is the second capital seized", "Fighting broke out in X, north of
Y") or whose people it names ("residents in X welcomed the troops"): the name is the town. A person the words locate
("Ahmed Nur, in Mogadishu, said") is none.
Q1: "the Warduj district of Badakhshan": the named district changed hands, not the province after "of"; "took the
center of X district": the district's seat, named after "of".
S1: a side's phrase closed by the comma of its relative clause ("Resistance groups who have been fighting the junta,
seized X"): whom they fight is not who they are.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

DAY = dt.date(2024, 5, 6)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Al-Shabaab fighters took over a town near the coast on Sunday, officials said, after army units pulled out. "
         "Dhuunle, in Lower Juba, lies about 40 km from Kismayo.", "Dhuunle"),
        ("Rebel fighters seized a township capital in the north on Tuesday. Maw Lein in the Sagaing region is the second "
         "capital seized by the rebels this month.", "Maw Lein"),
        ("Al Shabaab retook a small town in central Somalia after government troops left it, residents said. Fighting "
         "broke out in Gawaan, north of Beledweyne, on Friday.", "Gawaan"),
        ("Somali soldiers seized a town held by al-Shabaab on Monday, residents said. Dozens of residents in "
         "Qoryooley-Dheer welcomed the troops as they entered.", "Qoryooley-Dheer"),
    ],
)
def test_a_lede_town_is_the_name_the_next_sentence_locates(extractor: Extractor, text: str, place: str) -> None:
    assert [p for p, _g, _lo in _news(extractor, text, DAY)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        # shelled, not taken
        "Al-Shabaab fighters shelled a town near the coast on Sunday, officials said. Dhuunle, in Lower Juba, lies "
        "about 40 km from Kismayo.",
        # an attempt repelled
        "Al-Shabaab fighters tried to take over a town near the coast on Sunday but were repelled. Dhuunle, in Lower "
        "Juba, lies about 40 km from Kismayo.",
        # where the losers fled is not the town taken
        "Somali soldiers seized a town held by al-Shabaab on Monday, residents said. The militants fled to Gawaan, "
        "north of Beledweyne.",
        # a person the next words locate, who speaks
        "Rebel fighters seized a town in the north on Tuesday. Ahmed Nur, in Mogadishu, said the fighting had ended.",
        # residents of a town attacked, not taken
        "Al-Shabaab attacked a town near the coast on Sunday, officials said. Dozens of residents in Dhuunle fled the "
        "fighting.",
    ],
)
def test_a_located_name_without_a_town_taken_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Taliban have taken over the Warduj district of Badakhshan, according to a lawmaker.", "Warduj"),
        ("The Taliban have taken over the Kalafgan district of Takhar province, officials said.", "Kalafgan"),
        ("On Monday, the Taliban took the center of Ghormach district in Faryab Province.", "Ghormach"),
    ],
)
def test_a_district_of_a_province_is_the_district(extractor: Extractor, text: str, place: str) -> None:
    assert [p for p, _g, _lo in _news(extractor, text, DAY)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban attacked the Warduj district of Badakhshan but were pushed back, officials said.",
        "On Monday, the Taliban attacked the center of Ghormach district in Faryab Province but were repelled.",
        "The Taliban took center stage at the talks in Doha on Monday.",
    ],
)
def test_a_district_attacked_or_a_centre_stage_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


def test_a_relative_clause_on_the_side_names_whom_it_fights(extractor: Extractor) -> None:
    text = ("Resistance fighters who have battled the junta for two weeks, seized a district capital in the north on "
            "Monday. Kawlin, in the Sagaing region, is the first capital they have seized.")
    assert _news(extractor, text, DAY) == [("Kawlin", "pdf", "mm-junta")]


# H1: the second verb of a headline's comma pair ("Nigerian military clears Boko Haram, reclaims Rann"), which the parse
# makes the root over the first, shares the first verb's subject.
# H2: "Nigerian troops clear Gwoza of Boko Haram": the plural present "clear" read as an adjective with an object.
# H3: "siezes", a headline's misspelling of "seizes".
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Nigerian military clears Boko Haram, reclaims Rann", ("Rann", "ng-gov", "boko-haram")),
        ("Army clears Boko Haram, reclaims Gwoza", ("Gwoza", "ng-gov", "boko-haram")),
        ("Nigerian troops clear Gwoza of Boko Haram", ("Gwoza", "ng-gov", "boko-haram")),
        ("Iraqi troops clear Baiji of IS fighters", ("Baiji", "iq-gov", "isis")),
        ("Libya's GNA siezes control of Tarhouna and drives Haftar's forces from the west", ("Tarhouna", "ly-gna", "lna")),
    ],
)
def test_headline_grammar_takes_the_town(extractor: Extractor, title: str, want: tuple[str, str, str]) -> None:
    assert _news(extractor, "", DAY, title=title) == [want]


@pytest.mark.parametrize(
    "title",
    [
        "Army clears the way for return of displaced to Gwoza",
        "Nigerian military attacks Boko Haram, rescues hostages in Rann",
        "Iraqi army pounds IS, vows to retake Baiji",
        "Police clear protesters from square",
        "Court clears Gwoza mayor of corruption charges",
        "Nigerian troops clear roads of mines near Gwoza",
        "Police sieze drugs in Tarhouna",
        "Rebels fail to sieze Tarhouna",
    ],
)
def test_headline_grammar_twins_are_no_change(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", DAY, title=title) == []
