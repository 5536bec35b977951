"""Session 40 (helper notes40, issue 10): a situation report's heading before its colon.

H, a monitor's or a coder's heading: "Military development: The KNLA captured X", "Rebel advance on Homs: Opposition
forces captured X", "Latest developments in Rakhine State: The Arakan Army captured X", a conflict-event note's own
event type "Non-violent transfer of territory: On 2 July, Z took over X". The small model read the heading's noun as
the clause's subject ("Development captured X", "transfer took over X") and the side was lost. A heading that ends on
a heading noun (development, advance, update, withdrawal, clash, transfer, territory ...) with the place or theme after
it is blanked as a war's topic label is (`topic_label.without_topic_labels`); one that tells how sure the line is
("Unconfirmed claims: ...") is kept, and a clause before a colon ("Russian advance stalls: ...") is no heading.
S, a camp or base with a name of its own placed in a township or district: "captured the Hsa Law Kyo camp in Lu Thaw
Township", "the Traunaing army base in Paletwa Township". The tagger read the name as an organisation's or as an
adjective, and the site was named by the township around it ("Lu Thaw camp"), as an unnamed camp is
(`area_site._own_name`). A side's camp stays unnamed and keeps the township's name ("the Arakan Army camp", "the KIA
camp", "the al-Shabaab camp in Jamame district").
I, "it" after an attack on an installation: "The KNLA launched an attack on the X camp on Monday and captured it on
Tuesday". The pronoun was looked up among the article's towns only and the capture was lost; joined to an attack on a
camp, base, outpost, post or airport, "it" is that installation (`attacked_site`). A town attacked keeps its reading;
"destroyed it", "looted it", "failed to capture it", "tried to seize it" stay no capture.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.topic_label import without_topic_labels

from .conftest import change_rows, news_rows


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(news_rows(extractor, text, dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # H: each gave nothing before (the heading's noun read as the subject: no side)
        ("Military Development: The KNLA captured Kawkareik after two days of fighting.", "2023-10-20",
         [("Kawkareik", "knla", "mm-junta")]),
        ("Rebel Advance on Homs: Opposition forces captured Talbiseh.", "2024-12-06", [("Talbiseh", "hts", "sy-gov")]),
        ("Latest developments in Rakhine State: The Arakan Army captured Buthidaung.", "2024-05-18",
         [("Buthidaung", "arakan-army", "mm-junta")]),
        ("Non-violent transfer of territory: On 2 July 2023, Al Shabaab took over Bacadweyne (Hobyo, Mudug).", "2023-07-02",
         [("Bacadweyne", "al-shabaab", "so-gov")]),
        ("Non-violent transfer of territory: On 2 July 2023, Al Shabaab took over Bacadweyne (Hobyo, Mudug) after "
         "Military Forces of Somalia (2022-) withdrew.", "2023-07-02", [("Bacadweyne", "al-shabaab", "so-gov")]),
        ("Key developments near Pokrovsk: Russian forces captured the village of Dachne.", "2024-11-20",
         [("Dachne", "ru-forces", "ua-forces")]),
        ("Clashes in Karen State: The KNLA overran Kawkareik after a day of fighting.", "2023-10-20",
         [("Kawkareik", "knla", "mm-junta")]),
        ("Frontline developments in Amhara: Tigrayan forces captured Kobo.", "2021-08-01", [("Kobo", "tplf", "et-gov")]),
        # already read before, still read with the heading blanked
        ("Frontline update: Russian forces captured Dachne on Tuesday.", "2024-11-20", [("Dachne", "ru-forces", "ua-forces")]),
        ("Regime withdrawal and counteractions: Opposition fighters captured Talbiseh after the army pulled out.",
         "2024-12-06", [("Talbiseh", "hts", "sy-gov")]),
        ("Military Development : The KNLA captured Kawkareik.", "2023-10-20", [("Kawkareik", "knla", "mm-junta")]),
        ("Armed clash: On 2 July 2023, Al Shabaab took control of Bacadweyne (Hobyo, Mudug) after clashes with the SNA.",
         "2023-07-02", [("Bacadweyne", "al-shabaab", "so-gov")]),
        ("Assessed Russian advances: Russian forces recently seized Hryshyne.", "2024-02-26",
         [("Hryshyne", "ru-forces", "ua-forces")]),
        # a country's head label stays a region head (split_region_heads), not a heading
        ("Myanmar: The Arakan Army captured Buthidaung on Saturday.", "2024-05-18", [("Buthidaung", "arakan-army", "mm-junta")]),
    ],
)
def test_heading_blanked(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(extractor, text, day) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the heading blanked, the clause under it is still no change
        ("Military Development: The KNLA attacked a junta camp near Kawkareik.", "2023-10-20"),
        ("Rebel Advance on Homs: Opposition forces reached the outskirts of Talbiseh.", "2024-12-06"),
        ("Latest developments in Rakhine State: The Arakan Army vowed to capture Buthidaung.", "2024-05-18"),
        ("Frontline update: Russian forces failed to capture Dachne despite repeated assaults.", "2024-11-20"),
        ("Armed clash: On 2 July 2023, Al Shabaab attacked an SNA base in Bacadweyne (Hobyo, Mudug).", "2023-07-02"),
        ("Security situation in Goma: Police seized weapons at a checkpoint.", "2024-11-20"),
        ("Market update: Shell took over the Kirkuk oil field contract from BP.", "2024-11-20"),
        ("Transfer news: Arsenal captured the signature of a striker from Benfica.", "2024-11-20"),
    ],
)
def test_heading_no_change(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []


def test_modality_heading_kept(extractor: Extractor) -> None:
    """ "Unconfirmed claims:" tells how sure the line is: it is no heading to blank, and the capture stays a claim."""
    text = "Unconfirmed claims: Russian milbloggers claimed that Russian forces seized Dachne."
    assert without_topic_labels(text) == text
    assert [r[0] for r in change_rows(extractor, text, dt.date(2024, 11, 20))] == ["Dachne"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian advance stalls: Ukrainian forces hold Bakhmut.",  # a clause, not a heading
        "The army said: Russian forces captured Dachne.",
        "Withdrawal from Kherson: Russian forces left the city.",  # "from" is no heading's tail
        "Reports: Russian forces captured Dachne.",
    ],
)
def test_not_a_heading(text: str) -> None:
    assert without_topic_labels(text) == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Military Development : The KNLA captured Kawkareik.", "The KNLA captured Kawkareik."),
        ("Latest Developments of fighting in Rakhine State: The AA captured Buthidaung.", "The AA captured Buthidaung."),
        ("Non-violent transfer of territory: On 2 July, Z took over X.", "On 2 July, Z took over X."),
        ("Rebel advance on Homs: Z captured X.", "Z captured X."),
    ],
)
def test_heading_blanked_same_length(text: str, kept: str) -> None:
    out = without_topic_labels(text)
    assert len(out) == len(text) and out.strip() == kept


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # S: each was named by the township before ("Lu Thaw camp", "Paletwa army base", "Paletwa camp")
        ("The KNLA captured the Hsa Law Kyo camp in Lu Thaw Township on Wednesday.", "2023-09-08",
         [("Hsa Law Kyo Camp", "knla", "mm-junta")]),
        ("The KNLA captured the Hsa Law Kyo military camp in Lu Thaw Township on Wednesday.", "2023-09-08",
         [("Hsa Law Kyo military camp", "knla", "mm-junta")]),
        ("The Arakan Army captured the Traunaing army base in Paletwa Township.", "2023-12-12",
         [("Traunaing army base", "arakan-army", "mm-junta")]),
        ("The Arakan Army captured the Meewa camp in Paletwa Township.", "2023-12-12", [("Meewa Camp", "arakan-army", "mm-junta")]),
        # a side's camp, or no name: still the township's
        ("The Arakan Army captured three army camps in Paletwa Township.", "2023-12-12",
         [("Paletwa army camps", "arakan-army", "mm-junta")]),
        ("The junta captured the KIA camp in Momauk Township.", "2023-12-12", [("Momauk camp", "mm-junta", "kia")]),
        ("The junta captured the Arakan Army camp in Paletwa Township.", "2023-12-12",
         [("Paletwa army camp", "mm-junta", "arakan-army")]),
        ("Somali forces captured the al-Shabaab camp in Jamame district.", "2021-01-01", [("Jamame camp", "so-gov", "al-shabaab")]),
    ],
)
def test_named_camp_in_township(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(extractor, text, day) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The KNLA attacked the Hsa Law Kyo camp in Lu Thaw Township on Wednesday.", "2023-09-08"),
        ("The Arakan Army shelled the Traunaing army base in Paletwa Township.", "2023-12-12"),
        ("Displaced families left the Hpalu IDP camp in Bhamo Township.", "2024-01-12"),
        ("The KNLA vowed to capture the Hsa Law Kyo camp in Lu Thaw Township.", "2023-09-08"),
    ],
)
def test_named_camp_no_change(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []


@pytest.mark.parametrize(
    ("text", "day", "rows"),
    [
        # I: each gave nothing before ("it" unresolved)
        ("The KNLA launched an attack on the Thit Cha Seik camp on Monday and captured it on Tuesday.", "2023-09-03",
         [("Thit Cha Seik", "knla", "mm-junta")]),
        ("The KNLA attacked the Thit Cha Seik camp on Monday and captured it on Tuesday.", "2023-09-03",
         [("Thit Cha Seik", "knla", "mm-junta")]),
        ("Al-Shabaab fighters stormed the military base in Leego and overran it after a short battle.", "2019-01-02",
         [("Leego", "al-shabaab", "so-gov")]),
        ("Al-Shabaab fighters attacked the military base in Leego on Sunday and captured it.", "2019-01-02",
         [("Leego", "al-shabaab", "so-gov")]),
        ("The Arakan Army launched an attack on the military camp near Jeitchaung on Saturday and captured it an hour later.",
         "2022-09-10", [("Jeitchaung", "arakan-army", "mm-junta")]),
        # a town attacked: as before
        ("The KNLA attacked Kawkareik on Monday and captured it on Tuesday.", "2023-09-03", [("Kawkareik", "knla", "mm-junta")]),
    ],
)
def test_attacked_site_taken(extractor: Extractor, text: str, day: str, rows: list[tuple[str, str, str]]) -> None:
    assert _rows(extractor, text, day) == rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Al-Shabaab fighters attacked the military base in Leego and destroyed it.", "2019-01-02"),
        ("Al-Shabaab fighters attacked the military base in Leego and looted it before withdrawing.", "2019-01-02"),
        ("Al-Shabaab fighters attacked the military base in Leego but failed to capture it.", "2019-01-02"),
        ("Al-Shabaab fighters attacked the military base in Leego and tried to seize it.", "2019-01-02"),
        ("The junta launched an airstrike on the Thit Cha Seik camp and destroyed it.", "2023-09-03"),
        ("Police raided the camp in Mone Township and seized it.", "2023-09-03"),
    ],
)
def test_attacked_site_not_taken(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []
