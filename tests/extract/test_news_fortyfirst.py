"""News recall (session 41, helper news41, issue 10): a participle list whose taker is told two sentences before.

A participle list with no agent ("the liberated areas include A, B and C") takes the side told taking ("Z liberated several villages") up to two
sentences before, one sentence between (extractor, coreference.taker_before). Twins: a side told attacking (not
taking), a participle that tells no taking ("targeted").
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
    ],
)
def test_no_taker(extractor: Extractor, text: str, published: dt.date, place: str) -> None:
    assert place not in _news(extractor, text, published)
