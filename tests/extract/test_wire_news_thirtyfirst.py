"""Session 31 (helper fix31w, issue 10): wire news excerpts, from the misses of holdout31a/b news.

E1 (lexicon.WEAK_FORMS): "eject" is an expelling verb like "expel" ("Shabaab ejected government forces from the town
of X"): the subject gains, the object loses. Twins: a vow to eject, a referee's or the police's ejection, a pilot's.
C1 (country_possessive.py): "the Democratic Republic of the Congo's eastern city of X": the town the possessive of a
country whose name has an "of" in it introduces, never the country. Twins: shelling, a threat, a town still held.
J1 (joined_sides.py): "M23-Twirwaneho fighters", "AFC/M23-Twirwaneho forces": the first of an alliance's joined names
is the side (main took the last). Twins: shelling, an advance, a single group's name.
P1 (loyal_variants.py): "pro-Hadi tribesmen", "fighters loyal to Hadi": a leader's followers under any noun take the
side of the catalogue's "pro-Hadi forces" (main read "pro-Hadi fighters" by the bare noun: the Houthis). Twins: the
followers as the losers, a failed attempt, a rally.
H1 (dated_after.py): "IS has killed hundreds after seizing X last week", "thousands fled after the militants captured
X last week": a change hung with "after" on other news and dated a week or a month back in its own words is background.
Twins: the capture dated on the news day, the capture as the main verb, "over the past week".

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, news_rows

_SOMALIA = dt.date(2017, 3, 14)
_CONGO = dt.date(2025, 1, 27)
_KIVU = dt.date(2025, 12, 9)
_YEMEN = dt.date(2015, 5, 22)


def _rows(extractor: Extractor, text: str, day: dt.date) -> set[tuple[str, str | None, str | None]]:
    return set(news_rows(extractor, text, day))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # E1 (no event on main)
        ("Al-Shabaab fighters ejected government troops from the town of Mahaday in Middle Shabelle region on Tuesday.",
         {("Mahaday", "al-shabaab", "so-gov")}),
        ("Somali forces ejected al-Shabaab militants from Balad after a night of fighting, a commander said.",
         {("Balad", "so-gov", "al-shabaab")}),
        ("Government troops were ejected from the town of Mahaday by al-Shabaab fighters on Tuesday.",
         {("Mahaday", "al-shabaab", "so-gov")}),
    ],
)
def test_e1_eject_is_an_expelling_verb(extractor: Extractor, text: str, want: set[tuple[str, str | None, str | None]]) -> None:
    assert _rows(extractor, text, _SOMALIA) == want


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters vowed to eject government troops from the town of Mahaday.",
        "The referee ejected a Somali striker from the match in Mogadishu on Tuesday.",
        "Police ejected protesters from the town hall in Jowhar on Tuesday.",
        "A pilot ejected from his jet over Balad before it crashed, officials said.",
    ],
)
def test_e1_twins_a_vow_a_match_a_protest_a_pilot(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _SOMALIA) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # C1 (main read the country, "Democratic Republic", as the place)
        ("M23 fighters captured the Democratic Republic of the Congo's eastern town of Sake on Thursday.", {("Sake", "m23", "cd-gov")}),
        ("The rebels said they had seized the Democratic Republic of Congo's eastern city of Bukavu on Sunday.",
         {("Bukavu", "m23", "cd-gov")}),
    ],
)
def test_c1_the_town_a_countrys_possessive_names(extractor: Extractor, text: str, want: set[tuple[str, str | None, str | None]]) -> None:
    assert _rows(extractor, text, _CONGO) == want


@pytest.mark.parametrize(
    "text",
    [
        "M23 fighters shelled the Democratic Republic of the Congo's eastern town of Sake on Thursday.",
        "M23 fighters threatened to capture the Democratic Republic of the Congo's eastern city of Goma.",
        "The Democratic Republic of the Congo's eastern city of Goma remained under army control on Thursday.",
    ],
)
def test_c1_twins_shelling_a_threat_a_town_still_held(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _CONGO) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # J1 (Twirwaneho's on main)
        ("M23-Twirwaneho fighters seized the town of Uvira on Wednesday.", {("Uvira", "m23", "cd-gov")}),
        ("AFC/M23-Twirwaneho forces took control of the town of Sange on Wednesday.", {("Sange", "m23", "cd-gov")}),
    ],
)
def test_j1_an_alliances_joined_name_takes_its_first_side(extractor: Extractor, text: str, want: set[tuple[str, str | None, str | None]]) -> None:
    assert _rows(extractor, text, _KIVU) == want


def test_j1_twin_one_groups_own_name_stays_its_own(extractor: Extractor) -> None:
    rows = _rows(extractor, "Twirwaneho fighters seized the town of Minembwe on Wednesday.", _KIVU)
    assert {(p, g) for p, g, _lo in rows} == {("Minembwe", "twirwaneho")}


@pytest.mark.parametrize(
    "text",
    [
        "M23-Twirwaneho fighters shelled the town of Uvira on Wednesday.",
        "M23-Twirwaneho fighters are advancing on the town of Uvira.",
    ],
)
def test_j1_twins_shelling_and_an_advance(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _KIVU) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # P1 (the Houthis' or no side on main)
        ("Pro-Hadi tribesmen seized control of the town of Harib in Marib province on Friday.", ("Harib", "ye-gov")),
        ("Fighters loyal to Hadi recaptured the town of Sirwah in Marib province on Friday.", ("Sirwah", "ye-gov")),
        ("Pro-Hadi militiamen retook the town of Harib from the Houthis on Friday.", ("Harib", "ye-gov")),
        # the twin: the followers as the losers
        ("Houthi fighters seized the town of Harib from pro-Hadi tribesmen on Friday.", ("Harib", "houthis")),
    ],
)
def test_p1_a_leaders_followers_under_any_noun(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    rows = _rows(extractor, text, _YEMEN)
    assert {(p, g) for p, g, _lo in rows} == {want}
    assert all(lo == ("ye-gov" if want[1] == "houthis" else "houthis") for _p, _g, lo in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Hadi tribesmen failed to seize the town of Harib in Marib province on Friday.",
        "Pro-Hadi tribesmen staged a rally in the town of Harib in Marib province on Friday.",
    ],
)
def test_p1_twins_an_attempt_and_a_rally(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, _YEMEN) == set()


_PALMYRA = dt.date(2015, 5, 25)


def _historical(extractor: Extractor, text: str) -> dict[str, bool]:
    events = extractor.extract(make_article(text, published=_PALMYRA))
    return {e.place.name: e.historical for e in events if e.kind == "change"}


@pytest.mark.parametrize(
    "text",
    [
        # H1 (news on main)
        "The Islamic State group has reportedly killed hundreds after seizing the ancient town of Palmyra last week.",
        "Thousands of residents fled after the militants captured the town of Palmyra last week, activists said.",
    ],
)
def test_h1_a_change_other_news_followed_dated_a_week_back(extractor: Extractor, text: str) -> None:
    assert _historical(extractor, text) == {"Palmyra": True}


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State group has reportedly killed hundreds after seizing the ancient town of Palmyra on Sunday.",
        "The Islamic State group seized the ancient town of Palmyra last week.",
        "The Islamic State group has killed dozens of soldiers after seizing the town of Palmyra over the past week.",
    ],
)
def test_h1_twins_the_news_day_the_main_verb_the_past_week(extractor: Extractor, text: str) -> None:
    assert _historical(extractor, text) == {"Palmyra": False}
