"""Lists of places in one clause (session 23, helper lists23, issue 10): a list read as groups each closed by its own
place noun or location ("A and B districts in P, C in Q, D in R"; "the villages of A and B in P as well as the C
village in Q were seized"), a list subject read back from the later name its frame holds ("the districts of A, B, and
C in P, D and E in Q, and F in R fell to Z"), a comma run the plural before it opens ("the villages of A, B, C, D in
R"), a hedged last name ("and likely D"), a plural noun after the list ("the A, B and C districts of P") and a list of places a side left ("the towns abandoned by Z include A, B and
C"). Each form with negative twins of the same words: attacks, sieges, attempts, background years, a new clause after
the list, an agent that is no armed side (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows

JUL21 = dt.date(2021, 7, 5)
MAR18 = dt.date(2018, 3, 4)
NOV22 = dt.date(2022, 11, 20)
OCT24 = dt.date(2024, 10, 15)
JAN23 = dt.date(2023, 1, 20)
SEP21 = dt.date(2021, 9, 6)


def _news(extractor: Extractor, text: str, day: dt.date) -> set[str]:
    return {place for place, _, _, historical in change_rows(extractor, text, day) if not historical}


@pytest.mark.parametrize(
    ("text", "day", "want"),
    [
        # groups, each with its own location, no "and" before the last
        ("Taliban fighters overran Khwaja Ghar and Darqad districts in Takhar province, Ghormach in Faryab, Shortepa in Balkh.",
         JUL21, {"Khwaja Ghar", "Darqad", "Ghormach", "Shortepa"}),
        ("The Taliban said they captured Khwaja Ghar and Darqad districts in Takhar, Ghormach in Faryab, Shortepa in Balkh.",
         JUL21, {"Khwaja Ghar", "Darqad", "Ghormach", "Shortepa"}),
        # a second group after "as well as", the list the subject of a passive
        ("The villages of Maabatli and Raju in the Afrin area as well as the Bulbula village in the Jandaris area were "
         "seized by Turkish troops on Sunday.", MAR18, {"Maabatli", "Raju", "Bulbula"}),
        # a list subject read back from its last name
        ("Local officials said the districts of Ghormach, Qaisar, and Almar in Faryab, Shortepa and Kaldar in Balkh, and "
         "Khamab in Jawzjan fell to the Taliban this week.", JUL21, {"Ghormach", "Qaisar", "Almar", "Shortepa", "Kaldar", "Khamab"}),
        # a hedged last name is still listed
        ("Russian troops have captured Pervomaiske, Nevelske, Vodiane, and likely Netailove northwest of Donetsk, a "
         "Ukrainian analyst said.", OCT24, {"Pervomaiske", "Nevelske", "Vodiane", "Netailove"}),
        # a plural place noun after the list says what each name is, whatever the tagger read the last one as
        ("Taliban units retook the Deh Saleh, Bano and Pul-Hesar districts of the Baghlan province from resistance "
         "fighters on Monday.", SEP21, {"Deh Saleh", "Bano", "Pul-Hesar"}),
        # the places a side left, listed after a participle of leaving with that side as agent
        ("The towns abandoned by al-Shabaab fighters include Bulo Burde, Jalalaqsi and Moqokori, a regional official said.",
         JAN23, {"Bulo Burde", "Jalalaqsi", "Moqokori"}),
    ],
)
def test_every_name_of_the_list_is_taken(extractor: Extractor, text: str, day: dt.date, want: set[str]) -> None:
    assert _news(extractor, text, day) == want


@pytest.mark.parametrize(
    ("text", "day", "want"),
    [
        # the same lists attacked, besieged, attempted, or long past
        ("Taliban fighters attacked Khwaja Ghar and Darqad districts in Takhar province, Ghormach in Faryab, Shortepa in Balkh.",
         JUL21, set()),
        ("The Taliban said they besieged Khwaja Ghar and Darqad districts in Takhar, Ghormach in Faryab, Shortepa in Balkh.",
         JUL21, set()),
        ("The Taliban tried to capture Khwaja Ghar and Darqad districts in Takhar, Ghormach in Faryab, Shortepa in Balkh.",
         JUL21, set()),
        ("Local officials said the districts of Ghormach, Qaisar, and Almar in Faryab, Shortepa and Kaldar in Balkh, and "
         "Khamab in Jawzjan came under Taliban attack this week.", JUL21, set()),
        ("The districts of Ghormach, Qaisar, and Almar in Faryab, Shortepa and Kaldar in Balkh, and Khamab in Jawzjan fell "
         "to the Taliban in 2015 and 2016, officials recalled.", JUL21, set()),
        ("M23 fighters shelled the villages of Rugari, Kalengera, Kako, Rubare in Rutshuru territory on Monday.", NOV22, set()),
        ("Taliban units shelled the Deh Saleh, Bano and Pul-Hesar districts of the Baghlan province on Monday.", SEP21, set()),
        # what follows the list is no place of it: a new clause, a verb after the hedge, a route
        ("Turkish troops captured Maabatli and Raju in the Afrin area as well as shelling the Bulbula village in the "
         "Jandaris area.", MAR18, {"Maabatli", "Raju"}),
        ("Russian troops have captured Pervomaiske, Nevelske, Vodiane, and likely attacked Netailove northwest of Donetsk, "
         "a Ukrainian analyst said.", OCT24, {"Pervomaiske", "Nevelske", "Vodiane"}),
        ("Russian troops advanced on the road from Pervomaiske to Netailove, a Ukrainian analyst wrote.", OCT24, set()),
        ("The M23 took the village of Rugari, Kabila said.", NOV22, {"Rugari"}),
        # places left by people who are no armed side, or only described as abandoned
        ("The towns abandoned by their residents include Bulo Burde, Jalalaqsi and Moqokori, a regional official said.",
         JAN23, set()),
        ("The abandoned towns include Bulo Burde, Jalalaqsi and Moqokori, a regional official said.", JAN23, set()),
    ],
)
def test_twins_take_no_more_than_the_list_says(extractor: Extractor, text: str, day: dt.date, want: set[str]) -> None:
    assert _news(extractor, text, day) == want
