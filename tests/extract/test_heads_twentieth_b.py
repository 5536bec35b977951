"""Session 20, round 2 (helper heads20, issue 10): headlines that tell a change as one side leaving a town and another
going in (``handover.py``), and "Most of X now under Z control" (``headline.py``). In our own words, with the grammar
of real headlines: "Z re-enter X after Y leave", "Z control areas in X after a withdrawal of Y", "ministers return to
X as Z retreat", "Z return to X after Y troops leave". Twins: the going in or the leaving still to come (a modal, a
vow, "prepare to leave"), a crowd going back (refugees, residents, fishermen), a return that is no handover (a holiday,
talks), a hold told with "still", a country rather than a town.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides

_DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Houthis re-enter Hodeidah after government-allied forces leave", ("Hodeidah", "houthis", "ye-gov")),
        ("Yemeni Houthis re-enter Hodeidah after allied government forces leave | Yemen News", ("Hodeidah", "houthis", "ye-gov")),
        ("Taliban re-enter Kunduz after Afghan troops withdraw", ("Kunduz", "taliban", "af-gov")),
        ("Taliban fighters reenter Kunduz after Afghan army withdraws", ("Kunduz", "taliban", "af-gov")),
        ("Al-Shabaab return to Kismayo after Kenyan troops leave", ("Kismayo", "al-shabaab", "ke-gov")),
        ("Houthis control areas in Hodeidah after a sudden withdrawal of UAE-backed forces", ("Hodeidah", "houthis", "ye-gov")),
        ("Exiled Yemen ministers return to Aden as Houthis retreat", ("Aden", None, "houthis")),
        ("Yemen government ministers return to Aden after Houthis withdraw", ("Aden", "ye-gov", "houthis")),
        ("Most of Laukkai now under MNDAA control", ("Laukkai", "mndaa", None)),
        ("Much of Kunduz now under Taliban control", ("Kunduz", "taliban", None)),
        ("Part of Bakhmut now under Russian control", ("Bakhmut", "ru-forces", None)),
        ("Houthis re-enter Hodeidah following withdrawal of government forces", ("Hodeidah", "houthis", "ye-gov")),
    ],
)
def test_handover_headline_is_a_change(extractor: Extractor, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_DAY)) == [want]


@pytest.mark.parametrize(
    "title",
    [
        "Houthis control areas in Hodeidah after a sudden withdrawal of UAE-backed forces",
        "Most of Laukkai now under MNDAA control",
    ],
)
def test_handover_of_part_is_partial(extractor: Extractor, title: str) -> None:
    assert [e.partial for e in headline_changes(extractor, title, published=_DAY)] == [True]


@pytest.mark.parametrize(
    "title",
    [
        # the going in or the leaving still to come
        "Houthis could re-enter Hodeidah after government forces leave",
        "Houthis vow to re-enter Hodeidah after allied forces leave",
        "Houthis re-enter Hodeidah as government forces prepare to leave",
        "Taliban may re-enter Kunduz after Afghan troops withdraw",
        "Ministers to return to Aden after Houthis withdraw",
        "Al-Shabaab threaten to return to Kismayo if Kenyan troops leave",
        # a crowd going back is the aftermath, not the handover
        "Refugees return to Aden as Houthis retreat",
        "Residents return to Mosul after Islamic State fighters leave",
        "Fishermen return to Hodeidah after fighting ends",
        "Displaced families return to Kunduz after Taliban withdraw",
        # a return that is no handover, a town's residents leaving
        "Ministers return to Aden after holiday as talks resume",
        "Residents leave Hodeidah as fighting nears",
        # a hold, a country
        "Most of Laukkai still under MNDAA control",
        "Most of the country now under junta control",
        "Houthis must not re-enter Hodeidah after allied forces leave, minister says",
        "Taliban plan to re-enter Kunduz after Afghan troops withdraw",
    ],
)
def test_handover_twin_is_no_change(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=_DAY) == []
