"""The lead's checks of session 30: the prefilter passes what the merged rules can read (parity with it off)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article

RECEIVED = dt.datetime(2026, 12, 6, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def pair() -> tuple[Extractor, Extractor]:
    on = Extractor()
    return on, Extractor(nlp=on.nlp, catalogue=on.catalogue, gazetteer=on.gazetteer, use_prefilter=False)


def _read(ex: Extractor, title: str, text: str) -> list[str]:
    article = Article(id="l30", title=title, text=text, published=dt.date(2017, 8, 31), received=RECEIVED)
    return sorted(e.model_dump_json() for e in ex.extract(article))


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister declared the northern city fully liberated after an eleven-day assault.",
        "On Thursday the premier pronounced the town completely freed after a week of fighting.",
        "The president declares the provincial capital recaptured.",
        "The prime minister declared the city a disaster area after the floods.",  # no trigger: nothing either way
    ],
)
def test_a_declared_liberation_passes_the_prefilter(pair: tuple[Extractor, Extractor], text: str) -> None:
    # The body's "the city" is the headline's town (title_place) and the passive names no side: the sentence yields
    # the event with the prefilter off, so the prefilter must pass it (the event's evidence is the body's sentence).
    on, off = pair
    got = _read(on, "Iraqi forces retake Tal Afar from Islamic State", text)
    assert got == _read(off, "Iraqi forces retake Tal Afar from Islamic State", text)
    if "fully liberated" in text:  # the body's sentence is the event's evidence, as with the prefilter off
        assert any(text[:30] in e for e in got)
