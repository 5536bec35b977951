"""Session 22 (helper news22, issue 10): false alerts and background read as news in wire copy. Each family is written
in our own words with the grammar of real reports, and each has twins from the same words that keep the change.

R (recap.py): a sentence after the lead counted on from the one before by months or years ("Six months later,
however, it was recaptured by Ukraine"; "A year later, troops retook it" after a sentence dated in 2015) retells; a
hold told right after "It can be recalled that ..." ("They now control X") is the recap's, not news (background.py:
a nominal capture hung on a relative clause dated back, "generals who last week surrendered, resulting in the group's
capture of X"; one inside the "Following ..." phrase an onward push starts from, "Following yesterday's attack which
allowed the troops to drive IS from X, the army pushed on", which is then no antecedent of the lede's "another
village" either: coreference.py). Twins: "hours
later", months counted on from a date that reaches the news's own month, a hold with no recall before it.
G (frames.py): ground is no settlement: "the strategic mountain of X", "Mount X", "the X desert area"; a town the
parse hangs on the weekday after it ("in port city Mukalla Monday") is the town, so an unnamed headquarters in it
stays one site of the city (context.py: a Title Case headline's "Captures New Territory from Z" is land). Twins:
"the strategic town of X", "seized the port city of X Monday", "Captures Bara from Z".
N (frames.py, coreference.py): a name set off after "the area" that has its own role or says something is a person
("the area, X, the head of the police in Y, told reporters"); "the capital of North Kordofan State" and "the city of
El Obeid" after a bearing are no antecedent of "it"; "The governor of X says" names the official's seat, not the town
a lede's "a port town" stands for. Twins: the town named in the same sentences.
D (contested.py): "the towns were under threat but had not fallen" in the sentence after the claim; "contested this
version of events"; "X was not occupied". Twins: "had fallen", "confirmed this version", "was now occupied".
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import change_rows, headline_changes, make_article, news_rows

_DAY = dt.date(2024, 6, 11)


def _places(extractor: Extractor, text: str, published: dt.date = _DAY) -> set[str]:
    return {p for p, _g, _lo in news_rows(extractor, text, published)}


# R: a recap counted on from the sentence before it, and a hold after "It can be recalled"
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In the Kupiansk sector, Russian troops are trying hard to take Synkivka. The town fell three days into the "
         "invasion after local officials handed Kupiansk over without resistance. Six months later, however, it was "
         "recaptured by Ukraine.", "Kupiansk"),
        ("In the Kupiansk sector, Russian troops are trying hard to take Synkivka. The town fell three days into the "
         "invasion after local officials handed Kupiansk over without resistance. Some months later, Ukrainian troops "
         "retook it.", "Kupiansk"),
        ("Syrian troops are again fighting Islamic State cells in the desert near Palmyra. The militants overran the "
         "ancient city in May 2015. A year later, the army recaptured Palmyra with Russian air support.", "Palmyra"),
        ("Syrian troops are again fighting Islamic State cells in the desert near Palmyra. The militants overran the "
         "ancient city in the spring of 2015. Later that year, the army recaptured Palmyra.", "Palmyra"),
        ("Cameroon's army has retaken Kerawa Town from Boko Haram, according to a security source. It can be recalled that "
         "Boko Haram fighters on Friday seized control of a town in the far north of Cameroon that lies on the border "
         "with Nigeria, security sources said. They now control Kerawa, a security source told AFP.", "Kerawa"),
    ],
)
def test_recap_counted_on_is_background(extractor: Extractor, text: str, place: str) -> None:
    rows = news_rows(extractor, text, _DAY)
    if place == "Kerawa":  # the lead's recapture stays; the hold the recap ends on is no news of Boko Haram's
        assert all(g != "boko-haram" for p, g, _lo in rows if p.startswith("Kerawa")), rows
    else:
        assert place not in {p for p, _g, _lo in rows}, rows


@pytest.mark.parametrize(
    ("text", "historical"),
    [
        ("The junta has jailed six brigadier generals who last week surrendered to the MNDAA, resulting in the armed "
         "group's capture of Laukkai, the capital of the Kokang zone.", True),
        ("The junta has jailed six brigadier generals who surrendered to the MNDAA on Monday, resulting in the armed "
         "group's capture of Laukkai, the capital of the Kokang zone.", False),
    ],
)
def test_capture_inside_a_clause_dated_back(extractor: Extractor, text: str, historical: bool) -> None:
    rows = change_rows(extractor, text, _DAY)
    assert [h for p, _g, _lo, h in rows if p == "Laukkai"] == [historical], rows


@pytest.mark.parametrize(
    ("text", "news", "background"),
    [
        ("Another village south of Deir Hafer was retaken today by the Syrian army as it tries to encircle the town. "
         "Following yesterday's attack which allowed the troops to drive ISIS from the village of Ash-Shuraimah, the "
         "army pushed on eastward and recaptured Al Qusayer.", {"Al Qusayer"}, {"Ash-Shuraimah"}),
        ("Following an attack which allowed the troops to drive ISIS from the village of Ash-Shuraimah, the army dug in "
         "around Deir Hafer.", {"Ash-Shuraimah"}, set()),
    ],
)
def test_step_before_an_onward_push(extractor: Extractor, text: str, news: set[str], background: set[str]) -> None:
    rows = change_rows(extractor, text, _DAY)
    assert {p for p, _g, _lo, h in rows if not h} == news, rows
    assert {p for p, _g, _lo, h in rows if h} == background, rows


# G: ground, and the town the parse hangs on a weekday
@pytest.mark.parametrize(
    "text",
    [
        "The Peshmerga captured the strategic mountain of Batana, which looks down on Zumar town, a source said.",
        "Activists said HTS captured the strategically important Sahl al-Ghab desert area on Wednesday.",
    ],
)
def test_ground_and_sites_are_no_towns(extractor: Extractor, text: str) -> None:
    assert not news_rows(extractor, text, _DAY)


def test_a_mount_is_a_site_not_a_town(extractor: Extractor) -> None:
    # since session 35 (labelling.md "Sites": mounts and named heights): the height under its own name, no town
    article = make_article("Kurdish fighters retook Mount Zartak from the militants on Saturday with the help of air strikes.",
                           published=_DAY)
    events = [e for e in extractor.extract(article) if not e.historical]
    assert [(e.place.name, e.place.site_kind, e.place.geonames_id) for e in events] == [("Mount Zartak", "hill", None)]


def test_an_unnamed_hq_in_a_city_is_its_site_not_the_city(extractor: Extractor) -> None:
    # since session 29 (sites29, labelling.md "Sites"): the headquarters anchored at the city, never the city
    rows = news_rows(extractor, "Al-Qaeda militants seized army headquarters in Yemeni port city Mukalla Monday, killing two "
                                "soldiers and taking several more hostage, officials said.", _DAY)
    assert rows == [("Mukalla army headquarters", "aqap", "ye-gov")]


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("Sudanese Army Captures New Territory from RSF in Kordofan", []),
        ("Sudanese Army Captures Bara from RSF in Kordofan", ["Bara"]),
    ],
)
def test_headline_territory_is_no_town(extractor: Extractor, title: str, places: list[str]) -> None:
    assert [e.place.name for e in headline_changes(extractor, title, published=dt.date(2025, 9, 1))] == places


# N: names that are no places
@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        ("Militants who seized Palma last week have pulled out of the town, and government forces now control the "
         "area, Carlos Mendes, the head of the police in Cabo Delgado province, told reporters on Wednesday.",
         "Palma", "Carlos Mendes"),
        ("Sudanese army forces have regained control of the Kazgail area, about 40 km south of the city of El Obeid, "
         "the capital of North Kordofan State. They freed it from the Rapid Support Forces, which had held it for "
         "months.", "Kazgail", "North Kordofan State"),
        ("Sudanese army forces have regained control of the Kazgail area, about 40 km south of the city of El Obeid, "
         "the capital of North Kordofan State. They freed it from the Rapid Support Forces, which had held it for "
         "months.", "Kazgail", "El Obeid"),
        ("A Somali official says troops have recaptured a port town from Islamic State fighters in Puntland. The "
         "governor of Bosaso says 20 militants were killed during the operation on Wednesday to recapture Qandala. "
         "The militants had seized Qandala in October.", "Qandala", "Bosaso"),
    ],
)
def test_names_that_are_no_places(extractor: Extractor, text: str, wanted: str, unwanted: str) -> None:
    places = _places(extractor, text)
    assert unwanted not in places, places
    assert wanted in places, places


# the twins of R, G and N: the same grammar keeps the change
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ukrainian troops retook Synkivka on Tuesday, officials said. Hours later, they also recaptured "
         "Petropavlivka.", "Petropavlivka"),
        ("Ukrainian forces began the push on the village in March. Three months later, Ukrainian troops recaptured "
         "Synkivka, the General Staff said.", "Synkivka"),
        ("Boko Haram fighters on Friday seized control of a town in the far north of Cameroon that lies on the border "
         "with Nigeria, security sources said. They now control Kerawa, a security source told AFP.", "Kerawa"),
        ("The Peshmerga captured the strategic town of Zumar, which looks down on the plain, a source said.", "Zumar"),
        ("Activists said HTS captured the strategically important town of Khan Shaykhun on Wednesday.", "Khan Shaykhun"),
        ("Al-Qaeda militants seized the Yemeni port city of Mukalla Monday, residents said.", "Mukalla"),
        ("Militants who seized Palma last week have pulled out of the town, and government forces now control the "
         "area, the head of the police in Cabo Delgado province told reporters on Wednesday.", "Palma"),
        ("A Somali official says troops have recaptured a port town from Islamic State fighters in Puntland. Troops "
         "entered Qandala after the fighters fled, the governor of the region said.", "Qandala"),
    ],
)
def test_twins_keep_the_change(extractor: Extractor, text: str, place: str) -> None:
    assert place in _places(extractor, text)


# D: the other side says the towns have not fallen
_CLAIM = ("Rebels in the north say they have captured two towns, as they vow to march on the capital. Seleka fighters "
          "had taken the northern towns of Bouca and Batangafo, their military chief told the BBC. ")


@pytest.mark.parametrize(
    "denial",
    [
        "A government spokesman said the towns were under threat but had not fallen.",
        "A government spokesman said the towns had not been captured.",
    ],
)
def test_towns_said_not_fallen(extractor: Extractor, denial: str) -> None:
    places = _places(extractor, _CLAIM + denial, dt.date(2013, 3, 22))
    assert not places & {"Bouca", "Batangafo"}, places


_SIVERSK = "Russia's defence ministry said on Sunday that its troops had taken the town of Siversk. "


@pytest.mark.parametrize(
    "answer",
    ["Kyiv contested this version of events, saying fighting went on.", "The governor said Siversk was not occupied."],
)
def test_claim_contested_or_called_not_occupied(extractor: Extractor, answer: str) -> None:
    assert "Siversk" not in _places(extractor, _SIVERSK + answer)


@pytest.mark.parametrize(
    "answer",
    ["Kyiv confirmed this version of events on Monday.", "The governor said Siversk was now occupied."],
)
def test_claim_confirmed_stays(extractor: Extractor, answer: str) -> None:
    assert "Siversk" in _places(extractor, _SIVERSK + answer)


def test_towns_said_fallen_stay(extractor: Extractor) -> None:
    places = _places(extractor, _CLAIM + "A government spokesman said the towns had fallen after heavy fighting.",
                     dt.date(2013, 3, 22))
    assert {"Bouca", "Batangafo"} <= places, places
