"""The five seed articles: exactly Hawija, Baaj (twice) and Hatra are news; Mosul never is."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_gazetteer import Gazetteer

from .conftest import seed_article


def _news(extractor: Extractor, prefix: str):
    events = extractor.extract(seed_article(prefix))
    return events, [e for e in events if not e.historical]


def test_only_news_events_across_the_seeds(extractor: Extractor) -> None:
    news = []
    for prefix in ("000", "001", "002", "003", "004"):
        news += [(prefix, e.place.name) for e in _news(extractor, prefix)[1]]
    assert sorted(news) == [("000", "Hawija"), ("001", "Baaj"), ("002", "Baaj"), ("003", "Hatra")]


def test_hawija(extractor: Extractor) -> None:
    events, news = _news(extractor, "000")
    (hawija,) = news
    assert hawija.place.geonames_id == Gazetteer.default().resolve("Hawija", ["IQ"]).geonames_id
    assert hawija.place.country_code == "IQ"
    assert hawija.gaining is not None and hawija.gaining.id == "iq-gov"
    assert hawija.losing is not None and hawija.losing.id == "isis"
    assert not hawija.claimed
    # Mosul (July, background) is historical, never news.
    assert all(e.historical for e in events if e.place.name == "Mosul")


@pytest.mark.parametrize("prefix", ["001", "002"])
def test_baaj(extractor: Extractor, prefix: str) -> None:
    _events, news = _news(extractor, prefix)
    (baaj,) = news
    assert baaj.place.geonames_id == 99524
    assert baaj.gaining is not None and baaj.gaining.id == "pmf"
    assert baaj.losing is not None and baaj.losing.id == "isis"


def test_hatra_and_background_mosul(extractor: Extractor) -> None:
    events, news = _news(extractor, "003")
    (hatra,) = news
    assert hatra.place.geonames_id == 99413
    assert hatra.gaining is not None and hatra.gaining.id == "pmf"
    assert hatra.losing is not None and hatra.losing.id == "isis"
    mosul = [e for e in events if e.place.name == "Mosul"]
    assert mosul and all(e.historical and e.partial for e in mosul)


def test_ongoing_battle_is_no_event(extractor: Extractor) -> None:
    assert extractor.extract(seed_article("004")) == []


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_evidence_offsets_index_the_text(extractor: Extractor, prefix: str) -> None:
    article = seed_article(prefix)
    events = extractor.extract(article)
    assert events
    for e in events:
        assert article.text[e.evidence.start : e.evidence.end] == e.evidence.sentence
        assert e.text_fingerprint and len(e.text_fingerprint) == 16
        assert 0.0 < e.confidence <= 1.0


def test_event_ids_are_deterministic(extractor: Extractor) -> None:
    first = [e.event_id for e in extractor.extract(seed_article("001"))]
    second = [e.event_id for e in extractor.extract(seed_article("001"))]
    assert first == second and len(set(first)) == len(first)
