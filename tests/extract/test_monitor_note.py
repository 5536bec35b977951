"""Conflict-monitor coder notes: admin hierarchies in brackets, monitor-style actor names, installations, their negatives."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.monitor_note import compact, note_date, read_parentheses
from townwatch_extract.sentences import split_sentences

from .conftest import make_article


def _news(extractor: Extractor, text: str, published: dt.date | None = None):
    return [e for e in extractor.extract(make_article(text, published=published)) if not e.historical]


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # the hierarchy in brackets is not a second place, and the name before it is a place even when unknown
        ("On 14 March 2023, JNIM militants took control of Dioura (Tenenkou, Segou) after FAMa withdrew.", "Dioura", "jnim", "ml-gov"),
        ("On 2 May 2024, the Arakan Army took over Minbya (Mrauk-U, Rakhine).", "Minbya", "arakan-army", "mm-junta"),
        ("On 9 June 2024, Al Shabaab militants took over Bacaadweyne town (Hobyo, Mudug) after SNA forces vacated the town.", "Bacaadweyne", "al-shabaab", "so-gov"),
        # monitor-style actor names: "(2021-)" year tags, "(Mali)" country tags, "Islamic State (Sahel)"
        ("On 3 April 2024, Military Forces of Mali (2021-) regained control of the village of Tarkint (Bourem, Gao).", "Tarkint", "ml-gov", None),
        ("On 6 July 2024, Unidentified Armed Group (Mali) took control of Lere (Niafunke, Tombouctou).", "Lere", "unidentified-armed-group", None),
        ("On 8 May 2024, Islamic State (Sahel) militants seized Inekar (Menaka). Territory changed hands.", "Inekar", "is-sahel", None),
        ("On 22 August 2024, a non-state armed group seized Fafa (Ansongo, Gao). Fatalities unknown.", "Fafa", "unidentified-armed-group", None),
        # installations taken in a town: the town changed hands, and a "military base" was the state's
        ("On 5 March 2024, Al Shabaab overran the military base in Qoryooley (Lower Shabelle) and took over the town.", "Qoryooley", "al-shabaab", "so-gov"),
        # a numbered unit's seat in a town is the unit (sites18, held-out rule 6)
        ("On 11 April 2024, RSF took over the 22nd division HQ in Babanusa (West Kordofan).", "22nd division HQ", "rsf", "saf"),
        ("On 30 January 2024, the army retook positions in Sennar (Sennar).", "Sennar", "saf", "rsf"),
        ("On 19 March 2024, the KIA seized a junta camp in Lwegel (Momauk, Kachin). Territory changed hands.", "Lwegel", "kia", "mm-junta"),
        ("On 2 February 2024, the Taliban took control of Nad Ali district center (Helmand).", "Nad Ali", "taliban", None),
        # "retook", which the small model reads as a noun
        ("On 8 March 2024, Military Forces of Somalia (2022-) and clan militias retook Harardhere (Mudug). Fatalities unknown.", "Harardhere", "so-gov", "al-shabaab"),
    ],
)
def test_coder_note(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None) -> None:
    events = _news(extractor, text)
    assert [e.place.name for e in events] == [place]
    assert events[0].gaining is not None and events[0].gaining.id == gaining
    assert (events[0].losing.id if events[0].losing else None) == losing


@pytest.mark.parametrize(
    "text",
    [
        "On 14 March 2023, JNIM militants attacked the army position in Dioura (Tenenkou, Segou). Fatalities unknown.",
        "On 2 May 2024, the Arakan Army clashed with the military near Minbya (Mrauk-U, Rakhine).",
        "On 9 June 2024, Al Shabaab militants ambushed an SNA convoy near Bacaadweyne (Hobyo, Mudug).",
        "On 3 April 2024, JNIM attempted to take Tarkint (Bourem, Gao) but were repelled by FAMa.",
        "On 6 July 2024, JNIM besieged Lere (Niafunke, Tombouctou). Fatalities unknown.",
        "On 8 May 2024, RSF claimed to have taken Babanusa (West Kordofan), which was denied by SAF.",
        "On 5 March 2024, Al Shabaab attacked the military base in Qoryooley (Lower Shabelle). The attack was repulsed.",
        "On 30 January 2024, RSF shelled Sennar (Sennar). 3 fatalities.",
        "On 19 March 2024, the KIA attacked a junta camp in Lwegel (Momauk, Kachin). Fighting continued.",
        "On 2 February 2024, Taliban forces arrested a former official in Nad Ali (Helmand).",
        "On 22 August 2024, Islamic State (Sahel) militants looted shops in Fafa (Ansongo, Gao).",
        "On 21 July 2024, JNIM militants seized livestock in Ansongo (Gao). Fatalities unknown.",
        "On 1 June 2024, Al Shabaab militants took 5 civilians hostage in Bacaadweyne (Hobyo, Mudug).",
        "On 4 April 2024, Military forces took positions around Tin-Hama (Ansongo, Gao) ahead of an operation.",
        "On 2 March 2024, RSF seized 4 trucks in El Obeid (Sheikan, North Kordofan).",
    ],
)
def test_coder_note_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def test_note_date_is_the_event_date(extractor: Extractor) -> None:
    (event,) = _news(extractor, "On 12 March 2023, JNIM militants took control of Boulkessi (Mondoro, Mopti) after FAMa withdrew.")
    assert event.event_date == dt.date(2023, 3, 12)


FILED_LATE = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("On 12 March 2023, JNIM militants took control of Boulkessi (Mondoro, Mopti).", dt.date(2023, 3, 12)),
        ("Around 5 March 2023 (month of), JNIM occupied Farabougou (Niono, Segou).", dt.date(2023, 3, 5)),
        ("Between 3 and 5 May 2023, Wagner forces took Klishchiivka (Bakhmut, Donetsk).", dt.date(2023, 5, 5)),
        ("On May 14, 2023, Russian forces captured Berkhivka.", dt.date(2023, 5, 14)),
        ("Non-state actor overtakes territory: On 4 July 2022, JNIM occupied Boni (Douentza, Mopti).", dt.date(2022, 7, 4)),
    ],
)
def test_note_date_read_from_the_opening(text: str, date: dt.date) -> None:
    assert note_date(text, FILED_LATE) == date


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, JNIM occupied Boni.",  # no full date
        "Russian forces captured Berkhivka on 14 May 2023.",  # the date is not the opening
        "On 14 May 2027, the council will vote on the budget.",  # after publication: no note's own date
        "On 14 May 2023, Russian forces captured Berkhivka. " + "The war went on. " * 100,  # a story, not a note
    ],
)
def test_no_note_date(text: str) -> None:
    assert note_date(text, FILED_LATE) is None


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("On 14 May 2023, Wagner Group forces took control of the village of Berkhivka (Bakhmut, Donetsk) after clashes with Ukrainian forces.", "Berkhivka", "wagner"),
        ("Around 5 March 2023 (month of), JNIM militants took control of Farabougou (Niono, Segou) after FAMa soldiers withdrew.", "Farabougou", "jnim"),
        ("On 3 November 2022, Al Shabaab militants re-took control of Mahaas town (Hiraan) following the withdrawal of AMISOM troops.", "Mahaas", "al-shabaab"),
    ],
)
def test_note_filed_long_after_is_still_news(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    """A coder note read years after its date (a backfill, a late upload) records that day's change: it is news."""
    (event,) = _news(extractor, text, published=FILED_LATE)
    assert (event.place.name, event.gaining.id if event.gaining else None) == (place, gaining)
    assert event.event_date is not None and event.event_date.year < FILED_LATE.year


