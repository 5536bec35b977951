"""Session 36 (helper notes36, issue 10): coder notes that name their places before the verb.

S, an agentless passive in a note: "X village (district, region) was recaptured", "the villages of A, B and C
(district, region) were liberated". The note names no side; a name GeoNames lacks was dropped as "no side" although
the note's own bracket places it in a country at war. Such a passive of a capture verb is now a change whose gainer
is unknown, as it already was for a town GeoNames knows (`sideless.sideless_passive`; extractor's `sideless`). Only
the bracket vouches: a settlement noun alone ("more villages such as A and B were liberated") keeps the side in the
sentence before it. Twins: the same notes shelled, attacked, nearly captured, not captured, a relative clause of an
old capture, people captured in the village.

L, names listed before their plural kind noun: "A, B and C villages were taken by Z", "A and B towns (region) were
taken". The small model hangs such a list on the noun as an owner, an apposition and a compound, and breaks it; the
list is read off the words (`kind_after_list.names_before_kind`), and "A and B towns" is a named object of "taken"
(`frames._named_town`). Twins: demonyms and groups ("Russian and Ukrainian villages"), the same lists shelled,
attacked, fled, an attempt.

I, a name that opens its sentence before a settlement noun: "Mahas town was taken by Z", "Hantunin village was
liberated from HTS": at the head of a sentence the small model reads the unknown name as an adjective or a verb
(`initial_name.py`). Twins: an English word or a demonym in the same place ("Border town", "Syrian village").

A, al-Shabaab's acronym in a Somali note: "AS took control of X", "X fell to AS militants", "SNA forces pushed AS
militants out of X", "AS militants entered X, abducted two men and left". The small model reads "AS" as the word
"as": a clause's marker (the verb left with no subject), a preposition beside "to" (the "to" left with no object) or
after the verb (the side driven out lost: the expelling verb read as a passive, so al-Shabaab gained the town), and
the raid's "and left" hung on another verb (read as the other side leaving, which made the entry a capture). Only
the acronym written in capitals where the side stands (`shabaab_acronym.py`; `frames._conj_of`). Twins: a sentence's
own "As", attacks, attempts, abductions, people captured.

E, the Islamic State's "IS" after an expelling verb with its fighters named: "ousted IS militants from X", "drove IS
fighters out of X village". The small model reads "IS" as the verb "is" and hangs the place on "militants", its
attribute; main read the bare "drive IS out of X" only (`frames._is_sources`). Twins: an aim ("preparing to drive out
IS militants from X"), positions near X, the outskirts, civilians driven out, an attack.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


def _places(extractor: Extractor, text: str, day: str) -> list[str]:
    return sorted(p for p, _g, _lo in news_rows(extractor, text, dt.date.fromisoformat(day)))


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(news_rows(extractor, text, dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    ("text", "day", "places"),
    [
        # S: each gave no event before (no side, a name GeoNames lacks)
        ("On 14 March 2022, Kyslivka village (Kupiansk, Kharkiv) was liberated.", "2022-03-14", ["Kyslivka"]),
        ("On 2 May 2022, Ceel Gaal village (Baidoa, Bay) was recaptured.", "2022-05-02", ["Ceel Gaal"]),
        ("On 2 May 2022, Ceel Gaal (Baidoa, Bay) was recaptured.", "2022-05-02", ["Ceel Gaal"]),
        ("On 7 June 2022, the villages of Ceel Gaal, Buur Fuule and Qoryoley Yare (Baidoa, Bay) were recaptured.",
         "2022-06-07", ["Buur Fuule", "Ceel Gaal", "Qoryoley Yare"]),
        ("On 9 April 2024, Nam Hpat town (Kutkai, Shan-North) was captured.", "2024-04-09", ["Nam Hpat"]),
    ],
)
def test_an_agentless_passive_note_is_a_change(extractor: Extractor, text: str, day: str, places: list[str]) -> None:
    assert _places(extractor, text, day) == places


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On 2 May 2022, Ceel Gaal village (Baidoa, Bay) was attacked by Al Shabaab militants.", "2022-05-02"),
        ("On 2 May 2022, Ceel Gaal village (Baidoa, Bay) was shelled.", "2022-05-02"),
        ("On 2 May 2022, Ceel Gaal village (Baidoa, Bay) was nearly captured by Al Shabaab militants.", "2022-05-02"),
        ("On 2 May 2022, Ceel Gaal village (Baidoa, Bay) was not captured.", "2022-05-02"),
        ("On 2 May 2022, Ceel Gaal village (Baidoa, Bay), which was captured in 2019, was attacked.", "2022-05-02"),
        ("On 2 May 2022, two AS militants were captured in Ceel Gaal village (Baidoa, Bay).", "2022-05-02"),
        ("On 2 May 2022, a civilian was taken from Ceel Gaal village (Baidoa, Bay) by AS militants.", "2022-05-02"),
        ("On 14 March 2022, Kyslivka village (Kupiansk, Kharkiv) was shelled by Russian forces.", "2022-03-14"),
    ],
)
def test_an_agentless_passive_twin_takes_nothing(extractor: Extractor, text: str, day: str) -> None:
    assert _places(extractor, text, day) == []


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # L: each gave no event (or only one of the names) before
        ("Hantunin, Sheikh Damis and Kafr Sajnah villages were liberated from HTS.", "2020-02-24",
         [("Hantunin", "sy-gov", "hts"), ("Kafr Sajnah", "sy-gov", "hts"), ("Sheikh Damis", "sy-gov", "hts")]),
        ("On 20 August 2022, Bulo Fulay, Gololey and Qansaxley villages (Baidoa, Bay) were taken by SNA forces.",
         "2022-08-20", [("Bulo Fulay", "so-gov", "al-shabaab"), ("Gololey", "so-gov", "al-shabaab"),
                        ("Qansaxley", "so-gov", "al-shabaab")]),
        ("Mahas and Moqokori towns were taken by SNA forces.", "2022-08-20",
         [("Mahas", "so-gov", "al-shabaab"), ("Moqokori", "so-gov", "al-shabaab")]),
        # I: the name opening the sentence
        ("Mahas town was taken by SNA forces.", "2022-08-20", [("Mahas", "so-gov", "al-shabaab")]),
        ("Hantunin village was liberated from HTS.", "2020-02-24", [("Hantunin", "sy-gov", "hts")]),
    ],
)
def test_names_before_their_kind_noun_are_taken(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(extractor, text, day) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Russian and Ukrainian villages were shelled.", "2023-06-12"),
        ("Tell Dahab, Umm Jurn and Kafr Rumma villages were shelled by regime forces.", "2020-02-20"),
        ("Tell Dahab, Umm Jurn and Kafr Rumma villages were attacked.", "2020-02-20"),
        ("Regime forces tried to capture Tell Dahab, Umm Jurn and Kafr Rumma villages.", "2020-02-20"),
        ("Residents fled Tell Dahab, Umm Jurn and Kafr Rumma villages after the shelling.", "2020-02-20"),
        ("Border town was taken by SNA forces.", "2022-08-20"),
        ("Syrian village was liberated from HTS.", "2020-02-24"),
        ("Hantunin village was shelled by regime forces.", "2020-02-24"),
        ("Ghost town was taken over by squatters.", "2022-08-20"),
    ],
)
def test_a_listed_name_twin_takes_nothing(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # A: each gave no event, or al-Shabaab as the gainer of the town it was driven from, before
        ("On 4 March 2022, AS took control of Ceel Gaal (Baidoa, Bay).", [("Ceel Gaal", "al-shabaab", "so-gov")]),
        ("On 4 March 2022, AS seized Buur Fuule (Baidoa, Bay).", [("Buur Fuule", "al-shabaab", "so-gov")]),
        ("On 4 March 2022, AS seized Buur Fuule village (Baidoa, Bay).", [("Buur Fuule", "al-shabaab", "so-gov")]),
        ("On 4 March 2022, Ceel Gaal (Baidoa, Bay) fell to AS militants.", [("Ceel Gaal", "al-shabaab", "so-gov")]),
        ("On 4 March 2022, SNA forces pushed AS militants out of Ceel Gaal (Baidoa, Bay).", [("Ceel Gaal", "so-gov", "al-shabaab")]),
        ("On 4 March 2022, SNA forces expelled AS militants from Ceel Gaal (Baidoa, Bay).", [("Ceel Gaal", "so-gov", "al-shabaab")]),
    ],
)
def test_the_shabaab_acronym_is_a_side(extractor: Extractor, text: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(extractor, text, "2022-03-04") == rows


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2022, AS militants entered Ceel Gaal (Baidoa, Bay), abducted two men and left.",
        "On 4 March 2022, AS militants entered Ceel Gaal village (Baidoa, Bay), looted shops and later left the village.",
        "On 4 March 2022, AS attacked SNA positions in Ceel Gaal (Baidoa, Bay).",
        "On 4 March 2022, AS tried to capture Ceel Gaal (Baidoa, Bay) but was repulsed.",
        "On 4 March 2022, AS abducted two elders from Ceel Gaal (Baidoa, Bay).",
        "On 4 March 2022, AS captured two SNA soldiers in Ceel Gaal (Baidoa, Bay).",
        "On 4 March 2022, SNA forces pushed AS militants towards Ceel Gaal (Baidoa, Bay).",
        "As SNA forces advanced on Ceel Gaal (Baidoa, Bay), AS militants dug in.",
    ],
)
def test_a_shabaab_acronym_twin_takes_nothing(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, "2022-03-04") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # E: each gave no event before
        ("Iraqi forces ousted IS militants from Rutba.", "Rutba"),
        ("Iraqi forces dislodged IS militants from the village of Imam Gharbi.", "Imam Gharbi"),
        ("On 26 June 2016, Iraqi forces expelled IS militants from Albu Shajal village (Fallujah, Anbar).", "Albu Shajal"),
    ],
)
def test_is_militants_driven_out_lose_the_place(extractor: Extractor, text: str, place: str) -> None:
    assert _rows(extractor, text, "2016-06-26") == [(place, "iq-gov", "isis")]


@pytest.mark.parametrize(
    "text",
    [
        "The troops are preparing to drive out IS militants from the town of Qayyara.",
        "Iraqi forces drove IS militants out of their positions near Rutba.",
        "Iraqi forces expelled IS militants from the outskirts of Rutba.",
        "IS militants drove civilians out of Rutba.",
        "Iraqi forces tried to drive IS militants out of Rutba.",
        "Iraqi forces attacked IS militants from the village of Imam Gharbi.",
    ],
)
def test_an_is_militants_twin_takes_nothing(extractor: Extractor, text: str) -> None:
    assert _rows(extractor, text, "2016-06-26") == []
