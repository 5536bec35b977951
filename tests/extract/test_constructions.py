"""Direction, modality, time and title handling on single constructions."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import DatePrecision

from .conftest import make_article

PUB = dt.date(2017, 10, 5)  # a Thursday


def _one(extractor: Extractor, text: str, **kw):
    events = [e for e in extractor.extract(make_article(text, published=kw.pop("published", PUB), **kw)) if not e.historical]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        ("Iraqi forces captured Tal Afar from ISIS on Sunday.", 90393, "iq-gov", "isis"),
        ("Tal Afar was captured by Iraqi forces on Sunday.", 90393, "iq-gov", None),
        ("Tel Afar fell to the Popular Mobilization Forces on Sunday.", 90393, "pmf", None),
        ("Kurdish Peshmerga fighters drove Islamic State out of Sinjar on Sunday.", 448149, "peshmerga", "isis"),
        ("The capture of Mosul by Iraqi forces on Sunday ended three years of jihadist rule.", 99072, "iq-gov", None),
        ("Islamic State militants withdrew from Tikrit on Sunday, residents said.", 90150, None, "isis"),
    ],
)
def test_direction(extractor: Extractor, text: str, place: int, gaining: str | None, losing: str | None) -> None:
    event = _one(extractor, text)
    assert event.place.geonames_id == place
    assert (event.gaining.id if event.gaining else None) == gaining
    if losing is not None:
        assert event.losing is not None and event.losing.id == losing
    if gaining is not None and event.losing is not None:
        assert event.losing.id != gaining


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces launched a campaign to retake Mosul from ISIS.",
        "Iraqi commanders vowed to recapture Tal Afar within weeks.",
        "The fall of Mosul would mark the end of the caliphate in Iraq.",
        "Iraqi forces did not capture Tal Afar on Sunday.",
        "The army denied that ISIS had recaptured Tikrit.",
        "Iraqi troops are advancing on Mosul from the south.",
        "Hawija is still under ISIS control.",
        "If Iraqi forces capture Tal Afar, the militants will lose their last town.",
    ],
)
def test_non_events(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical] == []


def test_claim_by_the_gaining_side(extractor: Extractor) -> None:
    event = _one(extractor, "Al-Shabaab militants said they seized the town of Adan Yabaal from Somali troops on Sunday.")
    assert event.claimed and event.gaining is not None and event.gaining.id == "al-shabaab"


def test_official_source_scores_higher_than_hedged(extractor: Extractor) -> None:
    official = _one(extractor, "Iraqi forces captured Tal Afar from ISIS on Sunday, the military said in a statement.")
    hedged = _one(extractor, "Iraqi forces reportedly captured Tal Afar from ISIS on Sunday.")
    assert official.confidence > hedged.confidence


def test_weekday_resolves_against_publication(extractor: Extractor) -> None:
    event = _one(extractor, "Iraqi forces captured Tal Afar from ISIS on Sunday.")
    assert event.event_date == dt.date(2017, 10, 1) and event.date_precision == DatePrecision.DAY


def test_unknown_publication_date_is_never_guessed(extractor: Extractor) -> None:
    event = _one(extractor, "Iraqi forces captured Tal Afar from ISIS on Sunday.", published=None)
    assert event.event_date is None and event.date_precision == DatePrecision.UNKNOWN


def test_background_capture_is_historical(extractor: Extractor) -> None:
    events = extractor.extract(make_article("The caliphate collapsed in July, when Iraqi forces captured Mosul.", published=PUB))
    assert events and all(e.historical for e in events)
    assert events[0].event_date == dt.date(2017, 7, 1) and events[0].date_precision == DatePrecision.MONTH


def test_partial_control(extractor: Extractor) -> None:
    event = _one(extractor, "Iraqi forces captured the eastern side of Mosul on Sunday.")
    assert event.partial and event.place.geonames_id == 99072


def test_unresolved_place_is_kept_as_written(extractor: Extractor) -> None:
    event = _one(extractor, "Iraqi forces captured the village of Qqarzaniyat al-Foo from ISIS on Sunday.")
    assert event.place.geonames_id is None and "Qqarzaniyat" in event.place.name


def test_same_change_twice_is_one_event(extractor: Extractor) -> None:
    text = "Iraqi forces captured Tal Afar on Sunday. Troops recaptured Tal Afar after a week of fighting, officers said."
    events = extractor.extract(make_article(text, published=PUB))
    assert len(events) == 1


def test_headline_with_summary(extractor: Extractor) -> None:
    article = make_article("The prime minister declared the city liberated.", title="Iraqi Forces Retake Tal Afar From ISIS", published=PUB)
    (event,) = extractor.extract(article)
    assert event.place.geonames_id == 90393 and event.gaining is not None and event.gaining.id == "iq-gov"
    assert event.evidence.sentence == article.title and event.evidence.start == event.evidence.end == 0


def test_prefilter_off_gives_the_same_events(extractor: Extractor) -> None:
    off = Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer, use_prefilter=False)
    article = make_article("Officials met on Monday. Iraqi forces captured Tal Afar from ISIS on Sunday. Markets were calm.", published=PUB)
    assert [e.event_id for e in off.extract(article)] == [e.event_id for e in extractor.extract(article)]