@pytest.mark.parametrize(
    "text",
    [
        # the note's own day is a clash; the capture it recalls is years older than the note
        "On 14 May 2023, Wagner Group forces clashed with Ukrainian forces in Berkhivka (Bakhmut, Donetsk), which Russian forces had captured in 2014.",
        "On 3 November 2022, Al Shabaab militants attempted to take control of Mahaas town (Hiraan) but were repulsed.",
        "On 14 May 2023, Wagner Group forces shelled Berkhivka (Bakhmut, Donetsk). Casualties unknown.",
    ],
)
def test_note_filed_long_after_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, published=FILED_LATE) == []


def test_story_opening_with_an_old_date_stays_background(extractor: Extractor) -> None:
    """A long article that opens with an old date is a story looking back, not a note: its capture is history."""
    text = "On 14 May 2023, Wagner Group forces took control of Berkhivka near Bakhmut. " + "Residents recall the shelling that followed. " * 40
    events = extractor.extract(make_article(text, published=FILED_LATE))
    assert events and all(e.historical for e in events)


def test_hierarchy_gives_the_country(extractor: Extractor) -> None:
    """No country is named: the region in brackets picks Mali's Kidal over any namesake, and names the losing state."""
    (event,) = _news(extractor, "On 2 April 2024, JNIM militants took control of Tessalit (Kidal) after the army withdrew.")
    assert event.place.country_code == "ML"
    assert event.losing is not None and event.losing.id == "ml-gov"


