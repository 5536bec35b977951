"""The war table where it was still off (session 23, second round, helper wars23).

W1 (extractor.extract_article: ``_merge(..., by_war=True)``): a headline with no body is read with the war fought at
its place on its date, like a story's body: "M23 seizes Bukavu" is taken from Congo's army, "Taliban take Kunduz"
from the republic's. The labels of the five spent real sets give a lone headline that loser (14 DIRECTION lines).
Twins from the same words: a third party of the war's country (al-Qaeda in Yemen, the OLA in Oromia, ISIS at Sinjar),
a multi-sided war (Syria's rebels in 2015 and 2024), a loser the headline writes otherwise, a withdrawal (its taker
stays unknown), an attempt, a place outside every war of the table (Georgia, 2008), the same words at another date.
Headlines written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import headline_changes, news_rows, sides


def _sides(extractor: Extractor, published: str, title: str) -> list[tuple[str, str | None, str | None]]:
    return sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published)))


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2025-02-15", "M23 fighters enter Bukavu airport area and seize Bukavu", ("Bukavu", "m23", "cd-gov")),
        ("2021-08-09", "Taliban fighters capture Kunduz city", ("Kunduz", "taliban", "af-gov")),
        ("2015-05-20", "Islamic State overruns ancient Palmyra", ("Palmyra", "isis", "sy-gov")),
        ("2014-06-10", "Militants of ISIS seize Mosul", ("Mosul", "isis", "iq-gov")),
        ("2023-10-27", "RSF says it controls Nyala, Sudan's second city", ("Nyala", "rsf", "saf")),
        ("2024-01-06", "MNDAA takes Laukkai", ("Laukkai", "mndaa", "mm-junta")),
        ("2022-11-11", "Ukrainian soldiers enter and take back Kherson", ("Kherson", "ua-forces", "ru-forces")),
        ("2018-03-18", "Turkish-backed fighters take Afrin", ("Afrin", "sna-syria", "sdf")),
        ("2014-12-16", "South Sudan rebels retake Bentiu", ("Bentiu", "splm-io", "ss-gov")),
        ("2016-12-13", "Army recaptures eastern Aleppo", ("Aleppo", "sy-gov", "sy-opposition")),
    ],
)
def test_a_lone_headline_gets_the_loser_of_its_war(extractor: Extractor, published: str, title: str, want: tuple[str, str, str]) -> None:
    assert _sides(extractor, published, title) == [want]


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        # a third party of the war's country: the table names no foe for it
        # (session 26: not in April 2015, when AQAP's hold on Hadramawt's coast is a phase of the table)
        ("2017-04-02", "Al-Qaeda fighters seize Mukalla", ("Mukalla", "aqap", None)),
        ("2021-11-02", "Oromo rebels seize Kemise", ("Kemise", "ola", None)),
        ("2014-08-03", "ISIS seizes Sinjar", ("Sinjar", "isis", None)),
        # a multi-sided war: Syria's rebels fought the army, ISIS and the SDF
        ("2015-03-28", "Rebels seize Idlib city", ("Idlib", "x-rebels-sy", None)),
        # (session 28: not from 27 November to 8 December 2024, when the table's war names the rebels HTS,
        # test_sides_twentyeighth.py)
        ("2012-07-25", "Rebels seize Aleppo", ("Aleppo", "x-rebels-sy", None)),
        # the loser the headline writes stays
        ("2020-01-31", "Houthis seize Mahfad from al-Qaeda", ("Mahfad", "houthis", "aqap")),
        ("2017-10-17", "Iraqi forces take Kirkuk from Kurds", ("Kirkuk", "iq-gov", "peshmerga")),
        # a withdrawal: the loser is written, the taker is the war's other side (session 39)
        ("2024-02-17", "Ukraine withdraws from Avdiivka", ("Avdiivka", "ru-forces", "ua-forces")),
        # a place no war of the table is fought at (Georgia, 2008)
        ("2008-08-13", "Russian troops occupy Gori", ("Gori", "ru-forces", None)),
        ("2008-08-13", "Russian forces occupy city of Gori", ("Gori", "ru-forces", None)),
    ],
)
def test_a_lone_headline_gets_no_loser_the_war_does_not_give(
    extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None],
) -> None:
    assert _sides(extractor, published, title) == [want]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2025-01-14", "Russian forces fail to capture Berestok"),
        ("2025-01-14", "Russia vows to capture Berestok"),
        ("2021-08-09", "Taliban poised to take Kunduz"),
    ],
)
def test_an_attempt_in_a_headline_is_no_change(extractor: Extractor, published: str, title: str) -> None:
    assert _sides(extractor, published, title) == []


# W2 (actors.yaml wars: al-Shabaab's insurgency from 2011; context.resolve_actor): Somalia's government against
# al-Shabaab is two-sided (the AU mission and Kenya on the government's side); of allies named together, the army of
# the place's country is the gainer. Twins: Ahlu Sunna and the Islamic State are third parties, 2009's war had more
# sides (Hizbul Islam), a loser written otherwise stays, a withdrawal leaves its taker unknown, a vow is no change.
@pytest.mark.parametrize(
    ("published", "text", "want"),
    [
        ("2024-06-01", "Al-Shabaab fighters took over the town of Mahaday on Sunday, residents said.", ("Mahaday", "al-shabaab", "so-gov")),
        ("2023-01-16", "Somali troops backed by clan militias took control of Harardhere on Monday.", ("Harardhere", "so-gov", "al-shabaab")),
        ("2012-10-01", "Kenyan troops took control of Kismayo on Monday.", ("Kismayo", "ke-gov", "al-shabaab")),
        ("2024-06-01", "SNA and ATMIS forces took control of the town of Mahaday on Sunday.", ("Mahaday", "so-gov", "al-shabaab")),
        ("2024-06-01", "Joint SNA and ATMIS forces took control of the town of Mahaday on Sunday.", ("Mahaday", "so-gov", "al-shabaab")),
        ("2024-06-01", "ATMIS forces took control of the town of Mahaday on Sunday.", ("Mahaday", "atmis", "al-shabaab")),
    ],
)
def test_somalia_is_read_as_a_two_sided_war(extractor: Extractor, published: str, text: str, want: tuple[str, str, str]) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == [want]


@pytest.mark.parametrize(
    ("published", "text", "want"),
    [
        ("2021-06-10", "Ahlu Sunna Wal Jama'a fighters took control of Guriel on Thursday.", [("Guriel", "aswj", None)]),
        ("2017-10-26", "Islamic State fighters seized the port town of Qandala in Puntland on Wednesday.", [("Qandala", "isis", None)]),
        ("2009-05-10", "Al-Shabaab fighters seized the town of Jowhar on Sunday.", [("Jowhar", "al-shabaab", None)]),
        ("2024-06-01", "Al-Shabaab seized the village of Ceel Dheer from ISIS fighters on Sunday.", [("Ceel Dheer", "al-shabaab", "isis")]),
        ("2022-09-10", "Somali forces withdrew from the town of Adan Yabaal on Saturday.", [("Adan Yabaal", "al-shabaab", "so-gov")]),
        ("2024-06-01", "Al-Shabaab vowed to retake Mahaday.", []),
    ],
)
def test_somalia_twins(extractor: Extractor, published: str, text: str, want: list[tuple[str, str | None, str | None]]) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == want


# W3 (context.ArticleContext.build): "<Country>-backed" names the patron, not where the place lies: "Turkish-backed
# fighters took Ras al-Ain" is the Syrian town (no Turkish Ceylanpinar), so Peace Spring's war gives the SDF's loss.
# Twins: a patron of a side fighting in its own country leaves the place there; Turkey's own troops are no patron.
@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        ("2019-10-20", "Turkish-backed forces capture Ras al-Ain", ("Ras al-Ain", "SY", "sna-syria", "sdf")),
        ("2019-10-20", "Turkish-backed Syrian rebels capture Ras al-Ain", ("Ras al-Ain", "SY", "sna-syria", "sdf")),
        ("2019-10-13", "Turkish-backed fighters seize Tal Abyad", ("Tal Abyad", "SY", "sna-syria", "sdf")),
        ("2018-03-05", "Turkey-backed rebels capture Jandairis", ("Jandairis", "SY", "sna-syria", "sdf")),
        ("2025-01-28", "Rwanda-backed M23 rebels seize Goma", ("Goma", "CD", "m23", "cd-gov")),
        ("2015-03-01", "Iranian-backed Houthis seize Aden airport", ("Aden Airport", "YE", "houthis", "ye-gov")),
    ],
)
def test_a_patron_country_does_not_place_the_town(extractor: Extractor, published: str, title: str, want: tuple[str, str, str, str]) -> None:
    events = headline_changes(extractor, title, published=dt.date.fromisoformat(published))
    assert [(e.place.name, e.place.country_code, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None) for e in events] == [want]


# W4 (context.resolve_actor): "pro-government fighters" are the government's side in the place's country (a common
# noun after "pro-government" was read as Syria's unnamed fighters, whom the wars table gave to the Islamic State).
# Twins: "anti-government fighters" stay rebels; a side the text names keeps its name.
@pytest.mark.parametrize(
    ("published", "text", "want"),
    [
        ("2015-05-21", "Pro-government fighters withdrew from Palmyra on Wednesday night, the monitor said.", [("Palmyra", None, "sy-gov")]),
        ("2016-03-27", "Pro-regime militias recaptured Palmyra on Sunday.", [("Palmyra", "sy-gov", None)]),
        ("2015-05-21", "Anti-government fighters seized Palmyra on Wednesday.", [("Palmyra", "x-rebels-sy", None)]),
        ("2015-05-21", "Islamic State fighters seized Palmyra after pro-government fighters withdrew.", [("Palmyra", "isis", "sy-gov")]),
    ],
)
def test_pro_government_fighters_are_the_government_side(
    extractor: Extractor, published: str, text: str, want: list[tuple[str, str | None, str | None]],
) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == want


# W5 (actors.yaml wars, ``unplaced``): a Syrian village GeoNames lacks, with no province written, reaches the war of
# the army's only front at the time: the last Idlib offensive (December 2019 - March 2020, from HTS) and the final
# assault on eastern Aleppo (November - December 2016, from the opposition). Twins: the same words outside those
# weeks, a province of another front written after the village, a third party's capture.
@pytest.mark.parametrize(
    ("published", "text", "want"),
    [
        ("2020-02-01", "The Syrian army recaptured the villages of Kafr Batikh and Jawbas on Saturday, a military source said.",
         [("Kafr Batikh", "sy-gov", "hts"), ("Jawbas", "sy-gov", "hts")]),
        ("2016-11-28", "Syrian troops recaptured the al-Sakhour district on Monday, the military said.", [("al-Sakhour", "sy-gov", "sy-opposition")]),
        ("2019-06-01", "The Syrian army recaptured the villages of Kafr Batikh and Jawbas on Saturday, a military source said.",
         [("Kafr Batikh", "sy-gov", None), ("Jawbas", "sy-gov", None)]),
        ("2016-10-10", "Syrian troops recaptured the al-Sakhour district on Monday, the military said.", [("al-Sakhour", "sy-gov", None)]),
        ("2020-02-01", "The Syrian army recaptured the village of Jawbas in Daraa province on Saturday.", [("Jawbas", "sy-gov", None)]),
        ("2020-02-01", "Islamic State fighters seized the village of Jawbas on Saturday.", [("Jawbas", "isis", None)]),
    ],
)
def test_a_syrian_village_with_no_province_reaches_the_only_front(
    extractor: Extractor, published: str, text: str, want: list[tuple[str, str | None, str | None]],
) -> None:
    assert news_rows(extractor, text, dt.date.fromisoformat(published)) == want
