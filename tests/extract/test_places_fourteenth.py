"""Places GeoNames lacks, fourteenth reading (gaz14): no installable dataset knows the villages that change hands
(cities500 drops every place whose population GeoNames does not know), so an UNRESOLVED name counts where the grammar
and the text say enough: a strong capture of a name that the sentence itself puts in a country at war ("seized X in
Hama province", "overran X, a town north of Beira") even when only an unnamed side took it; a name that opens with a
settlement word ("Kafr X", "Tell X", "Deir X"), or one hyphenated word ("Ouadda-Djalle"), tagged as a person; and the
unnamed side's mention of a place a named side also takes, merged into it. Each with negative twins built from the
same words: attacks and sieges, people, vehicles, a country not at war, no country at all."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, note_sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels seized Gurmadow in southern Somalia on Tuesday.", {"Gurmadow": ("x-rebels-so", None)}),
        ("Fighters captured the village of Ma'arzita in Hama province on Wednesday.", {"Ma'arzita": ("x-fighters-sy", None)}),
        ("Rebels seized Bamba-Kouro in the Central African Republic.", {"Bamba-Kouro": ("x-rebels-cf", None)}),
        (
            "The rebels seized Dumbela, a small town about 300 kilometers east of Luanda, on Wednesday.",
            {"Dumbela": ("x-rebels-ao", None)},
        ),
    ],
)
def test_an_unknown_village_the_sentence_puts_in_a_war_is_taken_by_an_unnamed_side(
    extractor: Extractor, text: str, expected: dict
) -> None:
    assert note_sides(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian troops seized Kafr Zeitoun on Monday.", {"Kafr Zeitoun": ("sy-gov", None)}),
        ("Syrian troops seized Tell Hamdan and Jubbata on Monday.", {"Tell Hamdan": ("sy-gov", None), "Jubbata": ("sy-gov", None)}),
        ("Syrian government forces captured Deir Maqran on Monday.", {"Deir Maqran": ("sy-gov", None)}),
    ],
)
def test_a_name_opening_with_a_settlement_word_is_a_village_not_a_person(
    extractor: Extractor, text: str, expected: dict
) -> None:
    assert note_sides(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rebels shelled Gurmadow in southern Somalia on Tuesday.",  # an attack
        "Fighters besieged the village of Ma'arzita in Hama province on Wednesday.",  # a siege
        "The rebels seized Gurmadow on Tuesday.",  # an unknown name, an unnamed side and no country
        "The rebels seized Vestrum in Norway on Tuesday.",  # no war there
        "The rebels seized Hassan Abdi in southern Somalia on Tuesday.",  # a man
        "Rebels seized Jean-Marc Kouro in the Central African Republic.",  # a man, hyphenated given name
        "Rebels seized Yusuf-Ali in the Central African Republic.",  # a given name
        "Rebels seized Land Cruisers in southern Somalia.",  # vehicles
        "The rebels seized Abu Hamza in Hama province.",  # a man's kunya
        "Syrian troops seized Mohammed Hamdan on Monday.",  # a man
        "Syrian troops shelled Kafr Zeitoun on Monday.",  # an attack
        "Police in Syria seized Tell Hamdan's leader.",  # a man of the village, arrested
        "The rebels captured two soldiers in Hama province.",  # prisoners
        "Ouadda-Djalle is 175 kilometers south of Birao, which rebels captured in October near the borders with Chad and Sudan.",
    ],
)
def test_an_unknown_name_attacked_or_a_man_or_no_war_country_stays_quiet(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_an_unnamed_side_retaking_a_village_a_named_side_took_is_one_change(extractor: Extractor) -> None:
    # a guard: the unnamed side's sentence now yields the village too (P1); it joins the named side's change
    text = (
        "Islamist rebels recaptured Gurmadow in central Somalia after African Union troops pulled out on Sunday. "
        "An elder said al-Shabaab fighters retook Gurmadow soon after the troops left."
    )
    events = [e for e in extractor.extract(make_article(text)) if e.kind == "change" and not e.historical]
    assert [(e.place.name, e.gaining.id if e.gaining else None) for e in events] == [("Gurmadow", "al-shabaab")]
