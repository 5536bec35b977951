"""Session 24 (coref24, issue 10): the side named in another sentence.

C1: a lede's side takes (or holds) an unnamed town, and the next sentence names it only in a capture noun with no
side ("Rebels seized a second town. The capture of the town of X opens ..."): the noun's place takes the lede's side
(``sideless.lede_taker``). C2: "they" / "the group" in what a side's man says is his side, not the side named last
(``modality`` reads the speaker the parse hangs on the clause before; ``extractor`` reads his group).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows

DAY = dt.date(2024, 3, 14)


def _gainers(extractor: Extractor, text: str, place: str, published: dt.date = DAY) -> set[str | None]:
    return {g for p, g, _lo, h in change_rows(extractor, text, published) if p == place and not h}


@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        # a lede's ordinal "a second town" and the capture noun that names it
        ("M23 fighters seized a second town from retreating soldiers on Sunday, witnesses said. The capture of the "
         "town of Rutshuru leaves the road to Goma open.", "Rutshuru", "m23"),
        # a lede's side that holds the town it leaves unnamed
        ("Syrian troops are in full control of a key rebel-held town in the northwest, the army said on Wednesday. "
         "The capture of the town of Saraqib is another blow to the insurgents.", "Saraqib", "sy-gov"),
        ("Al-Shabaab militants overran a second town in the Hiran region on Friday, elders said. The seizure of the "
         "town of Moqokori cuts a supply road.", "Moqokori", "al-shabaab"),
    ],
)
def test_capture_noun_takes_the_ledes_side(extractor: Extractor, text: str, place: str, gainer: str) -> None:
    assert _gainers(extractor, text, place) == {gainer}


@pytest.mark.parametrize(
    ("text", "place", "gainer"),
    [
        # the lede's side only shelled a town, lost one, or tried to take one: not the taker
        ("M23 fighters shelled a second town near the border on Sunday, witnesses said. The capture of the town of "
         "Rutshuru leaves the road to Goma open.", "Rutshuru", "m23"),
        ("Government soldiers lost a second town on Sunday, witnesses said. The capture of the town of Rutshuru "
         "leaves the road to Goma open.", "Rutshuru", "cd-gov"),
        ("M23 fighters tried to seize a second town on Sunday, witnesses said. The capture of the town of Rutshuru "
         "leaves the road to Goma open.", "Rutshuru", "m23"),
        # the lede took a village; the noun names a city: another place
        ("M23 fighters seized a village near the lake on Sunday, witnesses said. The capture of the city of Bukavu "
         "leaves the road to the south open.", "Bukavu", "m23"),
        # the lede names its own town: the noun's other town is not it
        ("M23 fighters seized the town of Kiwanja on Sunday, witnesses said. The capture of the town of Rutshuru "
         "leaves the road to Goma open.", "Rutshuru", "m23"),
    ],
)
def test_capture_noun_twins_keep_no_side(extractor: Extractor, text: str, place: str, gainer: str) -> None:
    assert gainer not in _gainers(extractor, text, place)


@pytest.mark.parametrize(
    ("text", "place", "published", "gainer"),
    [
        # the speaker the parse hangs as a conjunct on the clause before ("came as a spokesman for X ... said they")
        ("Amhara leaders asked every able adult to join the militias on Sunday. The plea came as a spokesman "
         "for the Tigray People's Liberation Front, the movement that governs Tigray, said they had seized the town of "
         "Adi Arkay.", "Adi Arkay", dt.date(2021, 7, 11), "tplf"),
        # "the group" in what a faction's commander says: his faction's side, not the Islamic State named last
        ("Turkish-backed rebels took Dabiq from the Islamic State group on Sunday, a war monitor reported. "
         "The fighters moved in once the jihadists had gone. Abu Khaled, a commander of the Sultan Murad rebel "
         "group, said by phone that the group had also retaken Soran, a village next to it.", "Soran", dt.date(2016, 10, 16),
         "sna-syria"),
    ],
)
def test_pronoun_is_the_speakers_side(extractor: Extractor, text: str, place: str, published: dt.date, gainer: str) -> None:
    assert _gainers(extractor, text, place, published) == {gainer}


@pytest.mark.parametrize(
    ("text", "place", "published", "want", "not_want"),
    [
        # a spokesman for the other side: his side retook it
        ("Amhara leaders asked every able adult to join the militias on Sunday. The plea came as a spokesman "
         "for the Ethiopian army said they had retaken the town of Adi Arkay.", "Adi Arkay", dt.date(2021, 7, 11),
         "et-gov", "tplf"),
        # the group named between the speaker and "the group" is the one that took it
        ("Turkish-backed rebels took Dabiq on Sunday, a war monitor reported. Abu Khaled, a commander of the "
         "Sultan Murad rebel group, said al-Shabaab fighters had been seen nearby and that the group had taken the "
         "village of Soran.", "Soran", dt.date(2016, 10, 16), None, "sna-syria"),
    ],
)
def test_pronoun_twins(extractor: Extractor, text: str, place: str, published: dt.date, want: str | None, not_want: str) -> None:
    got = _gainers(extractor, text, place, published)
    assert not_want not in got
    if want is not None:
        assert want in got

