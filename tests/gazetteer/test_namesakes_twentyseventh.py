"""Session 27 (helper debt27): two namesakes of near-equal size are a tie that population does not break.

"Sloviansk" is an alternate name of two Ukrainian towns in GeoNames: Slovyansk's own name, and a former name of
Nikopol, which is 19 people larger; the gazetteer took Nikopol. Between places a name matches only as an alternate
name, a town within a tenth of the largest's population whose primary name the name spells now wins. Twins: a
larger town keeps a name it is known by; a town's own name still wins; a hinted country still comes first."""

from __future__ import annotations

import pytest

from townwatch_gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("name", "hints", "town", "cc"),
    [
        ("Sloviansk", [], "Slovyansk", "UA"),  # was Nikopol
        ("Sloviansk", ["UA"], "Slovyansk", "UA"),  # was Nikopol
        ("Kilia", [], "Kiliya", "UA"),  # was Şile (TR), 238 people larger
        ("Kurahivka", [], "Kurakhivka", "UA"),  # was Hirnyk, which bore the name once
        ("Slovyansk", [], "Slovyansk", "UA"),
        ("Slavyansk", [], "Slovyansk", "UA"),
        ("Nikopol", [], "Nikopol", "UA"),  # its own name
        ("Sukhum", [], "Sokhumi", "GE"),  # a third larger than Suhum (GH): no tie, the larger town keeps it
        ("Kamianka", [], "Kamenka", "RU"),  # three times Kamyanka (UA): no tie; a Ukrainian story's hint decides
        ("Kamianka", ["UA"], "Kamyanka", "UA"),
    ],
)
def test_a_name_goes_to_the_town_it_spells_when_population_ties(gz: Gazetteer, name: str, hints: list[str], town: str, cc: str) -> None:
    place = gz.resolve(name, hints)
    assert place is not None and (place.name, place.country_code) == (town, cc)


def test_a_town_pinned_near_a_point_is_still_the_nearest(gz: Gazetteer) -> None:
    """Given where the text puts it, the nearest namesake wins as before (no size tie-break applies)."""
    near_nikopol = gz.resolve("Sloviansk", ["UA"], near=(47.57, 34.39))
    assert near_nikopol is not None and near_nikopol.name == "Nikopol"
