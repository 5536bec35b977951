"""Session 28 (the lead, issue 10): what a headline's unnamed "town" stands for. Two causes found on holdout28a's spent
excerpts: the title's noun was read at the title's offset in the body's text (so "a town the body calls a city" was
never checked for a title: "Rebels seize strategic town" went to the body's "city of Aleppo"), and a title-case
dateline closed by its agency with no dash ("Baghdad, Dec 30 (IANS) Iraqi forces ...") was taken for the town."""

from __future__ import annotations

import datetime as dt

from townwatch_extract.extractor import Extractor
from townwatch_extract.raw_text import end_dateline

from .conftest import news_rows

DAY = dt.date(2015, 3, 9)


def test_a_title_town_is_not_the_city_the_body_names() -> None:
    text = (
        "Rebel fighters took control of a strategic town in northern Syria on Monday, cutting the army's only road out of "
        "the city of Hama, a monitor said. In Hama province, rebels captured Morek, a town on the main highway."
    )
    rows = news_rows(Extractor(), text, DAY, title="Syrian rebels seize strategic town, kill dozens of soldiers")
    assert "Hama" not in {p for p, _g, _lo in rows}
    assert "Morek" in {p for p, _g, _lo in rows}


def test_a_title_town_is_the_town_the_body_names() -> None:
    # the twin: the body's first place is the town itself
    text = "Rebel fighters took control of the town of Morek in central Syria on Monday, a monitor said."
    rows = news_rows(Extractor(), text, DAY, title="Syrian rebels seize strategic town")
    assert {p for p, _g, _lo in rows} == {"Morek"}


def test_an_agency_dateline_is_not_the_title_town() -> None:
    text = (
        "Baghdad, March 9 (IANS) Iraqi security forces on Monday retook control of a town in Salahudin province, a "
        "security source said. The forces seized the town of Dhuluiyah, north of the capital Baghdad, after days of fighting."
    )
    rows = news_rows(Extractor(), text, DAY, title="Iraqi forces recapture town from IS")
    assert "Baghdad" not in {p for p, _g, _lo in rows}
    assert ("Dhuluiyah", "iq-gov", "isis") in rows


def test_the_agency_dateline_is_written_in_capitals_and_keeps_offsets() -> None:
    text = "Kabul, May 2 (Pajhwok) Afghan forces retook the district."
    assert end_dateline(text) == "KABUL, May 2 (Pajhwok) Afghan forces retook the district."
    # a name's own acronym in brackets is no agency, and a body with no bracket keeps its case
    assert end_dateline("Boko Haram (BH) Militants took the town.") == "Boko Haram (BH) Militants took the town."
    assert end_dateline("Iraqi forces retook the town (AFP).") == "Iraqi forces retook the town (AFP)."
