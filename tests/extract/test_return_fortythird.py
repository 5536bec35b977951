"""Session 43 (helper news43, issue 10): news recall: going back in, going in as a column, rebels' camps, a region's towns.

1. A side's return into a town it had lost ("re-entered X", a monitor's "reentered X") is a retaking on its own, as
   "entered X, retaking it" is; not a raid that left again, an attempt, nor the outskirts.
2. A column's going in ("streamed / poured into X") is an entry, as "swept into X": a capture with what makes an entry
   one ("routing Z", "meeting little resistance"); never a crowd, nor things poured in ("poured reinforcements into X").
3. A rebels' camp placed by the town the parse hangs on its owner ("a camp of the NPA in X town", "a camp belonging to
   Z in X", "two camps of Z in A and B") is the camp at that town; "recovered an NPA camp in X" is overrunning it; a
   side's name before its camp ("an Abu Sayyaf camp") owns it, never names it.
4. A region taken whole with its towns listed ("the entire Kyiv region, including A, B and C, was retaken") is those
   towns, never the region's namesake city.
5. A role the parse sets off after a town is the speaker's when a name runs on from it into "said" ("took 70 percent of
   X, where ..., military chief of staff Gen. Y said"), never the town's: the town stays a place.

Twins: a raid, an attempt, the outskirts, a crowd, reinforcements, weapons recovered from a camp, a camp found or
attacked, a camp placed by a province only, a vow, a hold, a shelling, a man named by his role. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

DAY = dt.date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # 1: a return
        ("Islamic State fighters re-entered Palmyra on Tuesday, a monitoring group said.", [("Palmyra", "isis", None)]),
        ("Al-Shabaab fighters reentered Baidoa on Tuesday after government troops vacated their bases.",
         [("Baidoa", "al-shabaab", "so-gov")]),
        # 2: a column
        ("Kurdish fighters streamed into Tal Abyad on Tuesday, routing Islamic State militants who had held the town.",
         [("Tal Abyad", "sdf", "isis")]),
        ("Ukrainian troops poured into Lyman on Tuesday, meeting little resistance, the army said.",
         [("Lyman", "ua-forces", "ru-forces")]),
        # 3: rebels' camps
        ("Soldiers overran a camp of the New People's Army in Lupao town on Tuesday after a firefight.",
         [("Lupao", "ph-gov", "npa")]),
        ("Army units overran a camp allegedly belonging to the New People's Army (NPA) in Lupao town in Nueva Ecija on Tuesday.",
         [("Lupao", "ph-gov", "npa")]),
        ("Soldiers recovered a New People's Army camp in Lupao town on Tuesday after the guerrillas fled.",
         [("Lupao", "ph-gov", "npa")]),
        ("Soldiers overran two camps of the New People's Army in Natividad and Carranglan on Tuesday.",
         [("Carranglan", "ph-gov", "npa"), ("Natividad", "ph-gov", "npa")]),
        ("Government troops overran an Abu Sayyaf camp in Patikul town on Tuesday after a day of clashes.",
         [("Patikul", "ph-gov", "abu-sayyaf")]),
        # 5: a speaker's role set off after the town, the name running on into "said"
        ("Soldiers have taken control of about 60 percent of Lupao, where NPA guerrillas have been holding off the army "
         "for a week, army chief of staff Gen. Juan Cruz said.", [("Lupao", "ph-gov", "npa")]),
        # 4: a region's towns
        ("The entire Kyiv region, including Irpin, Bucha and Hostomel, was retaken from Russian forces on Tuesday.",
         [("Bucha", "ua-forces", "ru-forces"), ("Hostomel", "ua-forces", "ru-forces"), ("Irpin", "ua-forces", "ru-forces")]),
        ("Ukrainian troops retook the entire Kharkiv region, including Izium and Balakliia, on Tuesday.",
         [("Balakliia", "ua-forces", "ru-forces"), ("Izium", "ua-forces", "ru-forces")]),
    ],
)
def test_news_recall_reads_the_change(extractor: Extractor, text: str, rows: list[tuple[str, str | None, str | None]]) -> None:
    assert sorted(news_rows(extractor, text, DAY)) == rows


@pytest.mark.parametrize(
    "text",
    [
        # 1: twins of a return
        "Islamic State fighters re-entered Palmyra on Tuesday, looted the museum and left the city hours later.",
        "Islamic State fighters tried to re-enter Palmyra on Tuesday but were pushed back by the army.",
        "Islamic State fighters re-entered the outskirts of Palmyra on Tuesday, a monitoring group said.",
        "Residents re-entered Palmyra on Tuesday after the fighting ended.",
        # 2: twins of a column
        "Thousands of displaced families poured into Saraqib on Tuesday after the rebels withdrew.",
        "The army poured reinforcements into Saraqib on Tuesday after the rebels withdrew.",
        "Kurdish fighters streamed into the outskirts of Tal Abyad on Tuesday as clashes went on.",
        "Kurdish fighters were preparing to stream into Tal Abyad on Tuesday.",
        # 3: twins of a camp
        "Soldiers recovered two rifles from a New People's Army camp in Lupao town on Tuesday.",
        "Soldiers found an abandoned camp of the New People's Army in Lupao town on Tuesday.",
        "Soldiers attacked a camp of the New People's Army in Lupao town on Tuesday but were repulsed.",
        "Soldiers plan to overrun a camp of the New People's Army in Lupao town.",
        "Government troops overran an Abu Sayyaf camp on Tuesday after a day of clashes in Basilan province.",
        # 5: twins of a speaker's role: a man captured, named by his role
        "Government troops captured al-Masri, a senior commander of the group, officials said.",
        "Troops captured Abu Bakar, a rebel commander, in Lupao on Tuesday.",
        # 4: twins of a region
        "Ukraine vowed to retake the entire Kharkiv region, including Izium, Balakliia and Kupiansk.",
        "Russian forces still control the entire Kharkiv region, including Izium and Kupiansk, a spokesman said.",
        "The entire Kharkiv region, including Izium and Kupiansk, was shelled by Russian forces overnight.",
    ],
)
def test_news_recall_twins_stay_quiet(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []
