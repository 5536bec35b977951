"""Session 21, round 2 (helper entry21, issue 10): entries, flags and states of control that fresh real text told and
the extractor missed. In our own words, keeping the real grammar: an entry under a deal ("entered the towns of A, B
and C under the reconciliation agreement"), with the defenders disarmed ("entered the town of X and disarmed the local
militia"), with a site of the town taken ("entered the city of X and took control of the city's sea port": part of
it), into quarters the other side holds ("entered rebel-held parts of X", "neighbourhoods held by Y in the city of X":
part of it), into the rest of a town ("enter the rest of the city of X"); a headline's "Z army enters, raises flag in
X" and "raise flag over X, cradle of 2011 uprising" (the year names the uprising); "impose control on X";
"consolidated their hold on X, driving out Y"; "80 per cent of X has been cleared"; "security forces had left X
district"; "this Turkmen city is now under the control of Z" (the town named before). Twins from the same words:
talks, an aid convoy, inspectors, a raid that withdrew, the outskirts and suburbs, sport, a modal, a flag for a
national day, a hold on power or on the economy, a hold told with no one driven out, mines, take-off, charges,
residents leaving, a plan to leave, a hold told with "still", and a site of another town.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, news_partial, news_rows, sides

_DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an entry under a deal: the other side agreed to give the towns up
        ("A day earlier, Syrian troops entered the towns of Nawa, Jasim and Inkhil in the western Daraa countryside under the same "
         "reconciliation agreement.", [("Nawa", "sy-gov", None), ("Jasim", "sy-gov", None), ("Inkhil", "sy-gov", None)]),
        ("Syrian troops entered the town of Tafas under a reconciliation deal accepted by local leaders.", [("Tafas", "sy-gov", None)]),
        ("Government forces entered the town of Rastan as part of a reconciliation deal.", [("Rastan", "sy-gov", None)]),
        # the town's defenders disarmed by the side going in
        ("Islamist fighters entered the town of Douentza on Saturday and disarmed the local militia.", [("Douentza", "jnim", None)]),
        ("Taliban fighters entered the town of Musa Qala on Wednesday and disarmed the police.", [("Musa Qala", "taliban", None)]),
        # a site of the town entered: part of it
        ("Haftar's forces have entered the city of Sirte and have taken control of the city's sea port, a source said.", [("Sirte", "lna", None)]),
        # quarters the other side holds: part of the town
        ("Government troops entered neighbourhoods held by the rebels in the city of Daraa on Thursday.", [("Daraa", "sy-gov", None)]),
        ("The Syrian army entered rebel-held parts of Daraa on Thursday, raising the national flag in the main square.",
         [("Daraa", "sy-gov", None)]),
        # states of control
        ("Peshmerga forces imposed complete control on Bashiqa, the ministry said.", [("Bashiqa", "peshmerga", None)]),
        ("Islamist militias said on Sunday they had consolidated their hold on Tripoli, driving out rival brigades to the outskirts.",
         [("Tripoli", "x-militias-ly", None)]),
        ("The army said 80 per cent of Miramshah has been cleared during the operation.", [("Miramshah", "pk-gov", None)]),
        ("The army said 70 per cent of Miramshah has been cleared of militants.", [("Miramshah", "pk-gov", None)]),
        ("Officials said Afghan security forces had left Nawzad district on Sunday.", [("Nawzad", None, "af-gov")]),
        ("The Turkmens of Tal Afar held out until dawn; this Turkmen city is now under the control of ISIS.", [("Tal Afar", "isis", None)]),
    ],
)
def test_entry_or_state_is_a_change(extractor: Extractor, text: str, want: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, _DAY) == want


@pytest.mark.parametrize(
    ("text", "partial"),
    [
        ("Haftar's forces have entered the city of Sirte and have taken control of the city's sea port, a source said.", True),
        ("Government troops entered neighbourhoods held by the rebels in the city of Daraa on Thursday.", True),
        ("The army said 80 per cent of Miramshah has been cleared during the operation.", True),
        ("Syrian troops entered the town of Tafas under a reconciliation deal accepted by local leaders.", False),
    ],
)
def test_entry_share_is_partial(extractor: Extractor, text: str, partial: bool) -> None:
    assert list(news_partial(extractor, text, _DAY).values()) == [partial]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("LNA enters Sirte, takes control over sea port", ("Sirte", "lna", None)),
        ("Syrian forces enter the rest of the city of Daraa", ("Daraa", "sy-gov", None)),
        ("Syria army enters, raises flag in Rastan", ("Rastan", "sy-gov", None)),
        ("Syrian troops raise flag over Daraa, cradle of 2011 uprising", ("Daraa", "sy-gov", None)),
        ("Kurdish peshmerga impose control on Bashiqa", ("Bashiqa", "peshmerga", None)),
        ("80pc of Miramshah cleared, army says", ("Miramshah", "pk-gov", None)),
    ],
)
def test_entry_headline_is_a_change(extractor: Extractor, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_DAY)) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops entered the town of Tafas for talks with local leaders on a reconciliation agreement.",
        "Government forces entered the town of Rastan for talks as part of a deal with the rebels.",
        "An aid convoy entered the town of Madaya under a humanitarian agreement.",
        "UN inspectors entered the town of Douma under the agreement.",
        "Islamist fighters entered the town of Douentza and disarmed the local militia before withdrawing.",
        "The army entered the outskirts of Daraa on Thursday.",
        "Government troops entered the suburbs of Daraa held by the rebels on Thursday.",
        "Rebels entered neighbourhoods held by the army in Daraa, looted shops and withdrew.",
        "The LNA entered a plea in the court in Sirte.",
        "Syrian troops raised the national flag over Daraa for Independence Day.",
        "The ruling party consolidated its hold on power in Tripoli after the vote.",
        "The militias tightened their grip on the economy of Tripoli.",
        "The militias consolidated their hold on Tripoli.",
        "Officials said 80 per cent of Miramshah has been cleared of mines.",
        "The flight to Miramshah was cleared for take-off.",
        "The governor was cleared of charges in Miramshah.",
        "Residents had left Nawzad district before the fighting.",
        "The army plans to leave Nawzad district next month.",
        "The Turkmens of Tal Afar say this Turkmen city is still under the control of ISIS.",
    ],
)
def test_entry_or_state_twin_is_no_change(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    "title",
    [
        "Syrian forces enter the final of the Asian Cup",
        "Syrian forces could enter the rest of Daraa",
        "Fans raise the flag over Daraa stadium after the final",
        "Libya's LNA enters talks in Sirte",
    ],
)
def test_entry_headline_twin_is_no_change(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=_DAY) == []


def test_entry_site_of_another_town_takes_not_the_town_entered(extractor: Extractor) -> None:
    text = "Haftar's forces have entered the city of Sirte and have taken control of the airport of Misrata, a source said."
    assert "Sirte" not in [p for p, _g, _lo in news_rows(extractor, text, _DAY)]
