"""Session 28 (helper heads29, issue 10): wire headlines. A side's flight from a town ("Islamists flee X", "Z quits X":
the loser only), a clause with a bare-object verb before a colon source ("US forces secure X: report"), a lower-case
wire line's source word left at its end ("kurds take kirkuk report"), a headline's passive the parser reads as a past
("X recaptured by Z"), "relinquishes control of X to Z", and a column that rolls or marches into a town in a headline
with nothing under it.

Read against ~110 real war headlines (pages corpus, 15 conflicts) and ~670 ordinary ones (one false alert, on main
too); the twins keep the same words for people who flee (residents, a people's name, a leader), states and firms that
quit, intentions and denials, a time or a means after "by", and columns rolling into a country or a region.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, headline_changes, sides


def _day(published: str) -> dt.date:
    return dt.date.fromisoformat(published)


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2012-09-29", "Al-Shabaab flees Kismayo", ("Kismayo", "so-gov", "al-shabaab")),
        ("2012-09-29", "Al-Shabaab quits Kismayo", ("Kismayo", "so-gov", "al-shabaab")),
        ("2013-01-28", "Islamists flee Gao as French jets strike", ("Gao", None, "x-islamists-ml")),
        ("2014-06-10", "Iraqi soldiers flee Mosul", ("Mosul", "isis", "iq-gov")),
        ("2014-06-10", "Iraqi troops flee Mosul as militants seize city", ("Mosul", "isis", "iq-gov")),
        ("2020-03-02", "Rebels quit Saraqeb", ("Saraqeb", None, "x-rebels-sy")),
        ("2022-11-10", "Russian troops quit Kherson", ("Kherson", "ua-forces", "ru-forces")),
        ("2011-08-23", "Gaddafi forces flee Tripoli", ("Tripoli", None, "ly-qaddafi")),
        ("2022-04-01", "Russian soldiers flee Bucha, leaving burnt tanks behind", ("Bucha", "ua-forces", "ru-forces")),
        # a source after a colon, and a kicker before it
        ("2013-01-28", "Islamists flee Gao: residents", ("Gao", None, "x-islamists-ml")),
        ("2012-09-29", "Somalia: Al-Shabaab flees Kismayo", ("Kismayo", "so-gov", "al-shabaab")),
    ],
)
def test_a_side_flees_or_quits_a_town(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_day(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2022-03-01", "Thousands flee Kharkiv"),  # people, not a side
        ("2022-03-01", "Ukrainians flee Mariupol"),
        ("2022-03-01", "Ukrainians flee Kharkiv as Russian shelling intensifies"),
        ("2024-05-07", "Palestinians flee Rafah"),
        ("2021-08-15", "Afghans flee Kabul"),
        ("2023-04-20", "Sudanese flee Khartoum"),
        ("2017-10-17", "Kurds flee Kirkuk"),
        ("2022-03-01", "Residents flee Mariupol as shelling intensifies"),
        ("2022-03-01", "Civilians flee Irpin"),
        ("2022-03-01", "Foreign diplomats flee Kyiv"),
        ("2021-08-15", "Ghani flees Kabul"),  # a leader, not his army
        ("2024-12-08", "Assad flees Damascus"),
        ("2021-08-15", "Afghan army chief flees Kabul"),
        ("2016-03-10", "Rebel commander flees Aleppo"),
        ("2022-03-01", "Nestle quits Russia"),  # firms, states, sport
        ("2023-07-01", "Mali quits G5 Sahel"),
        ("2024-01-28", "Mali, Burkina Faso and Niger quit ECOWAS"),
        ("2015-06-01", "Klopp quits Liverpool"),
        ("2016-04-19", "Syrian rebels quit Geneva talks"),
        ("2012-11-20", "M23 rebels quit Goma talks"),
        ("2013-01-20", "Islamists vow never to flee Diabaly"),  # intentions, denials, questions
        ("2013-01-20", "Islamists refuse to quit Diabaly"),
        ("2013-01-20", "Islamists threaten to quit Diabaly"),
        ("2013-01-20", "Islamists deny fleeing Diabaly"),
        ("2011-03-13", "Did Gaddafi forces flee Brega?"),
        ("2022-02-24", "Russian soldiers flee Kyiv suburbs"),  # no town
        ("2016-02-01", "Boko Haram fighters flee Sambisa forest"),
        ("2012-02-10", "Rebels flee Homs siege"),
        ("2000-02-01", "Chechen rebels fleeing Argun under heavy shelling"),  # a flight under way
        ("2014-06-10", "Iraqi soldiers were fleeing Mosul as militants advanced."),
    ],
)
def test_flight_twins_stay_quiet(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=_day(published)) == []


def test_flight_told_as_background_is_historical(extractor: Extractor) -> None:
    rows = change_rows(extractor, "Islamic State fighters fled Mosul in 2017.", _day("2020-06-10"))
    assert rows == [("Mosul", None, "isis", True)]


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2003-04-05", "US troops secure Najaf: report", ("Najaf", "us-coalition", None)),
        ("2003-04-10", "Kurds secure Kirkuk: report", ("Kirkuk", "peshmerga", None)),
        # a lower-case wire line whose source is left at its end, the colon dropped
        ("2003-04-05", "us troops secure najaf report", ("Najaf", "us-coalition", None)),
        ("2003-04-10", "peshmerga take kirkuk report", ("Kirkuk", "peshmerga", None)),
        ("2003-04-04", "us troops capture baghdad airport pentagon", ("Baghdad Airport", "us-coalition", None)),
        ("2003-04-06", "iraqi troops leave basra report", ("Basra", None, "iq-gov")),
    ],
)
def test_a_source_after_a_bare_object_verb(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_day(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2016-06-01", "Police secure Paris stadium: report"),
        ("2016-06-01", "Government secures IMF loan: report"),
        ("2016-06-01", "Army secures release of hostages: report"),
        ("2016-06-01", "Takes: the week in review"),  # a label before the colon
        ("2016-06-01", "Left: a history of the Iraq war"),
        ("2003-03-23", "s africas last white president rejects truth report"),
        ("2003-03-24", "amphetamine supply increasing crime report"),
        ("2003-03-22", "us has airfields west of baghdad official"),
    ],
)
def test_source_twins_stay_quiet(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=_day(published)) == []


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2016-03-27", "Palmyra recaptured by Syrian army", ("Palmyra", "sy-gov", None)),
        ("2021-12-12", "Lalibela recaptured by Tigrayan forces", ("Lalibela", "tplf", "et-gov")),
        ("2021-12-12", "Ethiopia's Lalibela recaptured by TPLF", ("Lalibela", "tplf", "et-gov")),
        ("2016-03-27", "Palmyra recaptured by Syrian army after fierce battles", ("Palmyra", "sy-gov", None)),
    ],
)
def test_a_headline_passive_read_as_a_past(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_day(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2016-03-27", "Syrian army recaptured by dawn"),  # a time after "by"
        ("2016-03-27", "Palmyra shelled by Russian jets"),
        ("2016-03-27", "Bill passed by parliament"),
        ("2016-03-27", "Madrid captured by Barcelona in title race"),
        ("2016-03-27", "Town taken by force"),
    ],
)
def test_headline_passive_twins_stay_quiet(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=_day(published)) == []


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2025-10-28", "Sudanese army relinquishes control of El Fasher to RSF", ("El Fasher", "rsf", "saf")),
        ("2025-10-28", "Army relinquishes El Fasher to RSF", ("El Fasher", "rsf", "saf")),
    ],
)
def test_relinquishes_control_to_a_side(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_day(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2025-10-28", "Founder relinquishes control of Khartoum bank"),
        ("2025-10-28", "Sudan's Burhan refuses to relinquish power"),
        ("2025-10-28", "Army will not relinquish El Fasher, Burhan vows"),
        ("2025-10-28", "Army refuses to relinquish control of El Fasher"),
        ("2025-10-28", "Sudanese army denies it relinquished El Fasher"),
    ],
)
def test_relinquish_twins_stay_quiet(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=_day(published)) == []


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2021-08-15", "Taliban fighters march into Kabul", ("Kabul", "taliban", "af-gov")),
        ("2013-01-28", "French troops roll into Timbuktu", ("Timbuktu", "fr-gov", None)),
        ("2014-06-10", "Militants roll into Mosul", ("Mosul", "isis", "iq-gov")),
    ],
)
def test_a_column_rolls_into_a_town(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=_day(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2022-02-24", "Russian troops roll into Ukraine"),  # a country, a region
        ("2003-03-20", "us troops roll into southern iraq"),
        ("2003-03-20", "Troops move into Kuwait ahead of war"),
        ("2022-02-21", "Russian troops move into Donetsk and Luhansk"),
        ("2003-04-07", "US tanks poised to roll into Baghdad"),  # not yet
        ("2003-04-07", "US tanks could roll into Baghdad within days"),
        ("2016-06-01", "Protesters march into parliament"),
        ("2016-06-01", "Fans march into Wembley"),
    ],
)
def test_column_twins_stay_quiet(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=_day(published)) == []