def test_parentheses_are_blanked_same_length(extractor: Extractor) -> None:
    text = "Military Forces of Mali (2021-) retook Boulkessi (Mondoro, Mopti). Islamic State (Sahel) left. The Islamic State group (IS) fled."
    note = read_parentheses(text, extractor.gazetteer, extractor._names_actor)
    assert len(note.text) == len(text)
    assert "(2021-)" not in note.text and "(Mondoro, Mopti)" not in note.text
    assert "Islamic State (Sahel)" in note.text and "(IS)" in note.text  # an actor's name and an acronym stay
    assert note.countries == ["ML"]
    sentences = compact(split_sentences(note.text))
    assert sentences[0].text == "Military Forces of Mali retook Boulkessi ."
    assert note.text[sentences[0].start : sentences[0].end].split() == sentences[0].text.split()


def test_text_without_parentheses_is_unchanged(extractor: Extractor) -> None:
    text = "Iraqi forces captured Tal Afar from ISIS on Sunday."
    assert read_parentheses(text, extractor.gazetteer).text is text


@pytest.mark.parametrize(
    ("text", "places", "gaining"),
    [
        # "established / imposed (their) control over X", with a list after it
        ("On 4 June 2024, Houthi forces established control over the district of Harib (Marib).", {"Harib"}, "houthis"),
        ("On 9 May 2024, Military Forces of Syria (2000-) managed to impose their control over the villages of Kafr Nabl, Hass and Hish (Idleb).", {"Kafr Nabl", "Hass", "Hish"}, "sy-gov"),
    ],
)
def test_established_or_imposed_control(extractor: Extractor, text: str, places: set[str], gaining: str) -> None:
    events = _news(extractor, text)
    assert {e.place.name for e in events} == places
    assert {e.gaining.id for e in events if e.gaining} == {gaining}


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2024, Houthi forces imposed a curfew in Harib (Marib).",  # a curfew is not control of the town
        "On 9 May 2024, the government imposed control over fuel prices in Kabul.",  # control of prices
        "On 2 June 2024, Houthi forces tried to establish control over Harib (Marib) but were repelled.",  # an attempt
    ],
)
def test_imposed_or_established_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # the note names the place with its hierarchy, then says "the town" / "the village" / "the area"
        ("On 14 May 2024, JNIM militants clashed with Military Forces of Mali (2021-) in Sokolo (Niono, Segou). JNIM took control of the town after the soldiers withdrew.", "Sokolo", "jnim", "ml-gov"),
        # the loser's withdrawal "from X (hierarchy)" names the place the next sentence's gainer occupies
        ("On 2 March 2024, Military Forces of Burkina Faso (2022-) withdrew from Diapaga (Tapoa, Est). JNIM militants occupied the town the following day.", "Diapaga", "jnim", "bf-gov"),
        ("On 17 January 2024, Military Forces of Ukraine (2019-) withdrew from Krynky (Kherson). Russian forces took control of the village.", "Krynky", "ru-forces", "ua-forces"),
        ("On 6 May 2024, Al Shabaab clashed with SNA forces in Ceel Dhere (Galgaduud). Al Shabaab took control of the area.", "Ceel Dhere", "al-shabaab", None),
    ],
)
def test_note_place_named_before_the_change(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None) -> None:
    events = _news(extractor, text)
    assert [(e.place.name, e.gaining.id if e.gaining else None) for e in events] == [(place, gaining)]
    if losing is not None:
        assert events[0].losing is not None and events[0].losing.id == losing


