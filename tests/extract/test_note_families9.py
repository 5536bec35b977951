"""Monitor notes, ninth reading: an opening date without a year ("On 12 May, ..."), "established / took up positions
in X" after the other side left, "X village of Y district" (the village, not its district, also for a relative clause
the parser hangs on the district), a country whose name has an "of" in it ("the Democratic Republic of Congo"), a
coder's actor label "ACRONYM: Full Name", two sides written jointly ("PDF and KIA"), "A village and B village", and
"The RSF seized control of X" (the verb misread as an adjective on "control");
each with negative twins built from the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.monitor_note import blank_actor_labels, note_date
from townwatch_schemas import Article

from .conftest import NOTE_WEEK, make_article, note_sides


def _news_filed(extractor: Extractor, text: str, published: dt.date) -> dict[str, tuple[str | None, str | None]]:
    article = Article(id="n9", text=text, title=None, published=published, received=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in extractor.extract(article) if e.kind == "change" and not e.historical
    }


FILED = dt.date(2023, 6, 1)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On 12 May, Military Forces of Ukraine (2019-) regained control of Bilohorivka (Sievierodonetsk, Luhansk).", dt.date(2023, 5, 12)),
        ("On 9 May, HTS took control of Hama (Hama, Hama) after regime forces withdrew.", dt.date(2023, 5, 9)),
        ("Around 5 May (month of), Al Shabaab took control of Buqda village (Buulobarde, Hiraan).", dt.date(2023, 5, 5)),
    ],
)
def test_yearless_note_date_is_the_last_before_filing(text: str, date: dt.date) -> None:
    assert note_date(text, FILED) == date


def test_yearless_note_date_may_be_last_year_when_filed_in_january() -> None:
    assert note_date("On 28 December, HTS took control of Hama (Hama, Hama).", dt.date(2023, 1, 10)) == dt.date(2022, 12, 28)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("On 9 December, HTS took control of Hama (Hama, Hama) after regime forces withdrew.", FILED),  # 174 days
        ("MANBIJ: On Aug 6, a coalition of Arab and Kurdish fighters recaptured Manbij after a long battle.", dt.date(2016, 10, 16)),
    ],
)
def test_a_yearless_date_months_before_filing_is_not_the_notes_date(text: str, published: dt.date) -> None:
    assert note_date(text, published) is None


def test_a_story_recalling_a_yearless_date_months_old_is_background(extractor: Extractor) -> None:
    text = "MANBIJ: On Aug 6, a coalition of Arab and Kurdish fighters backed by US air strikes recaptured Manbij after a two-month battle."
    assert _news_filed(extractor, text, dt.date(2016, 10, 16)) == {}


@pytest.mark.parametrize(
    "text",
    [
        "On 12 May the council met.",  # no comma after the date: a story's sentence, not a note's opening
        "On Monday, JNIM occupied Boni.",
    ],
)
def test_no_yearless_note_date(text: str) -> None:
    assert note_date(text, FILED) is None


def test_yearless_note_date_needs_a_publication_date() -> None:
    assert note_date("On 12 May, JNIM occupied Boni (Douentza, Mopti).", None) is None


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # an opening "On <day> <month>," without a year: the note's own date, so a note filed weeks later is news
        ("On 12 May, Military Forces of Ukraine (2019-) regained control of Bilohorivka (Sievierodonetsk, Luhansk) after Russian forces withdrew.",
         "Bilohorivka", "ua-forces", "ru-forces"),
        ("On 9 May, HTS entered and took control of Hama city (Hama, Hama) after regime forces withdrew.", "Hama", "hts", "sy-gov"),
    ],
)
def test_yearless_note_read_weeks_later_is_news(extractor: Extractor, text: str, place: str, gaining: str, losing: str) -> None:
    assert _news_filed(extractor, text, FILED).get(place) == (gaining, losing)


def test_yearless_date_in_a_story_body_stays_background(extractor: Extractor) -> None:
    # not the opening: the capture the story recalls is months old
    text = "Fighting continued near Bakhmut. Russian forces had captured Soledar on 12 January, officials said."
    assert _news_filed(extractor, text, FILED) == {}


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # "established positions in X" / "took up positions in X" once the other side left
        ("On 25 May 2022, Military Forces of Russia (2000-) established positions in Svitlodarsk (Bakhmut, Donetsk) after Ukrainian forces withdrew.",
         "Svitlodarsk", "ru-forces", "ua-forces"),
        ("Russian forces established positions in the village of Pishchane after Ukrainian units pulled back.", "Pishchane", "ru-forces", "ua-forces"),
        ("Russian forces took up positions in the village of Pishchane after Ukrainian units pulled back.", "Pishchane", "ru-forces", "ua-forces"),
        # "X village of Y district": the village, not the district
        ("Sartagab village of Patu district has been retaken by Afghan forces.", "Sartagab", "af-gov", None),
        ("Afghan forces recaptured the Sartagab village of Patu district on Monday.", "Sartagab", "af-gov", None),
        ("The Taliban captured Dand-e-Ghori village of Baghlan-e-Markazi district on Monday.", "Dand-e-Ghori", "taliban", None),
        # a country written with an "of" is counted: the army is the DRC's, not Uganda's
        # (months after: a retake hours after the fall is no change, labelling.md "Reversals", test_false_alerts_thirtieth)
        ("The army of the Democratic Republic of Congo took back the town of Kamango on Monday, months after it was seized by a Ugandan rebel group.",
         "Kamango", "cd-gov", "x-rebels-cd"),  # the group that had seized it lost it (coref14: "it" now read as Kamango)
        # a coder's actor label "ACRONYM: Full Name": the acronym is the side
        ("On 14 May 2024, JNIM: Group for Support of Islam and Muslims took control of Djibo town (Djibo, Soum) after Military Forces of "
         "Burkina Faso (2022-) withdrew.", "Djibo", "jnim", "bf-gov"),
        ("On 14 May 2024, JNIM: Group for Support of Islam and Muslims took control of Djibo (Djibo, Soum).", "Djibo", "jnim", None),
        # two sides written jointly are one side: the second is not the loser
        ("On 2 June 2024, PDF and KIA took control of Kawlin town (Kawlin, Sagaing).", "Kawlin", "pdf", "mm-junta"),
        ("On 2 June 2024, the PDF and the KIA took control of Kawlin town (Kawlin, Sagaing).", "Kawlin", "pdf", "mm-junta"),
        # "A village and B village": both, though the parser hangs the first on the second
        ("Wagner Group took control of Tessit village and Talataye village on Monday.", "Tessit", "wagner", None),
        ("Wagner Group took control of Tessit village and Talataye village on Monday.", "Talataye", "wagner", None),
        ("Russian forces captured Pishchane village and Kyslivka village on Monday.", "Pishchane", "ru-forces", "ua-forces"),
        # "The RSF seized control of X": after an acronym the verb is read as an adjective on "control"
        ("The RSF seized control of Nyala on Monday.", "Nyala", "rsf", "saf"),
        ("On 3 June 2024, the AA secured control of Paletwa (Paletwa, Chin).", "Paletwa", "arakan-army", "mm-junta"),
        ("The RSF seized control of the army headquarters in Zalingei on Monday.", "Zalingei", "rsf", "saf"),  # a city's: test_sites_nineteenth
    ],
)
def test_ninth_reading_families(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None) -> None:
    assert note_sides(extractor, text).get(place) == (gaining, losing)


def test_actor_label_blanking_keeps_other_colons() -> None:
    def is_actor(name: str) -> bool:
        return name in ("JNIM", "IDF")
    assert blank_actor_labels("IDF: Hezbollah fighters withdrew from Aita al-Shaab.", is_actor) == "IDF: Hezbollah fighters withdrew from Aita al-Shaab."
    assert blank_actor_labels("BREAKING: Army Group retakes Djibo.", is_actor) == "BREAKING: Army Group retakes Djibo."
    blanked = blank_actor_labels("JNIM: Group for Support of Islam and Muslims took Djibo.", is_actor)
    assert blanked.split() == ["JNIM", "took", "Djibo."] and len(blanked) == len("JNIM: Group for Support of Islam and Muslims took Djibo.")


def test_joint_side_is_not_the_loser_but_a_foe_still_is(extractor: Extractor) -> None:
    assert note_sides(extractor, "On 2 June 2024, the PDF took control of Kawlin town (Kawlin, Sagaing) from the KIA.").get("Kawlin") == ("pdf", "kia")


def test_relative_clause_on_the_district_is_the_village(extractor: Extractor) -> None:
    # the parser hangs "which had fallen" on the district: the village fell, not Patu district
    text = "Sartagab village of Patu district, which had fallen to the Taliban last week, has been cleared of the militants."
    places = {e.place.name for e in extractor.extract(make_article(text, published=NOTE_WEEK)) if e.kind == "change"}
    assert "Patu" not in places and "Sartagab" in places


@pytest.mark.parametrize(
    "text",
    [
        # positions twins: near / around a town, on its outskirts, no withdrawal, their own positions, "took positions"
        "On 25 May 2022, Military Forces of Russia (2000-) established positions near Svitlodarsk (Bakhmut, Donetsk) after Ukrainian forces withdrew.",
        "Military forces established positions around Tin-Hama ahead of an operation.",
        "Russian forces established positions in the village of Pishchane and shelled Ukrainian units.",
        "Ukrainian forces established positions on the outskirts of Pishchane after Russian units pulled back.",
        "Russian forces took positions in the village of Pishchane after Ukrainian units pulled back.",
        "Ukrainian forces reinforced their positions in Pishchane after Russian units pulled back from the river.",
        # village-of-district twins: shelling, and no district taken
        "Afghan forces shelled Sartagab village of Patu district on Monday.",
        # actor-label twins: an attack; a label that names no organisation keeps its words
        "On 14 May 2024, JNIM: Group for Support of Islam and Muslims attacked Djibo town (Djibo, Soum). Fatalities unknown.",
        # two villages shelled
        "Wagner Group shelled Tessit village and Talataye village on Monday.",
        # control of what is no place; the captured town as a description
        "The RSF seized control of the market on Monday.",
        "The RSF shelled the recently seized town of Nyala on Monday.",
    ],
)
def test_ninth_reading_twins(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


def test_since_clause_dated_this_week_is_news(extractor: Extractor) -> None:
    # "since <capture> on Sunday": the capture is the week's news, not the background a state has lasted since
    text = "Since the Houthis seized the city of Al-Hazm on Sunday, tens of thousands of civilians have fled to Marib."
    assert note_sides(extractor, text).get("Al-Hazm") == ("houthis", "ye-gov")


@pytest.mark.parametrize(
    "text",
    [
        "Since the Houthis seized the city of Al-Hazm in 2015, tens of thousands of civilians have fled to Marib.",
        "Since the Houthis seized the city of Al-Hazm, tens of thousands of civilians have fled to Marib.",
        "Civilians have fled Marib since the Taliban took control of Kabul in August 2021.",
    ],
)
def test_since_clause_without_a_recent_day_stays_background(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        # the side that comes along or backs the subject is not the one it names
        ("HTS fighters, along with Turkish-backed opposition factions, captured Saraqib on Monday.", "Saraqib", "hts"),
        ("Islamist militants, including HTS, along with Turkey-backed opposition fighters, captured Saraqib on Monday.",
         "Saraqib", "hts"),
        ("Government forces backed by Russian air strikes recaptured Saraqib on Monday.", "Saraqib", "sy-gov"),
        # twin: the companion alone is the side
        ("Turkish-backed opposition fighters captured Saraqib on Monday.", "Saraqib", "sna-syria"),
    ],
)
def test_a_companion_side_in_the_subject_is_not_the_gaining_side(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert note_sides(extractor, text)[place][0] == gaining
