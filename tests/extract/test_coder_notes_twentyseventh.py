"""Session 27 (helper acled27a, issue 10): African coder notes that main misread.

Read from ACLED-style exports that public repositories hold (Somalia 2025; no row copied):
N1 (note_plural.py, frames.place_refs, extractor): a note's uncounted definite plural standing for the village it has
just named with its "(district, region)": "engaged them in an armed clash in X village (A, B). The forces took control
over the villages." Twins: a described plural ("the surrounding villages"), no name set in a hierarchy, the side that
leaves them, the villages as a landmark.
N2 (coreference.ANAPHOR_NOUNS): "took control of the locality" for the place the note named. Twins: the locality's
market looted, the locality attacked and left.
N3 (undone.undone): a capture undone in its own sentence by the same side, the leaving told as short ("and withdrew
after 2 hours", "and withdrew hours later") or the hold as brief ("briefly took control ... and withdrew"). Twins: a
capture after hours of fighting, a capture after the other side withdrew, a withdrawal from another place.
N4 (lexicon.WEAK_FORMS): "recovered X" with the other side's leaving told with it ("after the militants fled").
Twins: weapons or bodies recovered, an attempt.
N5 (lexicon.PARSE_SWAPS, _RE_JOINED): an older note's present "re-occupy", "re-occupies", "reoccupies", read as a
noun before the place; swapped for the same-length present of "recapture". Twins: an intention, an attempt repelled.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_DAY = dt.date(2025, 4, 9)


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # N1
        ("On 9 April 2025, government forces (SNA) and Abgal clan militia attacked Al Shabaab and engaged them in an "
         "armed clash in Geeldoon village (Cadale, Middle Shabelle). The forces took control over the villages. 5 "
         "militants were killed.", "Geeldoon", "so-gov", "al-shabaab"),
        ("On 9 April 2025, Al Shabaab attacked government forces (SNA) and engaged them in an armed clash in Buur "
         "Gaduud village (Bulo Burto, Hiraan). The militants took control of the villages. Casualties unknown.",
         "Buur Gaduud", "al-shabaab", "so-gov"),
        # N2
        ("On 9 April 2025, JNIM militants attacked Burkinabe soldiers in Titao (Titao, Loroum) and took control of the "
         "locality after the soldiers withdrew.", "Titao", "jnim", "bf-gov"),
        # N3's twins: the capture stands
        ("On 9 April 2025, ISWAP fighters attacked soldiers in Damasak (Mobbar, Borno). The insurgents took control of "
         "the town after the soldiers withdrew.", "Damasak", "iswap", "ng-gov"),
        # N4
        ("On 9 April 2025, the Nigerian army recovered Kukawa (Kukawa, Borno) after ISWAP fighters fled the town.",
         "Kukawa", "ng-gov", "iswap"),
        # N5
        ("Al Shabaab militants re-occupy Tiyeeglow after the ENDF pulled out of the town.", "Tiyeeglow", "al-shabaab", "et-gov"),
        ("Al Shabaab reoccupies Tiyeeglow after the ENDF pulled out of the town.", "Tiyeeglow", "al-shabaab", "et-gov"),
    ],
)
def test_coder_note_capture_is_read(extractor: Extractor, text: str, place: str, gaining: str, losing: str) -> None:
    assert news_rows(extractor, text, _DAY) == [(place, gaining, losing)]


@pytest.mark.parametrize(
    "text",
    [
        # N1 twins
        "On 9 April 2025, government forces (SNA) attacked Al Shabaab in Geeldoon village (Cadale, Middle Shabelle). "
        "The forces took control over the surrounding villages.",
        "Government forces attacked Al Shabaab near Geeldoon. The forces took control of the villages, a commander said.",
        "On 9 April 2025, Al Shabaab attacked government forces (SNA) in Geeldoon village (Cadale, Middle Shabelle). The "
        "forces withdrew from the villages after the clash.",
        # N2 twins
        "On 9 April 2025, JNIM militants attacked Burkinabe soldiers in Titao (Titao, Loroum) and looted the locality's "
        "shops.",
        "On 9 April 2025, JNIM militants attacked the locality of Titao (Titao, Loroum) and withdrew after burning the "
        "school.",
        # N3: undone in the same sentence
        "On 9 April 2025, JNIM militants clashed with Burkinabe soldiers in Djibo (Djibo, Soum). The militants briefly "
        "took control of the town and withdrew.",
        "On 9 April 2025, ISWAP fighters attacked soldiers in Damasak (Mobbar, Borno). The insurgents took control of "
        "the town and withdrew after 2 hours.",
        "On 9 April 2025, Jubaland forces engaged Al Shabaab at a hideout near Afmadow town (Afmadow, Lower Juba). The "
        "forces took control over the area, and withdrew hours later.",
        # N4 twins
        "On 9 April 2025, the Nigerian army recovered weapons in Kukawa (Kukawa, Borno) after ISWAP fighters fled.",
        "On 9 April 2025, the Nigerian army recovered the bodies of 4 soldiers in Kukawa (Kukawa, Borno) after ISWAP "
        "fighters withdrew.",
        "On 9 April 2025, troops tried to recover Kukawa (Kukawa, Borno) but withdrew after ISWAP fighters fired on them.",
        # N5 twins
        "Al Shabaab militants vow to re-occupy Tiyeeglow after the ENDF pulled out of the town.",
        "Al Shabaab militants try to re-occupy Tiyeeglow but are repelled by the ENDF.",
    ],
)
def test_coder_note_twin_takes_nothing(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


def test_a_counted_plural_is_left_to_the_count(extractor: Extractor) -> None:
    """"the two villages" with one name before it stands for no place (coreference.plural, unchanged): N1 reads only
    the bare "the villages"."""
    text = ("On 9 April 2025, government forces (SNA) attacked Al Shabaab in Geeldoon village (Cadale, Middle "
            "Shabelle). The forces took control over the two villages.")
    assert news_rows(extractor, text, _DAY) == []


def test_an_unknown_name_placed_in_two_countries_is_one_event(extractor: Extractor) -> None:
    """N6 (extractor._one_country): a name the gazetteer lacks, placed in Somalia by the taker and in Ethiopia by the
    side that pulled out, is one place and one event (main gave one in each country)."""
    text = "Al Shabaab militants captured Tiyeeglow after the ENDF pulled out of the town."
    assert news_rows(extractor, text, _DAY) == [("Tiyeeglow", "al-shabaab", "et-gov")]


def test_two_unknown_names_stay_two_events(extractor: Extractor) -> None:
    """N6's twin: two names the gazetteer lacks, each in one country, are two places."""
    text = ("On 9 April 2025, Al Shabaab took control of Buulo Jadiid village (Baardheere, Gedo) and Ceel Xaaji village "
            "(Baardheere, Gedo) after the SNA withdrew.")
    assert sorted(p for p, _g, _lo in news_rows(extractor, text, _DAY)) == ["Buulo Jadiid", "Ceel Xaaji"]
