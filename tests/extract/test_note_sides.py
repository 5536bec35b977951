"""Coder notes and monitor lines: side-less and abbreviated subjects, and the control constructions monitors write."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.lexicon import parse_form

from .conftest import make_article

LATER = dt.date(2026, 12, 1)  # notes are read long after their date


def _news(extractor: Extractor, text: str) -> list:
    return [e for e in extractor.extract(make_article(text, published=LATER)) if not e.historical]


def _sides(extractor: Extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        e.place.name: (e.gaining.id if e.gaining else None, e.losing.id if e.losing else None) for e in _news(extractor, text)
    }


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # "the group": the armed group the note named before, not the state forces it fought
        ("On 2 May 2023, Al Shabaab militants clashed with SNA forces near Jalalaqsi (Jalalaqsi, Hiraan). The group took "
         "control of Buq Aqable village (Jalalaqsi, Hiraan) after the soldiers withdrew.", "Buq Aqable", "al-shabaab", "so-gov"),
        ("On 3 May 2023, JNIM militants attacked a FAMa post in Dioura (Tenenkou, Segou). The group claimed control of the "
         "town after the soldiers fled.", "Dioura", "jnim", "ml-gov"),
        # "regime" alone is the state of the place's country
        ("On 8 August 2019, Al-Sakhr village (Kafr Zeita, Hama) came under regime control after clashes with HTS.", "Al-Sakhr", "sy-gov", "hts"),
        # abbreviations monitors write
        ("On 3 May 2023, IS Mozambique took control of Mucojo (Macomia, Cabo Delgado) after clashes with FADM.", "Mucojo", "is-mozambique", "mz-gov"),
        ("On 5 June 2024, SPLM-N forces captured Habila (Habila, South Kordofan) from SAF.", "Habila", "splm-n", "saf"),
        ("On 5 June 2024, OLA fighters took control of Gida Kiremu town (Kiremu, East Wellega) after ENDF troops withdrew.", "Gida Kiremu", "ola", "et-gov"),
        # "claimed control of": a claim, with the installation's town
        ("On 1 October 2023, the RSF claimed control of the Wad Ashana garrison (Um Rawaba, North Kordofan).", "Wad Ashana", "rsf", "saf"),
        # the side that withdrew in the "after" clause lost the place, whatever the parser hangs on the verb
        ("Somali National Army backed by the African Union troops on Friday captured Galcad town in Galgaduud region in "
         "central Somalia after Al-Shabaab militants withdrew from the town, officials said.", "Galcad", "so-gov", "al-shabaab"),
        # "left X under the control of Z"
        ("The withdrawal has left Farabougou under the control of militants from the Group for the Support of Islam and Muslims (JNIM).", "Farabougou", "jnim", None),
        # a settlement noun makes "taken the village of X" a place even where the gazetteer has no X
        ("On 19 November 2024, Russian forces claimed to have taken the village of Novoselivka Persha (Pokrovsk, Donetsk).", "Novoselivka Persha", "ru-forces", "ua-forces"),
        # the monitor's past tense "controlled X after clashes"
        ("Maj. Gen. Abdu Majili said that government troops controlled the center of Rahabah district after heavy clashes "
         "with the Houthis, who retreated to neighboring areas.", "Rahabah", "ye-gov", "houthis"),
    ],
)
def test_note_side(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None) -> None:
    sides = _sides(extractor, text)
    assert place in sides, sides
    assert sides[place] == (gaining, losing)


@pytest.mark.parametrize(
    "text",
    [
        # "the group" with no armed group named before it stays quiet
        "On 2 May 2023, the group took control of Buq Aqable village (Jalalaqsi, Hiraan).",
        "On 2 May 2023, the group clashed with SNA forces near Buq Aqable village (Jalalaqsi, Hiraan).",
        # a group named only after the capture is not "the group" ("...first province to fall to the Taliban" style)
        "The group took control of Buq Aqable village (Jalalaqsi, Hiraan). Al Shabaab denied any involvement in Mogadishu.",
        "On 3 May 2023, JNIM claimed to have repelled a FAMa attack on Dioura (Tenenkou, Segou).",
        "On 3 May 2023, JNIM claimed responsibility for an attack on FAMa positions in Dioura (Tenenkou, Segou).",
        "On 8 August 2019, regime forces attempted to advance on Al-Sakhr village (Kafr Zeita, Hama) but were repelled by HTS.",
        "On 29 July 2019, Tal Maleh (Kafr Zeita, Hama) remained under HTS control after regime shelling.",
        "On 3 May 2023, IS Mozambique clashed with FADM near Mucojo (Macomia, Cabo Delgado).",
        "On 5 June 2024, SPLM-N forces shelled SAF positions in Habila (Habila, South Kordofan).",
        "On 5 June 2024, OLA fighters attacked ENDF positions in Gida Kiremu town (Kiremu, East Wellega).",
        "On 1 October 2023, the RSF attacked the Wad Ashana garrison (Um Rawaba, North Kordofan) and withdrew.",
        "On 29 April 2016, Al Shabaab militants withdrew from positions near Galcad (Ceel Buur, Galgaduud) after an SNA airstrike.",
        "On 19 November 2024, Russian forces advanced towards the village of Novoselivka Persha (Pokrovsk, Donetsk).",
        # "controlled" as a state, not a capture
        "The regime forces controlled Abu Dali village (Souran, Hama) until 2019.",
        "HTS controlled Abu Dali village (Souran, Hama) for years before the offensive.",
        "The RSF controlled most of Khartoum after the war began in April 2023.",
        "On 1 July 2021, government forces repelled a Houthi attack on Rahabah (Rahabah, Marib).",
    ],
)
def test_note_side_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "places", "gaining"),
    [
        ("Key towns such as Bacaadweyne, Caad, Camaara, and Xiinlabi in the Mudug region have fallen under Al-Shabaab control.",
         {"Bacaadweyne", "Caad", "Camaara", "Xiinlabi"}, "al-shabaab"),
        ("On 4 February 2018, regime forces controlled the villages of Abu Dali and Tal Marq (Souran, Hama) after clashes with IS.",
         {"Abu Dali", "Tal Marq"}, "sy-gov"),
    ],
)
def test_listed_places_in_monitor_lines(extractor: Extractor, text: str, places: set[str], gaining: str) -> None:
    events = _news(extractor, text)
    assert {e.place.name for e in events} == places
    assert {e.gaining.id for e in events if e.gaining} == {gaining}


@pytest.mark.parametrize(
    "text",
    [
        "Key towns such as Bacaadweyne, Caad, Camaara, and Xiinlabi in the Mudug region were besieged by Al-Shabaab.",
        "On 4 February 2018, regime forces shelled the villages of Abu Dali and Tal Marq (Souran, Hama) after clashes with IS.",
    ],
)
def test_listed_places_in_monitor_lines_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def test_is_branch_is_parsed_as_a_name() -> None:
    text = "IS Mozambique took control of Mucojo. This is Mozambique's north. IS fighters left."
    swapped = parse_form(text)
    assert len(swapped) == len(text)
    assert swapped.startswith("IS-Mozambique took")
    assert "This is Mozambique's" in swapped and "IS fighters" in swapped


def test_claimed_control_is_a_claim(extractor: Extractor) -> None:
    events = _news(extractor, "On 1 October 2023, the RSF claimed control of the Wad Ashana garrison (Um Rawaba, North Kordofan).")
    assert [e.claimed for e in events] == [True]


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing", "partial"),
    [
        # "gained a foothold in (part of) X": part of X changed hands
        ("On 5 May 2024, Russian forces gained a foothold in part of Robotyne (Polohy, Zaporizhzhia).", "Robotyne", "ru-forces", "ua-forces", True),
        ("On 5 May 2024, Russian forces gained a foothold in Krasnohorivka (Marinka, Donetsk).", "Krasnohorivka", "ru-forces", "ua-forces", True),
        # a two-word village the parser reads as a name and a modifier, before "town"
        ("On 3 June 2023, Ceel Dheere town (Ceel Dheere, Galgaduud) fell into the hands of Al Shabaab militants after SNA "
         "troops withdrew.", "Ceel Dheere", "al-shabaab", "so-gov", False),
        ("On 3 June 2023, Al Shabaab militants are back in control of Wabho (Ceel Buur, Galgaduud) after SNA troops withdrew.", "Wabho", "al-shabaab", "so-gov", False),
        ("Al-Shabaab militants are back in control of Wabho (Ceel Buur, Galgaduud).", "Wabho", "al-shabaab", "so-gov", False),
        # the nominal, when the sentence reports the capture itself
        ("On 20 July 2024, the Russian seizure of the village of Pishchane (Kupiansk, Kharkiv) was confirmed by geolocated footage.", "Pishchane", "ru-forces", "ua-forces", False),
        # "its fighters" are the armed group named before, not the army it attacked
        ("On 20 July 2024, Al Shabaab attacked SNA troops in Kalabayr village (Bulo Burto, Hiraan). Its fighters took control "
         "of the village.", "Kalabayr", "al-shabaab", "so-gov", False),
    ],
)
def test_note_control_phrasing(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None, partial: bool) -> None:
    events = [e for e in _news(extractor, text) if e.place.name == place]
    assert len(events) == 1, _sides(extractor, text)
    assert (events[0].gaining.id if events[0].gaining else None, events[0].losing.id if events[0].losing else None) == (gaining, losing)
    assert events[0].partial is partial


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2024, Russian forces gained a foothold near Krasnohorivka (Marinka, Donetsk).",
        "On 5 May 2024, Russian forces attempted to gain a foothold in Krasnohorivka (Marinka, Donetsk) but were repelled.",
        "On 5 May 2024, Russian forces are trying to gain a foothold in Krasnohorivka (Marinka, Donetsk).",
        "On 3 June 2023, Al Shabaab militants are still in control of Wabho (Ceel Buur, Galgaduud).",
        "On 3 June 2023, Al Shabaab militants are back in Wabho (Ceel Buur, Galgaduud) after a raid.",
        "On 20 July 2024, fighting continued near Pishchane (Kupiansk, Kharkiv) following the Russian seizure of the village of "
        "Kolisnykivka (Kupiansk, Kharkiv) last week.",
        "On 20 July 2024, the Russian seizure of the village of Pishchane (Kupiansk, Kharkiv) was not confirmed.",
        "On 3 June 2023, SNA troops clashed with Al Shabaab militants near Ceel Dheere town (Ceel Dheere, Galgaduud).",
        "On 20 July 2024, Al Shabaab attacked SNA troops in Kalabayr village (Bulo Burto, Hiraan). Its fighters withdrew after the clashes.",
    ],
)
def test_note_control_phrasing_without_a_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []
