"""Syria's named opposition factions are sides, never places: "Ahrar al-Sham" once gave a village "al-Sham" taken
(the lead's held-out check of session 13). Sentences written for these tests, keeping the grammar of wire copy."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows as _rows
from .conftest import news_rows as _news

DAY = dt.date(2016, 2, 12)


@pytest.mark.parametrize("faction", ["Ahrar al-Sham", "Jaysh al-Islam", "Faylaq al-Rahman", "Nour al-Din al-Zenki"])
def test_a_named_faction_taking_a_village_is_the_opposition(extractor: Extractor, faction: str) -> None:
    news = _news(extractor, f"{faction} fighters seized the village of Tel Kurdi from government forces on Thursday.", DAY)
    assert news == [("Tel Kurdi", "sy-opposition", "sy-gov")], news


def test_a_faction_regaining_a_village_is_no_place_named_after_the_faction(extractor: Extractor) -> None:
    text = (
        "An insurgent group in northern Syria on Friday recaptured a village Islamic State had seized earlier in the "
        "day, a monitor said. Ahrar al-Sham, which fights both the government and the jihadists, drove Islamic State "
        "out of Tel Sabeen in Aleppo province, the monitor said."
    )
    rows = _rows(extractor, text, DAY)
    assert all("Sham" not in place for place, _g, _lo, _h in rows), rows


def test_a_faction_shelling_a_village_is_no_change(extractor: Extractor) -> None:
    # twin: the same faction and village, fighting without a change of hands
    rows = _rows(extractor, "Ahrar al-Sham fighters shelled government positions near Tel Kurdi on Thursday.", DAY)
    assert rows == [], rows


def test_a_southern_front_elsewhere_is_no_syrian_faction(extractor: Extractor) -> None:
    # twin: "the southern front" of another war is a front line, not Syria's Southern Front coalition
    rows = _rows(extractor, "", dt.date(2023, 9, 21), title="Ukraine reports capture of Verbove village on southern front")
    assert rows and all(g != "sy-opposition" and lo != "sy-opposition" for _p, g, lo, _h in rows), rows
