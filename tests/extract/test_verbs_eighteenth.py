"""Session 18 (helper verbs18, issue 10): capture verbs, nominals and spellings the frames did not read. Each family is
written in our own words with the grammar of real wire copy and monitor notes, and each has negative twins built from
the same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

DAY = dt.date(2024, 5, 10)


# E1: "recovered / freed <name> town", "recovered the <name> city": the name with its settlement noun after it is as
# good as "the town of <name>" (the verb's idioms keep their objects: bodies, weapons, hostages).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Nigerian army has recovered Damasak town from ISWAP fighters after two days of fighting.", ("Damasak", "ng-gov", "iswap")),
        ("Somali troops on Monday recovered Bulo Burte town from al-Shabaab, officials said.", ("Bulo Burte", "so-gov", "al-shabaab")),
        ("The SDF have fully recovered the Manbij city after the clashes, the monitor said.", ("Manbij", "sdf", None)),
        ("Kurdish Peshmerga forces freed Zummar town on Sunday, a local official said.", ("Zummar", "peshmerga", None)),
    ],
)
def test_recovered_or_freed_name_town_takes_the_town(extractor: Extractor, text: str, want: tuple[str, str, str | None]) -> None:
    assert _news(extractor, text, DAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian army has recovered the bodies of soldiers in Damasak town after two days of fighting.",
        "Somali troops on Monday recovered weapons in Bulo Burte town, officials said.",
        "Kurdish Peshmerga forces freed hostages in Zummar town on Sunday, a local official said.",
        "The Nigerian army vowed to recover Damasak town from ISWAP fighters.",  # intent
        "Somali troops are fighting to recover Bulo Burte town from al-Shabaab, officials said.",  # under way
    ],
)
def test_recovered_or_freed_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# E2: "have driven Taliban fighters from X District in western Y province": the parse hangs the source on the side
# driven out, not on the verb.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("An official says Afghan forces have driven Taliban fighters from Taywara District in western Ghor province.", ("Taywara", "af-gov", "taliban")),
        # the district's noun capitalised after its name: the name is the place ("Kohistanat", not "Kohistanat District")
        ("Afghan commandos drove Taliban militants from Kohistanat District in northern Faryab province on Friday.", ("Kohistanat", "af-gov", "taliban")),
    ],
)
def test_driven_from_a_district_in_a_province(extractor: Extractor, text: str, want: tuple[str, str, str]) -> None:
    assert _news(extractor, text, DAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "An official says Afghan forces have driven civilians from Taywara District in western Ghor province.",  # people displaced
        "An official says Afghan forces are trying to drive Taliban fighters from Taywara District in western Ghor province.",
        "Afghan commandos drove Taliban militants toward Khanabad district in northern Kunduz province on Friday.",  # no source
    ],
)
def test_driven_from_a_district_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# E3: an Afghan report's "X district collapsed to the Taliban" is a fall; "nearly / almost" fell or collapsed did not.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The deputy governor confirmed that Janikhel district collapsed to the Taliban on Friday night.", ("Janikhel", "taliban", None)),
        ("Shinkay district collapsed to the Taliban after days of clashes, officials said.", ("Shinkay", "taliban", None)),
    ],
)
def test_a_district_collapsed_to_a_side_fell_to_it(extractor: Extractor, text: str, want: tuple[str, str, None]) -> None:
    assert _news(extractor, text, DAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The deputy governor said Janikhel district nearly collapsed to the Taliban on Friday night.",
        "The deputy governor said Janikhel district almost fell to the Taliban on Friday night.",
        "Janikhel district could collapse to the Taliban within days, the deputy governor warned.",
        "The deputy governor said peace talks in Janikhel district collapsed on Friday night.",  # talks, no side
        "The afghani collapsed to a record low in Janikhel district markets, traders said.",  # a currency
        "The Taliban nearly captured Kunduz in a surprise attack on Friday.",  # "nearly" on any capture verb
    ],
)
def test_collapsed_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# E4: "purged X of the last pockets of Z", "cleansed the village of X of the militants": as "cleared X of Z".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Iraqi forces purged the village of Imam Gharbi of Islamic State militants on Thursday.", ("Imam Gharbi", "iq-gov", "isis")),
        ("Iraqi troops later purged Baiji of the last pockets of Islamic State fighters, the army said.", ("Baiji", "iq-gov", "isis")),
    ],
)
def test_purged_a_town_of_a_side(extractor: Extractor, text: str, want: tuple[str, str, str | None]) -> None:
    assert _news(extractor, text, DAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The party purged its ranks of dissidents in Baiji on Thursday.",  # a party's ranks
        "Iraqi forces vowed to purge Baiji of the last pockets of Islamic State fighters.",  # intent
        "Iraqi forces began an operation to purge the village of Imam Gharbi of Islamic State militants.",  # under way
    ],
)
def test_purged_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# E5: "have released the town of X from the militants": "release" takes a place only as a named settlement with "from".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Reports say Syrian forces have released the town of Khirbet Ghazaleh on Wednesday from the militants.", ("Khirbet Ghazaleh", "sy-gov")),
        ("Iraqi troops released the city of Baiji from Islamic State fighters on Monday.", ("Baiji", "iq-gov")),
    ],
)
def test_released_a_town_from_a_side(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Syrian forces released hostages from the town of Khirbet Ghazaleh on Wednesday.",  # people freed
        "The Syrian army released a statement on the town of Khirbet Ghazaleh on Wednesday.",  # a statement
        "Iraqi troops released the city of Baiji's prisoners on Monday.",
        "Iraqi troops plan to release the city of Baiji from Islamic State fighters.",  # intent
    ],
)
def test_released_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# E6: "forced al-Shabab militants to flee Dobley town": the town the side was made to leave.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Somali troops forced al-Shabab militants to flee Dobley town early Sunday.", ("Dobley", "so-gov", "al-shabaab")),
        ("Nigerian soldiers forced Boko Haram fighters to flee Gwoza after a night of fighting.", ("Gwoza", "ng-gov", "boko-haram")),
    ],
)
def test_forced_a_side_to_flee_a_town(extractor: Extractor, text: str, want: tuple[str, str, str]) -> None:
    assert _news(extractor, text, DAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabab militants forced residents to flee Dobley town early Sunday.",  # people displaced
        "The floods forced thousands of families to flee Dobley town.",
        "Somali troops forced al-Shabab militants to flee after fighting near Dobley town early Sunday.",  # nothing left
        "Somali troops tried to force al-Shabab militants to flee Dobley town early Sunday.",  # an attempt
    ],
)
def test_forced_to_flee_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# E7: "The Taliban completed the seizure of X" (who completes a capture made it); "confirmed the reconquest of the town
# of X by Z" (the rarer noun the small model reads as a superlative, parsed as "liberation").
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Taliban completed the seizure of Kandahar, the country's second city, on Friday.", ("Kandahar", "taliban")),
        ("Russian forces have completed the capture of Avdiivka, the defence ministry said.", ("Avdiivka", "ru-forces")),
        ("The president confirmed the reconquest of the town of Andriivka by Ukrainian troops.", ("Andriivka", "ua-forces")),
    ],
)
def test_completed_seizure_and_reconquest(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban will complete the seizure of Kandahar within days, a commander said.",  # future
        "The Taliban have not completed the seizure of Kandahar, officials said.",  # negated
        "The Taliban failed to complete the seizure of Kandahar on Friday.",
        "The reconquest of Andriivka in 2023 cost many lives, the president said.",  # background, dated
    ],
)
def test_completed_seizure_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# E8: "Hafter", a common spelling of Haftar in Libyan outlets, names his forces as "Haftar" does.
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ('Hafter announces "liberation" of Derna', ("Derna", "lna")),
        ("Hafter announces liberation of Sirte", ("Sirte", "lna")),
    ],
)
def test_hafter_spelling_names_his_forces(extractor: Extractor, title: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, "", DAY, title=title)] == [want]


@pytest.mark.parametrize(
    "title",
    [
        'Hafter vows "liberation" of Derna',  # intent
        "Hafter visits Cairo for talks on Sirte",
        "Hafter forces shell Tripoli suburbs",  # shelling
    ],
)
def test_hafter_twins_are_no_change(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", DAY, title=title) == []


# E9: a headline's spaced dash between two clauses is a semicolon: "Taliban captures X - Kabul is now ..." (read as a
# hyphen, "X - Kabul" was one name taken and X was lost).
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Taliban captures Mazar-i-Sharif - Kabul is now the last big city under government control", ("Mazar-i-Sharif", "taliban")),
        ("Russia captures Avdiivka - Kyiv says its troops have pulled back", ("Avdiivka", "ru-forces")),
    ],
)
def test_headline_clause_dash_is_a_semicolon(extractor: Extractor, title: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, "", DAY, title=title)] == [want]


@pytest.mark.parametrize(
    "title",
    [
        "Taliban advance on Mazar-i-Sharif - Kabul is now the last big city under government control",  # an advance
        "Al-Shabaab attacks Bulo Burte - Governor says troops held the town",  # an attack
    ],
)
def test_headline_clause_dash_twins_are_no_change(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", DAY, title=title) == []


# E10: an Afghan outlet's passive fall: "X district has been fallen / collapsed to the Taliban".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Government sources confirmed that Waygal district has been fallen to the Taliban.", ("Waygal", "taliban")),
        ("A security source said that Atghar district has been collapsed to the Taliban overnight.", ("Atghar", "taliban")),
    ],
)
def test_passive_fall_of_a_district(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Government sources denied that Waygal district has been fallen to the Taliban.",  # denied
        "A security source said that Atghar district could be collapsed to the Taliban within days.",  # a prospect
    ],
)
def test_passive_fall_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# E11: the second of two passives shares the subject: "X was attacked, and completely captured on May 18".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On March 2, Buthidaung was attacked, and completely captured on May 8.", ("Buthidaung", None, None)),
        ("The town of Gwoza was besieged for weeks and captured on Friday.", ("Gwoza", None, None)),
        ("Gwoza was attacked on Monday and captured by Boko Haram on Friday.", ("Gwoza", "boko-haram", "ng-gov")),
    ],
)
def test_second_passive_shares_the_subject(extractor: Extractor, text: str, want: tuple[str, str | None, None]) -> None:
    assert _news(extractor, text, DAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Gwoza was attacked on Monday and nearly captured on Friday.",  # nearly
        "Gwoza was attacked on Monday and could be captured on Friday.",  # a prospect
        "Two soldiers were wounded and captured in Gwoza on Friday.",  # people taken
        "Gwoza was attacked and looted on Friday.",  # a raid
    ],
)
def test_second_passive_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []
