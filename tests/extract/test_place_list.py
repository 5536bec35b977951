"""Lists of places in notes and wire copy: every listed name is a place taken, and only a real list is read as one."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _places(extractor: Extractor, text: str, title: str | None = None) -> dict[str, str | None]:
    events = extractor.extract(make_article(text, title=title))
    return {e.place.name: (e.gaining.id if e.gaining else None) for e in events if not e.historical}


@pytest.mark.parametrize(
    ("text", "places", "gaining"),
    [
        # a comma list closed by "and", under "the villages of"
        ("The Taliban seized the villages of Qarabagh, Dehmarda, Sang Takht and Kohsan.", {"Qarabagh", "Dehmarda", "Sang Takht", "Kohsan"}, "taliban"),
        # "al-" names, which the tokenizer splits in three, with a place noun after the last one
        ("Syrian regime forces regained control of al-Hamra, al-Tuwaini and Tal Sakhr villages.", {"al-Hamra", "al-Tuwaini", "Tal Sakhr"}, "sy-gov"),
        # a list whose first item carries its location
        ("Boko Haram seized Damasak in Borno state and Geidam, Babban Gida and Kanamma.", {"Damasak", "Geidam", "Babban Gida", "Kanamma"}, "boko-haram"),
        # "as well as" before the last name, and "the village of" before it
        ("Al Shabaab took control of Bardhere, Saakow as well as the village of Dinsoor.", {"Bardhere", "Saakow", "Dinsoor"}, "al-shabaab"),
        # two names the parser reads as two objects of the verb are one name
        ("Syrian regime forces captured Tell Rifaat and Deir Jamal villages.", {"Tell Rifaat", "Deir Jamal"}, "sy-gov"),
    ],
)
def test_every_listed_place_is_taken(extractor: Extractor, text: str, places: set[str], gaining: str) -> None:
    found = _places(extractor, text)
    assert places <= set(found), found
    assert all(found[p] == gaining for p in places), found


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        # a comma run with no "and" is not a list: the name after the comma is the speaker
        ("The Taliban seized Qarabagh, Zabihullah Mujahid said on Sunday.", {"Zabihullah Mujahid"}),
        # the names after the verb of fighting, not of taking, are not taken
        ("The Taliban seized Qarabagh and attacked Dehmarda, Sang Takht and Kohsan.", {"Dehmarda", "Sang Takht", "Kohsan"}),
        # a date after the list is not a place
        ("Al Shabaab took control of Bardhere and Saakow on Monday, residents said.", {"Monday"}),
        # a list of places still being fought over
        ("Regime forces are advancing towards al-Hamra, al-Tuwaini and Tal Sakhr villages.", {"al-Hamra", "al-Tuwaini", "Tal Sakhr"}),
    ],
)
def test_no_list_where_none_is_written(extractor: Extractor, text: str, not_places: set[str]) -> None:
    assert not not_places & set(_places(extractor, text))


def test_a_split_al_name_is_one_place(extractor: Extractor) -> None:
    # the parser makes "al", "-" and "Sakhar" three objects: one place, written whole
    assert set(_places(extractor, "Iraqi soldiers recaptured the Sunni town of Jurf al-Sakhar from the Islamic State militants on Sunday.")) == {"Jurf al-Sakhar"}


@pytest.mark.parametrize("title", ["Somalia: Al Shabaab Retakes Small Town in Middle Shabelle Region", "ISIL Takes Control of First City in Philippines"])
def test_title_case_adjectives_are_not_names(extractor: Extractor, title: str) -> None:
    assert _places(extractor, "", title=title) == {}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a counted plural whose names are set off after its region (the parser hangs them on the region as conjuncts)
        ("Al Shabaab fighters on Tuesday seized two small towns in the Lower Shabelle region, Awdheegle and Barire.", {"Awdheegle", "Barire"}),
        # an uncounted one ("several": _plural_count's -1) reads the same way
        ("Al Shabaab fighters seized several villages in the Lower Shabelle region, El Saliindi and Awdheegle.", {"El Saliindi", "Awdheegle"}),
    ],
)
def test_names_set_off_after_the_region_are_taken(extractor: Extractor, text: str, places: set[str]) -> None:
    found = _places(extractor, text)
    assert set(found) == places, found
    assert set(found.values()) == {"al-shabaab"}, found


@pytest.mark.parametrize(
    "text",
    [
        # twins: the same names after an attack, and a region with no names set off after it
        "Al Shabaab fighters on Tuesday attacked two small towns in the Lower Shabelle region, Awdheegle and Barire.",
        "Al Shabaab fighters seized two small towns in the Lower Shabelle region, and the army fled to Afgoye.",
    ],
)
def test_no_names_set_off_no_places(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == {}


@pytest.mark.parametrize(
    ("phrase", "count"),
    [("seized two towns", 2), ("seized both villages", 2), ("seized four more villages", 4), ("seized more villages", -1),
     ("seized several villages", -1), ("seized villages", 0)],
)
def test_plural_count(extractor: Extractor, phrase: str, count: int) -> None:
    from townwatch_extract.frames import _plural_count

    doc = extractor.nlp(f"The rebels {phrase}.")
    noun = next(t for t in doc if t.tag_ == "NNS" and t.lemma_ in ("town", "village"))
    assert _plural_count(noun) == count
