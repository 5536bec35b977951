"""Session 29 (helper negs29, issue 10): false alerts on news excerpts. Own words, with the grammar of real wire copy.

R1: a retake of a place whose fall the same report dates days or hours back leaves the place where it began, so
neither reading is a change (labelling.md, "Reversals"; ``recent_fall.py``): the fall on the place retaken ("a town
taken Friday by rebels", "held for 10 hours", "captured overnight"), the fall in another sentence told as before the
retake ("had seized the town on Thursday", "since Saturday morning when the rebels overran the district centre"), the
fall first and the retake of "it" next, and "the fall and recapture of X". Twins: a fall dated by a month or a year,
a fall of another named place, an attack that took nothing, the retaker's own capture told again with its hour,
"changed hands several times" (the war's history), a partial retake, a capture with no retake.
L1: a name given only as where the place taken lies ("located about 40 kilometers (25 miles) south of the capital,
Y, and the nearby farms": the parse coordinates Y with the places taken) is no place of the change
(``landmark_place.py``). Twins: a plain distance, "the south of Y" taken.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


def _news(extractor: Extractor, text: str, page: dt.date) -> list[str]:
    """The places the text tells changing hands as news, sorted."""
    return sorted(p for p, _g, _lo in news_rows(extractor, text, page))


@pytest.mark.parametrize(
    ("text", "page"),
    [
        # the fall on the place retaken, by a weekday, in hours or overnight
        ("Government troops regained control of Kadugli, a market town taken Friday by rebel fighters, the United Nations "
         "said on Sunday. Residents who had fled began to come back.", dt.date(2016, 3, 13)),
        ("Soldiers have retaken Buldana, a northern town held for 10 hours by Islamist militants, the army said on Wednesday.",
         dt.date(2018, 5, 9)),
        # the fall in another sentence, told as before the retake
        ("The Nigerian army said Sunday it had recaptured the town of Damasak. Troops recaptured the town Saturday afternoon "
         "from Boko Haram fighters, a spokesman said. Boko Haram had seized the town on Thursday after a fight lasting "
         "several hours.", dt.date(2014, 10, 12)),
        ("Afghan security forces regained control of Dasht Qala district, Takhar province, police said on Sunday. Fifteen "
         "militants were killed in the clashes since Saturday morning when the Taliban overran the district centre.",
         dt.date(2016, 9, 11)),
        ("Government forces retook the town of Kurmuk on Monday. Rebels had taken control of the town on Saturday after a "
         "surprise dawn attack.", dt.date(2015, 4, 20)),
        ("Government forces retook the town of Kurmuk on Monday, two days after the rebels overran the town on Saturday.",
         dt.date(2015, 4, 20)),
        # the fall first, the retake of "it" next
        ("Taliban fighters seized the Ghormach district centre on Sunday, officials said on Tuesday. Government forces "
         "recaptured it on Monday night.", dt.date(2021, 7, 20)),
        # both at once
        ("Afghan forces have retaken a district in Baghlan province that had been seized earlier by Taliban fighters. The "
         "fall and recapture of Dahana district on Monday took place within a few hours, the governor said.",
         dt.date(2016, 9, 20)),
    ],
)
def test_a_retake_after_a_fall_told_days_or_hours_back_is_no_change(extractor: Extractor, text: str, page: dt.date) -> None:
    assert _news(extractor, text, page) == []


@pytest.mark.parametrize(
    ("text", "page", "places"),
    [
        # the fall dated by a month or a year: the retake is the news
        ("The Nigerian army said Sunday it had recaptured the town of Damasak. Troops recaptured the town Saturday afternoon "
         "from Boko Haram fighters, a spokesman said. Boko Haram had seized the town in June and held it since.",
         dt.date(2014, 10, 12), ["Damasak"]),
        ("Government troops regained control of Kadugli, a market town seized by rebel fighters in 2012, the United Nations "
         "said on Sunday.", dt.date(2016, 3, 13), ["Kadugli"]),
        ("Government forces retook the town of Kurmuk on Monday. The town had fallen to rebels in March.",
         dt.date(2015, 4, 20), ["Kurmuk"]),
        ("Afghan forces on Monday retook Dahana district, which the Taliban had held for two years.", dt.date(2016, 9, 20),
         ["Dahana"]),
        # another named place fell, or the place was only attacked
        ("Government forces retook the town of Kurmuk on Monday. Rebels had taken control of Geissan on Saturday after a "
         "surprise dawn attack.", dt.date(2015, 4, 20), ["Kurmuk"]),
        ("The Nigerian army said Sunday it had recaptured the town of Damasak from Boko Haram. Boko Haram fighters had "
         "attacked the town on Thursday but were repelled.", dt.date(2014, 10, 12), ["Damasak"]),
        # the retaker's own capture told again with its hour, or its own earlier gain
        ("Rebel forces loyal to the former vice president have recaptured Renk from government troops. The fighters "
         "attacked Renk at dawn on Tuesday and took full control of the town on Tuesday evening.", dt.date(2014, 1, 15),
         ["Renk"]),
        ("Rebel forces loyal to the former vice president have recaptured Renk from government troops. The rebels seized "
         "the town late Tuesday after a night of shelling.", dt.date(2014, 1, 15), ["Renk"]),
        # the war's history, a partial retake, a capture with no retake
        ("Afghan security forces regained control of Dasht Qala district, Takhar province, police said on Sunday. The "
         "district had changed hands several times since 2015.", dt.date(2016, 9, 11), ["Dasht Qala"]),
        ("Islamic State has recaptured nearly all of Hajin, a monitor said on Saturday. Government forces had overrun "
         "Hajin on Thursday but have since faced counter-attacks.", dt.date(2017, 11, 11), ["Hajin"]),
        ("Rebels captured the town of Kadugli on Friday, residents said on Sunday. They looted shops and the police "
         "station.", dt.date(2016, 3, 13), ["Kadugli"]),
    ],
)
def test_a_retake_or_capture_with_no_recent_fall_undone_stays(
    extractor: Extractor, text: str, page: dt.date, places: list[str]
) -> None:
    assert sorted(set(_news(extractor, text, page))) == places  # (a partial retake may stand next to the fall it answers)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # L1: a name given only as where the place taken lies, with a converted distance and "the capital," between
        ("On Wednesday, government forces took full control of the town of Kanaker, located about 40 kilometers (25 "
         "miles) south of the capital, Damascus, and the nearby farms, the monitor said.", ["Kanaker"]),
        ("On Wednesday, government forces managed to take full control of the town of Kafr Shams, located about 50 "
         "kilometers (31 miles) south-west of the capital, Damascus, and the surrounding hills.", ["Kafr Shams"]),
        # twins: the landmark also taken in its own right, the south of a city taken, a plain distance
        ("Government forces seized the village of Tal Jabin, 15 km north of Aleppo, on Wednesday.", ["Tal Jabin"]),
        ("The army recaptured the south of Aleppo on Wednesday, the monitor said.", ["Aleppo"]),
    ],
)
def test_a_landmark_after_a_distance_is_no_place_taken(extractor: Extractor, text: str, places: list[str]) -> None:
    assert sorted(set(_news(extractor, text, dt.date(2015, 2, 11)))) == places
