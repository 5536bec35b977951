"""Session 23 (helper moves23, issue 10): entering, withdrawing and control told by idiom, from the five spent real
sets' misses and fresh reading. In our own words, keeping the real grammar:

- a withdrawal told of "the Islamic State" (a side's name, not a place noun read as a passive's subject);
- a non-state side's retreat from a town it held ("retreated from the city of X they had been controlling", "...
  without any fighting", a town the story says the side held): a loss, not raiders falling back;
- an entry the side made against little resistance ("entered X, meeting little resistance", "met minimal resistance
  as they entered the city", the next line "They encountered little resistance"), or into a town the sentence calls
  cleared of the other side ("entered X town, which has been cleared of militants");
- "X fell in the hands of Z" (an Afghan outlet's "in" for "into"), "X has fallen into their hands" (the side named);
- a side's own "X is ours", "the town fell into our hands", and a state's official speaking for "we" with the foe
  named ("We have pushed Islamic State out of the town of X, the governor said");
- a flag raised in a "where" clause on the town ("X, where Ukrainian soldiers raised the national flag").

Twins from the same words: raiders' retreats, an attacked town, a retreat to come, fierce resistance, a raid undone,
mines cleared, a town not yet cleared, a decision that fell in someone's hands, a lasting or future "ours", a
slogan, a ceremony, a wish.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows

_DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a non-state side's retreat from a town it held
        ("ISIS fighters retreated from Mayadin in Deir ez-Zor province without any fighting, the monitor said.",
         [("Mayadin", None, "isis")]),
        ("M23 units retreated from the town of Rutshuru they had been controlling since March, residents said.",
         [("Rutshuru", "cd-gov", "m23")]),
        ("Rutshuru had been held by the M23 since March. The M23 retreated from Rutshuru this week, residents said.",
         [("Rutshuru", "cd-gov", "m23")]),
        # an entry against little resistance, or into a town cleared of the other side
        ("M23 rebels entered the town of Sake on Tuesday, meeting little resistance from government troops.",
         [("Sake", "m23", "cd-gov")]),
        ("The M23 rebels met little resistance as they entered Goma on Tuesday, witnesses said.", [("Goma", "m23", "cd-gov")]),
        ("M23 rebels entered the town of Sake on Tuesday. They encountered minimal resistance from the army, witnesses said.",
         [("Sake", "m23", "cd-gov")]),
        ("The army has entered Mingora town, which has been cleared of militants, a military spokesman said.",
         [("Mingora", "pk-gov", "x-militants-pk")]),
        # a side's own words: "ours", "our hands", and a state official's "we" with the foe named
        ('"Andriivka is ours," the deputy defence minister wrote on Telegram.', [("Andriivka", "ua-forces", "ru-forces")]),
        ('An M23 spokesman told Reuters: "The army has let the town of Kitshanga fall into our hands."',
         [("Kitshanga", "m23", "cd-gov")]),
        ("Late on Monday the M23 commander claimed that Kitshanga had fallen into their hands.", [("Kitshanga", "m23", "cd-gov")]),
        ("We have pushed Islamic State fighters out of the town of Baiji today, the provincial governor said.",
         [("Baiji", "iq-gov", "isis")]),
        # a flag raised in a "where" clause on the town
        ("Drone footage showed the village of Neskuchne, where Ukrainian soldiers raised the national flag on Sunday.",
         [("Neskuchne", "ua-forces", "ru-forces")]),
    ],
)
def test_move_is_a_change(extractor: Extractor, text: str, want: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, _DAY) == want


def test_fell_in_the_hands_of_a_side(extractor: Extractor) -> None:
    # an Afghan outlet's "in" for "into", before "hands" only (the republic's army lost it: the Taliban's war to 2021)
    text = "Khwahan district of Badakhshan fell in the hands of the Taliban on Sunday night, officials said."
    assert news_rows(extractor, text, dt.date(2021, 7, 5)) == [("Khwahan", "taliban", "af-gov")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the Islamic State" is a side's name, not a place noun read as a headline's passive subject (a withdrawal's
        # taker stays unknown, as the labels give it: direction22's rule)
        ("The Islamic State withdrew from Rutba on Thursday, residents said.", [("Rutba", None, "isis")]),
        # a non-state side's bare retreat stays raiders falling back
        ("The Islamic State retreated from Rutba on Thursday, residents said.", []),
    ],
)
def test_islamic_state_withdrawal(extractor: Extractor, text: str, want: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, dt.date(2016, 3, 13)) == want


@pytest.mark.parametrize(
    "text",
    [
        "The final decision fell in the hands of the Taliban's leadership council on Sunday, officials said.",
        "Khwahan district will fall in the hands of the Taliban within days, officials warned.",
    ],
)
def test_fell_in_the_hands_twin_is_no_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, dt.date(2021, 7, 5)) == []


@pytest.mark.parametrize(
    "text",
    [
        # raiders falling back, or a town only attacked
        "Fano fighters retreated from Debre Markos on Monday, residents said.",
        "ISIS fighters retreated from Mayadin after a brief raid on the market, the monitor said.",
        "M23 units retreated from the town of Rutshuru they had been attacking since March, residents said.",
        "ISIS fighters will retreat from Mayadin without any fighting, the monitor said.",
        # an entry against fierce resistance, a raid undone, mines cleared, a town not yet cleared
        "M23 rebels entered the town of Sake on Tuesday, meeting fierce resistance from government troops.",
        "M23 rebels entered the town of Sake on Tuesday, meeting little resistance, before withdrawing at dusk.",
        # the entry's own sentence says the town is not yet theirs, whatever the next one says of resistance
        "French-led troops entered the city of Timbuktu on Monday but have not yet seized control. They were encountering "
        "little resistance from the Islamists, a spokesman said.",
        "The army has entered Mingora town, which has been cleared of mines, a military spokesman said.",
        "The army has entered Mingora town, which has not yet been cleared of militants, a military spokesman said.",
        # a hold told as lasting, to come, or denied; a slogan; a prize
        '"Andriivka is still ours," the deputy defence minister wrote on Telegram.',
        '"Andriivka will be ours," the deputy defence minister wrote on Telegram.',
        '"Andriivka is not ours yet," the deputy defence minister wrote on Telegram.',
        '"The victory is ours," the deputy defence minister wrote on Telegram.',
        '"Jerusalem is ours," the protesters chanted outside the embassy.',
        'An M23 spokesman told Reuters: "The fate of Kitshanga is in our hands."',
        "Late on Monday the M23 commander claimed that Kitshanga would soon fall into their hands.",
        "We will push Islamic State fighters out of the town of Baiji, the provincial governor said.",
        # a flag for a national day, a flag still to be raised, a "where" clause on no town
        "Drone footage showed the village of Neskuchne, where Ukrainian soldiers raised the national flag for Independence Day.",
        "Drone footage showed the village of Neskuchne, where Ukrainian soldiers hope to raise the national flag.",
        "Drone footage showed the square where Ukrainian soldiers raised the national flag on Sunday.",
    ],
)
def test_move_twin_is_no_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []
