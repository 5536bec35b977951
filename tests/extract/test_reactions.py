"""Nominal events told as this report's news ("Putin hailed the fall of X") or as background (sentences of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 2, 18)


def _events(extractor: Extractor, text: str) -> list:
    return extractor.extract(make_article(text, published=PUB))


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        ("Putin hailed the fall of Avdiivka on Sunday.", "Avdiivka", "ru-forces", "ua-forces"),
        ("Putin hailed Avdiivka's fall on Sunday.", "Avdiivka", "ru-forces", "ua-forces"),
        ("Putin congratulated his troops on the capture of Avdiivka.", "Avdiivka", "ru-forces", "ua-forces"),
        ("Zelensky celebrated the liberation of Kherson on Friday.", "Kherson", "ua-forces", "ru-forces"),
        ("Ukraine's army acknowledged the loss of Soledar.", "Soledar", "ru-forces", "ua-forces"),
        ("The RSF claimed the capture of Sennar state capital Singa on Saturday.", "Singa", "rsf", "saf"),
        ("The takeover of Kabul by the Taliban shocked the world.", "Kabul", "taliban", None),
        ("The army's takeover of Hawija ended three years of jihadist rule.", "Hawija", "iq-gov", None),
    ],
)
def test_nominal_change_told_as_news(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    (event,) = _events(extractor, text)
    assert not event.historical
    assert event.place.name == place
    assert (event.gaining.id if event.gaining else None) == gaining
    assert (event.losing.id if event.losing else None) == losing


@pytest.mark.parametrize(
    "text",
    [
        "Ten years after the capture of Mosul by Islamic State, the city is being rebuilt.",
        "Since the fall of Mosul to ISIS, the militants have lost most of their territory.",
        "The city has been rebuilt since its capture by Iraqi forces.",
        "Putin, who hailed the fall of Mariupol in 2022, visited the city on Saturday.",
    ],
)
def test_nominal_change_told_as_background_stays_historical(extractor: Extractor, text: str) -> None:
    assert all(e.historical for e in _events(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The capture of El Fasher by the RSF would be a significant victory.",
        "If confirmed, the fall of El Fasher to the RSF would mark a turning point.",
        "An RSF takeover of El Fasher could lead to a massacre.",
        "The Kremlin denied that Putin had hailed the fall of Avdiivka.",
        "Putin warned of the fall of Avdiivka.",
        "Ukraine's army denied the loss of Soledar.",
        # with no side, a capture noun opening its sentence counts only as this report's news (test_families_ninth):
        # a year on the noun makes it background
        "The fall of Ghazni in 2001 cut off a crucial highway.",
    ],
)
def test_nominal_negative_twins(extractor: Extractor, text: str) -> None:
    assert [e for e in _events(extractor, text) if not e.historical and e.kind == "change"] == []  # a denial is its own kind
