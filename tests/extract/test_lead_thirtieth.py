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
    if "fully liberated" in text:  # one change, told twice; its evidence is the sentence that names the town
        (event,) = on.extract(Article(id="l30", title="Iraqi forces retake Tal Afar from Islamic State", text=text,
                                      published=dt.date(2017, 8, 31), received=RECEIVED))
        assert event.place.geonames_id == 90393 and event.evidence.sentence.startswith("Iraqi forces retake Tal Afar")
        assert event.confidence > 0.8  # the body's mention corroborates the headline's (0.797 alone)


def _events(ex: Extractor, title: str, text: str, published: dt.date) -> list[tuple[str, str | None, bool]]:
    article = Article(id="l30b", title=title, text=text, published=published, received=RECEIVED)
    return sorted((e.place.name, e.gaining.id if e.gaining else None, e.historical) for e in ex.extract(article))


def test_a_headline_capture_restated_by_the_city_is_one_change(pair: tuple[Extractor, Extractor]) -> None:
    on, _ = pair
    got = _events(on, "Iraqi Forces Retake Tal Afar From ISIS", "The prime minister declared the city liberated.", dt.date(2017, 10, 5))
    assert got == [("Tal Afar", "iq-gov", False)]


def test_another_sides_earlier_capture_of_the_city_stays_background(pair: tuple[Extractor, Extractor]) -> None:
    # the twin: "the city" taken by the other side in 2014 is a different change and keeps its background reading
    on, _ = pair
    got = _events(on, "Iraqi Forces Retake Tal Afar From ISIS",
                  "Islamic State fighters had seized the city in June 2014.", dt.date(2017, 10, 5))
    assert ("Tal Afar", "iq-gov", False) in got and ("Tal Afar", "isis", True) in got
