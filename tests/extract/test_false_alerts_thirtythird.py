"""Session 33 (helper precision33, issue 10): false events over the twelve spent lead sets (holdout27a..32b).

H1 (hold_span.py, extractor._frames): a capture told with how long the takers held the place ("captured a town for
several hours before being repelled", "occupied the village for the next three days", "controlled X for several hours
before withdrawing") is a hold that ended in the report: no change (labelling.md, "Reversals"). Seen in 28a, 28b and
30a (wire copy, a monitor's note, a rebel spokesman's statement). Twins: the span on another verb ("fought for hours
before taking the base", "took the town after fighting for two days"), a perfect still holding ("have controlled the
town for three days"), an ordinal ("for the second time in two days"), a purpose ("for the government"), a long hold
in a relative clause ("which the rebels had held for two years").

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_DAY = dt.date(2019, 3, 12)


@pytest.mark.parametrize(
    "text",
    [
        # H1: the hold counted in hours, days or weeks on the capture's own verb
        "Insurgents captured a town in northern Borno for several hours before being driven off by a large army column. "
        "A military source said the fighters had stormed the town of Damboa on Saturday evening.",
        "On 3 March, the military shelled Kani village in Sagaing region. Army troops then occupied the village for the next "
        "three days, setting homes ablaze.",
        "A rebel spokesman said their fighters attacked Wadaka and Gelli on Saturday. He added that they controlled Wadaka for "
        "several hours on Saturday.",
        "The militants seized Mandera town for about six hours on Sunday, residents said.",
        "Gunmen held the district centre of Kalaw for two days and then left for the hills.",
        "Jihadists occupied the market town of Nangade for a few days last month before melting back into the bush.",
    ],
)
def test_a_counted_hold_is_no_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # H1 twins: the span counts another verb, or the hold goes on
        ("Boko Haram fighters battled soldiers for hours before taking control of the army base outside the town of Baga.",
         "Baga"),
        ("Taliban fighters captured the town of Qalat on Monday after fighting for two days.", "Qalat"),
        ("Al-Shabaab militants seized the town of Qoryoley on Sunday for the second time in two months.", "Qoryoley"),
        ("Somali troops recaptured the town of Bulo Burde on Monday, which the militants had held for two years.", "Bulo Burde"),
        ("The Arakan Army captured the town of Paletwa on Tuesday for the first time in the war.", "Paletwa"),
    ],
)
def test_twins_stay_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in {p for p, _g, _lo in news_rows(extractor, text, _DAY)}