@pytest.mark.parametrize(
    "text",
    [
        # "the area" stands for a place only after a note's hierarchy, never in wire copy
        "JNIM militants clashed with the army near Sokolo on Sunday and took control of the area.",
        # a place written at a distance is not the one taken
        "On 14 May 2024, JNIM militants clashed with FAMa 20 km from Sokolo (Niono, Segou). JNIM took control of the area.",
        # fighting only, then a withdrawal by the attackers
        "On 14 May 2024, JNIM militants attacked Military Forces of Mali (2021-) in Sokolo (Niono, Segou). The militants withdrew from the area.",
    ],
)
def test_note_place_named_before_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("On 2 June 2024, Military Forces of Burkina Faso (2022-) reoccupied Djibo (Soum, Sahel).", "Djibo", "bf-gov"),
        ("On 31 May 2024, NSAG took control of Diapaga (Tapoa, Est). Territory changed hands.", "Diapaga", "unidentified-armed-group"),
    ],
)
def test_reoccupied_and_nsag(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert [(e.place.name, e.gaining.id if e.gaining else None) for e in _news(extractor, text)] == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "The army reoccupied its barracks in Djibo after repairs.",  # its own installation
        "On 2 June 2024, settlers reoccupied farmland near Djibo (Soum, Sahel).",  # farmland near a town
        "On 2 June 2024, NSAG attacked Djibo (Soum, Sahel). Fatalities unknown.",  # an attack
    ],
)
def test_reoccupied_and_nsag_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def _assert_one_change(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None) -> None:
    """The note, read long after its date, reports one change of ``place`` from ``losing`` to ``gaining``."""
    (event,) = _news(extractor, text, published=FILED_LATE)
    assert event.place.name == place
    assert event.gaining is not None and event.gaining.id == gaining
    assert (event.losing.id if event.losing else None) == losing


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # "overtakes territory" is the coder's own verb; the small model reads "overtook" as a noun
        ("On 2 September 2014, Boko Haram overtook the town of Gulak (Madagali, Adamawa) as soldiers fled.", "Gulak", "boko-haram", "ng-gov"),
        ("Artillery fire reported in Gaya during a Boko Haram raid on nearby Mubi, which Boko Haram overtook.", "Mubi", "boko-haram", "ng-gov"),
        ("On 4 March 2015, Boko Haram overtakes Gombi (Gombi, Adamawa). Casualties not known.", "Gombi", "boko-haram", "ng-gov"),
        # "after clashes with Y": the side the taker fought for the place held it
        ("On 1 November 2021, TPLF forces took control of Kombolcha (Kombolcha, South Wello) following clashes with ENDF forces.", "Kombolcha", "tplf", "et-gov"),
        ("On 24 December 2019, Military Forces of Syria (2000-) took control of Jarjanaz (Maarrat An Nu'man, Idleb) after clashes with HTS.", "Jarjanaz", "sy-gov", "hts"),
        # an actor's bracketed branch is part of its name
        ("On 20 May 2022, Military Forces of Mozambique (1975-) regained control of Mbau (Mueda, Cabo Delgado) following clashes with Islamic State (Mozambique).", "Mbau", "mz-gov", "is-mozambique"),
        # a camp named after the army that held it is no place; the town is
        ("On 20 January 2024, the Arakan Army seized a Military Forces of Myanmar (2021-) battalion camp and took control of Kyauktaw town (Kyauktaw, Rakhine).", "Kyauktaw", "arakan-army", "mm-junta"),
        # a place the gazetteer lacks, written with its hierarchy, taken by a side the note names only by a noun
        ("On 3 March 2022, opposition factions took control of Kafr Nabl (Maarrat An Nu'man, Idleb).", "Kafr Nabl", "x-factions-sy", None),
        # "X village (district, state)": the kind noun between the name and the hierarchy; a name ending in "-i"
        ("On 10 May 2022, Nigerian police recaptured Kuchi village (Munya, Niger) from bandits.", "Kuchi", "ng-gov", None),
        # the parser hangs the second subject on the place: "abandoned their camp in X and KIA took over the area"
        ("On 1 April 2024, military forces of Myanmar abandoned their camp in Hpakant (Hpakant, Kachin) and KIA took over the area.", "Hpakant", "kia", "mm-junta"),
        # a one-line note that ends without a full stop is still a note, not a headline (whose old date is history)
        ("On 6 June 2023, Russian forces took control of Vesele (Soledar, Donetsk). [size=no report]", "Vesele", "ru-forces", "ua-forces"),
        ("On 2 March 2022, Military Forces of Mali (2021-) retook Dinangourou (Koro, Mopti) from JNIM (coded as 0 fatalities)", "Dinangourou", "ml-gov", "jnim"),
        # "re-established control": the tokenizer splits "re" off the verb
        ("On 9 October 2022, Military Forces of Burkina Faso (2022-) re-established control over Sebba (Sebba, Yagha).", "Sebba", "bf-gov", None),
        # an installation named after the army that held it: the town it stands in changed hands
        ("On 4 December 2023, the TNLA took control of the Military Forces of Myanmar (2021-) camp in Namtu (Namtu, Shan-North).", "Namtu", "tnla", "mm-junta"),
        ("On 4 December 2023, the TNLA captured a Military Forces of Myanmar (2021-) camp in Namtu (Namtu, Shan-North).", "Namtu", "tnla", "mm-junta"),
        # a two-word village the parser cut to its last word keeps the name the note wrote
        ("On 7 September 2022, SNA forces liberated Ceel Qoxle (Bulo Burto, Hiraan) from Al Shabaab.", "Ceel Qoxle", "so-gov", "al-shabaab"),
    ],
)
def test_coder_verbs_places_sides_and_endings(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None) -> None:
    _assert_one_change(extractor, text, place, gaining, losing)


