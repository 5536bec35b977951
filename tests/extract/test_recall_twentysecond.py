"""Wire copy and headlines missed (session 22, helper recall22, issue 10): going in that puts the other side out, a
verbless headline's capture noun, a capture noun whose sentence tells what it brings about, the Nigerian press's day
before a passive participle, and a named refugee camp left.

E1 (entry_grounds.py, frames.py): "fought their way into X, pushing out Z", "entered X and drove out Z": going in
(or fighting one's way in) is a capture when the same sentence says the other side was put out, which is its loser.
N1 (headline_nominal.py): "Liberation of X", "Fall of X", "Kurdish capture of X just a start on ...": a headline with
no verb whose head is a capture noun and its town.
N2 (news_nominal.py): "X's capture follows the recapture of Y", "The fall of X shows that ...", "The fall of X on
Saturday marks ...": the present of what a capture brings about, and a day of the news's week on the noun.
P1 (lexicon.parse_form): "The town of X was on Sunday reportedly taken over by Z after fierce battle": the day
between the auxiliary and the participle.
C1 (frames._shelter): "withdraws from Jabalia refugee camp": a camp of refugees named as a town is the town (an
"IDP camp" stays a shelter).
S1 (extractor._unnamed_side, prefilter): "Mali Islamists retake town of Douentza", "Islamists took the town of X": the
unnamed Islamists of the place's country, written with a capital (read as a name, its plural left on the lemma).
Each with twins of the same words: fighting still under way, an aim, people put out, a prospect, a memory, a
feature, a past verdict, an attack, a denial, a raid, a shelter.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides
from .conftest import news_rows as _news

Row = tuple[str, str | None, str | None]

JAN17, AUG11, MAY24, JUN24 = dt.date(2017, 1, 23), dt.date(2011, 8, 14), dt.date(2024, 5, 31), dt.date(2024, 6, 1)
APR15, NOV15, MAY15, FEB25 = dt.date(2015, 4, 10), dt.date(2015, 11, 13), dt.date(2015, 5, 21), dt.date(2025, 2, 3)
AUG16, FEB17, OCT16 = dt.date(2016, 8, 14), dt.date(2017, 2, 6), dt.date(2016, 10, 17)

NEWS_POSITIVE: list[tuple[str, dt.date, list[Row]]] = [
    # E1: going in that puts the other side out
    ("Yemeni army forces backed by the coalition fought their way into the coastal city of Mocha on Monday, officials "
     "said, pushing out the Houthi militia.", JAN17, [("Mocha", "ye-gov", "houthis")]),
    ("Government troops battled their way into the port city of Mocha, driving out the Houthis.", JAN17,
     [("Mocha", "ye-gov", "houthis")]),
    ("Yemeni government forces entered Mocha on Tuesday, pushing out the Houthi fighters.", JAN17,
     [("Mocha", "ye-gov", "houthis")]),
    ("Somali troops entered Qandala on Friday and drove out the al-Shabaab militants, officials said.", JAN17,
     [("Qandala", "so-gov", "al-shabaab")]),
    # N2: the present of what a capture brings about, a day of the news's week on the noun
    ("Rahad's capture follows the January 30 recapture of Um Ruwaba, the second city of North Kordofan.", FEB25,
     [("Rahad", None, None)]),
    ("The fall of Ramadi shows that the group can still mount offensives.", MAY15, [("Ramadi", None, None)]),
    ("The fall of Sirte on Saturday marks a major setback for the Islamic State.", AUG16, [("Sirte", None, None)]),
    ("The capture of Manbij on Friday gives the SDF a key supply route.", AUG16, [("Manbij", None, None)]),
    ("Sinja's capture follows the army's advance along the Blue Nile, the statement said.", dt.date(2024, 11, 25),
     [("Sinja", None, None)]),
    # P1: the day between the auxiliary and the participle
    ("The town of Damasak in Borno State was on Sunday reportedly taken over by the Boko Haram militants after fierce "
     "battle with the army.", FEB17, [("Damasak", "boko-haram", "ng-gov")]),
    ("The town of Damasak was on Sunday captured by Boko Haram militants.", FEB17, [("Damasak", "boko-haram", "ng-gov")]),
    ("Damasak was on Monday night recaptured by troops of the Nigerian Army.", FEB17, [("Damasak", "ng-gov", None)]),
    # S1: the unnamed Islamists, written with a capital
    ("Islamists took the town of Douentza on Saturday, residents said.", dt.date(2012, 9, 1), [("Douentza", "x-islamists-ml", None)]),
    # C1: a named refugee camp left
    # (session 36: "... after a three-week operation" is the end of the army's own raid, no change (labelling.md, "a raid
    # or an incursion that left"; raid_leaving.left_after_operation): the camp named as a town is read without it)
    ("The Israeli army withdrew from the Jabalia refugee camp on Friday.", MAY24, [("Jabalia", "hamas", "idf")]),
]

NEWS_NEGATIVE: list[tuple[str, dt.date]] = [
    # E1 twins: fighting still under way, an aim, people put out, pushed back
    ("Libyan rebels fought their way into the strategic city of Zawiya on Saturday, battling snipers on rooftops and "
     "heavy shelling from government forces holding the city.", AUG11),
    ("Yemeni government forces fought their way into Mocha on Monday and clashes continued with the Houthis.", JAN17),
    ("Yemeni government forces fought their way into Mocha on Monday, trying to push out the Houthis.", JAN17),
    ("Yemeni government forces entered Mocha on Monday, forcing out hundreds of residents.", JAN17),
    ("Yemeni government forces entered Mocha on Monday, pushing the Houthis back.", JAN17),
    ("Riot police fought their way into the market in Mocha, pushing out protesters.", JAN17),
    # N2 twins: a past verdict, a prospect, a date of long ago
    ("The capture of Rahad followed the recapture of Um Ruwaba.", FEB25),
    ("The capture of Rahad would follow the recapture of Um Ruwaba.", FEB25),
    ("The capture of Manbij in June gave the SDF a key route.", AUG16),
    ("The fall of Manbij on Friday would mark a blow to the Islamic State.", AUG16),
    # P1 twins: an attack, an attempt beaten back, a denial
    ("Damasak was on Sunday attacked by Boko Haram insurgents.", FEB17),
    ("Damasak was on Sunday nearly taken over by Boko Haram insurgents before troops repelled them.", FEB17),
    ("Damasak was on Sunday not taken by Boko Haram, the army said.", FEB17),
    ("Eleven villagers were on Sunday killed when Boko Haram insurgents stormed Damasak.", FEB17),
    # S1 twins: an attack, an aim
    ("Islamists attacked the town of Douentza on Saturday.", dt.date(2012, 9, 1)),
    ("Islamists in Mali vowed on Saturday to take the town of Douentza.", dt.date(2012, 9, 1)),
    # C1 twins: a raid, a camp of displaced people
    ("Israeli forces raided the Jabalia refugee camp on Friday.", JUN24),
    ("RSF fighters withdrew from the Zamzam IDP camp on Friday after looting it.", JUN24),
    # (session 36) the end of the army's own operation: a raid left
    ("The Israeli army withdrew from the Jabalia refugee camp on Friday after a three-week operation.", MAY24),
]

HEAD_POSITIVE: list[tuple[str, dt.date, list[Row]]] = [
    # N1: a verbless headline's capture noun
    ("Liberation of Palmyra", APR15, [("Palmyra", None, None)]),
    ("Fall of Palmyra", MAY15, [("Palmyra", None, None)]),
    ("Kurdish capture of Sinjar just a start on beating Islamic State", NOV15, [("Sinjar", None, None)]),
    ("Capture of Sinjar a boost for Kurds", NOV15, [("Sinjar", None, None)]),
    # S1
    ("Mali Islamists retake town of Douentza", dt.date(2012, 9, 2), [("Douentza", "x-islamists-ml", None)]),
    ("Mali Islamists take strategic town of Douentza", dt.date(2012, 9, 1), [("Douentza", "x-islamists-ml", None)]),
    # C1
    ("Israeli army withdraws from Jabalia refugee camp", JUN24, [("Jabalia", "hamas", "idf")]),
]

HEAD_NEGATIVE: list[tuple[str, dt.date]] = [
    # N1 twins: an operation begun, a contest, a memory, a feature, a prospect, a person, things seized
    ("Liberation of Mosul begins", OCT16),
    ("Battle for liberation of Mosul", OCT16),
    ("Iraq marks anniversary of liberation of Mosul", OCT16),
    ("Fall of Kabul: one year on", dt.date(2022, 8, 15)),
    ("Liberation of Mosul 'within weeks'", OCT16),
    ("Road to the liberation of Mosul", OCT16),
    ("Liberation of Mosul: how the battle unfolded", OCT16),
    ("Capture of IS commander in Mosul", OCT16),
    ("Seizure of weapons in Kirkuk", OCT16),
    ("Fall of the dollar in Kabul markets", OCT16),
    # S1 twin: an aim
    ("Islamists in Mali vow to take town of Douentza", dt.date(2012, 9, 1)),
    # C1 twin: a raid
    ("Israeli forces raid Jabalia refugee camp", JUN24),
    ("Israeli army withdraws from Jabalia refugee camp after weeks of operation", JUN24),  # (session 36) a raid's end
]


@pytest.mark.parametrize(("text", "published", "expected"), NEWS_POSITIVE)
def test_news_change_is_read(extractor: Extractor, text: str, published: dt.date, expected: list[Row]) -> None:
    assert sorted(_news(extractor, text, published)) == sorted(expected)


@pytest.mark.parametrize(("text", "published"), NEWS_NEGATIVE)
def test_news_twin_is_no_change(extractor: Extractor, text: str, published: dt.date) -> None:
    assert _news(extractor, text, published) == []


@pytest.mark.parametrize(("title", "published", "expected"), HEAD_POSITIVE)
def test_headline_change_is_read(extractor: Extractor, title: str, published: dt.date, expected: list[Row]) -> None:
    assert sorted(sides(headline_changes(extractor, title, published=published))) == sorted(expected)


@pytest.mark.parametrize(("title", "published"), HEAD_NEGATIVE)
def test_headline_twin_is_no_change(extractor: Extractor, title: str, published: dt.date) -> None:
    assert headline_changes(extractor, title, published=published) == []
