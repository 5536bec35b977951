"""Session 24 (helper verbs24, issue 10): capture, entry and state verbs the rules did not know, counted in the seven
spent real sets' misses and read afresh. In our own words, keeping the real grammar:

- an entry into a town its own sentence gives to the other side: the town set off as that side's stronghold, a town
  that had fallen to it ("re-entered X, a month after it fell to Z"), or one the side going in had besieged;
- "stormed into X" and "made their way into X": entries, a capture only with what makes an entry one;
- "X is now held by Z" (the passive of "hold" read as "now controlled by" is); reported speech's past "said Z now
  controlled X", "said Z now had control of X";
- "Z were in control of X by Thursday evening" (a hold reached within the day told);
- a withdrawal "allowing Z to take control of X" (the permission done as the deed it follows);
- a capture noun as what an operation resulted in / led to ("resulted in the recapture of X"), its side who led it;
- an agentless passive's taker from "during Taliban assaults", and "were overrun" read as the passive it is;
- "near complete control" (partial); "Syria Democratic Forces" and "Operation Euphrates Shield" as sides.

Twins from the same words: a side's own stronghold, an unnamed one, a fall still to come, a siege laid by the other
side, raiders storming in, a bare entry, "still held", a relative clause, a hold to come or denied, a year, a
withdrawal still to come, an outcome that could follow, an aim, an attack, soldiers captured, an assault repelled.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, news_rows

Row = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # E24a an entry into the other side's town: its stronghold, a town fallen to it, a town the side besieged
        ("GNA forces entered Tarhuna, Khalifa Haftar's last western stronghold, on Friday.", dt.date(2020, 6, 6),
         [("Tarhuna", "ly-gna", "lna")]),
        ("Congolese troops marched into the last rebel bastion, Bunagana, on Wednesday.", dt.date(2013, 10, 30),
         [("Bunagana", "cd-gov", None)]),
        ("Pro-government militias re-entered Uvira on Sunday, six weeks after it fell to M23 fighters.", dt.date(2025, 3, 10),
         [("Uvira", "cd-gov", "m23")]),
        ("Syrian troops entered Kanaker in Rural Damascus after besieging the town for nearly a month.", dt.date(2021, 7, 5),
         [("Kanaker", "sy-gov", None)]),
        # E24b "stormed into", "made their way into", with what makes the entry a capture
        ("Peshmerga fighters stormed into Sinjar after besieging the town for a week.", dt.date(2015, 11, 13),
         [("Sinjar", "peshmerga", "isis")]),
        ("Somali troops made their way into Beledweyne after al-Shabaab fighters left the town.", dt.date(2023, 6, 10),
         [("Beledweyne", "so-gov", "al-shabaab")]),
        # E24c state verbs with what makes the state the change: "now held by", "in control of X by <hour>"
        ("Lashio is now held by the MNDAA, residents said on Monday.", dt.date(2024, 8, 5), [("Lashio", "mndaa", "mm-junta")]),
        ("Residents said Houthi fighters were in control of Aden by Thursday evening.", dt.date(2015, 4, 3),
         [("Aden", "houthis", "ye-gov")]),
        # reported speech shifts "now controls" / "now has control" back
        ("The governor said Russian forces now controlled Lysychansk.", dt.date(2022, 6, 10), [("Lysychansk", "ru-forces", "ua-forces")]),
        # (session 26: Syria's army against the rebels of 2011-13 is a two-sided phase of the table, so the loser is the rebels')
        ("Residents said Syrian troops now had control of Douma.", dt.date(2012, 11, 26), [("Douma", "sy-gov", "sy-opposition")]),
        # E24d a withdrawal allowing the other side to take control
        ("Government forces withdrew after the assault, allowing the LNA to take control of Gharyan.", dt.date(2019, 8, 26),
         [("Gharyan", "lna", "ly-gna")]),
        # E24e a capture noun as the outcome of an operation, its side who led it
        ("An offensive led by the Somali National Army resulted in the recapture of Mahaday on Tuesday.", dt.date(2023, 6, 10),
         [("Mahaday", "so-gov", "al-shabaab")]),
        # E24f an agentless passive's taker named on the assault it happened in; "were overrun" as a passive
        ("Baharak was captured during a Taliban assault on Monday.", dt.date(2017, 3, 1), [("Baharak", "taliban", "af-gov")]),
        ("Baharak was overrun during a Taliban assault on Monday.", dt.date(2017, 3, 1), [("Baharak", "taliban", "af-gov")]),
        # E24g sides written another way
        ("Syria Democratic Forces captured Manbij from the Islamic State on Friday.", dt.date(2016, 8, 13),
         [("Manbij", "sdf", "isis")]),
        ("The Islamic State lost al-Bab to Operation Euphrates Shield on Thursday.", dt.date(2017, 2, 25),
         [("al-Bab", "sna-syria", "isis")]),
    ],
)
def test_verb_is_a_change(extractor: Extractor, text: str, published: dt.date, want: list[Row]) -> None:
    assert news_rows(extractor, text, published) == want


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a side's own stronghold, a stronghold of no side, a fall still to come, a siege laid by the other side
        ("Haftar's forces entered Tarhuna, their last western stronghold, on Friday.", dt.date(2020, 6, 6)),
        ("GNA forces entered Tarhuna, a stronghold, on Friday.", dt.date(2020, 6, 6)),
        ("M23 rebels entered Bunagana, the last rebel stronghold in the east, on Wednesday.", dt.date(2013, 10, 30)),
        ("Islamic State fighters entered Sinjar, an Islamic State stronghold, on Friday.", dt.date(2015, 11, 13)),
        # a stronghold that is not the other side's last: a raid's grammar too
        ("Israeli troops entered Jenin, a militant stronghold, on Monday.", dt.date(2023, 7, 3)),
        ("Peshmerga fighters entered Sinjar, an Islamic State stronghold, on Friday.", dt.date(2015, 11, 13)),
        ("Pro-government militias entered Uvira on Sunday, weeks before it fell to M23 fighters.", dt.date(2025, 3, 10)),
        ("Syrian troops entered Kanaker after rebels had besieged the town for nearly a month.", dt.date(2021, 7, 5)),
        ("GNA forces tried to enter Tarhuna, Khalifa Haftar's last western stronghold, on Friday.", dt.date(2020, 6, 6)),
        # raiders storming in, a bare entry, people who are no side
        ("Gunmen stormed into Sinjar on Monday and killed ten people.", dt.date(2015, 11, 13)),
        ("Peshmerga fighters stormed into Sinjar on Friday.", dt.date(2015, 11, 13)),
        ("Somali troops made their way into Beledweyne on Wednesday.", dt.date(2023, 6, 10)),
        ("Aid workers made their way into Beledweyne after al-Shabaab fighters left the town.", dt.date(2023, 6, 10)),
        # a hold told as lasting, described, or denied
        ("Lashio is still held by the army, residents said on Monday.", dt.date(2024, 8, 5)),
        ("Lashio, which is now held by the MNDAA, was bombed on Monday.", dt.date(2024, 8, 5)),
        ("Lashio has been held by the army since 2009.", dt.date(2024, 8, 5)),
        ("The governor said Russian forces still controlled Lysychansk.", dt.date(2022, 6, 10)),
        ("By 2015 Russian forces now controlled Lysychansk.", dt.date(2022, 6, 10)),
        ("Residents said Syrian troops had control of Douma.", dt.date(2012, 11, 26)),
        ("Residents said Syrian troops still had control of Douma.", dt.date(2012, 11, 26)),
        # a hold to come, expected, denied, or dated by a year
        ("Residents said Houthi fighters will be in control of Aden by Thursday evening.", dt.date(2015, 4, 3)),
        ("Houthi fighters were expected to be in control of Aden by Thursday evening.", dt.date(2015, 4, 3)),
        ("Houthi fighters were not in control of Aden by Thursday evening.", dt.date(2015, 4, 3)),
        ("Houthi fighters were in control of Aden by 2015.", dt.date(2015, 4, 3)),
        # a withdrawal still to come, or hoped for
        ("Government forces will withdraw, allowing the LNA to take control of Gharyan.", dt.date(2019, 8, 26)),
        ("Government forces withdrew on Monday, hoping to allow the LNA to take control of Gharyan.", dt.date(2019, 8, 26)),
        # an outcome that could follow or did not, an aim, a capture of people
        ("An offensive led by the Somali National Army could result in the recapture of Mahaday.", dt.date(2023, 6, 10)),
        ("An offensive led by the Somali National Army did not result in the recapture of Mahaday.", dt.date(2023, 6, 10)),
        ("The Somali army launched an operation aimed at the recapture of Mahaday.", dt.date(2023, 6, 10)),
        ("The fighting led to the capture of two soldiers near Mahaday.", dt.date(2023, 6, 10)),
        # a town attacked in an assault, soldiers captured in one, an assault repelled
        ("Baharak was attacked during a Taliban assault on Monday.", dt.date(2017, 3, 1)),
        ("Two soldiers were captured during a Taliban assault on Baharak on Monday.", dt.date(2017, 3, 1)),
        ("The Taliban assault on Baharak was repelled on Monday.", dt.date(2017, 3, 1)),
    ],
)
def test_verb_twin_is_no_change(extractor: Extractor, text: str, published: dt.date) -> None:
    assert news_rows(extractor, text, published) == []


@pytest.mark.parametrize("near", ["near complete", "near-complete", "almost complete"])
def test_near_complete_control_is_partial(extractor: Extractor, near: str) -> None:
    # "near" read as a preposition lost the verb's object; hyphened in the parsed text it is the partial it says
    text = f"Kurdish forces have taken {near} control of Manbij, the group said."
    events = [e for e in extractor.extract(make_article(text, published=dt.date(2016, 8, 13))) if e.kind == "change"]
    assert [(e.place.name, e.gaining.id if e.gaining else None, e.partial) for e in events] == [("Manbij", "sdf", True)]
