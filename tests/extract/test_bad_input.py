"""Bad input never crashes or hangs the extractor: no events, or one clear ExtractionError."""

from __future__ import annotations

import os
import time

import pytest

from townwatch_extract.extractor import MAX_TEXT_CHARS, ExtractionError, Extractor

from .conftest import make_article


def test_empty_text(extractor: Extractor) -> None:
    assert extractor.extract(make_article("")) == []
    assert extractor.extract(make_article("   \n\n  ")) == []


def test_five_megabyte_article_is_refused_clearly(extractor: Extractor) -> None:
    text = ("Iraqi forces captured the town of Hawija from ISIS on Sunday. " * 90_000)[: 5 * 1024 * 1024]
    assert len(text) > MAX_TEXT_CHARS
    with pytest.raises(ExtractionError) as info:
        extractor.extract(make_article(text))
    assert info.value.reason == "too_large"


def test_long_article_under_the_limit_is_processed_quickly(extractor: Extractor) -> None:
    filler = "The council met on Tuesday to discuss the budget for schools and roads. " * 12_000
    text = filler + "Iraqi forces captured the town of Hawija from ISIS on Sunday, the military said."
    assert len(text) < MAX_TEXT_CHARS
    started = time.monotonic()
    events = extractor.extract(make_article(text))
    assert [e.place.geonames_id for e in events] == [390188]
    assert time.monotonic() - started < 60  # a hang guard, not a performance assertion


def test_binary_junk(extractor: Extractor) -> None:
    junk = os.urandom(200_000).decode("latin-1") + "\x00captured Mosul"
    assert extractor.extract(make_article(junk)) == []
    replacement = os.urandom(50_000).decode("utf-8", errors="replace") + " Iraqi forces captured Mosul from ISIS."
    assert extractor.extract(make_article(replacement)) == []


def test_non_english_text(extractor: Extractor) -> None:
    arabic = "سيطرت القوات العراقية على بلدة الحويجة بعد طرد تنظيم الدولة الإسلامية منها يوم الخميس."
    french = "Les forces irakiennes ont repris la ville de Hawija au groupe État islamique jeudi."
    assert extractor.extract(make_article(arabic)) == []
    assert extractor.extract(make_article(french)) == []


def test_language_tag_other_than_english_gives_nothing(extractor: Extractor) -> None:
    article = make_article("Iraqi forces captured the town of Hawija from ISIS on Sunday.").model_copy(update={"language": "fr"})
    assert extractor.extract(article) == []


def test_html_is_read_without_breaking_offsets(extractor: Extractor) -> None:
    html = (
        "<html><head><script>var captured = 'Mosul';</script><style>p{color:red}</style></head><body>"
        "<p>Iraqi forces <b>captured</b> the town of Hawija from ISIS on Thursday, the military said.</p>"
        "<div>Weather: sunny.</div></body></html>"
    )
    events = extractor.extract(make_article(html))
    assert [e.place.geonames_id for e in events] == [390188]
    event = events[0]
    assert html[event.evidence.start : event.evidence.end] == event.evidence.sentence


def test_pathological_text_without_sentence_breaks(extractor: Extractor) -> None:
    text = "captured " * 50_000
    started = time.monotonic()
    assert extractor.extract(make_article(text)) == []
    assert time.monotonic() - started < 60
