"""Session 30 (helper heads30, issue 10): headlines the frames missed on holdout29's spent heads. A bare fall in the
headline or its "as" clause, "X has fallen" (F); a side's retreat told done by its end or by a reaction to it (R); a
deed praised "for capturing X", its doer the side praised (P); a verbless "X, a city retaken by Z" (A); the second of
two verbs set side by side with a comma, which takes the first one's subject (S); "the Z victory in X" (V).

Twins keep the same words for prospects, questions, weather, markets, governments, deals, elections, sport, plans,
denials, intentions and background descriptions. The towns and sides are not those of the real headlines.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        # F: a bare fall (no taker written: a known town of a country at war, its taker unknown)
        ("2021-08-09", "As Kunduz falls, pressure mounts on Kabul", ("Kunduz", None, None)),
        ("2021-08-09", "Afghan war: As Sheberghan falls, envoys meet in Doha", ("Sheberghan", None, None)),
        ("2021-08-09", "Kunduz falls", ("Kunduz", None, None)),
        ("2016-12-13", "Aleppo has finally fallen", ("Aleppo", None, None)),
        ("2021-08-09", "Sheberghan has fallen, officials confirm", ("Sheberghan", None, None)),
        ("2021-08-09", "Reports say Ghazni has fallen", ("Ghazni", None, None)),
        # R: a side's retreat told done
        ("2022-09-12", "Russia Says Retreat From Izium Is Complete", ("Izium", "ua-forces", "ru-forces")),
        ("2022-09-12", "Russian withdrawal from Lyman completed, defence ministry says", ("Lyman", "ua-forces", "ru-forces")),
        ("2022-09-12", "Kremlin Loyalists Furious Over Russian Retreat From Izium", ("Izium", "ua-forces", "ru-forces")),
        ("2022-09-12", "Hawks Enraged By Russian Retreat From Kupiansk", ("Kupiansk", "ua-forces", "ru-forces")),
        # P: praised for the deed
        ("2023-01-14", "Putin congratulates troops for capturing Soledar", ("Soledar", "ru-forces", "ua-forces")),
        ("2022-11-12", "Zelensky praises Ukrainian troops for liberating Kherson", ("Kherson", "ua-forces", "ru-forces")),
        ("2016-03-28", "Syrian army hailed for retaking Palmyra", ("Palmyra", "sy-gov", None)),
        # A: the verbless apposition
        ("2025-01-12", "Sudan: Wad Madani, a strategic city recaptured by army", ("Wad Madani", "saf", "rsf")),
        ("2024-03-13", "Omdurman, a key city retaken by the army", ("Omdurman", "saf", "rsf")),
        # S: two verbs side by side
        ("2015-06-16", "Kurdish forces expel ISIS, take back control of Syria's town of Tal Abyad", ("Tal Abyad", "sdf", "isis")),
        # V: a side's victory in a town
        ("2014-07-09", "The al Houthi victory in Amran", ("Amran", "houthis", None)),
        ("2021-08-09", "Taliban victory in Kunduz", ("Kunduz", "taliban", "af-gov")),
    ],
)
def test_headline_change(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        # F twins: prospects, questions, weather, markets, a government, "fall through", history
        ("2021-08-09", "If Kunduz falls, what next for the north?"),
        ("2021-08-09", "Will Kunduz fall?"),
        ("2021-08-09", "Kunduz will fall within weeks, officials warn"),
        ("2021-08-09", "Kunduz has not fallen, says governor"),
        ("2021-08-09", "Kunduz could fall soon, analysts say"),
        ("2021-08-09", "As talks fall through, fighting resumes near Kunduz"),
        ("2021-08-09", "When Saigon fell: lessons for Kabul"),
        ("2021-08-09", "Kabul falls silent as curfew begins"),
        ("2021-08-09", "Kabul falls quiet after a night of rockets"),
        ("2021-08-09", "Snow falls in Kabul"),
        ("2021-08-09", "Rain falls on Kunduz as residents return"),
        ("2021-08-09", "Tokyo falls 2% as markets slide"),
        ("2021-08-09", "Afghan government falls"),
        ("2021-08-09", "After Sheberghan falls, Mazar braces for assault"),
        # R twins: plans, orders, prospects, deals, denials, questions
        ("2022-09-12", "Russia plans retreat from Izium"),
        ("2022-09-12", "Russia orders retreat from Izium"),
        ("2022-09-12", "Russian retreat from Izium would be a blow to the Kremlin"),
        ("2022-09-12", "Is Russian retreat from Izium a trap?"),
        ("2022-09-12", "Russian retreat from Izium is not complete, Kyiv says"),
        ("2022-09-12", "Retreat from Izium a complete disaster, hawks say"),
        ("2022-09-12", "Pundits enraged by talk of retreat from Izium"),
        ("2022-09-12", "US retreat from the deal is complete"),
        ("2022-09-12", "Investors enraged by Shell retreat from Russia"),
        ("2022-09-12", "Voters angered by party's retreat from green pledges"),
        # P twins: intentions, attempts, defence, accusations, sport, medals
        ("2023-01-14", "Wagner chief vows capturing Soledar within days"),
        ("2023-01-14", "Putin praises troops for defending Soledar"),
        ("2023-01-14", "Putin congratulates troops for 'attempting to capture' Soledar"),
        ("2023-01-14", "Kyiv accuses Russia of planning to capture Soledar"),
        ("2023-01-14", "Ukraine's army praised for holding Soledar"),
        ("2023-01-14", "Coach praised for capturing Madrid's imagination"),
        # A twins: descriptions of a subject, background, a siege, an intention, another clause
        ("2024-03-13", "Sudan: Omdurman, a city seized by the RSF last year, counts its dead"),
        ("2022-09-12", "Kherson, a city occupied by Russia since March, braces for battle"),
        ("2025-01-12", "Wad Madani, a city once captured by RSF, rebuilds"),
        ("2025-01-12", "Wad Madani, a city the army vows to retake"),
        ("2025-01-12", "Wad Madani, a strategic city besieged by army"),
        ("2025-01-12", "Fighting near Wad Madani, a city recaptured by the army"),
        # S twins: an intention after the comma, an imperative
        ("2015-06-16", "Rebels launch offensive, vow to take Idlib"),
        ("2015-06-16", "When ISIS attacks, take cover"),
        # V twins: elections, talks, sport, a man's win, prospects, celebrations
        ("2014-07-09", "Houthi victory in Amran talks"),
        ("2019-03-31", "Erdogan victory in Istanbul election"),
        ("2021-08-09", "Taliban victory in Kabul would reshape region"),
        ("2019-03-31", "AKP victory in Ankara"),
        ("2022-05-14", "Ukraine victory in Eurovision final in Turin"),
        ("2023-05-21", "Liverpool victory in Madrid"),
        ("2023-05-21", "Wagner's pyrrhic victory in Soledar"),
        ("2023-05-21", "Putin's victory in Moscow"),
        ("2023-05-21", "Houthi victory celebrations in Sanaa"),
    ],
)
def test_same_words_no_change(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date.fromisoformat(published)) == []


def test_the_praised_side_not_the_praiser_takes_the_town(extractor: Extractor) -> None:
    # a leader congratulating another side's named troops: the troops took the town, not the leader's state
    rows = sides(headline_changes(extractor, "Putin congratulates Syrian army for retaking Palmyra", published=dt.date(2016, 3, 28)))
    assert rows == [("Palmyra", "sy-gov", None)]


def test_the_side_congratulated_on_a_capture_took_it(extractor: Extractor) -> None:
    # the noun's twin of the gerund: the named side congratulated "on" the capture gained it, not the congratulating state
    rows = sides(headline_changes(extractor, "Putin congratulates Syrian army on recapture of Palmyra", published=dt.date(2016, 3, 28)))
    assert rows == [("Palmyra", "sy-gov", None)]
