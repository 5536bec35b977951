"""Session 33 (helper notes33, issue 10): the later names of a list of places taken, which the parser hangs away from
the list's first name (list_tails.py; frames._verb_frame, frames.place_refs; place_list._earlier).

Read from the spent notes folders (battle chronologies' day entries and monitors' one-liners; no row copied). The
small model breaks a note's list of places in four ways, and main kept only the names before the break:
L1 "took control of A in the west, together with B, C and D": the tail read as the verb's "together with" phrase;
L2 "recaptured A and B to the north of X, and C in the north-east of the city": the last name read as the verb's
   conjunct (and X, which only says where A and B lie, is no place taken);
L3 "seized control of A, capital of Y province, as well as the town of B", "took A, as well as B, C and D": the tail
   hung on "control" or on the set-off description after "as well as";
L4 "retook several towns including A near the river, B, C and D": the names hung on the locative noun ("river",
   "border") or on the first name after its locative phrase.
Twins: the same lists with an attempt, shelling, a hold, an advance, a patrol, a side or a person after "together
with", a new clause after the list, sport.

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows


def _rows(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(news_rows(extractor, text, dt.date.fromisoformat(day)))


@pytest.mark.parametrize(
    ("text", "day", "places", "gaining", "losing"),
    [
        # L1: "together with"
        ("On 17 February 2024, Russian forces seized control of Lastochkyne in the west, together with Sieverne, "
         "Stepove and Berdychi.", "2024-02-17", ["Berdychi", "Lastochkyne", "Sieverne", "Stepove"], "ru-forces", "ua-forces"),
        ("On 3 June 2024, JNIM took control of Djibo in the north, together with Arbinda and Gorgadji, after the army "
         "withdrew.", "2024-06-03", ["Arbinda", "Djibo", "Gorgadji"], "jnim", "bf-gov"),
        # L2: the last name read as the verb's conjunct
        ("On 9 May 2022, Ukrainian forces recaptured Cherkaski Tyshky and Ruski Tyshky to the north of Kharkiv, and "
         "Pytomnyk in the north-east of the city.", "2022-05-09", ["Cherkaski Tyshky", "Pytomnyk", "Ruski Tyshky"],
         "ua-forces", "ru-forces"),
        # L3: "as well as" after a set-off description, or on the verb
        ("Houthi fighters seized control of Ataq, capital of Shabwa province, as well as the town of Bayhan, after "
         "heavy clashes with government forces.", "2021-09-20", ["Ataq", "Bayhan"], "houthis", "ye-gov"),
        ("Azerbaijani forces took Fuzuli, as well as Qaraxanbəyli, Qərvənd and Horadiz in the south of the district.",
         "2020-10-18", ["Fuzuli", "Horadiz", "Qaraxanbəyli", "Qərvənd"], "az-forces", "am-forces"),
        # L4: a locative phrase inside the list
        ("Iraqi forces retook several towns including Tikrit near the Tigris river, Baiji, Dour and Alam.", "2015-04-02",
         ["Alam", "Baiji", "Dour", "Tikrit"], "iq-gov", "isis"),
        ("The SDF pressed on against the Islamic State, taking over several villages including Hajin near the Euphrates "
         "river, Susah, Shafa and Baghuz.", "2018-12-14", ["Baghuz", "Hajin", "Shafa", "Susah"], "sdf", "isis"),
    ],
)
def test_a_broken_list_is_read_whole(extractor: Extractor, text: str, day: str, places: list[str], gaining: str,
                                     losing: str) -> None:
    assert _rows(extractor, text, day) == [(p, gaining, losing) for p in places]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On 17 February 2024, Russian forces tried to seize control of Lastochkyne in the west, together with Sieverne "
         "and Stepove, but were repelled.", "2024-02-17"),
        ("On 17 February 2024, Russian forces shelled Lastochkyne in the west, together with Sieverne and Stepove.",
         "2024-02-17"),
        ("On 17 February 2024, Ukrainian forces still hold Lastochkyne in the west, together with Sieverne and Stepove.",
         "2024-02-17"),
        ("On 3 June 2024, JNIM attempted to take control of Djibo in the north, together with Arbinda and Gorgadji, but "
         "the army remained in control.", "2024-06-03"),
        ("Houthi fighters attacked Ataq, capital of Shabwa province, as well as the town of Bayhan, but were repelled.",
         "2021-09-20"),
        ("On 9 May 2022, Ukrainian forces shelled Cherkaski Tyshky and Ruski Tyshky to the north of Kharkiv, and "
         "Pytomnyk in the north-east of the city.", "2022-05-09"),
        ("Iraqi forces advanced towards several towns including Tikrit near the Tigris river, Baiji, Dour and Alam.",
         "2015-04-02"),
        ("The SDF patrolled several villages including Hajin near the Euphrates river, Susah and Baghuz.", "2018-12-14"),
        ("Real Madrid took control of the league in the first half, together with Barcelona and Atletico.", "2023-05-14"),
    ],
)
def test_a_list_twin_takes_nothing(extractor: Extractor, text: str, day: str) -> None:
    assert _rows(extractor, text, day) == []


@pytest.mark.parametrize(
    ("text", "day", "place", "gaining", "losing"),
    [
        # a side or a person after "together with" is no place
        ("On 17 February 2024, Russian forces seized control of Lastochkyne together with Wagner fighters.",
         "2024-02-17", "Lastochkyne", "ru-forces", "ua-forces"),
        ("Russian forces seized control of Lastochkyne together with the commander Ivan Petrov and his men.",
         "2024-02-17", "Lastochkyne", "ru-forces", "ua-forces"),
        ("On 17 February 2024, Russian forces seized control of Lastochkyne in the west, together with Wagner and "
         "Akhmat.", "2024-02-17", "Lastochkyne", "ru-forces", "ua-forces"),
        # a new clause after the list is not its tail
        ("On 9 May 2022, troops recaptured Ruski Tyshky to the north of Kharkiv, and Pytomnyk in the north-east of the "
         "city was shelled.", "2022-05-09", "Ruski Tyshky", "ua-forces", "ru-forces"),
        ("The Ukrainian military said it had recaptured Cherkaski Tyshky to the north of Kharkiv, and Zelensky thanked "
         "the troops.", "2022-05-09", "Cherkaski Tyshky", "ua-forces", "ru-forces"),
        # a second verb before the name: the name is what that verb did (the lead's merge review, holdout33a)
        ("The LNA recaptured the Sidi Akribesh district and surrounded another, Ganfouda/Qanfouda, both on the western "
         "side of the city.", "2017-01-20", "Sidi Akribesh", "lna", None),
    ],
)
def test_only_the_list_is_taken(extractor: Extractor, text: str, day: str, place: str, gaining: str, losing: str | None) -> None:
    assert _rows(extractor, text, day) == [(place, gaining, losing)]


def test_the_town_a_list_lies_near_is_not_taken(extractor: Extractor) -> None:
    """L2: "A and B to the north of X, and C in ...": X says where they lie (place_list reads no list back to it)."""
    text = ("On 15 October, Azerbaijan said its troops had seized control of Qarakollu and Qaradağlı to the south of "
            "Fuzuli, and Xatınbulaq in the south-west of the district.")
    assert [p for p, _g, _lo in _rows(extractor, text, "2020-10-15")] == ["Qaradağlı", "Qarakollu", "Xatınbulaq"]
