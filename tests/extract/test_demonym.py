"""Demonyms: one answer to "is this capitalised modifier a people's word or a place's name?"."""

from __future__ import annotations

import pytest

from townwatch_extract.demonym import describes_people, names_people, owner_people, wide_people


@pytest.mark.parametrize("word", ["syrian", "malian", "sudanese", "kurdish", "afghan", "tigrayan", "oromo", "kokang"])
def test_every_reader_takes_a_people_word_for_no_name(word: str) -> None:
    assert describes_people(word) and owner_people(word) and names_people(word) and wide_people(word)


@pytest.mark.parametrize("word", ["konekyan", "paryan", "hawija", "bakhmut", "kobo"])
def test_a_town_name_is_no_people_word_for_the_name_reader(word: str) -> None:
    assert not names_people(word) and not describes_people(word)


def test_the_endings_are_graded_from_narrow_to_wide() -> None:
    # "-i" and "-ic": a people's word that owns a unit ("Iraqi Army"), never one that describes a town
    assert owner_people("iraqi") and not describes_people("iraqi")
    # a bare "-an" ("Konekyan") is a name for the name reader, a people's word only for the widest net
    assert wide_people("konekyan") and not names_people("konekyan")
    # a country's own word is no name where names are read
    assert names_people("iraq") and not describes_people("iraq")
