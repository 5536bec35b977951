"""Coder notes (session 41, helper notes41, issue 10): holds in a side's word, kept claims, regions in lists, Tigray.

(A) A side's own hold told in reported speech's past is its claim of the change, as its present is ("the SDF says it
is in control of X"): "said it was in control of X", "said they were in (full) control of X", "said its forces were in
control of X", "confirmed its fighters were in complete control of the city of X" (control._said_frame). Twins: "still",
"no longer", a share ("most of X"), "the situation in X", "despite the attack", a modal, "had been ... since", residents'
word (no side), a company's or a club's word, "their positions near X".
(B) "Azerbaijan still claims control of A and B": a claim kept, not a change, as "still occupies" (frames); twins: the
claim made ("claimed control of X on Monday") stays.
(C) A state or region written as a name after a town ("the town of Paletwa, Chin State, and the town of X") is where
the town lies, never one more place of the list (place_list); twins: the towns of a list stay.
(D) The Tigray war's regions take a town GeoNames lacks (Shire), so what the army took there was the TPLF's (data:
wars); twins: the OLA's war keeps its own loser.
Sentences written for these tests, after the grammar of monitors' notes of 2019-2024 (Syria, Libya, Ethiopia,
Myanmar, Karabakh, Sudan).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

DAY = dt.date(2020, 1, 7)


def _events(extractor: Extractor, text: str, published: dt.date = DAY) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in extractor.extract(make_article(text, published=published))
        if e.kind == "change" and not e.historical
    ]


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("The LNA said it was in control of the port of Sirte.", "Sirte", "lna"),
        ("The GNA confirmed its fighters were in complete control of the city of Gharyan.", "Gharyan", "ly-gna"),
        ("The GNA stated that its forces were in control of Gharyan.", "Gharyan", "ly-gna"),
        ("The LNA said on Monday that it was in full control of the town of Sirte.", "Sirte", "lna"),
        ("The LNA said they were in control of the town of Sirte after the GNA withdrew.", "Sirte", "lna"),
    ],
)
def test_a_sides_hold_in_reported_speechs_past_is_its_claim(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert any(p == place and g == gaining for p, g, _ in _events(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The LNA said it was still in control of the town of Sirte.",
        "The LNA said it was no longer in control of the town of Sirte.",
        "The LNA said it was in control of most of the town of Sirte.",
        "The LNA said it was in control of the situation in Sirte.",
        "The LNA said it was in control of the town of Sirte despite the attack.",
        "The LNA said it would be in control of the town of Sirte within days.",
        "The LNA said it had been in control of the town of Sirte since 2016.",
        "Residents said they were in control of the town of Sirte.",
        "The company said it was in control of the port of Sirte.",
        "The club said it was in control of its finances.",
        "The LNA said its fighters were in control of their positions near Sirte.",
        # the defender's answer to another side's entry told just before
        "GNA troops entered Sirte on Saturday. The LNA said it was in control of Sirte.",
        "GNA troops entered Sirte on Saturday. The LNA said its forces were in full control of Sirte.",
    ],
)
def test_a_hold_kept_shared_or_not_a_sides_stays_quiet(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan, on the other hand, still claims control of the villages of Madaghis and Talysh.",
        "Azerbaijan still claims control of the village of Talysh.",
        "Azerbaijan continues to claim control of the village of Talysh.",
    ],
)
def test_a_claim_still_made_is_no_change(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text, dt.date(2020, 11, 2)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan claimed control of the village of Talysh on Monday.",
        "Azerbaijani forces claimed control of the villages of Madaghis and Talysh.",
    ],
)
def test_a_claim_made_stays(extractor: Extractor, text: str) -> None:
    assert any(p == "Talysh" for p, _, _ in _events(extractor, text, dt.date(2020, 11, 2)))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The AA captured the town of Paletwa, Chin State, and the town of Buthidaung, Rakhine State.", {"Paletwa", "Buthidaung"}),
        ("The AA captured the town of Paletwa, Chin State.", {"Paletwa"}),
        ("The RSF captured the towns of Bara, North Kordofan State, and Um Sumeima.", {"Bara", "Um Sumeima"}),
        # twins: a list of towns stays whole
        ("The AA captured the towns of Paletwa, Buthidaung, Maungdaw and Kyauktaw.", {"Paletwa", "Buthidaung", "Maungdaw", "Kyauktaw"}),
        ("The TDF captured the towns of Kobo, Weldiya and Gashena in the Amhara Region.", {"Kobo", "Weldiya", "Gashena"}),
    ],
)
def test_a_state_written_after_a_town_is_no_place(extractor: Extractor, text: str, places: set[str]) -> None:
    assert {p for p, _, _ in _events(extractor, text, dt.date(2024, 6, 5))} == places


@pytest.mark.parametrize(
    ("text", "day", "place", "gaining", "losing"),
    [
        ("The ENDF captured the city of Shire in West Tigray.", dt.date(2022, 10, 19), "Shire", "et-gov", "tplf"),
        ("The TDF captured the town of Shire.", dt.date(2021, 6, 30), "Shire", "tplf", "et-gov"),
        # twin: the OLA's own war keeps its loser
        ("The army recaptured the town of Gidami in Oromia from the OLA.", dt.date(2021, 11, 2), "Gidami", "et-gov", "ola"),
    ],
)
def test_a_tigray_town_gazetteer_lacks_has_the_wars_other_side(
    extractor: Extractor, text: str, day: dt.date, place: str, gaining: str, losing: str
) -> None:
    assert (place, gaining, losing) in _events(extractor, text, day)
