"""Recall by guard audit (session 38, helper news38, issue 10).

Every case of the 22 spent real sets was read with ``Extractor.explain`` and each reading a guard dropped was put
against the gold: a right event lost, or a wrong one stopped. These are the guards found dropping right events
against what their own documentation says they are for, relaxed where the grammar says so:

- ``modality``: a hedged perfect infinitive ("the army appears to have regained control of X", "seem to have seized
  X") is a deed done, hedged, not an aim; a place a side "had to" give up, told in the past ("the TNLA had to
  relinquish X", "have had to withdraw from X"), is given up, as "was forced to" already was; "an offensive which led
  to the capture of X" is the outcome the outcome reader already knew ("resulted in"), not "the way to" X.
- ``contested``: a holding told in the claim's own sentence of another named place ("regained A and B, while the
  rebels still control C") is the front line, no dispute of A or B; "continued to hold back attempts to advance near
  the village" is fighting outside it, as "repelled an assault near the village" already was.
- ``no-side``: "Mujahideen" bare in Afghanistan is the Islamic Emirate's own word for the Taliban (actors.yaml).
- ``place-unresolved``: a name GeoNames lacks opened by an Ethiopian settlement word ("Adi Arkay", "Debre Zebit") is a
  village's name the tagger calls a man, as "Kafr X" and "Tal X" were (lexicon.TOPONYM_HEADS).
- ``sport``: "after achieving the goal of reaching X" is a war's aim met, no football goal.
- ``no-side`` and ``named-base``: Shabwa's UAE-backed force ("Shabwani Elite", "Shabwa Defense Forces") is the STC's.

Twins stay quiet: aims ("appears ready to", "appears to be trying to"), maybes ("may have captured"), attacks
("appears to have shelled"), duties still to come ("will have to withdraw", "has to withdraw"), prospects ("could
lead to the capture of"), a holding of the claimed place itself or of "the town" ("but the rebels still control the
town"), holding back forces in the village. Sentences written for these tests, after the grammar of real reports.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

DAY = dt.date(2024, 5, 20)


def _news(extractor: Extractor, text: str, published: dt.date = DAY) -> dict[str, str | None]:
    """Place name -> gaining side id of the news change events."""
    events = extractor.extract(make_article(text, published=published))
    return {e.place.name: (e.gaining.id if e.gaining else None) for e in events if e.kind == "change" and not e.historical}


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        ("However, the army appears to have regained control of Debre Zebit in the Amhara region.", "Debre Zebit", "et-gov"),
        ("The rebels appear to have captured the town of Kobo in Ethiopia's Amhara region on Sunday.", "Kobo", None),
        ("Islamic State fighters seem to have seized the town of Palmyra after the army withdrew.", "Palmyra", "isis"),
        ("Russian forces appear to have taken control of the village of Novoselivka, in the Donetsk region.", "Novoselivka", "ru-forces"),
        ("Houthi fighters seemed to have overrun the town of Hazm by Sunday evening.", "Hazm", "houthis"),
    ],
)
def test_a_hedged_perfect_is_a_deed_done(extractor: Extractor, text: str, place: str, side: str | None) -> None:
    news = _news(extractor, text)
    assert place in news
    if side is not None:
        assert news[place] == side


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        ("The TNLA had to relinquish the town of Mogok to the junta under a ceasefire deal.", "Mogok", "mm-junta"),
        ("Government troops have had to withdraw from the town of Kidal after three days of fighting with the rebels.", "Kidal", None),
        ("The Malian army said its soldiers had to abandon the base in Tessit after the jihadists attacked it.", "Tessit", None),
    ],
)
def test_a_place_a_side_had_to_give_up_is_given_up(extractor: Extractor, text: str, place: str, side: str | None) -> None:
    news = _news(extractor, text)
    assert place in news
    if side is not None:
        assert news[place] == side


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("This coincided with an offensive by Syrian opposition groups, which led to the capture of Damascus and the "
         "ousting of President Bashar al-Assad.", "Damascus"),
        ("The army's week-long assault on al-Shabaab led to the capture of the town of Bardhere on Sunday.", "Bardhere"),
    ],
)
def test_what_an_offensive_led_to_is_its_outcome(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news(extractor, text, published=dt.date(2024, 12, 10))


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("However, the army appears to have regained control of Debre Zebit, Gashena and Kimer Dingay in the Amhara "
         "region, while the TDF still controls Debre Tabor.", {"Debre Zebit", "Gashena", "Kimer Dingay"}),
        ("The army regained control of Debre Zebit and Gashena on Monday, while the rebels still hold the town of "
         "Debre Tabor.", {"Debre Zebit", "Gashena"}),
        ("The army said it had regained control of Debre Zebit, while the rebels are still in control of Debre Tabor.", {"Debre Zebit"}),
    ],
)
def test_a_holding_of_another_named_place_is_no_dispute(extractor: Extractor, text: str, places: set[str]) -> None:
    assert places <= set(_news(extractor, text, published=dt.date(2021, 8, 10)))


@pytest.mark.parametrize(
    "text",
    [
        "Russia said on Monday its forces had taken control of the village of Novomykhailivka in the Donetsk region. "
        "Ukraine's General Staff said Kyiv's forces continued to hold back Russian attempts to advance near the village.",
        "Russia said its forces had captured the village of Bohdanivka in the Donetsk region. Ukraine's military said "
        "its troops continued to hold back Russian attacks around the village.",
    ],
)
def test_holding_back_attacks_near_the_place_is_no_dispute(extractor: Extractor, text: str) -> None:
    news = _news(extractor, text)
    assert any(name in news for name in ("Novomykhailivka", "Bohdanivka"))


def test_mujahideen_in_afghanistan_are_the_taliban(extractor: Extractor) -> None:
    text = ("TAKHAR, June 21 - Fighters of the Islamic Emirate attacked checkpoints in Takhar province overnight. "
            "Likewise, Darah-e-Souf district fell to Mujahideen with its police headquarters and checkpoints in "
            "northern Samangan province.")
    assert _news(extractor, text, published=dt.date(2021, 6, 21)).get("Darah-e-Souf") == "taliban"
    text = "The Mujahideen captured the district centre of Nawa in Helmand province on Tuesday, the Islamic Emirate said."
    assert _news(extractor, text, published=dt.date(2021, 6, 21)).get("Nawa") == "taliban"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The ENDF has reportedly captured Adi Arkay in the Amhara region, which the TDF had held for months.", "Adi Arkay"),
        ("Ethiopian troops are within artillery range of Shire after taking over Adi Nebreid and Adi Daero in Tigray.", "Adi Daero"),
        ("The TDF seized Debre Zebit in the Amhara region on Sunday after two days of fighting with the ENDF.", "Debre Zebit"),
    ],
)
def test_a_name_opened_by_an_ethiopian_settlement_word_is_a_village(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news(extractor, text, published=dt.date(2021, 11, 20))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Shabwani Elite Forces took control of Ataq city in Shabwa without resistance on Saturday.", "Ataq"),
        ("After heavy fighting, Shabwa Defense forces took control of the town of Azzan from government troops.", "Azzan"),
    ],
)
def test_shabwa_s_uae_backed_force_is_the_stc(extractor: Extractor, text: str, place: str) -> None:
    assert _news(extractor, text, published=dt.date(2022, 8, 10)).get(place) == "stc"


def test_a_goal_achieved_in_war_is_no_sport(extractor: Extractor) -> None:
    text = ("The Houthi fighters, after achieving the goal of reaching the districts of Marib from the Shabwa side, "
            "took control of Usaylan district.")
    assert "Usaylan" in _news(extractor, text, published=dt.date(2021, 10, 20))
    text = "Government forces achieved the goal of the operation and recaptured the town of Harib on Sunday."
    assert "Harib" in _news(extractor, text, published=dt.date(2021, 10, 20))


@pytest.mark.parametrize(
    "text",
    [
        # a sports report stays one ("sport")
        "Afghanistan overrun Tottenham in the second half after a late goal.",
        "Al-Nasr took control of the game in Aden after scoring the goal they needed in the first minute.",
        # Shabwa's force attacking
        "The Shabwani Elite Forces attacked the town of Ataq in Shabwa on Sunday.",
        # a village's name under an attack or an aim stays no change
        "The ENDF shelled Adi Arkay in the Amhara region on Sunday.",
        "The TDF tried to seize Debre Zebit in the Amhara region on Sunday.",
        # aims, maybes and attacks under the same hedge
        "The army appears to be trying to retake the town of Kobo in the Amhara region.",
        "The rebels appear ready to capture the town of Kobo in the Amhara region.",
        "The rebels may have captured the town of Kobo in the Amhara region.",
        "The rebels appear to have shelled the town of Kobo in the Amhara region.",
        "The rebels appear to have failed to capture the town of Kobo in the Amhara region.",
        "The army seems to want to retake the town of Kobo in the Amhara region.",
        # a duty still to come, a condition, a capture that was the duty's aim
        "The TNLA will have to withdraw from the town of Mogok under the deal.",
        "The TNLA has to withdraw from the town of Mogok under the deal.",
        "If the TNLA had to withdraw from the town of Mogok, the road to Mandalay would open.",
        "The army had to capture the town of Mogok to open the road to Mandalay.",
        # a prospect, a denial of the outcome
        "The offensive could lead to the capture of Damascus by the rebels.",
        "The offensive did not lead to the capture of Damascus.",
        # the claimed place itself, or "the town", still held
        "The army said it had regained control of Debre Zebit, but the rebels still control the town.",
        "The army said it had regained control of Debre Zebit, but the rebels are still in control of Debre Zebit.",
        # the defender holding the place itself
        "Russia said its forces had captured the village of Bohdanivka in the Donetsk region. Ukraine's military said "
        "its troops continued to hold the village.",
        "Russia said its forces had captured the village of Bohdanivka in the Donetsk region. Ukraine's military said "
        "its troops continue to hold back Russian forces in the village.",
        # mujahideen attacking, or named in another war's past
        "Taliban fighters said Mujahideen attacked the district of Nawa in Helmand province on Tuesday.",
    ],
)
def test_twins_stay_quiet(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, published=dt.date(2021, 8, 10)) == {}
