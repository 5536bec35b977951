"""Session 40 (helper places40, issue 10): places and sides as a class, where the verb was read but the side was not.

1. "the junta" is a common word for a country's ruling army: Myanmar's in Myanmar, the government's of any other
   country the place lies in ("Mali: Military junta recaptures Kidal" was Myanmar's army; "seized Bourem from the
   junta's army" took it from Myanmar's).
2. a place GeoNames lacks, kept as written, lies in the region its own "in ..." names ("Kafr Nabudah in northern Hama",
   "Shire in Tigray", "In northern Hama, the army retook X", "X in Hama's countryside"): a war fought in some regions only then knows its loser.
3. a list's names left in no region take the loser inferred for the same taker's other captures ("took Kafr Zita,
   Morek, Latmeen and Lahaya": the GeoNames towns in the war's province gave it, the others had none).
4. two-sided wars the table lacked: the government and the SDF in January 2026, the STC and the government in
   Hadramawt from December 2025, and the STC's fight for Shabwa and Abyan through 2020.

Twins: a vow, a coup, a business takeover, shelling, a capture outside the war's dates (no loser), the sides kept.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import placed_rows


@pytest.mark.parametrize(
    ("text", "title", "day", "rows"),
    [
        # 1: Myanmar's army before
        ("", "Mali: Military junta recaptures Kidal from Tuareg rebels", "2023-11-15", [("Kidal", "ML", "ml-gov", "fla")]),
        ("Tuareg rebels seized the town of Bourem from the junta's army on Tuesday.", None, "2023-09-12",
         [("Bourem", "ML", "fla", "ml-gov")]),
        # 1: kept
        ("Mali's military junta said on Tuesday that its troops had recaptured the town of Kidal.", None, "2023-11-15",
         [("Kidal", "ML", "ml-gov", "fla")]),
        ("", "Rebels seize Ber from Malian junta", "2023-08-14", [("Ber", "ML", "fla", "ml-gov")]),
        ("Burkina Faso's junta said its troops had retaken Djibo from jihadists.", None, "2024-05-01", [("Djibo", "BF", "bf-gov", "x-jihadists-bf")]),  # "from jihadists" (dir43)
        ("Resistance fighters seized the town of Kawlin from the junta on Monday.", None, "2024-02-01",
         [("Kawlin", "MM", "pdf", "mm-junta")]),
        ("", "Junta retakes Kawlin from resistance fighters", "2024-02-01", [("Kawlin", "MM", "mm-junta", "pdf")]),
        # 1: twins (a vow, a coup, a broadcaster)
        ("The junta vowed to retake Kidal from the rebels.", None, "2023-11-14", []),
        ("Tuareg rebels seized Timbuktu days after a military junta took power in Bamako.", None, "2012-04-01", []),
        ("", "Mali junta takes over state broadcaster", "2023-11-14", []),
        # 2: no loser before
        ("", "Syrian army recaptures Kafr Nabudah in northern Hama", "2019-05-26", [("Kafr Nabudah", "SY", "sy-gov", "hts")]),
        ("The Syrian army recaptured Kafr Nabudah in the northern Hama countryside on Sunday.", None, "2019-05-26",
         [("Kafr Nabudah", "SY", "sy-gov", "hts")]),
        ("In northern Hama, the Syrian army recaptured Kafr Nabudah on Sunday.", None, "2019-05-26",
         [("Kafr Nabudah", "SY", "sy-gov", "hts")]),
        ("Ethiopian forces captured the town of Shire in Tigray on Tuesday.", None, "2022-10-18", [("Shire", "ET", "et-gov", "tplf")]),
        ("The army recaptured Sarha al-Qibliyeh in the countryside of Hama on Tuesday.", None, "2017-11-14",
         [("Sarha al-Qibliyeh", "SY", "sy-gov", "hts")]),
        ("The army recaptured Sarha al-Qibliyeh in Hama's northeastern countryside on Tuesday.", None, "2017-11-14",
         [("Sarha al-Qibliyeh", "SY", "sy-gov", "hts")]),
        # 2: twins (no war there then: no loser; shelling)
        ("The Syrian army recaptured Kafr Nabudah in northern Hama on Monday.", None, "2014-05-26", [("Kafr Nabudah", "SY", "sy-gov", None)]),
        ("The Syrian army shelled Kafr Nabudah in northern Hama on Sunday.", None, "2019-05-26", []),
        # 3: no loser for the names GeoNames lacks before
        ("The Syrian army said it had taken control of Kafr Zita, Morek, Latmeen and Lahaya in northern Hama.", None, "2019-08-23",
         [("Kafr Zita", "SY", "sy-gov", "hts"), ("Lahaya", "SY", "sy-gov", "hts"), ("Latmeen", "SY", "sy-gov", "hts"),
          ("Morek", "SY", "sy-gov", "hts")]),
        ("The Syrian army took control of Morek and Lahaya on Friday.", None, "2019-08-23",
         [("Lahaya", "SY", "sy-gov", "hts"), ("Morek", "SY", "sy-gov", "hts")]),
        # 4: no loser before
        ("Southern separatist forces took control of Ataq, the capital of Shabwa province, on Friday.", None, "2019-12-13",
         [("Ataq", "YE", "stc", "ye-gov")]),
        ("Southern separatists seized the town of Zinjibar in Abyan province on Sunday.", None, "2020-06-21",
         [("Zinjibar", "YE", "stc", "ye-gov")]),
        ("", "Government forces seize Deir Hafer and Maskana as US-backed Kurds pull out", "2026-01-17",
         [("Deir Hafer", "SY", "sy-gov", "sdf"), ("Maskana", "SY", "sy-gov", "sdf")]),
        ("STC forces seized Mukalla on Thursday.", None, "2025-12-04", [("Mukalla", "YE", "stc", "ye-gov")]),
        # 4: kept, and a twin outside the war's dates
        ("Syrian government forces took control of Deir Hafer and Maskana east of Aleppo as Kurdish fighters withdrew.", None,
         "2026-01-17", [("Deir Hafer", "SY", "sy-gov", "sdf"), ("Maskana", "SY", "sy-gov", "sdf")]),
        ("Government forces recaptured Mukalla from the STC on Saturday.", None, "2026-01-03", [("Mukalla", "YE", "ye-gov", "stc")]),
        ("Syrian government forces took control of Maskana on Wednesday.", None, "2024-01-10", [("Maskana", "SY", "sy-gov", None)]),
    ],
)
def test_places_and_sides_fortieth(extractor: Extractor, text: str, title: str | None, day: str, rows: list[tuple[str, ...]]) -> None:
    assert placed_rows(extractor, text, day, title) == sorted(rows)
