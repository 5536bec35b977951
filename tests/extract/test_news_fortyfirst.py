"""News recall (session 41, helper news41, issue 10): a participle list whose taker is told two sentences before,
and footage of a flag raised or waved by armed men in a town.

A participle list with no agent ("the liberated areas include A, B and C") takes the side told taking ("Z liberated
several villages") up to two sentences before, one sentence between (extractor, coreference.taker_before). Twins:
a side told attacking (not taking), a participle that tells no taking ("targeted").

Footage of a flag ("A video showed soldiers in X waving the Ukrainian flag", "Footage shows Ukrainian troops in X
raising their flag"): the parse hangs the flag verb on the showing verb and the town on it too, so the flag verb had
neither doer nor place; the noun shown is the raiser and the town it is shown in the place (flag_footage.py). Twins:
residents or protesters waving the flag, a rally, a parade, Independence Day, soldiers shown attacking.
Sentences written for these tests, after the grammar of wire reports of 2014-2026.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _news(extractor: Extractor, text: str, published: dt.date) -> dict[str, tuple[str | None, str | None]]:
    events = extractor.extract(make_article(text, published=published))
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in events if e.kind == "change" and not e.historical
    }


SOMALIA = dt.date(2022, 9, 25)
UKRAINE = dt.date(2023, 6, 12)
AFGHANISTAN = dt.date(2021, 8, 7)
_OPERATION = "The operation was led by the regional governor."


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining"),
    [
        # a participle list, the taker told two sentences before
        (f"The Somali National Army (SNA) liberated several villages from al-Shabaab on Monday. {_OPERATION} The "
         "liberated areas include Bukure, Lassaban and Oomad.", SOMALIA, "Lassaban", "so-gov"),
        (f"The Somali National Army (SNA) liberated several villages under the control of al-Shabaab on Monday. "
         f"{_OPERATION} According to the commissioner, the liberated areas include Bukure, Lassaban and Oomad.", SOMALIA,
         "Bukure", "so-gov"),
        # footage of a flag: the noun shown and the town it is shown in
        ("A video showed soldiers in nearby Makarivka waving the Ukrainian flag.", UKRAINE, "Makarivka", "ua-forces"),
        ("A video showed Ukrainian soldiers in Makarivka waving the Ukrainian flag on Monday.", UKRAINE, "Makarivka",
         "ua-forces"),
        ("Footage shows Ukrainian troops in Makarivka raising their flag.", UKRAINE, "Makarivka", "ua-forces"),
        ("A video showed Taliban fighters in Kunduz hoisting their white flag.", AFGHANISTAN, "Kunduz", "taliban"),
    ],
)
def test_taker_found(extractor: Extractor, text: str, published: dt.date, place: str, gaining: str) -> None:
    events = _news(extractor, text, published)
    assert place in events, events
    assert events[place][0] == gaining


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # a side told attacking, not taking, before the list; a participle of no taking
        (f"The Somali National Army (SNA) attacked several villages held by al-Shabaab on Monday. {_OPERATION} The "
         "liberated areas include Bukure, Lassaban and Oomad.", SOMALIA, "Bukure"),
        (f"Al-Shabaab attacked several villages on Monday. {_OPERATION} The recaptured areas include Bukure, Lassaban and "
         "Oomad.", SOMALIA, "Bukure"),
        (f"The Somali National Army (SNA) liberated several villages from al-Shabaab on Monday. {_OPERATION} The targeted "
         "areas include Bukure, Lassaban and Oomad.", SOMALIA, "Bukure"),
        # a flag waved by residents or protesters, at a rally or a parade, for a holiday; soldiers shown attacking
        ("A video showed residents of Kherson waving Ukrainian flags at a rally.", UKRAINE, "Kherson"),
        ("A video showed protesters in Kherson waving Ukrainian flags.", UKRAINE, "Kherson"),
        ("A video showed Ukrainian soldiers in Kyiv waving the national flag at a parade.", UKRAINE, "Kyiv"),
        ("A video showed Ukrainian soldiers in Makarivka waving the flag for Independence Day.", UKRAINE, "Makarivka"),
        ("A video showed Ukrainian soldiers in Makarivka attacking Russian positions.", UKRAINE, "Makarivka"),
        ("Russian forces shelled several villages. The besieged villages are Blahodatne and Makarivka.", UKRAINE,
         "Makarivka"),
    ],
)
def test_no_taker(extractor: Extractor, text: str, published: dt.date, place: str) -> None:
    assert place not in _news(extractor, text, published)
