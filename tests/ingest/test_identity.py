"""Article identity: canonical URLs, normalised text, ids."""

from __future__ import annotations

from townwatch_ingest.identity import article_id, canonical_url, normalise_text


def test_tracking_parameters_and_fragment_are_stripped() -> None:
    url = "HTTPS://Example.COM:443/news/story?utm_source=rss&id=7&fbclid=abc&utm_medium=x#comments"
    assert canonical_url(url) == "https://example.com/news/story?id=7"


def test_remaining_query_parameters_are_sorted_and_kept() -> None:
    assert canonical_url("http://example.com/a?b=2&a=1") == "http://example.com/a?a=1&b=2"
    assert canonical_url("http://example.com:8080") == "http://example.com:8080/"


def test_non_http_urls_have_no_canonical_form() -> None:
    assert canonical_url("ftp://example.com/x") is None
    assert canonical_url("not a url") is None
    assert canonical_url("http://[::1:bad") is None


def test_same_story_with_tracking_gets_same_id() -> None:
    a = article_id("https://example.com/s?utm_campaign=feed", "one text")
    b = article_id("https://example.com/s", "another text entirely")
    assert a == b and a.startswith("u-")
    assert article_id("https://example.com/t", "one text") != a


def test_text_id_ignores_case_and_whitespace() -> None:
    a = article_id(None, "Iraqi forces  captured\nHawija.")
    assert a == article_id(None, "  iraqi FORCES captured Hawija.  ")
    assert a.startswith("t-") and a != article_id(None, "Iraqi forces captured Baaj.")
    assert normalise_text("Ａ  b\tC") == "a b c"
