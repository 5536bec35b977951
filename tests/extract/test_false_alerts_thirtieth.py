"""Session 30 (helper precision30, issue 10): false events and history read as news, from the spent sets' FALSE and
HISTORICAL-AS-NEWS lines. Own words, with the grammar of real wire copy and monitors' notes.

H1 (short_hold.py): a retake "hours after it was seized by a <Demonym> rebel group": the by-agent names the taker,
not another place, so the retake undoes a fall told in the same sentence (labelling.md, "Reversals"; the committed
case rg-n9-12 is relabelled so). Twins: the fall weeks back, another named place's fall.
N1 (undone.py): a capture given up "the next day" / "the following day" by the same side, in the sentence after it
("But the next day, the rebel groups retreated from those sites"). Twins: the side going on the next day, the side
leaving another named place.
M1 (modality.py): a bare infinitive under a "help" still to come ("could help the militants gain control of X") is a
prospect. Twin: "helped the militants gain control of X on Sunday".
D1 (month_spelling.py, dates.py): a misspelt month ("On Januray 3") dates an older capture as background. Twin: the
same sentence dated the day before the story.
Q1 (quarter.py): "<big city> district" is one of the city's quarters, unnamed ("Islamists lose Benghazi district"),
and "the south Benghazi district of Ganfuda" is Ganfuda. Twins: Afghan and Yemeni districts named after their seat,
the city itself taken.
T1 (headline_disputed.py): a hedged headline ("Rebels said to seize major Syrian city") whose every body telling is
disputed by the other side is no change. Twins: a headline told as fact, a body dispute over another place.
R1 (extractor._antecedent): "the last settlement in the Kursk region" never stands for Kursk.
P1 (fuller_name.py): a headline's "Hammam at Tawil" parsed as "Hammam" beside the body's "Hammam at-Tawil" is one
place, not a second event. Twins: two longer names a short one could be, another side's reading, a resolved name.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from townwatch_extract.dates import find_time_refs
from townwatch_extract.extractor import Extractor
from townwatch_extract.fuller_name import fuller_names

from .conftest import headline_changes, news_rows, sides


def _news(extractor: Extractor, text: str, page: dt.date, title: str | None = None) -> set[tuple[str, str | None, str | None]]:
    return set(news_rows(extractor, text, page, title))


# --- no change: each read a change on main (all but the two marked "main too") ------------------------------------
@pytest.mark.parametrize(
    ("title", "text", "page"),
    [
        # H1
        (None, "The army took back the town of Lubero on Tuesday, hours after it was seized by a Ugandan rebel group.", dt.date(2014, 5, 8)),
        # N1
        (None, "On 4 May, the rebel groups captured Kafr Zita village and its hill. But the next day, the rebel groups retreated "
         "from those sites after heavy shelling.", dt.date(2019, 5, 6)),
        (None, "On 4 May, the rebel groups captured Kafr Zita village. The following day, the rebel groups withdrew from the "
         "village after a ground attack by the army.", dt.date(2019, 5, 6)),
        # M1
        (None, "The fall of the four towns could help the militants gain control of Baghdad.", dt.date(2014, 6, 22)),
        (None, "Analysts said the new road may help the rebels take Aleppo.", dt.date(2014, 6, 22)),  # (main too)
        # D1
        (None, "Troops entered the city of Sennar on Monday. On Januray 3, the Sudanese army recaptured the town of Um Rawaba.",
         dt.date(2025, 1, 20)),
        (None, "Troops entered the city of Sennar on Monday. On Feburary 3, the Sudanese army recaptured the town of Um Rawaba.",
         dt.date(2025, 3, 20)),
        # Q1
        (None, "Islamists lose Benghazi district to Haftar's forces", dt.date(2017, 1, 26)),
        (None, "Libya forces retake Benghazi district from Islamist militants", dt.date(2017, 1, 26)),
        # T1
        ("Rebels said to seize major Syrian city",
         "Syrian rebels overran a major northwestern city on Saturday, rebel sources said. The rebel alliance was said to have "
         "taken control of Jisr al-Shughur on Saturday after four days of clashes. State media, however, disputed the claim, "
         "saying the army had stopped the attack.", dt.date(2015, 4, 25)),
        # R1 (main too: the denial in the last sentence)
        ("Moscow says Kursk fully retaken",
         "Russia's army chief said on Saturday his forces had regained full control of the region. During a call with the "
         "president, he said: \"Today, the last settlement in the Kursk region, the village of Oleshnya, has been liberated "
         "from Ukrainian forces.\" Kyiv says its troops are still fighting in Kursk.", dt.date(2025, 4, 26)),
    ],
)
def test_no_change(extractor: Extractor, title: str | None, text: str, page: dt.date) -> None:
    assert _news(extractor, text, page, title) == set()


# --- twins: the same words with a change that stands ------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "text", "page", "expected"),
    [
        # H1: the fall weeks back; another named place's fall
        (None, "The army took back the town of Lubero on Tuesday, two weeks after it was seized by a Ugandan rebel group.",
         dt.date(2014, 5, 8), {"Lubero"}),
        (None, "The army took back the town of Lubero on Tuesday, hours after the militia overran Butembo.", dt.date(2014, 5, 8),
         {"Lubero", "Butembo"}),
        # N1: the side goes on; the side leaves another named place
        (None, "On 4 May, the rebel groups captured Kafr Zita village and its hill. The next day, the rebel groups advanced "
         "toward Latamina.", dt.date(2019, 5, 6), {"Kafr Zita"}),
        (None, "On 4 May, the rebel groups captured Kafr Zita village and its hill. The next day, the rebel groups retreated "
         "from Latamina after heavy shelling.", dt.date(2019, 5, 6), {"Kafr Zita"}),
        # M1: help that happened
        (None, "Air strikes helped the militants gain control of Ramadi on Sunday.", dt.date(2014, 6, 22), {"Ramadi"}),
        # D1: the same capture dated the day before the story
        (None, "Troops entered the city of Sennar on Monday. On January 19, the Sudanese army recaptured the town of Um Rawaba.",
         dt.date(2025, 1, 20), {"Um Rawaba"}),
        # Q1: a district named after its seat; the city itself; the named quarter
        (None, "Taliban seize Nad Ali district", dt.date(2016, 1, 26), {"Nad Ali"}),
        (None, "Houthis seize Bayhan district", dt.date(2016, 1, 26), {"Bayhan"}),
        (None, "Haftar's forces seize Benghazi", dt.date(2017, 1, 26), {"Benghazi"}),
        (None, "The Libyan National Army took control of the south Benghazi district of Ganfuda on Monday.", dt.date(2017, 1, 26),
         {"Ganfuda"}),
        # T1: the headline as fact; the dispute about another place
        ("Rebels seize major Syrian city",
         "Syrian rebels overran a major northwestern city on Saturday, rebel sources said. The rebel alliance took control of "
         "Jisr al-Shughur on Saturday after four days of clashes. State media said the army would fight on.",
         dt.date(2015, 4, 25), {"Jisr al-Shughur"}),
        # R1: the town a later sentence calls "the town"
        (None, "Russian forces have recaptured the town of Sudzha, the defence ministry said. The town was taken on Saturday "
         "after weeks of fighting.", dt.date(2025, 3, 15), {"Sudzha"}),
    ],
)
def test_twins_stay(extractor: Extractor, title: str | None, text: str, page: dt.date, expected: set[str]) -> None:
    assert {p for p, _g, _lo in _news(extractor, text, page, title)} >= expected


def test_a_retake_weeks_after_keeps_both_sides(extractor: Extractor) -> None:
    rows = _news(extractor, "The army took back the town of Lubero on Tuesday, two weeks after it was seized by a Ugandan "
                 "rebel group.", dt.date(2014, 5, 8))
    assert all(g is not None for _p, g, _lo in rows)


def test_misspelt_months_resolve() -> None:
    published = dt.date(2025, 3, 20)
    for text, month in (("On Januray 3, the army advanced.", 1), ("On Feburary 3, the army advanced.", 2),
                        ("On 3 Setpember, the army advanced.", 9), ("On Decmber 3, the army advanced.", 12)):
        dates = [r.date for r in find_time_refs(text, published) if r.date is not None]
        assert dates and dates[0].month == month and dates[0].day == 3, text


def test_short_words_are_not_months() -> None:
    # only long names are read misspelt: the short ones' swaps ("Mya", "Jnue", "Spet") stay undated
    published = dt.date(2025, 3, 20)
    for text in ("On Mya 3, the army advanced.", "On Jnue 3, the army advanced.", "On Spet 3, the army advanced."):
        assert [r for r in find_time_refs(text, published) if r.kind in ("mdy", "dmy")] == [], text


def test_the_city_district_headline_has_no_event_but_the_city_headline_does(extractor: Extractor) -> None:
    assert sides(headline_changes(extractor, "Islamists lose Benghazi district to Haftar's forces", published=dt.date(2017, 1, 26))) == []
    assert [p for p, _g, _lo in sides(headline_changes(extractor, "Islamists lose Benghazi to Haftar's forces", published=dt.date(2017, 1, 26)))] == ["Benghazi"]


@pytest.mark.parametrize("village", ["Hammam", "Khirbet"])
def test_a_shortened_headline_name_is_the_body_s_place(extractor: Extractor, village: str) -> None:
    rows = _news(extractor, f"In the early morning fighters of the Islamic State (IS) started an offensive. The IS was able to "
                 f"capture the town of Sarrin, as well as the village of {village} at-Tawil, a further six kilometres south.",
                 dt.date(2016, 3, 3), f"Raqqa front: IS captures Sarrin and {village} at Tawil")
    assert {p for p, _g, _lo in rows} == {"Sarrin", f"{village} at-Tawil"}


@dataclass(frozen=True)
class _P:
    name: str
    geonames_id: int | None = None
    site_kind: str | None = None
    country_code: str | None = "SY"


@dataclass(frozen=True)
class _A:
    id: str


@dataclass(frozen=True)
class _C:
    place: _P
    gaining: _A | None


def test_fuller_names_twins() -> None:
    isis, sdf = _A("isis"), _A("sdf")
    # two longer names the short one could stand for: left as it is
    found = [_C(_P("Tal"), isis), _C(_P("Tal Abyad"), isis), _C(_P("Tal Tamr"), isis)]
    assert [c.place.name for c in fuller_names(found)] == ["Tal", "Tal Abyad", "Tal Tamr"]
    # another side's reading, a resolved name, another country: left as they are
    assert fuller_names([_C(_P("Hammam"), isis), _C(_P("Hammam at-Tawil"), sdf)])[0].place.name == "Hammam"
    assert fuller_names([_C(_P("Hama", geonames_id=1), isis), _C(_P("Hama airfield"), isis)])[0].place.name == "Hama"
    assert fuller_names([_C(_P("Hammam", country_code="IQ"), isis), _C(_P("Hammam at-Tawil"), isis)])[0].place.name == "Hammam"
    # the one fuller name
    assert fuller_names([_C(_P("Hammam"), isis), _C(_P("Hammam at-Tawil"), isis)])[0].place.name == "Hammam at-Tawil"
