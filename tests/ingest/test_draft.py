"""From draft to Article: ids, received time, dates, outlet and credits, limits."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_ingest.draft import ArticleDraft, build_article, parse_draft
from townwatch_ingest.rejection import Rejection

NOW = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def test_named_source_and_credits_are_canonicalised_and_merged() -> None:
    draft = ArticleDraft(text="BAGHDAD (Reuters) - Fighting.", source="TRTWorld", credits=["Agence France-Presse"])
    article = build_article(draft, received=NOW, max_bytes=10_000)
    assert article.source == "TRT World"
    assert article.credits == ["AFP", "Reuters"]
    assert article.received == NOW


def test_published_at_gives_the_date_and_naive_means_utc() -> None:
    draft = parse_draft(b'{"text": "x", "published_at": "2017-06-01T23:30:00"}', 1000)
    article = build_article(draft, received=NOW, max_bytes=1000)
    assert article.published_at == dt.datetime(2017, 6, 1, 23, 30, tzinfo=dt.UTC)
    assert article.published == dt.date(2017, 6, 1)


def test_text_is_trimmed_and_limited_in_utf8_bytes() -> None:
    assert build_article(ArticleDraft(text="  body \n"), received=NOW, max_bytes=100).text == "body"
    with pytest.raises(Rejection) as exc:
        build_article(ArticleDraft(text="é" * 60), received=NOW, max_bytes=100)  # 120 bytes
    assert exc.value.reason == "too_large" and exc.value.status == 413


def test_given_id_and_received_are_ignored() -> None:
    draft = parse_draft(b'{"text": "Same text.", "id": "mine", "received": "2000-01-01T00:00:00Z"}', 1000)
    article = build_article(draft, received=NOW, max_bytes=1000)
    assert article.id.startswith("t-") and article.received == NOW


@pytest.mark.parametrize("field, value", [("published", "9999-12-31"), ("published_at", "2024-01-04T03:05:00Z"),
                                          ("published", "2024-01-05")])
def test_a_published_date_from_the_future_is_dropped_with_the_reason(field: str, value: str) -> None:
    """Issue 11 finding 2: a report misdated 9999-12-31 (or days after it arrived) carries no published date downstream."""
    draft = parse_draft(f'{{"text": "x", "{field}": "{value}"}}'.encode(), 1000)
    article = build_article(draft, received=NOW, max_bytes=1000)
    assert (article.published, article.published_at) == (None, None)
    assert article.date_note is not None and "later than received" in article.date_note and value[:10] in article.date_note
    near = parse_draft(b'{"text": "x", "published_at": "2024-01-03T01:00:00Z"}', 1000)  # a time zone ahead: kept
    assert build_article(near, received=NOW, max_bytes=1000).published == dt.date(2024, 1, 3)
