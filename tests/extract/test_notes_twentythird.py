"""Session 23 (helper notes23, issue 10): conflict-monitor note families, in our own words.

B1 (monitor_note._named_in_bracket): a note that names its place only in the bracket after a settlement noun: "took
control of the village (Boulkessi, Mondoro, Mopti)", "took control of the city (Al-Alia)". The bracket's first name
is the place; the names after it are its hierarchy. Before, the bracket was blanked as a hierarchy and the note said
only "the village". Twins: the same bracket after an attack, a siege, a failed attempt; a bracket that names a state
or a monitor's half of a province ("the township (Kachin State)"), or no name at all.
K1 (control._outcome_frame, lexicon.WEAK_FORMS): control won as the outcome of the fighting a past verb tells ("the
clashes ended with the regime forces' control of X", "resulted in the control of regime forces over X", "between A
and B ... ended with the latter's control of X") or a side's confirmation ("the forces confirmed (their full) control
of the X area"). Twins: no change in control, an aim, a modal, a denial, a failure to take control, a side's
confirmation that the other side still holds the town, control of the situation.
N1 (context.resolve_place, monitor_note.NoteParentheses.names): a note's village of several words that GeoNames
lacks comes out under the whole name the note wrote before its hierarchy ("Ceel Xaar Dheere village (Ceel Buur,
Galgaduud)"), not the part the parse kept ("Ceel Xaar"). Twin: a shorter name the text does not go on with stays itself.
"""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.monitor_note import read_parentheses

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # B1: the place only in the bracket, with and without a hierarchy after it
        ("On 2 June 2024, JNIM militants took control of the village (Boulkessi, Mondoro, Mopti) after clashes with the "
         "Malian army.", "Boulkessi", "jnim", "ml-gov"),
        ("On 2 June 2024, M23 rebels took control of the town (Bunagana, Rutshuru, Nord-Kivu) after clashes with FARDC.",
         "Bunagana", "m23", "cd-gov"),
        ("On 2 June 2024, Al Shabaab militants took control of the area (Mahas, Hiraan) following the withdrawal of SNA "
         "forces.", "Mahas", "al-shabaab", "so-gov"),
        ("On Friday, the Giants forces took control of the city (Ataq) after fierce battles against the Houthi militia.",
         "Ataq", "ye-gov", "houthis"),
        ("On 2 June 2024, the RSF seized the strategic town (Kutum, North Darfur) after the SAF withdrew.",
         "Kutum", "rsf", "saf"),
        # K1: control as the outcome of the fighting, or confirmed by the side that holds it
        ("Heavy clashes between the factions and regime forces ended with the regime forces' control of Nawa town on Sunday.",
         "Nawa", "sy-gov", None),
        ("The battles of the past week resulted in the control of regime forces over Nawa town, the monitor said.",
         "Nawa", "sy-gov", None),
        ("Fighting between the factions and the Syrian army ended with the latter's control of Nawa on Sunday.",
         "Nawa", "sy-gov", None),
        ("The Giants Brigades confirmed their full control of Harib district on Saturday.", "Harib", "ye-gov", "houthis"),
        ("The joint forces confirmed control of the Harib area, the center of the district, on Saturday.", "Harib", "ye-gov", "houthis"),
        # N1: the whole written name of a noted village GeoNames lacks
        ("On 2 June 2024, Al Shabaab militants took control of Ceel Xaar Dheere village (Ceel Buur, Galgaduud) after SNA "
         "forces withdrew.", "Ceel Xaar Dheere", "al-shabaab", "so-gov"),
    ],
)
def test_note_changes(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    assert note_sides(extractor, text).get(place) == (gaining, losing)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # B1's twins: the bracket after an attack, a siege, an attempt
        ("On 2 June 2024, JNIM militants attacked the village (Boulkessi, Mondoro, Mopti) and killed two civilians.", "Boulkessi"),
        ("On 2 June 2024, JNIM militants besieged the town (Boni, Douentza, Mopti) and blocked the road to Hombori.", "Boni"),
        ("On 2 June 2024, JNIM militants failed to take control of the town (Boni, Douentza, Mopti) after clashes with "
         "the Malian army.", "Boni"),
        # a bracket that says where the place lies, not its name
        ("On 2 June 2024, the KIA took control of the township (Kachin State) after clashes with the military.", "Kachin State"),
        ("On 2 June 2024, the KIA took control of the township (Kachin State) after clashes with the military.", "Kachin"),
        ("On 2 June 2024, the MNDAA took control of the area (Shan-North) after clashes with the military.", "Shan"),
        # K1's twins: no change, an aim, a modal, a failure, the other side still holding it, a denial, the situation
        ("Heavy clashes between the factions and regime forces ended without any change in control of Nawa town.", "Nawa"),
        ("The battles aim at the control of regime forces over Nawa town, the monitor said.", "Nawa"),
        ("The offensive could lead to the regime forces' control of Nawa town, the monitor said.", "Nawa"),
        ("Heavy clashes ended with the regime forces' failure to take control of Nawa town.", "Nawa"),
        ("The joint forces confirmed that the Houthis still control the Harib area.", "Harib"),
        ("The joint forces did not confirm control of the Harib area.", "Harib"),
        ("The joint forces confirmed control of the situation in Harib after the protest.", "Harib"),
    ],
)
def test_note_no_change(extractor: Extractor, text: str, place: str) -> None:
    assert place not in note_sides(extractor, text)


def test_noted_names_are_the_written_ones(extractor: Extractor) -> None:
    """N1: the names of several words a note writes before its hierarchies, each as written."""
    note = read_parentheses("Al Shabaab took Ceel Xaar Dheere village (Ceel Buur, Galgaduud) and Ceel Xaar (Ceel Buur, Galgaduud).",
                            extractor.gazetteer)
    assert note.names == {"Ceel Xaar Dheere", "Ceel Xaar"}


def test_noted_prefix_not_lengthened(extractor: Extractor) -> None:
    text = ("On 2 June 2024, Al Shabaab militants took control of Ceel Xaar village (Ceel Buur, Galgaduud) after SNA forces "
            "withdrew. On 1 June 2024, they attacked Ceel Xaar Dheere (Ceel Buur, Galgaduud).")
    places = note_sides(extractor, text)
    assert "Ceel Xaar Dheere" not in places
