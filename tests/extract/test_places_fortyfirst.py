"""Session 41 (helper places41, issue 10): places put in the wrong country, and so with no loser.

1. A name written with an Arabic article ("al-Jubah", "Al Abdiyah") folds to the key of a city abroad that names its
   towns in no Arabic (Juba, South Sudan): such a namesake is no reading of it, and the story's own country is.
2. The province a place is written with, without "in": in apposition ("Staritsa, Kharkiv Oblast"), in a monitor's
   brackets ("Staritsa (Vovchansk district, Kharkiv oblast)") or with its "'s" before the name ("Marib's al-Jubah
   district"): the place lies in that province's country, never at a namesake abroad (a Russian Staritsa).
3. The Tigray war was Ethiopia's one war of the table from November 2020 to November 2022: a town GeoNames lacks that
   the army took there then (Shire) was taken from the TPLF.
4. A bare name GeoNames lacks, which the tagger took for a man, was put only in the taking army's home (Eritrea): the
   one country that army fought in then (Ethiopia, in 2022) is where it lies, unless the text places it.

Twins: shelling, a governor's words, a Russian village in Kursk with its own region, Juba itself, a capture after the
war's end (no loser), the TPLF's own captures kept. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import placed_rows


@pytest.mark.parametrize(
    ("text", "title", "day", "rows"),
    [
        # 1: South Sudan's Juba before, and no loser
        ("The Houthis seized Marib's al-Jubah district on Tuesday.", None, "2021-11-02", [("al-Jubah", "YE", "houthis", "ye-gov")]),
        ("The Houthis seized the al-Jubah district of Marib province on Tuesday.", None, "2021-11-02",
         [("al-Jubah", "YE", "houthis", "ye-gov")]),
        ("Houthi fighters took control of Al Jubah district south of Marib city, tribal sources said.", None, "2021-11-02",
         [("Al Jubah", "YE", "houthis", "ye-gov")]),
        # 1: kept (the article's own country, Juba itself)
        ("The Houthis seized al-Jubah in Marib province on Tuesday.", None, "2021-11-02", [("al-Jubah", "YE", "houthis", "ye-gov")]),
        ("Rebels loyal to Riek Machar seized Bor, north of Juba, on Thursday.", None, "2013-12-19", [("Bor", "SS", "splm-io", "ss-gov")]),
        # 1: twins
        ("Houthi fighters shelled Marib's al-Jubah district on Tuesday.", None, "2021-11-02", []),
        ("Houthi leaders vowed to take the al-Jubah district of Marib province.", None, "2021-11-02", []),
        # 2: a Russian namesake before, with no loser
        ("Russian forces captured Staritsa, Kharkiv Oblast, the defence ministry said.", None, "2024-06-02",
         [("Staritsa", "UA", "ru-forces", "ua-forces")]),
        ("Russian forces captured Staritsa (Vovchansk district, Kharkiv oblast) on 1 June.", None, "2024-06-02",
         [("Staritsa", "UA", "ru-forces", "ua-forces")]),
        ("Russian forces captured Staritsa, Kharkiv region, on Sunday.", None, "2024-06-02",
         [("Staritsa", "UA", "ru-forces", "ua-forces")]),
        # 2: kept (the "in" reading, a Russian village in its own region)
        ("Russian forces captured Staritsa in the Kharkiv region, the defence ministry said.", None, "2024-06-02",
         [("Staritsa", "UA", "ru-forces", "ua-forces")]),
        ("Ukrainian forces took control of Sudzha, Kursk region, on Tuesday.", None, "2024-08-13", [("Sudzha", "RU", "ua-forces", "ru-forces")]),
        # 2: twins
        ("Russian artillery shelled Staritsa, Kharkiv Oblast, overnight.", None, "2024-06-02", []),
        ("Kharkiv's governor said Russian troops were trying to storm Staritsa.", None, "2024-06-02", []),
        # 3: no loser before
        ("", "Ethiopian army seizes Shire and two other Tigray towns", "2022-10-18", [("Shire", "ET", "et-gov", "tplf")]),
        ("The Tigrayan command said that Shire had fallen to Ethiopian forces after weeks of fighting.", None, "2022-10-18",
         [("Shire", "ET", "et-gov", "tplf")]),
        # 3: kept
        ("Tigrayan forces recaptured Shire from federal troops on Monday.", None, "2021-06-28", [("Shire", "ET", "tplf", "et-gov")]),
        # 3: twins (shelling; after the war's end no loser is inferred)
        ("Ethiopian troops shelled Shire on Monday.", None, "2022-10-17", []),
        ("The Ethiopian army seized Shire on Sunday after clashes with militia.", None, "2023-09-10", [("Shire", "ET", "et-gov", None)]),
        # 4: a bare name put in Eritrea, the home of the army that took it, with no loser
        ("Eritrean troops captured Adi Daero on Monday.", None, "2022-10-10", [("Adi Daero", "ET", "er-gov", "tplf")]),
        ("Eritrean troops took over Tzada Medri near Shire.", None, "2022-10-10", [("Tzada Medri", "ET", "er-gov", "tplf")]),
        # 4: kept (a place the text puts in the army's home; a man taken prisoner)
        ("Russian forces recaptured Malaya Loknya in the Kursk region, the Russian defence ministry said.", None, "2025-03-12",
         [("Malaya Loknya", "RU", "ru-forces", "ua-forces")]),
        ("Russian troops took Grigory Ivanov prisoner near the border.", None, "2021-06-01", []),
        # 4: twins
        ("Eritrean troops shelled Adi Daero on Monday.", None, "2022-10-10", []),
    ],
)
def test_places_fortyfirst(extractor: Extractor, text: str, title: str | None, day: str, rows: list) -> None:
    assert placed_rows(extractor, text, day, title) == rows
