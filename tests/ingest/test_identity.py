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


def test_path_percent_encoding_is_normalised() -> None:
    """/café and /caf%C3%A9 (and lower-case escapes) are one article."""
    assert canonical_url("https://example.com/café") == canonical_url("https://example.com/caf%C3%A9")
    assert canonical_url("https://example.com/caf%c3%a9") == "https://example.com/caf%C3%A9"
    assert article_id("https://example.com/café", "") == article_id("https://example.com/caf%C3%A9?utm_source=x", "")


def test_query_spaces_and_idn_hosts_are_normalised() -> None:
    assert canonical_url("https://example.com/a b?q=x y") == canonical_url("https://example.com/a%20b?q=x+y")
    assert canonical_url("https://café.com/") == canonical_url("https://xn--caf-dma.com/")
