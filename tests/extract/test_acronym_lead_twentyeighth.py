"""Session 28 (the lead, issue 10): "SNA" is Somalia's army only at a Somali place. In Syria the same letters are the
Turkish-backed Syrian National Army (holdout28b's spent excerpts gave its Manbij and Tal Rifaat captures to Somalia's
army): an acronym two bodies share names its catalogue actor only in that actor's countries (``local_acronyms``), and
an article that spells it out gives it to the body it spells."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


@pytest.mark.parametrize(
    ("day", "text", "place", "gaining", "losing"),
    [
        ("2023-08-20", "SNA forces recaptured the town of Mahas from al-Shabaab on Sunday.", "Mahas", "so-gov", "al-shabaab"),
        ("2023-08-20", "SNA troops retook Buulo Faraxley village from al-Shabaab.", "Buulo Faraxley", "so-gov", "al-shabaab"),
        (
            "2024-12-10",
            "The opposition Syrian National Army (SNA) said it had taken Manbij. The SNA also took the village of Um Dadat from the SDF.",
            "Um Dadat", "sna-syria", "sdf",
        ),
    ],
)
def test_the_acronym_names_its_own_body(extractor: Extractor, day: str, text: str, place: str, gaining: str, losing: str) -> None:
    assert (place, gaining, losing) in news_rows(extractor, text, dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    ("day", "text", "place"),
    [
        ("2024-12-10", "The SNA captured the key town of Manbij from the SDF on Monday.", "Manbij"),
        ("2024-12-02", "The SNA liberated the Tel Rifaat district centre from the YPG on Sunday.", "Tel Rifaat"),
    ],
)
def test_the_acronym_in_another_war_is_never_somalias_army(extractor: Extractor, day: str, text: str, place: str) -> None:
    rows = news_rows(extractor, text, dt.date.fromisoformat(day))
    assert [p for p, _g, _lo in rows] == [place]
    assert all(g != "so-gov" for _p, g, _lo in rows)


def test_the_acronym_shelling_is_no_change(extractor: Extractor) -> None:
    assert news_rows(extractor, "SNA forces shelled the town of Mahas on Sunday.", dt.date(2023, 8, 20)) == []
