"""Contested claims (session 36, the lead, issue 10): contested._DENIAL and _BARE read "contests".

"The TDF says it captured Kobo and Weldiya. The Ethiopian government contests these.": the other side contests the
claim in the next sentence, as "disputes this" does; a negated contest, and "contested" as an adjective, leave the
claim standing. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2022, 8, 29)


def _news(extractor: Extractor, text: str) -> list[str]:
    events = extractor.extract(make_article(text, published=PUB))
    return [e.place.name for e in events if e.kind == "change" and not e.historical]


@pytest.mark.parametrize(
    "text",
    [
        "The TDF says it captured Kobo and Weldiya. The Ethiopian government contests these.",
        "The TDF states that they captured Kobo and Weldiya. The Ethiopian government contests this.",
        "The TDF says it captured Kobo and Weldiya. The Ethiopian government contests the claims.",
    ],
)
def test_a_contested_claim_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The TDF says it captured Kobo and Weldiya. The Ethiopian government does not contest this.",
        "The TDF says it captured Kobo and Weldiya, the most contested towns of the region.",
    ],
)
def test_an_uncontested_claim_stands(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == ["Kobo", "Weldiya"]
