"""Monitor notes, sixth reading: admin areas that place a namesake, units' camps, lists named after their count,
"cleared of", "back in control in", "now under the control of", "with Z forcing Y from X", "ousting Z from X", nominal "retake", armed groups."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUBLISHED = dt.date(2024, 6, 3)  # the notes' own week: their "on Monday" is news


def _events(extractor: Extractor, text: str) -> list:
    return [e for e in extractor.extract(make_article(text, published=PUBLISHED)) if e.kind == "change" and not e.historical]


def _sides(extractor: Extractor, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.place.country_code)
        for e in _events(extractor, text)
    }


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing", "country"),
    [
        # an admin area the note names places its village there, not at a namesake abroad ("Bagda" is an alternate
        # name of Baghdad): and its country's government is whose "forces" are
        ("On Monday, government forces took over Bagda village in the Hiiraan region after Al Shabaab fighters left.",
         "Bagda", "so-gov", "al-shabaab", "SO"),
        # "the junta" written in lower case is the state of the place's country, not Myanmar's junta
        # (only where the text itself puts the place in that country: a note's hierarchy read wrongly must not)
        ("RSF fighters took control of El Fula after the junta's troops withdrew from the town in West Kordofan, Sudan.",
         "El Fula", "rsf", "saf", "SD"),
        ("Arakan Army fighters took control of Ann after the junta's troops withdrew from the town in Rakhine State.",
         "Ann", "arakan-army", "mm-junta", "MM"),
        # a unit's camp is placed by the town written after the unit
        ("The Arakan Army seized the headquarters of the junta's Light Infantry Battalion 379 in Minbya on Monday.",
         "Minbya", "arakan-army", "mm-junta", "MM"),
        # a command's headquarters "in X in northern Y state": the town, never the state
        ("MNDAA fighters captured the headquarters of the northeast military command in Lashio in northern Shan state on "
         "Monday.", "Lashio", "mndaa", "mm-junta", "MM"),
        # a unit "based in X" is placed by its town; the alliance that speaks for the gainer is no loser
        ("The Arakan Army captured the 380th light infantry battalion based in Minbya on Monday, said a statement issued "
         "by the Three Brotherhood Alliance.", "Minbya", "arakan-army", "mm-junta", "MM"),
        # "local armed groups" are an unnamed side of the place's country; the loser from "the withdrawal of Z"
        ("Local armed groups took control of the town of Nawa on Monday following the withdrawal of Syrian forces.",
         "Nawa", "x-armed-groups-sy", "sy-gov", "SY"),
        # "X is now under the control of Z" (the state after a handover, with "now")
        ("Residents said Gondar is now under the control of the military after two days of fighting.", "Gondar", "et-gov", "fano", "ET"),
        # "back in control in X" (not only "of X")
        ("Government forces are back in control in Macomia, residents said on Monday.", "Macomia", "mz-gov", "is-mozambique", "MZ"),
        # an absolute clause: "with insurgents forcing government forces from X"
        ("Fighting flared again in Cabo Delgado, with insurgents forcing government forces from the district capital of "
         "Macomia on Sunday.", "Macomia", "is-mozambique", "mz-gov", "MZ"),
        ("Federal forces entered the city on Monday, ousting Fano fighters from Debre Tabor.", "Debre Tabor", "et-gov", "fano", "ET"),
        # nominal "retake"
        ("The army's retake of Bara in North Kordofan was celebrated by SAF soldiers on Monday.", "Bara", "saf", "rsf", "SD"),
        # "the villages of A and B were cleared of Z (by Y / after Y ...)"
        ("The villages of Harar Lugole and Fidow were cleared of Al-Shabaab by government forces on Monday.",
         "Fidow", "so-gov", "al-shabaab", "SO"),
        ("On Monday the villages of Harar Lugole and Fidow were cleared of Al-Shabaab after government forces carried out "
         "an operation in the Hiiraan region.", "Harar Lugole", "so-gov", "al-shabaab", "SO"),
    ],
)
def test_note_family(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None, country: str) -> None:
    sides = _sides(extractor, text)
    assert place in sides, sides
    assert sides[place] == (gaining, losing, country)
    assert not [p for p in sides if p.split()[0] in ("Shan", "Rakhine", "Hiiraan")], sides  # never the region


@pytest.mark.parametrize(
    "text",
    [
        # the same vocabulary without a change of hands
        "Government forces are in control in Macomia, residents said on Monday.",
        "Residents said Gondar is under the control of the military.",
        "Residents said Gondar is still under the control of the military.",
        "Residents said the village is now under the control of local elders.",
        "Government forces are back in Macomia after the floods, residents said on Monday.",
        "Fighting flared again in Cabo Delgado, with insurgents trying to force government forces from Macomia.",
        "Fighting flared again in Cabo Delgado, with insurgents firing on government forces near Macomia.",
        "Federal forces massed near the city on Monday, vowing to oust Fano fighters from Debre Tabor.",
        "The army's attempted retake of Bara in North Kordofan failed on Monday.",
        "The army is preparing a retake of Bara in North Kordofan, SAF officers said.",
        "The Arakan Army attacked the headquarters of the junta's Light Infantry Battalion 379 in Minbya on Monday.",
        "The Arakan Army seized the headquarters of the ruling party in Minbya Township on Monday.",
        "The villages of Harar Lugole and Fidow were cleared of mines by engineers on Monday.",
        "The Arakan Army attacked the 380th light infantry battalion based in Minbya on Monday.",
        "The Arakan Army captured the commander of the battalion based in Minbya on Monday.",
        "Local armed groups attacked the town of Nawa on Monday following the withdrawal of Syrian forces.",
        "The roads to Fidow were cleared of Al-Shabaab checkpoints on Monday.",
        "On Monday, government forces shelled Bagda village in the Hiiraan region.",
    ],
)
def test_note_family_without_a_change(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "places", "gaining"),
    [
        # a counted plural named in the next sentence, after "the villages are / as"
        ("Somali National Army forces liberated four more villages in the Hiiraan region on Monday. A ministry spokesman "
         "named the villages as Gulane, Mabah, Harga Dhere, and Darusalam.",
         {"Gulane", "Mabah", "Harga Dhere", "Darusalam"}, "so-gov"),
        ("Somali troops recaptured three villages from al-Shabaab in the Hiiraan region on Monday. The recaptured villages "
         "are Aborey, Tardo and Sagaalgeed, on the outskirts of Bulo Burto.", {"Aborey", "Tardo", "Sagaalgeed"}, "so-gov"),
    ],
)
def test_counted_villages_named_after(extractor: Extractor, text: str, places: set[str], gaining: str) -> None:
    events = _events(extractor, text)
    assert {e.place.name for e in events} == places
    assert {e.gaining.id for e in events if e.gaining} == {gaining}


@pytest.mark.parametrize(
    "text",
    [
        # another number of names than the count ("are": all of them; "include" names some, so counts: test_lists_eighteenth),
        # or villages attacked rather than taken
        "Somali troops recaptured five villages from al-Shabaab in the Hiiraan region on Monday. The recaptured villages "
        "are Aborey, Tardo and Sagaalgeed.",
        "Al-Shabaab attacked three villages in the Hiiraan region on Monday. The villages are Aborey, Tardo and Sagaalgeed.",
    ],
)
def test_counted_villages_named_after_without_a_change(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []
