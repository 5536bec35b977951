"""An operator's mute (``TOWNWATCH_MUTED_PLACES``): the extractor drops the events of the muted places, only those."""

from __future__ import annotations

from townwatch_extract.extractor import Extractor
from townwatch_extract.settings import ExtractSettings

from .conftest import make_article

TEXT = ("Iraqi forces captured the town of Hawija from Islamic State on Thursday. "
        "Popular Mobilization Forces captured the town of Baaj from Islamic State on Sunday.")


def test_a_muted_place_gives_no_event_and_the_others_are_untouched(extractor: Extractor) -> None:
    article = make_article(TEXT)
    events = extractor.extract(article)
    assert sorted(e.place.name for e in events) == ["Baaj", "Hawija"]
    hawija = next(e.place.key for e in events if e.place.name == "Hawija")
    muted = Extractor(extractor.nlp, extractor.catalogue, extractor.gazetteer, muted_places=frozenset({hawija}))
    assert [e.place.name for e in muted.extract(article)] == ["Baaj"]


def test_the_setting_is_a_list_of_place_keys_from_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TOWNWATCH_MUTED_PLACES", '["gn:97990"]')
    assert ExtractSettings().muted_places == ["gn:97990"]
    monkeypatch.delenv("TOWNWATCH_MUTED_PLACES")
    assert ExtractSettings().muted_places == []
