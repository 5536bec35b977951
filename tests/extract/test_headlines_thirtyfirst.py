"""Session 31 (helper heads31, issue 10): headlines the frames missed on holdout30's and older spent heads. A side's
own word on its entry, "Z say(s) they have entered X" (E); a town freed by troops with no "from" after it, "Iraqi
forces free X" (F); a capture noun the headline takes as done: a question on what it means or why it matters, a
reaction to it, alarm at it (N); a town held in part or whole by the line that opens on it, "considerable part of X
under control of Z", "X mostly under control of Z", "Country: X almost entirely in Z hands" (C).

Twins keep the same words for denials, negations, the past perfect, plans, outskirts, talks, another side's entry,
officials, raids, stadiums and markets (E); hostages, vows, failures, slogans, courts, mayors, civilians, counts,
prisoners, funds and roads (F); modals, an indefinite prospect, "possible", difficulty, dates and years, history,
currencies, sport, a threatened capture, battles, plans, explainers, questions of whether, a fall in prices and a flag
(N); a town still held, the economy, a fate, a budget, power cuts, fire, a situation, inflation (C). The towns and sides are not those of the real headlines.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        # E: a side's own word on its entry
        ("2025-02-14", "M23 rebels say they have entered Uvira", ("Uvira", "m23", "cd-gov")),
        ("2024-12-07", "Syrian Rebels Say They Have Entered Homs", ("Homs", "hts", "sy-gov")),
        ("2024-12-05", "Rebels in Syria claim they have entered Hama", ("Hama", "hts", "sy-gov")),
        ("2021-08-14", "Taliban say they have entered Mazar-i-Sharif", ("Mazar-i-Sharif", "taliban", "af-gov")),
        # F: a town freed by troops
        ("2016-06-26", "Iraqi army frees Fallujah", ("Fallujah", "iq-gov", "isis")),
        ("2015-11-13", "Kurdish forces free Sinjar after two days of fighting", ("Sinjar", "peshmerga", "isis")),
        ("2017-08-31", "Iraqi Forces Free Tal Afar", ("Tal Afar", "iq-gov", "isis")),
        # N: a capture noun taken as done
        ("2025-01-28", "What does the fall of Goma mean for Congo?", ("Goma", None, None)),
        ("2024-10-02", "What does the capture of Vuhledar mean for Ukraine?", ("Vuhledar", None, None)),
        ("2023-01-13", "Why is the capture of Soledar so important?", ("Soledar", None, None)),
        ("2024-02-18", "How significant is the fall of Avdiivka?", ("Avdiivka", None, None)),
        ("2024-12-06", "Why is the rebel capture of Hama so important? | Inside Story", ("Hama", "hts", "sy-gov")),
        ("2021-08-15", "World reacts to the capture of Kabul", ("Kabul", None, None)),
        ("2021-08-15", "World reacts to Ghani's flight, fall of Kabul", ("Kabul", None, None)),
        ("2025-01-28", "Leaders react to the fall of Goma", ("Goma", None, None)),
        ("2025-01-28", "UN chief alarmed by M23 capture of Goma", ("Goma", "m23", "cd-gov")),
        # C: a town held in part or whole, told by the line that opens on it
        ("2014-07-20", "Considerable part of Luhansk under control of the ATO forces", ("Luhansk", "ua-forces", "ru-forces")),
        ("2014-07-20", "A large part of Luhansk under control of Ukrainian forces", ("Luhansk", "ua-forces", "ru-forces")),
        ("2017-02-23", "Al-Bab mostly under control of Turkish-backed rebels", ("Al-Bab", "sna-syria", "isis")),
        ("2015-12-21", "Afghanistan: Sangin Almost Entirely In Taliban Hands", ("Sangin", "taliban", "af-gov")),
        ("2021-08-15", "Kabul under control of Taliban", ("Kabul", "taliban", "af-gov")),
        ("2017-02-23", "Syria: Manbij under control of Kurdish fighters", ("Manbij", "sdf", None)),
    ],
)
def test_headline_change(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        # E twins
        ("2024-12-05", "Rebels say they have not entered Hama"),
        ("2024-12-05", "Rebels said they had entered Hama"),
        ("2024-12-05", "Rebels say they will enter Hama"),
        ("2024-12-05", "Rebels hope they have entered Hama"),
        ("2024-12-05", "Rebels say they have entered the outskirts of Hama"),
        ("2024-12-05", "Rebels say they have entered talks with Damascus"),
        ("2024-12-05", "Rebels say army has entered Hama"),
        ("2024-12-05", "Officials say they have entered Hama"),
        ("2024-12-05", "Rebels say they have entered Hama, raid homes"),
        ("2025-02-14", "Fans say they have entered Uvira stadium"),
        ("2025-02-14", "Investors say they have entered Congo market"),
        # F twins
        ("2015-12-28", "Iraqi forces free hostages in Ramadi"),
        ("2015-12-28", "Iraqi forces vow to free Ramadi"),
        ("2015-12-28", "Iraqi forces fail to free Ramadi"),
        ("2015-12-28", "Iraqi forces poised to free Ramadi"),
        ("2015-12-28", "Iraqi forces will free Ramadi soon"),
        ("2015-12-28", "Protesters call to free Palestine"),
        ("2015-12-28", "Court frees Ramadi governor"),
        ("2015-12-28", "Forces free Ramadi mayor"),
        ("2015-12-28", "Iraqi forces free Ramadi civilians"),
        ("2015-12-28", "Iraqi forces free 40 in Ramadi"),
        ("2020-12-28", "Police free Navalny supporters"),
        ("2020-12-28", "Rebels free Alexei Navalny"),
        ("2015-12-28", "Army frees up funds for Ramadi"),
        ("2015-12-28", "Army frees Ramadi road of mines"),
        # N twins
        ("2024-02-18", "What would the fall of Avdiivka mean for Ukraine?"),
        ("2024-02-18", "What a fall of Avdiivka would mean for Ukraine"),
        ("2024-02-18", "Why the possible fall of Avdiivka matters"),
        ("2024-02-18", "Why is the capture of Avdiivka so hard?"),
        ("2024-02-18", "What the fall of Saigon in 1975 means today"),
        ("2024-02-18", "Why the fall of Kabul still matters years later"),
        ("2024-02-18", "What the fall of the Berlin Wall means for Europe"),
        ("2024-02-18", "What the fall of the pound means for your mortgage"),
        ("2024-02-18", "What the fall of Avdiivka means for Ukraine"),
        ("2024-02-18", "Markets react to fall of sterling"),
        ("2024-02-18", "Stocks react to the fall of the rouble"),
        ("2024-02-18", "Investors alarmed by the fall of the yuan"),
        ("2024-02-18", "Markets shocked by takeover of Twitter"),
        ("2024-02-18", "World reacts to the threatened capture of Hama"),
        ("2024-02-18", "Why the battle for Avdiivka matters"),
        ("2024-02-18", "How the fall of Avdiivka could change the war"),
        ("2024-02-18", "Fans react to capture of Ligue 1 title"),
        ("2024-02-18", "How Kyiv plans to stop the fall of Avdiivka"),
        ("2024-02-18", "Is the fall of Avdiivka near?"),
        ("2024-02-18", "Will the capture of Avdiivka matter?"),
        ("2024-02-18", "Why is Avdiivka so important?"),
        ("2024-02-18", "What does the fall in oil prices mean for Russia?"),
        ("2024-02-18", "What does the capture of the flag mean for Ukraine's morale?"),
        ("2024-02-18", "Why is the fall of Avdiivka not important?"),
        ("2024-02-18", "Ukrainians react to the fall of Avdiivka 10 years ago"),
        ("2021-08-15", "Who is behind the takeover of Kabul airport?"),
        # C twins
        ("2015-12-21", "Sangin still largely in Taliban hands"),
        ("2015-12-21", "Economy largely in Taliban hands"),
        ("2015-12-21", "Fate of Sangin mostly in Taliban hands"),
        ("2015-12-21", "A large part of the budget in Taliban hands"),
        ("2014-07-20", "Considerable part of Luhansk without power"),
        ("2014-07-20", "Large part of Luhansk under fire from rebels"),
        ("2017-02-23", "Situation under control of authorities, says governor"),
        ("2017-02-23", "Wildfire under control of firefighters"),
        ("2017-02-23", "Aleppo: situation under control of the army"),
        ("2017-02-23", "Manbij still under control of Kurdish fighters"),
        ("2017-02-23", "Manbij remains under control of Kurdish fighters"),
        ("2017-02-23", "Inflation under control of central bank"),
    ],
)
def test_headline_twin_is_no_change(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date.fromisoformat(published)) == []
