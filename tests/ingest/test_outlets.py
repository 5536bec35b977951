"""Outlet and credit recognition, on the seeds and on the credit forms it must and must not take."""

from __future__ import annotations

from pathlib import Path

import pytest

from townwatch_ingest.outlets import OutletCatalogue, default_catalogue
from townwatch_ingest.seed_format import parse_seed

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(
    ("prefix", "source", "credits"),
    [
        ("000", "Al Jazeera", ()),
        ("001", "Reuters", ("Reuters",)),
        ("002", "TRT World", ()),  # "told Anadolu Agency" is a quote, not a credit
        ("003", None, ()),
        ("004", None, ()),  # "told Reuters" and photo captions ending "Reuters" are not credits
    ],
)
def test_seed_attribution(prefix: str, source: str | None, credits: tuple[str, ...]) -> None:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    draft = parse_seed(path.read_text("utf-8"))
    attribution = default_catalogue().recognise(draft.text)
    assert attribution.source == source
    assert attribution.credits == credits


@pytest.mark.parametrize(
    ("text", "source", "credits"),
    [
        ("BAGHDAD (Reuters) - Iraqi forces took the town.", "Reuters", ("Reuters",)),
        ("MOSUL, Iraq, June 3 (AP) — Fighting went on.", "AP", ("AP",)),
        ("By Jane Doe, Agence France-Presse\n\nMOSUL — Fighting.", "AFP", ("AFP",)),
        ("Fighting went on.\n\nSource: AFP, Reuters", "AFP", ("AFP", "Reuters")),
        ("Fighting.\nSource: Al Jazeera and news agencies", "Al Jazeera", ()),
        ("Fighting.\nSource: The Daily Planet", "The Daily Planet", ()),
        ("Fighting.\nSource: agencies", None, ()),
        ("A commander told Anadolu Agency on Sunday.", None, ()),
        ("A soldier in Mosul, Iraq Reuters", None, ()),
        ("", None, ()),
    ],
)
def test_credit_positions(text: str, source: str | None, credits: tuple[str, ...]) -> None:
    attribution = default_catalogue().recognise(text)
    assert (attribution.source, attribution.credits) == (source, credits)


@pytest.mark.parametrize("text", ["By Jane Doe, staff writer\n\nFighting.", "BAGHDAD (Reuters) - Fighting.", "Fighting.\nSource: AFP"])
def test_a_catalogue_with_no_outlets_credits_no_agency(text: str) -> None:
    # its alias pattern must match nothing (an empty alternation matched the empty string, then found no outlet)
    attribution = OutletCatalogue([]).recognise(text)
    assert attribution.credits == ()


def test_aliases_resolve_to_canonical_names() -> None:
    catalogue = default_catalogue()
    assert catalogue.canonical("TRTWorld") == "TRT World"
    assert catalogue.canonical("agence france-presse") == "AFP"
    assert catalogue.canonical("Associated Press") == "AP"
    assert catalogue.canonical("  Some   Local Paper ") == "Some Local Paper"
    assert catalogue.canonical("  ") is None


@pytest.mark.parametrize(
    ("url", "name"),
    [("https://uk.reuters.com/x", "Reuters"), ("https://www.reuters.com/y", "Reuters"), ("https://edition.cnn.com/z", "CNN"),
     ("https://www.bbc.co.uk/news/1", "BBC"), ("https://example.org/reuters.com", None), ("not a url", None), (None, None)],
)
def test_an_outlet_is_known_by_its_registered_domain(url: str | None, name: str | None) -> None:
    outlet = default_catalogue().for_url(url)
    assert (outlet.name if outlet else None) == name


def test_the_url_names_the_publisher_and_a_dateline_only_credits() -> None:
    import datetime as dt

    from townwatch_ingest.draft import ArticleDraft, build_article

    draft = ArticleDraft(text="MOSUL, Iraq (AFP) - Iraqi forces retook the town.", url="https://uk.reuters.com/world/x")
    article = build_article(draft, received=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), max_bytes=100_000)
    assert article.source == "Reuters" and "AFP" in article.credits
