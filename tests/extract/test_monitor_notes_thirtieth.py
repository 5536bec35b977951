"""Session 30 (helper fix30n, issue 10): monitor notes and wire headlines main missed on holdout30a/b.

Read on the MISSED lines of holdout30a/b notes and heads (no text copied; sentences written for these tests):
V (lexicon.PARSE_SWAPS): the past "overran" ("the Taliban overran X district", "as the Taliban overran X"): the small
model reads it as a proper noun or a compound before the place; parsed as "seized". Twins: an attempt, a raid.
A (actors.yaml): 2014-18's "ATO forces/troops" (Ukraine's Anti-Terrorist Operation), 2022's "LPR/DPR troops"
(Russia's side), "Hadi government forces", "forces loyal to President Abd Rabbuh Mansour Hadi". Twins: shelling,
fire taken, an attempt that failed.
D (frames, EXPEL): "SNA forces drive al Shabaab militants out of X village, Y region": the armed noun after the side's
name read as a second object carrying the "out of". Twins: residents driven out, an attempt.
R (present_tense): a note's present "Houthis retake control of X district": "retake" read as a noun before
"control". Twins: "seek to retake", "fail to retake".
K (kind_apposition): "took control of the X Dam, the city of A, the town of B, and several villages": the items
after the first read as its appositions. Twins: a list shelled or threatened, "A, the town of the Turkmen".
S (lexicon weak forms, safekeeping): "secured the town of X" with its settlement noun; not "secured the release of
hostages in the town of X", "the roads to the town", "failed to secure", "secured the town for the election / ahead
of the visit / against attacks" (a guard).
L (place_list): "the town of X, Y region and the surrounding area": the region says where X lies, no list item.
B (bracket_area): an editor's "A [Luhansk oblast], B and C" read like a monitor's "A (Luhansk oblast), B and C" (the
square bracket broke the list after its first name). Twins: "[Ukrainian forces] took X" keeps its bracket, shelling.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_AF = dt.date(2016, 10, 3)
_DONBAS = dt.date(2014, 7, 22)
_LUHANSK = dt.date(2022, 6, 20)
_YE = dt.date(2016, 8, 10)
_YE21 = dt.date(2021, 10, 2)
_SO = dt.date(2017, 3, 2)
_IQ = dt.date(2014, 8, 8)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # V (both missed on main)
        ("The Taliban overran Khakrez district in Kandahar province on Sunday.", _AF, [("Khakrez", "taliban", "af-gov")]),
        ("Dozens of Afghan police were killed as the Taliban overran Shibkoh district in Farah province.",
         _AF, [("Shibkoh", "taliban", "af-gov")]),
        # A (both missed on main)
        ("In the past day, ATO forces liberated the villages of Piski and Pervomaiske and raised the national flag.",
         _DONBAS, [("Piski", "ua-forces", "ru-forces"), ("Pervomaiske", "ua-forces", "ru-forces")]),
        ("LPR troops took control of Komyshuvakha on Sunday.", _LUHANSK, [("Komyshuvakha", "ru-forces", "ua-forces")]),
        # R (missed on main)
        ("Houthis retake control of the Harib district on October 1.", _YE21, [("Harib", "houthis", "ye-gov")]),
        # D (missed on main)
        ("SNA forces drive al Shabaab militants out of Bardale village, Bay region.", _SO, [("Bardale", "so-gov", "al-shabaab")]),
        ("AMISOM troops drive al Shabaab fighters out of Bardale town, Bay region.", _SO, [("Bardale", "atmis", "al-shabaab")]),
        # S (missed on main)
        ("Somali government forces secured the town of Bardale on March 1.", _SO, [("Bardale", "so-gov", "al-shabaab")]),
        ("Somali government forces secured the town of Bardale after al Shabaab withdrew.", _SO, [("Bardale", "so-gov", "al-shabaab")]),
        # S and L (missed on main: the region was no place, the town unread)
        ("Somali government forces secured the town of Wajid, Bakool region and the surrounding villages on March 1.",
         _SO, [("Wajid", "so-gov", "al-shabaab")]),
        # L (main also listed "Bakool" as a place taken)
        ("AMISOM troops captured the town of Wajid, Bakool region and the surrounding area on March 1.",
         _SO, [("Wajid", "atmis", "al-shabaab")]),
    ],
)
def test_monitor_notes_are_read(extractor: Extractor, text: str, published: dt.date, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # B (main read only the first name)
        ("Over the past day Ukrainian forces took control over another 3 towns – Novoselivka [Luhansk oblast], Bulavinske and Olenivka.",
         ["Bulavinske", "Novoselivka", "Olenivka"]),
        ("[Ukrainian forces] took control of Novoselivka and Olenivka.", ["Novoselivka", "Olenivka"]),
        # K (main read only the first item)
        ("The Islamic State took control of the Haditha Dam, the city of Tal Afar, the town of Sharqat, and several villages in Salahuddin province.",
         ["Haditha Dam", "Sharqat", "Tal Afar"]),
        ("The Islamic State took control of Tal Afar, the town of Sharqat and two villages.", ["Sharqat", "Tal Afar"]),
        # K twin: the apposition says what the town is
        ("The Islamic State took control of Tal Afar, the town of the Turkmen, after heavy fighting.", ["Tal Afar"]),
        # L twin: a list that goes on after the region
        ("AMISOM troops captured Bardale, Bay region and Qansax Dheere, Bay region.", ["Bardale", "Qansax Dheere"]),
    ],
)
def test_listed_places(extractor: Extractor, text: str, expected: list[str]) -> None:
    day = _IQ if "Islamic" in text else _DONBAS if "Ukrainian" in text else _SO
    assert sorted(p for p, _g, _lo in news_rows(extractor, text, day)) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # B twin
        ("Ukrainian forces shelled Novoselivka [Luhansk oblast], Bulavinske and Olenivka.", _DONBAS),
        # V twins
        ("The Taliban tried to overrun Khakrez district in Kandahar province on Sunday.", _AF),
        ("The Taliban overran a police checkpoint in Khakrez district, killing four officers, before withdrawing.", _AF),
        # A twins
        ("ATO forces came under mortar fire near Piski.", _DONBAS),
        ("LPR troops shelled Toshkivka again on Sunday.", _LUHANSK),
        ("Hadi government forces failed to take the town of Ataq.", _YE),
        # D twins
        ("Al Shabaab militants drive residents out of Bardale village, Bay region.", _SO),
        ("SNA forces try to drive al Shabaab militants out of Bardale village, Bay region.", _SO),
        # R twins
        ("Houthis seek to retake control of the Harib district.", _YE21),
        ("Houthis fail to retake control of the Harib district.", _YE21),
        # K twins
        ("The Islamic State shelled the city of Tal Afar, the town of Sharqat and several villages.", _IQ),
        ("The Islamic State threatened Tal Afar, the town of Sharqat and several villages.", _IQ),
        # S twins
        ("Somali government forces secured the release of hostages in the town of Bardale.", _SO),
        ("Somali government forces secured the roads to the town of Bardale.", _SO),
        ("Somali government forces failed to secure the town of Bardale.", _SO),
        ("AMISOM troops secured the town of Bardale for the election.", _SO),
        ("AMISOM troops secured the town of Bardale ahead of the president's visit.", _SO),
        ("AMISOM troops secured the town of Bardale against further attacks.", _SO),
    ],
)
def test_monitor_note_twins_stay_quiet(extractor: Extractor, text: str, published: dt.date) -> None:
    assert news_rows(extractor, text, published) == []


def test_actor_aliases_name_their_side(extractor: Extractor) -> None:
    rows = news_rows(extractor, "Forces loyal to President Abd Rabbuh Mansour Hadi seized the district of Harib.", _YE)
    assert [(p, g) for p, g, _lo in rows] == [("Harib", "ye-gov")]
    rows = news_rows(extractor, "Hadi government forces seized the town of Ataq, Shabwah governorate.", _YE)
    assert [(p, g) for p, g, _lo in rows] == [("Ataq", "ye-gov")]
