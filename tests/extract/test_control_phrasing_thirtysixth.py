"""Issue 10's control and nominal families in news sentences (session 36, helper ctrl36): brought_under.py,
entry_claim.py, lede_province.py, coreference's held-after reading and reactions' "fall of X to Z".

Probes in our own words of every bullet of the issue's "Control phrasing", "Nominal events", "Direction" and "A place
named after the capture" lists; these are the variants that failed on main, each with twins from the same vocabulary
(an aim, a vow, a failure, a negation, the other side's hold, a thing brought under control). Sentences written for
these tests, after the grammar of wire reports of 2014-2018 (Syria, Iraq, Ukraine, Afghanistan, Myanmar).
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _news(extractor: Extractor, text: str, published: dt.date) -> list[tuple[str, str | None]]:
    events = extractor.extract(make_article(text, published=published))
    return [(e.place.name, e.gaining.id if e.gaining else None) for e in events if e.kind == "change" and not e.historical]


SYRIA = dt.date(2016, 3, 28)


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("The army brought Qaryatain under its control on Sunday.", "Qaryatain", "sy-gov"),
        ("Qaryatain was brought under government control on Sunday, state media said.", "Qaryatain", "sy-gov"),
        ("The army brought the town of Qaryatain under full control.", "Qaryatain", "sy-gov"),
        ("Syrian troops brought Qaryatain under control on Sunday after the militants fled.", "Qaryatain", "sy-gov"),
        ("Qaryatain was brought back under the control of the Syrian army on Sunday.", "Qaryatain", "sy-gov"),
        ("Islamic State militants brought Palmyra under their control on Sunday.", "Palmyra", "isis"),
        ("Palmyra was brought under the control of Islamic State on Sunday.", "Palmyra", "isis"),
        # the passive "taken under control" with its agent (the active "took X under control" reads as "took X")
        ("Afrin was taken under control by Turkish-backed Syrian rebels on Sunday, Erdogan said.", "Afrin", "sna-syria"),
    ],
)
def test_brought_under_control_is_a_capture(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _news(extractor, text, SYRIA) == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters brought the fire in Qaryatain under control on Sunday.",
        "The army brought the situation in Qaryatain under control.",
        "Doctors brought the cholera outbreak in Aleppo under control.",
        "Police brought the protest in Homs under control.",
        "The army aims to bring Qaryatain under its control within days.",
        "The army vowed to bring Qaryatain back under state control.",
        "The army failed to bring Qaryatain under its control.",
        "The army has not yet brought Qaryatain under its control.",
        "Troops are trying to bring Qaryatain under control.",
        "Firefighters took the blaze in Afrin under control.",
        "The rebels aim to take Afrin under control by the end of the month.",
    ],
)
def test_brought_under_control_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, SYRIA) == []


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("SDF fighters rolled into Manbij and said the town was under their control.", "Manbij", "sdf"),
        ("Kurdish-led forces marched into Manbij and declared the town liberated.", "Manbij", "sdf"),
        ("SDF fighters entered Manbij on Friday and said they had control of it.", "Manbij", "sdf"),
        ("SDF fighters entered Manbij on Friday and said the city was now under their control.", "Manbij", "sdf"),
        ("SDF fighters rolled into Manbij on Friday and said they had full control of the town.", "Manbij", "sdf"),
    ],
)
def test_an_entry_with_the_enterers_claim_to_the_town(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _news(extractor, text, dt.date(2016, 8, 13)) == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "SDF fighters rolled into Manbij and said they did not yet have full control of the town.",
        "SDF fighters rolled into Manbij and said they would soon have full control of the town.",
        "SDF fighters rolled into Manbij, although Islamic State said it still had control of the town.",
        "SDF fighters rolled into Manbij and said the town was not yet under their control.",
        "SDF fighters entered Manbij and said they had full control of the town's eastern districts.",
        "SDF fighters marched into Manbij and said they had full control of the road to Jarablus.",
        "SDF fighters entered Manbij but declared the town not yet liberated.",
        "SDF fighters rolled into Manbij and said the town was under Islamic State control until Friday.",
    ],
)
def test_an_entry_claim_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2016, 8, 13)) == []


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("President Vladimir Putin hailed the fall of Palmyra to the Syrian army.", "Palmyra", "sy-gov"),
        ("The army admitted the fall of Palmyra to Islamic State.", "Palmyra", "isis"),
    ],
)
def test_the_fall_of_x_to_z_under_a_reacting_verb(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _news(extractor, text, SYRIA) == [(place, gaining)]


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining"),
    [
        (
            "Opposition troops captured a town in central Myanmar on Sunday, but analysts said the fighters may struggle to hold Kawlin.",
            dt.date(2023, 11, 6), "Kawlin", "pdf",
        ),
        (
            "Nusra Front fighters captured a town in Idlib province on Thursday, but analysts said the rebels may struggle to hold Ariha.",
            dt.date(2015, 5, 29), "Ariha", "hts",
        ),
        # the later sentence names it in the province the lede gives
        (
            "Rebels captured a town in Idlib province on Thursday. Abu al-Duhur had been held by the army since 2012.",
            dt.date(2015, 5, 29), "Abu al-Duhur", "x-rebels-sy",
        ),
    ],
)
def test_a_place_named_after_the_capture(extractor: Extractor, text: str, published: dt.date, place: str, gaining: str) -> None:
    assert _news(extractor, text, published) == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        # a name in another province than the lede's is not the town taken
        "Rebels captured a town in Idlib province on Thursday. Meanwhile in Aleppo, the army shelled rebel districts.",
        "Rebels captured a town in Hama province on Thursday. Meanwhile in Aleppo, the army shelled rebel districts.",
        # a town the other side vows to hold, or struggles to hold, is not the one taken
        "Nusra Front fighters captured a village near Ariha, but the army said it would hold Idlib city at all costs.",
        "Nusra Front fighters captured a village near Ariha, but the army vowed to hold Ariha.",
        "Nusra Front fighters captured a village in Idlib province as the army struggled to hold Ariha.",
        # a goal or a landmark named after the lede
        "Nusra Front fighters captured a village in Idlib province on Thursday as they pressed on toward Ariha.",
        "Nusra Front fighters captured a village on the road to Ariha on Thursday.",
    ],
)
def test_a_place_named_after_the_capture_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2015, 5, 29)) == []


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining"),
    [
        ("The Syrian army declared victory in Aleppo on Thursday after the last rebels left the city.", dt.date(2016, 12, 23), "Aleppo", "sy-gov"),
        ("The Iraqi army declared victory in Ramadi on Monday after Islamic State fighters withdrew.", dt.date(2015, 12, 29), "Ramadi", "iq-gov"),
        ("Iraq declared victory in Mosul on Sunday after the last militants fled the Old City.", dt.date(2017, 7, 10), "Mosul", "iq-gov"),
        (
            "The Iraqi government declared victory in Mosul on Sunday following the withdrawal of the jihadists.",
            dt.date(2017, 7, 10), "Mosul", "iq-gov",
        ),
    ],
)
def test_an_army_or_a_state_declares_victory_in_a_town(extractor: Extractor, text: str, published: dt.date, place: str, gaining: str) -> None:
    assert _news(extractor, text, published) == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        # alone, a declared victory may be a battle won in a town still split (realgrammar rg-p18-036)
        "The Syrian army declared victory in Aleppo on Sunday.",
        "Iraq declared victory in Mosul on Sunday.",
        "The ruling party declared victory in Mosul after its rivals withdrew from the race.",
        "The army declared victory in Mosul prematurely, officials later admitted.",
        "The army is expected to declare victory in Mosul within days.",
        "The army has not declared victory in Mosul yet.",
        "The ruling party declared victory in Mosul after the vote count.",
        "The coach declared victory in Mosul after the final.",
        "Iraqi forces declared victory in the Mosul provincial election.",
        "The rebels claimed victory in Mosul on Sunday.",
    ],
)
def test_a_declared_victory_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2017, 7, 10)) == []


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("The Syrian army has made significant gains against the rebels in Daraya.", "Daraya", "sy-gov"),
        ("Syrian troops made major gains against Islamic State in Palmyra on Sunday.", "Palmyra", "sy-gov"),
    ],
)
def test_gains_against_z_in_x_with_the_town_hung_on_the_foe(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    assert _news(extractor, text, SYRIA) == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army has made no gains against the rebels in Daraya.",
        "The Syrian army has made no territorial gains against the rebels in Daraya.",
        "The Syrian army could make territorial gains against Islamic State in Palmyra.",
        "The Syrian army hopes to make gains against the rebels in Daraya.",
        "The Syrian army has made gains against the rebels near Daraya.",
        "The company made gains against its rivals in Aleppo.",
    ],
)
def test_gains_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, SYRIA) == []


@pytest.mark.parametrize(
    ("text", "published", "place", "gaining"),
    [
        (
            "The Taliban captured a second town in Kunduz province on Saturday. Officials said Khanabad fell after a day of fighting.",
            dt.date(2016, 8, 8), "Khanabad", "taliban",
        ),
        (
            "Kurdish forces recaptured a third village east of Mosul on Tuesday. Residents of Bashiqa said the militants had fled.",
            dt.date(2016, 10, 25), "Bashiqa", "peshmerga",
        ),
    ],
)
def test_a_counted_indefinite_town_named_after_the_capture(
    extractor: Extractor, text: str, published: dt.date, place: str, gaining: str,
) -> None:
    assert _news(extractor, text, published) == [(place, gaining)]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban captured the second city of the province on Saturday. Officials said Khanabad was shelled.",
        "The Taliban attacked a second town in Kunduz province on Saturday. Officials said Khanabad was shelled.",
        "The Taliban captured a second town in Kunduz province on Saturday. Meanwhile in Herat, officials met elders.",
        # the series' earlier member is not the counted town
        "Officials say the Taliban have taken a second town in Kunduz province. Earlier, the fighters had seized Khanabad.",
    ],
)
def test_a_counted_indefinite_town_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2016, 8, 8)) == []
