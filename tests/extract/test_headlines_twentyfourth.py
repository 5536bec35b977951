"""Session 24 (helper heads24, issue 10): headline false alerts and a side word from the seven spent sets' headlines
and a fresh pool of 1,500 real headlines of ordinary news (none fired on main), in our own words. A district named by
its province ("Faryab district") or by a compass word before its city ("west Mosul district") names no district of
its own; a few more positions or checkpoints taken in a town are not the town; a building called a centre ("Sirte
conference center") is not its town; "govt" and "gov't" are a government.
Twins keep the same words where the line names the district by its own seat, takes the town's positions outright, or
tells no change (a pledge, a company's assets, a plant).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, sides


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        # "govt" / "gov't" for "government"
        ("2013-06-05", "Syrian govt retakes Qusair", ("Qusair", "sy-gov", "sy-opposition")),
        ("2021-08-10", "Afghan govt recaptures Lashkar Gah", ("Lashkar Gah", "af-gov", "taliban")),
        ("2024-06-30", "Govt takes back Singa, Sudanese army says", ("Singa", "saf", "rsf")),
        ("2013-06-05", "Syrian gov't seizes Qusair", ("Qusair", "sy-gov", "sy-opposition")),
        # twins: a district named by its own seat, a city with no district word, a town's positions taken outright
        ("2021-07-20", "Insurgents overrun Khanabad district", ("Khanabad", "taliban", "af-gov")),
        ("2022-01-10", "Giants Brigades take back Usaylan district", ("Usaylan", "ye-gov", "houthis")),
        ("2019-07-23", "Afghan troops take back Taywara district", ("Taywara", "af-gov", "taliban")),
        ("2024-01-10", "Sudanese army takes back positions in Omdurman", ("Omdurman", "saf", "rsf")),
        # twin: a district's centre is its seat town
        ("2019-05-10", "Taliban seize Nad Ali district centre", ("Nad Ali", "taliban", "af-gov")),
    ],
)
def test_headline_change(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        # a district named by its province: one of the province's districts, unnamed
        ("2018-06-28", "Pro-government forces seize Hudaida district"),
        ("2021-06-20", "Taliban fighters seize Faryab district"),
        ("2021-07-05", "Taliban take Badghis district"),
        # a compass word before the city: a part of the city, no district named
        ("2017-03-10", "Iraqi forces take back key west Mosul district"),
        ("2016-11-28", "Army takes back eastern Aleppo district"),
        # a few more positions or checkpoints in a town: not the town
        ("2024-01-10", "Sudanese army takes back more positions in Omdurman"),
        ("2024-01-10", "RSF Seizes More Positions in Omdurman"),
        ("2023-05-10", "Ukrainian troops retake several positions in Bakhmut"),
        ("2024-01-10", "Houthi fighters seize more checkpoints in Marib"),
        # a building called a centre, named by its town: the building, not the town
        ("2016-08-10", "Libyan forces take Sirte conference center from IS"),
        ("2025-02-20", "Rebels seize Bukavu shopping centre"),
        # "govt" telling no change: a pledge, a company's assets, a plant
        ("2013-06-05", "Syrian govt vows to retake Qusair"),
        ("2014-06-28", "Iraqi govt says it will recapture Tikrit"),
        ("2024-02-02", "Govt seizes assets of mining firm"),
        ("2019-05-02", "Govt takes control of troubled steel plant"),
    ],
)
def test_headline_no_change(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date.fromisoformat(published)) == []
