"""The lead's fixes of session 42 (issue 10).

- The perfect "have taken" with a share or a site for object passes the prefilter as "took" does ("have taken most of
  X", "has taken the airport of X"): its support words were a shorter list of their own.
- A withdrawal "largely" / "almost entirely" made is partial; a side-less leaving told beside a part taken is the
  same change, not a second whole one.
- A month's name beside a day ("will be held Aug. 20") is no town a lede's "a town" stands for.
- "earlier in the offensive" places a capture in an earlier phase even where the parse hangs the adverb and its "in"
  apart ("seized A and B in the north earlier in the offensive").
- Much or most of a province's capital named as such is that capital, in part.
- A headline's source after a dash is told by its verbs, not its small words ("... - UK Ministry of Defence").
- "They" after a country's opposition ("Syrian opposition groups said they took X") is its rebels, not its state.
- A side that declares a town "under its control", or says it "was under their control", claims the change.
- A bare infinitive joined to a negated one shares its "not" ("told their forces not to enter Kabul and take the city").
- The agent of a capture noun that the parse hangs on the place is the taker ("the capture of Goma by M23 rebels").
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, headline_rows, make_article, news_rows


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, str | None, bool]]:
    return change_rows(extractor, text, dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Islamic State militants have taken most of Ramadi, officials say.", "Ramadi", "isis"),
        ("Rebels have taken half of Aleppo after a week of fighting, activists said.", "Aleppo", "x-rebels-sy"),
        ("Russian forces have taken parts of Bakhmut, the governor said on Tuesday.", "Bakhmut", "ru-forces"),
        ("The Taliban have taken most of Kunduz, a provincial council member said.", "Kunduz", "taliban"),
    ],
)
def test_the_perfect_of_take_with_a_share_reads(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert (place, gaining) in [(p, g) for p, g, _lo in news_rows(extractor, text, dt.date(2015, 5, 20))]


@pytest.mark.parametrize(
    "text",
    [
        "The talks have taken most of the week, officials in Ramadi say.",
        "Rebels have taken part in talks in Aleppo, activists said.",
        "The fighting has taken most of the lives lost in Bakhmut this year, the governor said.",
        "Islamic State militants have taken most of the oil from wells near Ramadi, officials say.",
    ],
)
def test_the_perfect_of_take_with_no_place_taken_stays_quiet(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, dt.date(2015, 5, 20)) == []


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("Government troops have almost entirely withdrawn from Palmyra, an eyewitness said.", True),
        ("Government troops have largely withdrawn from Palmyra, an eyewitness said.", True),
        ("Government troops have withdrawn from Palmyra, an eyewitness said.", False),
        ("Government troops have entirely withdrawn from Palmyra, an eyewitness said.", False),
    ],
)
def test_a_withdrawal_made_almost_whole_is_partial(extractor: Extractor, text: str, partial: bool) -> None:
    events = [e for e in extractor.extract(make_article(text, published=dt.date(2015, 5, 20))) if e.kind == "change"]
    assert [(e.place.name, e.partial) for e in events] == [("Palmyra", partial)]


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants have taken near complete control of Palmyra in Syria, activists say. Government troops have "
        "withdrawn from the city, an eyewitness said.",
        "Islamic State militants have taken most of Palmyra, activists say. Syrian government troops withdrew from "
        "Palmyra on Wednesday.",
    ],
)
def test_a_sideless_leaving_beside_a_part_taken_is_one_change(extractor: Extractor, text: str) -> None:
    events = [e for e in extractor.extract(make_article(text, published=dt.date(2015, 5, 20))) if e.kind == "change"]
    assert [(e.place.name, e.gaining.id if e.gaining else None, e.partial) for e in events] == [("Palmyra", "isis", True)]


def test_a_whole_taking_and_a_whole_leaving_stay_one_whole_change(extractor: Extractor) -> None:
    text = "Islamic State militants have taken Palmyra, activists say. Syrian government troops withdrew from the city on Wednesday."
    events = [e for e in extractor.extract(make_article(text, published=dt.date(2015, 5, 20))) if e.kind == "change"]
    assert [(e.place.name, e.partial) for e in events] == [("Palmyra", False)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("African Union troops seized a town near Mogadishu on Friday. A vote will be held Aug. 20.", []),
        ("African Union troops seized a town near Mogadishu on Friday. A vote will be held on 20 Aug in the capital.", []),
        ("African Union troops seized a town near Mogadishu from al-Shabaab on Friday. A vote will be held Aug. 20. The "
         "troops moved into Afgoye on Friday and most of the town was under their control.", ["Afgoye"]),
    ],
)
def test_a_month_beside_a_day_is_no_town(extractor: Extractor, text: str, want: list[str]) -> None:
    assert sorted({p for p, _g, _lo in news_rows(extractor, text, dt.date(2012, 5, 25))}) == want


@pytest.mark.parametrize(
    ("text", "historical"),
    [
        ("Opposition factions seized Aleppo and Hama in the northwest and centre earlier in the offensive that began on "
         "November 27th.", True),
        ("Opposition factions seized Aleppo and Hama in the northwest earlier in the day, activists said.", False),
        ("Opposition factions seized Aleppo and Hama in the northwest earlier this week.", False),
    ],
)
def test_earlier_in_the_offensive_hung_apart_is_an_earlier_phase(extractor: Extractor, text: str, historical: bool) -> None:
    rows = _rows(extractor, text, "2024-12-07")
    assert {p for p, _g, _lo, _h in rows} >= {"Aleppo", "Hama"}
    assert all(h == historical for _p, _g, _lo, h in rows), rows


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Taliban fighters have taken control of much of the capital of Kunduz province, officials said.", [("Kunduz", "taliban")]),
        ("Taliban fighters have taken control of the capital of Kunduz province, officials said.", [("Kunduz", "taliban")]),
        ("Taliban fighters have shelled much of the capital of Kunduz province, officials said.", []),
    ],
)
def test_much_of_a_province_capital_is_that_capital(extractor: Extractor, text: str, want: list[tuple[str, str]]) -> None:
    assert [(p, g) for p, g, _lo in news_rows(extractor, text, dt.date(2015, 9, 28))] == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Russia has captured most of Lyman - UK Ministry of Defence", [("Lyman", "ru-forces", "ua-forces", True)]),
        ("Ukraine retakes Lyman - head of the army", [("Lyman", "ua-forces", "ru-forces", False)]),
        ("Fighting rages near Lyman - Russia is in the lead", []),
        ("Russia has shelled most of Lyman - UK Ministry of Defence", []),
    ],
)
def test_a_source_after_a_dash_is_told_by_its_verbs(extractor: Extractor, title: str, want: list[tuple[str, str, str, bool]]) -> None:
    assert headline_rows(extractor, title, dt.date(2022, 10, 1)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Syrian opposition groups said they took control of the southern city of Daraa on Saturday.", [("Daraa", "hts")]),
        ("Syrian opposition fighters said they had seized Daraa on Saturday.", [("Daraa", "hts")]),
        ("Syrian opposition politicians met in Geneva. They took control of the talks on Saturday.", []),
    ],
)
def test_they_after_a_country_s_opposition_is_its_rebels(extractor: Extractor, text: str, want: list[tuple[str, str]]) -> None:
    assert [(p, g) for p, g, _lo in news_rows(extractor, text, dt.date(2024, 12, 7))] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The M23 rebel group has declared the key city of Goma under its control.", [("Goma", "m23")]),
        ("M23 rebels declared Goma under their full control on Monday.", [("Goma", "m23")]),
        ("M23 rebels said on Monday Goma was under their control.", [("Goma", "m23")]),
        ("The governor declared Goma under curfew on Monday.", []),
        ("M23 rebels could declare Goma under their control within days.", []),
        ("The army declared the situation in Goma under control on Monday.", []),
        ("M23 rebels said Goma was still under their control on Monday.", []),
        ("M23 rebels said Goma would soon be under their control.", []),
        ("M23 rebels said Goma was not under their control.", []),
    ],
)
def test_a_town_declared_or_said_under_a_side_s_own_control(extractor: Extractor, text: str, want: list[tuple[str, str]]) -> None:
    assert [(p, g) for p, g, _lo in news_rows(extractor, text, dt.date(2025, 1, 27))] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Taliban told their fighters not to enter Kabul and take the city by force.", []),
        ("The group ordered its men not to cross into Kabul and seize the city yet, a spokesman said.", []),
        ("The Taliban did not stop at Ghazni and took Kabul on Sunday.", [("Kabul", "taliban")]),
        ("Taliban fighters managed to enter Kabul and take the city on Sunday.", [("Kabul", "taliban")]),
    ],
)
def test_a_bare_infinitive_shares_the_not_of_the_one_before(extractor: Extractor, text: str, want: list[tuple[str, str]]) -> None:
    assert [(p, g) for p, g, _lo in news_rows(extractor, text, dt.date(2021, 8, 15))] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The capture of Goma by M23 rebels on Monday marks a dramatic escalation.", [("Goma", "m23")]),
        ("Officials confirmed the capture of Goma by M23 rebels on Monday.", [("Goma", "m23")]),
        ("The capture of Goma by Monday would mark a dramatic escalation.", []),
        ("The shelling of Goma by M23 rebels on Monday killed ten people.", []),
    ],
)
def test_the_agent_of_a_capture_noun_hung_on_its_place(extractor: Extractor, text: str, want: list[tuple[str, str]]) -> None:
    assert [(p, g) for p, g, _lo in news_rows(extractor, text, dt.date(2025, 1, 28))] == want
