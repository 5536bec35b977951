"""Session 20, round 2 (helper heads20, issue 10): headlines that tell a change as one side leaving a town and another
going in (``handover.py``), and "Most of X now under Z control" (``headline.py``). In our own words, with the grammar
of real headlines: "Z re-enter X after Y leave", "Z control areas in X after a withdrawal of Y", "ministers return to
X as Z retreat", "Z return to X after Y troops leave". Twins: the going in or the leaving still to come (a modal, a
vow, "prepare to leave"), a crowd going back (refugees, residents, fishermen), a return that is no handover (a holiday,
talks), a hold told with "still", a country rather than a town. Also "Z seize X local government" (``frames.py``: the
seat town) and a headline's "Z fully control X" (``headline.py``), and background read as news (``recap.py``,
``modality.py``): "have already retaken A, B" after a lead about something else, "It can be recalled that ...", "a
counterattack against Z who seized X on Monday"; twins keep the change as news.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, headline_changes, news_rows, sides

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
        ("Exiled Yemen ministers return to Aden as Houthis retreat", ("Aden", "ye-gov", "houthis")),
        ("Yemen government ministers return to Aden after Houthis withdraw", ("Aden", "ye-gov", "houthis")),
        ("Most of Laukkai now under MNDAA control", ("Laukkai", "mndaa", "mm-junta")),
        ("Much of Kunduz now under Taliban control", ("Kunduz", "taliban", None)),
        ("Part of Bakhmut now under Russian control", ("Bakhmut", "ru-forces", "ua-forces")),
        ("Houthis re-enter Hodeidah following withdrawal of government forces", ("Hodeidah", "houthis", "ye-gov")),
        # the seat town of a Nigerian local government, a headline's "fully control X"
        ("Boko Haram seize Damasak local government in Borno", ("Damasak", "boko-haram", "ng-gov")),
        ("Dozens missing as Boko Haram seize Damasak local government", ("Damasak", "boko-haram", "ng-gov")),
        ("Turkish sources: armed factions fully control Manbij", ("Manbij", "x-factions-sy", None)),
        ("Syrian army fully controls Aleppo", ("Aleppo", "sy-gov", None)),
        ("Rebels fully control Manbij after clashes, monitor says", ("Manbij", "x-rebels-sy", None)),
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
        # a seat's funds, a visit; a hold, a prospect, a denial, no place
        "Boko Haram fail to seize Damasak local government",
        "Police seize Damasak local government funds",
        "Governor visits Damasak local government after attack",
        "Rebels still fully control Manbij",
        "Rebels could fully control Manbij within days",
        "Rebels do not fully control Manbij, monitor says",
        "Government fully controls budget, minister says",
    ],
)
def test_handover_twin_is_no_change(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=_DAY) == []


# Background read as news: the gains so far after a lead about what comes next, a recap marker, the capture a
# counterattack answers. Twins: the same words as the lead, "already ... today", another opener, the takers' capture
# told without a counterattack against them.
@pytest.mark.parametrize(
    ("text", "news", "retold"),
    [
        ("Armenia is due to hand back Kalbajar district on Sunday under the truce. Aghdam follows by November 20. "
         "Azerbaijani forces have already retaken Fuzuli, Jabrayil and Shusha, the government said.", None, "Shusha"),
        ("Kyiv expects the next phase of the offensive within weeks, the minister said. Ukrainian troops have already "
         "retaken Balakliia, he added.", None, "Balakliia"),
        ("The army has retaken Kerawa town from Boko Haram, a security source said. It can be recalled that Boko Haram "
         "fighters on Friday seized Kerawa, on the border with Nigeria.", "Kerawa", "Kerawa"),
        ("Troops have recaptured Gwoza from Boko Haram, the army said. It will be recalled that the insurgents took "
         "Bama on Sunday.", "Gwoza", "Bama"),
        ("Afghan troops have launched a counterattack against Taliban fighters who seized control of Kunduz on Monday, "
         "the government said.", None, "Kunduz"),
        ("Government forces began a counteroffensive against the rebels who captured Kunduz on Monday.", None, "Kunduz"),
    ],
)
def test_background_recap_is_not_news(extractor: Extractor, text: str, news: str | None, retold: str) -> None:
    rows = change_rows(extractor, text, _DAY)
    assert (retold, True) in {(p, h) for p, _g, _lo, h in rows}, rows
    if news is not None:
        assert (news, False) in {(p, h) for p, _g, _lo, h in rows}, rows


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Azerbaijani forces have already retaken Fuzuli, Jabrayil and Shusha, the government said on Sunday.", "Shusha"),
        ("Ukrainian troops pushed into the Kharkiv region on Monday. They have already retaken Balakliia today, the "
         "general staff said.", "Balakliia"),
        ("The army has retaken Kerawa town from Boko Haram, a security source said. Officials said the insurgents also "
         "took Bama on Monday.", "Bama"),
        ("Taliban fighters who seized control of Kunduz on Monday freed hundreds of prisoners, officials said.", "Kunduz"),
        ("Afghan troops fought Taliban fighters who seized control of Kunduz on Monday, officials said.", "Kunduz"),
    ],
)
def test_background_twin_stays_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in [p for p, _g, _lo in news_rows(extractor, text, _DAY)]


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # the after-clause's own subject is the side that leaves: never the main clause's subject (lead, session 20:
        # "Houthi rebels advance after government forces abandon port of Hodeidah" gave the port to the government)
        ("Houthi rebels advance after government forces abandon port of Hodeidah", ("Hodeidah", "houthis", "ye-gov")),
        ("Houthi rebels advance after government forces abandon Hodeidah", ("Hodeidah", "houthis", "ye-gov")),
        ("Rebels advance after army abandons Kidal", ("Kidal", None, "ml-gov")),
    ],
)
def test_an_after_clause_is_a_clause_of_its_own(extractor: Extractor, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_DAY)) == [want]
