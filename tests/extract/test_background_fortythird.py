"""Captures told as background, and false alerts a wire report or a headline gives (session 43, helper false43, issue 10).

(S) A capture dated by a season and its year, "in the fall 2022 counteroffensive", "in the summer of 2016", is history
(``dates``). Twin: the news day named.
(F) A capture noun that a pronoun's past "followed" ("It followed the insurgents' seizure of X") is what the news came
after (``background.is_background_nominal``). Twin: a reaction that followed the capture keeps it news.
(W) A capture noun in the phrase that opens its sentence, "With the capture of X last week, Z now controls ...", dated a
week back in that phrase, is history (``dated_nominal.dated_subject_nominal``). Twin: "on Saturday".
(M) "five months after the army managed to free the town": the span dates the infinitive's capture back
(``modality.is_background_clause``). Twin: "managed to free X on Monday".
(B) A push "being" done ("ISIS 'being driven out of X'", "are being pushed out of X") is under way (``modality``). Twin:
"driven out of X".
(C) An agency's initials before a centre ("seize CTD centre in X") make it a building, not the town
(``frames.place_refs``). Twin: a district centre.
(A) "the Kharkiv area", a city's area named after its province, is no town (``context.resolve_place``). Twin: an area
no province is named after.
(R) A claim answered a few sentences on by "rejected these reports" is no change (``contested.disputed_elsewhere``).
Twins: the reports confirmed; "denied these reports of casualties" (another matter).
(L) A clause joined by ", and" after a place of another clause ("control was limited to A, and B also fell") lists no
subjects with B (``place_list._clause_opener``). Twin: "A, B and C fell".
(T) A change told "later" in the sentence after one set in an earlier year ("... until 2012. It was later taken over
by Z") goes on with the place's history (``background.later_in_backstory``). Twin: after the news's own day.
(O) A camp named after the side that holds it ("a Maute camp", "an Abu Sayyaf camp") has no name of its own: the
garrison of its town, none without one (``sites``).
Sentences written for these tests, after the grammar of wire copy and monitors' notes of 2009-2024.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _split(extractor: Extractor, text: str, day: str, title: str | None = None) -> tuple[set[str], set[str]]:
    article = make_article(text, published=dt.date.fromisoformat(day), title=title)
    events = [e for e in extractor.extract(article) if e.kind == "change"]
    return {e.place.name for e in events if not e.historical}, {e.place.name for e in events if e.historical}


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("Ukrainian troops liberated Tiahynka and the nearby settlements on the river's right bank in the fall 2022 "
         "counteroffensive.", "2024-03-05", "Tiahynka"),
        ("Iraqi forces recaptured Qayyarah from Islamic State in the summer of 2016.", "2018-02-10", "Qayyarah"),
        ("It followed the insurgents' seizure of the western city of Herat.", "2021-08-14", "Herat"),
        ("With the capture of Al-Abdiyah district last week, the Houthi group now controls 11 districts out of 14 in the "
         "province.", "2021-10-03", "Al-Abdiyah"),
        ("Abu Sayyaf gunmen have occupied Tipo-Tipo again, four months after the army managed to free the town from their "
         "control.", "2017-01-20", "Tipo-Tipo"),
    ],
)
def test_background_capture_is_history(extractor: Extractor, text: str, day: str, place: str) -> None:
    _now, before = _split(extractor, text, day)
    assert place in before


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        ("Iraqi forces recaptured Qayyarah from Islamic State on Thursday, residents said.", "2016-08-26", "Qayyarah"),
        ("Celebratory gunfire followed the insurgents' capture of the western city of Herat, residents said.", "2021-08-14", "Herat"),
        ("With the capture of Al-Abdiyah district on Saturday, the Houthi group now controls 11 districts out of 14 in the "
         "province.", "2021-10-03", "Al-Abdiyah"),
        ("The army managed to free the town of Tipo-Tipo from Abu Sayyaf gunmen on Monday, residents said.", "2016-09-20", "Tipo-Tipo"),
    ],
)
def test_the_news_twin_stays_news(extractor: Extractor, text: str, day: str, place: str) -> None:
    now, _before = _split(extractor, text, day)
    assert place in now


def test_a_recapture_keeps_its_news_beside_the_older_freeing(extractor: Extractor) -> None:
    events = [e for e in extractor.extract(make_article(
        "Abu Sayyaf gunmen have occupied Tipo-Tipo again, four months after the army managed to free the town from their control.",
        published=dt.date(2017, 1, 20),
    )) if e.kind == "change" and not e.historical]
    assert [(e.place.name, e.gaining.id if e.gaining else None) for e in events] == [("Tipo-Tipo", "abu-sayyaf")]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ISIS 'being driven out of Iraq's Fallujah'", ""),
        ("", "Islamic State militants are being pushed out of Fallujah, an Iraqi commander said on Monday."),
        ("Militants seize CTD centre in Lakki Marwat, take hostages", ""),
        ("", "Russia on Tuesday announced a troop withdrawal from the Sumy area."),
        ("", "Taliban fighters have overrun the Yamgan district in Badakhshan province, a provincial council member said. He "
             "said the soldiers in the district left their posts after reinforcements failed to arrive. He claimed dozens of "
             "weapons were lost. However, a police spokesman in the province has rejected these reports."),
    ],
)
def test_no_change_is_read(extractor: Extractor, title: str, text: str) -> None:
    now, before = _split(extractor, text, "2020-07-02" if text else "2016-06-20", title=title or None)
    assert not now and not before


@pytest.mark.parametrize(
    ("title", "text", "place"),
    [
        ("ISIS driven out of Iraq's Fallujah", "", "Fallujah"),
        ("Taliban seize Khwaja Ghar district centre", "", "Khwaja Ghar"),
        ("", "Army forces regained full control of the Um Sumeima area west of El Obeid on Thursday, residents said.", "Um Sumeima"),
        ("", "Taliban fighters have overrun the Yamgan district in Badakhshan province, a provincial council member said. He "
             "said the soldiers in the district left their posts after reinforcements failed to arrive. He claimed dozens of "
             "weapons were lost. A police spokesman in the province later confirmed these reports.", "Yamgan"),
    ],
)
def test_the_change_twin_is_read(extractor: Extractor, title: str, text: str, place: str) -> None:
    now, _before = _split(extractor, text, "2021-07-05", title=title or None)
    assert place in now


@pytest.mark.parametrize(
    ("text", "day", "places"),
    [
        ("Government control was limited to Herat, and Kandahar also fell to the Taliban.", "2021-08-13", {"Kandahar"}),
        ("Herat, Kandahar and Lashkar Gah fell to the Taliban.", "2021-08-13", {"Herat", "Kandahar", "Lashkar Gah"}),
        ("Troops overran a Maute camp in Lanao del Sur on Monday.", "2016-08-01", set()),
        ("Army troops overran an Abu Sayyaf camp in Patikul town on Monday.", "2016-08-01", {"Patikul"}),
    ],
)
def test_places_of_the_clause_and_the_camp(extractor: Extractor, text: str, day: str, places: set[str]) -> None:
    now, _before = _split(extractor, text, day)
    assert now == places


@pytest.mark.parametrize(
    ("text", "day", "now_places", "before_places"),
    [
        ("Somali troops captured the coastal town of Eyl on Thursday, officials said. Eyl was a haven for pirate gangs until "
         "2012. It was later taken over by al-Shabaab.", "2023-02-03", {"Eyl"}, {"Eyl"}),
        ("Boko Haram fighters attacked the town of Baga on Saturday. The militants later seized Baga, residents said.",
         "2015-01-05", {"Baga"}, set()),
    ],
)
def test_later_after_an_earlier_year_is_history(
    extractor: Extractor, text: str, day: str, now_places: set[str], before_places: set[str],
) -> None:
    events = [e for e in extractor.extract(make_article(text, published=dt.date.fromisoformat(day))) if e.kind == "change"]
    assert {e.place.name for e in events if not e.historical} == now_places
    assert {e.place.name for e in events if e.historical} == before_places
    assert all(e.gaining is None or e.gaining.id != "al-shabaab" for e in events if not e.historical)