@pytest.mark.parametrize(
    "text",
    [
        "On 2 September 2014, Boko Haram overtook a military convoy near Gulak (Madagali, Adamawa). 5 soldiers killed.",
        "On 2 September 2014, Boko Haram attempted to overtake Gulak (Madagali, Adamawa) but was repelled by the army.",
        "Russia overtook Ukraine as the largest wheat exporter in 2014.",
        "On 1 November 2021, TPLF forces clashed with ENDF forces near Kombolcha (Kombolcha, South Wello) following clashes with Fano militia.",
        "On 20 January 2024, the Arakan Army attacked a Military Forces of Myanmar (2021-) battalion camp near Kyauktaw (Kyauktaw, Rakhine).",
        "On 3 March 2022, opposition factions clashed with regime forces in Kafr Nabl (Maarrat An Nu'man, Idleb).",
        "On 3 March 2022, opposition factions attempted to take control of Kafr Nabl (Maarrat An Nu'man, Idleb).",
        "On 10 May 2022, bandits attacked Kuchi village (Munya, Niger) and abducted 12 residents.",
        "On 1 April 2024, military forces of Myanmar shelled their former camp in Hpakant (Hpakant, Kachin) and KIA positions nearby.",
        "Rival factions took control of the party congress in Kafr Nabl on Monday.",
        "On 6 June 2023, Russian forces shelled Vesele (Soledar, Donetsk). [size=no report]",
        "On 2 March 2022, JNIM attacked Military Forces of Mali (2021-) positions in Dinangourou (Koro, Mopti) (coded as 3 fatalities)",
        "On 9 October 2022, Military Forces of Burkina Faso (2022-) attempted to re-establish control over Sebba (Sebba, Yagha) but withdrew.",
        "On 4 December 2023, the TNLA attacked the Military Forces of Myanmar (2021-) camp in Namtu (Namtu, Shan-North).",
        "On 4 December 2023, the TNLA took control of the road near the Military Forces of Myanmar (2021-) camp in Namtu (Namtu, Shan-North).",
        "On 7 September 2022, SNA forces clashed with Al Shabaab in Ceel Qoxle (Bulo Burto, Hiraan).",
    ],
)
def test_coder_verbs_places_sides_and_endings_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, published=FILED_LATE) == []


def test_hierarchy_region_before_country(extractor: Extractor) -> None:
    """In a hierarchy the chunks are regions first ("(Gwoza, Borno)" is Nigeria's Borno); a lone "(Mali)" is a country."""
    gz = extractor.gazetteer
    assert read_parentheses("Tessit (Ansongo, Gao) fell.", gz).countries == ["ML"]
    assert read_parentheses("Pulka (Gwoza, Borno) fell.", gz).countries == ["NG"]
    assert read_parentheses("Unidentified Armed Group (Mali) took Lere.", gz).countries == ["ML"]


def test_unresolved_village_is_anchored_by_its_hierarchy(extractor: Extractor) -> None:
    """A village the gazetteer lacks keeps its written name and key, located near the district town its note names."""
    (event,) = _news(extractor, "On 14 May 2023, Wagner Group forces took control of Berkhivka (Bakhmut, Donetsk).", FILED_LATE)
    place = event.place
    bakhmut = extractor.gazetteer.resolve("Bakhmut", ["UA"])
    assert bakhmut is not None
    assert (place.name, place.geonames_id, place.key) == ("Berkhivka", None, "name:UA:berkhivka")
    assert place.location_precision == "near" and place.anchor_geonames_id == bakhmut.geonames_id
    assert (place.lat, place.lon, place.admin1_code) == (bakhmut.lat, bakhmut.lon, bakhmut.admin1_code)


