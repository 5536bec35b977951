"""Session 34 (helper precision34, issue 10): false events on near misses of real reporting of 2011-2018.

F1 (fighting_there.py, used by contested.contested): a side's word that it took a place, answered in the same report by
fighting told as going on "there" or inside "the city" ("the military said X had been fully retaken, but officers said
there was still fighting there"; "claimed to have retaken control of X, clashes are routinely reported both inside
and outside the city"; "Local officials said fighting there continued into the evening") is a contested claim: no
change. Read in wire copy from Mosul (2016, 2017), Ramadi (2014) and Fallujah (2016). Twins: a capture the reporter
tells as fact with fighting there after it, fighting before the capture ("after fighting there for a week", "after
clashes were reported in the town"), fighting in another named place ("in the nearby town of Y"), a partial capture
with fighting in the rest, the taker's mopping up ("as troops cleared the last pockets").

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_DAY = dt.date(2016, 11, 12)


@pytest.mark.parametrize(
    "text",
    [
        # F1: the claim answered by fighting going on "there"
        "The army said on Saturday the town of Qalat had been fully retaken, but officers told reporters on Sunday there was "
        "still fighting there.",
        "Troops have liberated the town of Qoryoley, a military spokesman said. Local officials said fighting there continued "
        "into the evening.",
        "Iraqi forces said they had recaptured the town of Baiji, though clashes there were still raging on Monday.",
        # F1: or inside "the city", "the town"
        "Although government forces claimed to have retaken control of Qalat, clashes are routinely reported both inside and "
        "outside the city.",
        "The army said it had recaptured Baiji on Monday. Fighting was still raging inside the town on Tuesday, residents said.",
    ],
)
def test_a_claim_answered_by_fighting_there_is_no_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # F1 twins: the fight goes on elsewhere, came before the capture, follows the reporter's own telling, or the
        # capture is partial
        ("The army said it had retaken the town of Qalat, and fighting continued in the nearby town of Damboa.", "Qalat"),
        ("Troops recaptured the town of Qoryoley on Monday after fighting there for a week.", "Qoryoley"),
        ("The army said it had recaptured Baiji on Monday after clashes were reported in the town for a week.", "Baiji"),
        ("Troops recaptured the town of Qoryoley on Monday. Fighting there continued into the evening.", "Qoryoley"),
        ("Rebels seized most of Damboa on Sunday, though government troops were still fighting there.", "Damboa"),
        ("The army said it had recaptured Baiji on Monday. Clashes were reported in the town last week before the militants "
         "fled.", "Baiji"),
        ("Government forces said they had recaptured Baiji on Monday. Clashes were still going on there as troops cleared the "
         "last pockets, an officer said.", "Baiji"),
    ],
)
def test_twins_stay_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in {p for p, _g, _lo in news_rows(extractor, text, _DAY)}
