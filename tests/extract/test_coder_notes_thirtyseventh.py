"""Session 37 (helper notes37, issue 10): coder notes that report a side's hold as their news.

P, a hold a source reports: a monitor's "Reported that Z controls the town of X", "local sources say Z is in control
of X", "Z reportedly holds A and B", "residents confirmed that X is held by Z", and reported speech's past for it
under a reporting verb other than "said" ("the president stated that the army had control of A and B", "officials
confirmed that the Taliban were in control of X").
The present tense of control alone is who holds a place, and main read it only with "now", a withdrawal or a day
beside it; a note's source or its "reportedly" tells the hold as what the report found (`reported_hold.py`, read by
`control._now_frame`, `control._state_frame` and the active "hold"). Twins from the same words: "still", "long",
"since", "for years", "continues to", "remains in", "until", "before", "in 2013", a pluperfect ("had controlled"), a
relative clause, a negation, a modal, an attempt, a denial or a dispute, a share of the town ("most of X", "60 percent
of X", "most of X district ... are controlled by Z"), the roads, checkpoints, positions, prices or the situation
held, talks and rallies held, a speaker set off after the line ("Z are in full control of X, the ministry said": the
wire's state line), a government's own hold of its capital ("officials said the government controls
Damascus"), and a speaker's own "says it controls X" (read as before, by `control._said_frame`).

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(news_rows(extractor, text, dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # P: each gave no event before
        ("Reported that Houthi forces fully control the town of Harib in Marib governorate.", "2015-04-02",
         [("Harib", "houthis", "ye-gov")]),
        ("Reported that al-Shabaab controls the town of Mahas in Hiiraan region.", "2016-05-02",
         [("Mahas", "al-shabaab", "so-gov")]),
        ("It is reported that al-Shabaab controls Mahas in Hiiraan region.", "2016-05-02", [("Mahas", "al-shabaab", "so-gov")]),
        ("Local sources report that Boko Haram controls the town of Damboa.", "2014-08-02", [("Damboa", "boko-haram", "ng-gov")]),
        ("Residents confirmed that Boko Haram is in control of Damboa.", "2014-08-02", [("Damboa", "boko-haram", "ng-gov")]),
        ("The Observatory said the Islamic State controls the town of Palmyra.", "2015-05-21", [("Palmyra", "isis", "sy-gov")]),
        ("Boko Haram reportedly holds Damboa and Gwoza in Borno state.", "2014-08-02",
         [("Damboa", "boko-haram", "ng-gov"), ("Gwoza", "boko-haram", "ng-gov")]),
        ("Reports indicate that Boko Haram holds the town of Gwoza.", "2014-08-02", [("Gwoza", "boko-haram", "ng-gov")]),
        ("Reported that the Taliban control the district of Musa Qala in Helmand.", "2015-09-01",
         [("Musa Qala", "taliban", "af-gov")]),
        ("Reported that Taliban fighters are in control of Kunduz.", "2015-09-01", [("Kunduz", "taliban", "af-gov")]),
        ("Local sources say the town of Harib is held by Houthi forces.", "2015-04-02", [("Harib", "houthis", "ye-gov")]),
        ("Reported on 2 April that Houthi forces control Harib district in Marib.", "2015-04-02", [("Harib", "houthis", "ye-gov")]),
        ("Reported that al-Shabaab has control of the town of Mahas.", "2016-05-02", [("Mahas", "al-shabaab", "so-gov")]),
        ("Police sources said that ISIS fighters hold the city of Tikrit.", "2014-06-12", [("Tikrit", "isis", "iq-gov")]),
        ("Witnesses said ISIS militants control the city of Tikrit.", "2014-06-12", [("Tikrit", "isis", "iq-gov")]),
        ("According to residents, ISIS militants reportedly control Tikrit.", "2014-06-12", [("Tikrit", "isis", "iq-gov")]),
        ("Afghan officials confirmed that the Taliban control the city of Kunduz.", "2015-09-29", [("Kunduz", "taliban", "af-gov")]),
        ("Reported that SNA forces control the town of Mahas in Hiiraan region.", "2016-05-02", [("Mahas", "so-gov", "al-shabaab")]),
        ("The militants reportedly hold the town of Gwoza.", "2014-08-02", [("Gwoza", "boko-haram", "ng-gov")]),
        # reported speech's past for the present
        ("Afghan officials acknowledged that the city of Kunduz was controlled by the Taliban.", "2015-09-29",
         [("Kunduz", "taliban", "af-gov")]),
        ("Officials confirmed that the Taliban were in control of Kunduz.", "2015-09-29", [("Kunduz", "taliban", "af-gov")]),
        ("The president stated that Azerbaijani forces had control of Jabrayil.", "2020-10-09", [("Jabrayil", "az-forces", "am-forces")]),
        ("Residents confirmed that Boko Haram was in control of Gwoza.", "2014-08-07", [("Gwoza", "boko-haram", "ng-gov")]),
    ],
)
def test_a_hold_a_source_reports_is_a_change(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(extractor, text, day) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Reported that the rebels still control the town of Kafr Nabl in Idlib province.", "2016-03-02"),
        ("Reported that the rebels have controlled the town of Kafr Nabl since 2013.", "2016-03-02"),
        ("Reported that the rebels, who control the town of Kafr Nabl, shelled the army.", "2016-03-02"),
        ("Clashes continued near Kafr Nabl, which the rebels control.", "2016-03-02"),
        ("Reported that the rebels control about 60 percent of Aleppo.", "2016-03-02"),
        ("Reported that the rebels control most of Aleppo.", "2016-03-02"),
        ("Reported that the army does not control the town of Kafr Nabl.", "2016-03-02"),
        ("Reported that the army remains in control of the town of Kafr Nabl.", "2016-03-02"),
        ("Reported that the army continues to control the town of Kafr Nabl.", "2016-03-02"),
        ("Reported that fighting continues for control of the town of Kafr Nabl.", "2016-03-02"),
        ("Reported that the army controls the road to Kafr Nabl.", "2016-03-02"),
        ("Reported that the rebels attempted to control the town of Kafr Nabl.", "2016-03-02"),
        ("The army denied reports that the rebels control the town of Kafr Nabl.", "2016-03-02"),
        ("Reported that the rebels could control the town of Kafr Nabl within days.", "2016-03-02"),
        ("Reported that the army still holds the town of Kafr Nabl.", "2016-03-02"),
        ("Reported that the army holds talks in Damascus with rebel leaders.", "2016-03-02"),
        ("Reported that the army holds positions near Kafr Nabl.", "2016-03-02"),
        ("The rebels reportedly hold a meeting in Kafr Nabl.", "2016-03-02"),
        ("Reported that the rebels have long controlled the town of Kafr Nabl.", "2016-03-02"),
        ("Residents said that the rebels control the checkpoints around Kafr Nabl.", "2016-03-02"),
        ("Reported that the rebels control the town of Kafr Nabl, but the army disputes this.", "2016-03-02"),
        ("The rebels, who reportedly control Kafr Nabl, attacked an army post.", "2016-03-02"),
        ("Reported that the government controls the price of bread in Damascus.", "2016-03-02"),
        ("Reported that the army is in control of the situation in Kafr Nabl.", "2016-03-02"),
        ("Reported that Houthi forces shelled the town of Harib, which is controlled by pro-Hadi forces.", "2015-04-02"),
        ("Reported that the town of Kafr Nabl is still controlled by the rebels.", "2016-03-02"),
        ("Witnesses said ISIS militants attacked the city of Tikrit, which the army controls.", "2014-06-12"),
        ("Witnesses said ISIS militants are trying to control the city of Tikrit.", "2014-06-12"),
        ("Witnesses said ISIS militants hold hostages in the city of Tikrit.", "2014-06-12"),
        ("Police sources said that ISIS fighters hold their positions outside Tikrit.", "2014-06-12"),
        ("Police sources said ISIS wants to control Tikrit.", "2014-06-12"),
        ("The army said ISIS no longer controls Tikrit.", "2014-06-12"),
        ("Afghan officials say the Taliban control large parts of Kunduz.", "2015-09-29"),
        ("Afghan officials say the Taliban have controlled the district of Chahar Dara for years.", "2015-09-29"),
        ("Afghan officials deny that the Taliban control the city of Kunduz.", "2015-09-29"),
        ("Officials said the army will control Kunduz by Friday.", "2015-09-29"),
        ("Reported that al-Shabaab continues to hold Mahas.", "2016-05-02"),
        ("Reported that al-Shabaab remains in control of Mahas.", "2016-05-02"),
        ("Reported that both sides claim to control the village of Gwoza.", "2014-08-02"),
        ("Witnesses said ISIS militants controlled the city of Tikrit in 2014.", "2014-06-12"),
        ("Witnesses said ISIS militants controlled the city of Tikrit for two years.", "2014-06-12"),
        ("Witnesses said ISIS militants controlled the city of Tikrit until the army returned.", "2014-06-12"),
        ("Witnesses said ISIS militants had controlled the city of Tikrit.", "2014-06-12"),
        ("Witnesses said ISIS militants once controlled the city of Tikrit.", "2014-06-12"),
        ("Witnesses said ISIS militants controlled most of Tikrit.", "2014-06-12"),
        ("Witnesses said ISIS militants controlled the city of Tikrit before the offensive.", "2014-06-12"),
        ("Witnesses said ISIS militants held a parade in Tikrit.", "2014-06-12"),
        ("Witnesses said that when ISIS militants controlled Tikrit, they executed soldiers.", "2014-06-12"),
        ("Witnesses said ISIS militants, who controlled the city of Tikrit, attacked Samarra.", "2014-06-12"),
        ("Witnesses said ISIS militants controlled the city of Tikrit during the war.", "2014-06-12"),
        ("Witnesses said ISIS militants had held the city of Tikrit.", "2014-06-12"),
        ('"Most of Bazarak district and the side valleys are controlled by the NRF," a spokesman said.', "2021-09-06"),
        ("Local sources say parts of Bazarak are held by the Taliban.", "2021-09-06"),
        # a bare "said" with a past hold is a state without "now" (test_verbs_twentyfourth)
        ("Witnesses said ISIS militants controlled the city of Tikrit.", "2014-06-12"),
        ("Residents said Boko Haram was in control of Gwoza.", "2014-08-07"),
        # a speaker set off after the line tells a state (classifier24's ROLE_READ)
        ("Afghan army troops are in full control of Kunduz, the ministry said.", "2015-10-01"),
        ("Boko Haram controls the town of Gwoza, residents said.", "2014-08-07"),
        ("Afghan army troops were in full control of Kunduz, the ministry said.", "2015-10-01"),
        # a government's own hold of its capital is its status
        ("Officials said the government controls Damascus.", "2016-03-02"),
        ("Officials confirmed that the army is in full control of Baghdad.", "2014-06-12"),
    ],
)
def test_a_reported_hold_twin_takes_nothing(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []
