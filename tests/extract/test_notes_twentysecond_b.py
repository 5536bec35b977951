"""Session 22, second round (helper notes22, issue 10): holdout22a's monitor-note families, in our own words.

L1 (frames._control_place): "took control of Afrin city and the towns of A, B and C": the parse makes the towns a
conjunct of "control"; before, only the first name of the list came out. Twin: "control of the road and the towns of
A and B" keeps its towns, "control of the city and the surrounding areas" adds none.
L2 (lexicon.WEAK_FORMS, frames EXPEL): "troops proceeded to clear other surrounding villages including A, B and C":
a sweep names the villages it took; the prefilter asked "clear" for "of" / "from". Twins: villages cleared with no name
(no antecedent read into the plural), a plan, villages cleared of mines.
O1 (modality._operation_completed, prefilter._FINISHED): "completed the operation to recapture X": the infinitive under
an operation a past verb tells over is done. Twins: began / will complete the operation, preparations completed.
P1 (modality: "proceed" among the heads of a done infinitive): "troops proceeded to clear / capture X". Twin: "will
proceed to".
M1 (frames._noun_frame, _MADE_MOVES): 'Malian forces made a "strategic retreat" from X', "carried out a tactical
withdrawal from X": the side that made the move left the town. Twins: a modal, a negation, a retreat from a front near X.
S1 (frames, _STATE_WORDS): "after the southern Chin State township came under the control of the AA": the state's name
before a settlement noun says where the township lies; before, the state was read as the place taken.
"""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # L1: the towns listed after "and the towns of"
        ("The rebels took control of Afrin city and the towns of Azaz, Jarabulus and Manbij on Sunday.", "Jarabulus", "x-rebels-sy", None),
        ("The rebels took control of Afrin city and the towns of Azaz, Jarabulus and Manbij on Sunday.", "Manbij", "x-rebels-sy", None),
        # L2: a sweep naming its villages, with and without "proceeded to"
        ("Troops cleared surrounding villages including Bama, Gwoza and Konduga on Sunday.", "Gwoza", "ng-gov", None),
        ("The troops met fierce resistance in one village. Troops proceeded to clear other surrounding villages including Bama, Gwoza "
         "and Konduga, all located in the remote parts of the state.", "Konduga", "ng-gov", None),
        # O1: the operation told over, the infinitive hung on the noun or on the verb
        ("Iraqi forces completed the operation to recapture Fallujah on Sunday, securing the city.", "Fallujah", "iq-gov", None),
        ("The army has completed the operation to liberate Tikrit, a spokesman said.", "Tikrit", "iq-gov", None),
        # P1: "proceeded to" a capture
        ("After the ambush, the troops proceeded to capture Bama on Monday.", "Bama", "ng-gov", None),
        # M1: a retreat or withdrawal a side made
        ('Malian forces made a "strategic retreat" from Tessalit on Saturday, a military source said.', "Tessalit", None, "ml-gov"),
        ("Malian forces carried out a tactical withdrawal from Tessalit on Sunday.", "Tessalit", None, "ml-gov"),
    ],
)
def test_note_changes(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    assert note_sides(extractor, text).get(place) == (gaining, losing)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # L1's twin: the areas around a city, no town listed
        ("The rebels took control of Afrin city and the surrounding areas on Sunday.", "Azaz"),
        # L2's twins: no name, a plan, mines
        ("Troops captured Bama on Monday. They then cleared the surrounding villages.", "Bama_twice"),
        ("Troops plan to clear surrounding villages including Bama, Gwoza and Konduga.", "Gwoza"),
        ("Engineers cleared the villages including Bama and Gwoza of mines.", "Gwoza"),
        # O1's twins
        ("The army began the operation to liberate Tikrit on Sunday.", "Tikrit"),
        ("The army will complete the operation to liberate Tikrit next week.", "Tikrit"),
        ("The army completed preparations for the operation to retake Tikrit.", "Tikrit"),
        ("The army announced the operation to liberate Tikrit, a spokesman said.", "Tikrit"),
        # P1's twin
        ("Troops will proceed to clear the villages including Bama and Gwoza.", "Gwoza"),
        # M1's twins
        ("Malian forces may make a strategic retreat from Tessalit.", "Tessalit"),
        ("Malian forces did not make a retreat from Tessalit.", "Tessalit"),
        ("Malian forces made a retreat from the front near Tessalit.", "Tessalit"),
        # S1 (frames: the state before a settlement noun): "the southern Chin State township" is no reading of the state
        ("Troops remained in Paletwa after the southern Chin State township came under the control of the AA on Sunday.", "Chin State"),
        ("The Arakan Army captured a Chin State township on Sunday.", "Chin State"),
    ],
)
def test_note_no_change(extractor: Extractor, text: str, place: str) -> None:
    if place == "Bama_twice":  # the capture is news; the plural swept after it adds no second reading of another town
        assert set(note_sides(extractor, text)) == {"Bama"}
    else:
        assert place not in note_sides(extractor, text)