def test_region_anchor_names_the_country(extractor: Extractor) -> None:
    """"(Munya, Niger)" is Nigeria's Niger state: the village is Nigerian, not in the country Niger."""
    (event,) = _news(extractor, "On 10 May 2022, Nigerian police recaptured Kuchi village (Munya, Niger) from bandits.", FILED_LATE)
    assert (event.place.name, event.place.country_code, event.place.geonames_id) == ("Kuchi", "NG", None)


def test_resolved_place_is_not_re_anchored(extractor: Extractor) -> None:
    (event,) = _news(extractor, "On 14 May 2023, Russian forces took control of Bakhmut (Bakhmut, Donetsk).", FILED_LATE)
    assert event.place.geonames_id is not None and event.place.location_precision == "place"
    assert event.place.anchor_geonames_id is None


def test_headline_sent_as_text_is_still_a_headline(extractor: Extractor) -> None:
    (event,) = _news(extractor, "Taliban take control of Ghazni city after days of fighting")
    assert event.place.name == "Ghazni" and event.evidence.start == event.evidence.end == 0


@pytest.mark.parametrize(
    ("text", "places", "gaining"),
    [
        # "were able to": a deed, like "managed to"
        ("On 6 February 2020, Military Forces of Syria (2000-) were able to regain control of Tell Mardikh (Saraqab, Idleb) after clashes with HTS.", {"Tell Mardikh"}, "sy-gov"),
        ("On 6 February 2020, Military Forces of Syria (2000-) were able to capture Kafr Amim (Saraqab, Idleb).", {"Kafr Amim"}, "sy-gov"),
        # names listed before the one the hierarchy follows share it
        ("On 11 March 2024, Garsaale and Ceel Huur (Hobyo, Mudug) came under Al Shabaab control after SNA forces withdrew.", {"Garsaale", "Ceel Huur"}, "al-shabaab"),
        ("On 11 March 2024, Al Shabaab took over Garsaale, Wargaduud and Ceel Huur villages (Hobyo, Mudug).", {"Garsaale", "Wargaduud", "Ceel Huur"}, "al-shabaab"),
    ],
)
def test_able_to_and_listed_note_places(extractor: Extractor, text: str, places: set[str], gaining: str) -> None:
    events = _news(extractor, text, published=FILED_LATE)
    assert {e.place.name for e in events} == places
    assert all(e.gaining is not None and e.gaining.id == gaining for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "On 6 February 2020, Military Forces of Syria (2000-) were not able to regain control of Tell Mardikh (Saraqab, Idleb).",
        "On 6 February 2020, Military Forces of Syria (2000-) will be able to capture Tell Mardikh (Saraqab, Idleb) if reinforced.",
        "On 11 March 2024, Al Shabaab attacked SNA positions in Garsaale and Ceel Huur (Hobyo, Mudug). Fatalities unknown.",
        "On 11 March 2024, Al Shabaab and SNA forces fought over Garsaale, Wargaduud and Ceel Huur villages (Hobyo, Mudug).",
    ],
)
def test_able_to_and_listed_note_places_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, published=FILED_LATE) == []


@pytest.mark.parametrize(
    "text",
    [
        "On the night of 3 May 2023, JNIM took control of Dioura (Tenenkou, Segou) after FAMa withdrew.",
        "Sometime between 1 and 7 May 2023, JNIM took control of Dioura (Tenenkou, Segou) after FAMa withdrew.",
        "3 May 2023: JNIM took control of Dioura (Tenenkou, Segou) after FAMa withdrew.",
        # the date later in the first sentence of a note that wrote its place with a hierarchy
        "JNIM took control of Dioura (Tenenkou, Segou) on 3 May 2023 after FAMa withdrew.",
    ],
)
def test_note_date_forms_read_long_after(extractor: Extractor, text: str) -> None:
    (event,) = _news(extractor, text, published=FILED_LATE)
    assert event.place.name == "Dioura" and event.event_date is not None and (event.event_date.year, event.event_date.month) == (2023, 5)


def test_wire_story_date_is_not_a_note_date(extractor: Extractor) -> None:
    # an agency tag in brackets is no hierarchy: the 2022 capture the story recalls stays history
    text = "KYIV (Reuters) - Russian forces captured Lyman on 27 May 2022, the ministry said, months before it was retaken."
    assert note_date(text, FILED_LATE, anywhere=False) is None
    assert _news(extractor, text, published=FILED_LATE) == []
