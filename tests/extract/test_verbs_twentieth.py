"""Session 20 (helper verbs20, issue 10): a change told as a state with "again" ("X is again in government hands", "Z
again controls X") or dated "since Friday" ("had been in control of X since Friday"), a withdrawal told as a
redeployment ("its units had been redeployed outside the city"), a headline's bare "take" after a troop pullout and a
garrison evacuated from a town. Each family is written in our own words with the grammar of real wire copy, headlines
and monitor notes, and each has negative twins built from the same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import assert_retold
from .conftest import news_rows as _news

DAY = dt.date(2024, 5, 10)


# A1: "again" beside a state tells the place went back: "X is (once) again in the hands of Z", "X is again in
# government hands", "Z again controls X", "X was again under the control of Z".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The army again controls Damboa after a two-day battle, a spokesman said.", ("Damboa", "ng-gov")),
        ("Ukrainian troops again control Kupiansk, the general staff said.", ("Kupiansk", "ua-forces")),
        ("Afghan officials said Musa Qala is again in government hands.", ("Musa Qala", "af-gov")),
        ("The district spokesman said Maaloula was again in the hands of the Syrian army on Sunday.", ("Maaloula", "sy-gov")),
        ("Officials said Kismayo is once again in the hands of al-Shabaab.", ("Kismayo", "al-shabaab")),
        ("Residents said Bama was again under the control of Boko Haram on Monday.", ("Bama", "boko-haram")),
        # and "Z had been in control of X since Friday": a hold a day or two old is the change (as "under Z control
        # since Monday" was since session 19); since a year, a month or "for a year" says who holds it
        ("Witnesses said M23 fighters had been in control of Rutshuru since Friday.", ("Rutshuru", "m23")),
        ("Russian forces have been in control of Kupiansk since Tuesday morning, the ministry said.", ("Kupiansk", "ru-forces")),
    ],
)
def test_state_told_as_a_change(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Kismayo is still in the hands of al-Shabaab, residents said.",  # a standing hold
        "Residents said Bama was still under the control of Boko Haram on Monday.",
        "The army still controls Damboa despite the attack.",
        "Damboa could again be in government hands within days, the governor said.",  # a prospect
        "Will Damboa again be in government hands?",  # a question
        "Musa Qala is again under attack by the Taliban.",  # fighting, no control
        "The army again controlled Damboa in 2016 after a long siege.",  # background
        "M23 fighters have been in control of Rutshuru since 2022.",
        "M23 fighters had been in control of Rutshuru for a year.",
        "Russian forces have been in control of Kupiansk since last month.",
    ],
)
def test_state_twins_are_no_news(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# A2: a withdrawal told as a redeployment: "the army said its units in X had been redeployed outside the city",
# "had redeployed its forces outside X": the announcer's own units left the town (only done, only "outside").
@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army said its units in Hama had been redeployed outside the city after rebels entered it.",
        "The army said it had redeployed its forces outside Hama to spare civilians.",
        "Syrian opposition forces have entered Hama. The army said its units had been redeployed outside the city.",
        "The army said on Thursday it had redeployed outside Hama after rebels entered the city.",
    ],
)
def test_redeployed_outside_the_town(extractor: Extractor, text: str) -> None:
    assert [(p, lo) for p, _g, lo in _news(extractor, text, DAY)] == [("Hama", "sy-gov")]


def test_redeployed_units_in_another_town(extractor: Extractor) -> None:
    text = "The army said its units in Homs had been redeployed outside the city as rebels advanced."
    assert [(p, lo) for p, _g, lo in _news(extractor, text, DAY)] == [("Homs", "sy-gov")]


def test_redeployed_headline(extractor: Extractor) -> None:
    assert [(p, lo) for p, _g, lo in _news(extractor, "", DAY, title="Syrian army says units redeployed outside Hama")] == [("Hama", "sy-gov")]


@pytest.mark.parametrize(
    "text",
    [
        "The army redeployed troops to Hama to reinforce the front.",  # reinforcement
        "The army has redeployed its forces inside Hama to defend the city.",
        "The army said it would redeploy its units outside Hama if talks failed.",  # a plan
        "The army may redeploy its forces outside Hama if the rebels advance.",
        "The army said it had not redeployed its forces outside Hama.",  # a negation
        "The army denied it had redeployed its forces outside Hama.",  # a denial
        "Police were redeployed outside the stadium in Hama after the match.",  # a site, no town left
    ],
)
def test_redeploy_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


def test_redeploy_headline_plan_is_no_change(extractor: Extractor) -> None:
    assert _news(extractor, "", DAY, title="Army to redeploy outside Hama") == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Damboa was again in the hands of the army in 2016.", "Damboa"),
        ("The army redeployed its artillery outside Hama in 2016.", "Hama"),
    ],
)
def test_told_in_a_past_year_is_background(extractor: Extractor, text: str, place: str) -> None:
    assert_retold(extractor, text, DAY, None, place)


# A3: a headline's bare "take" of a town the gazetteer lacks, after "troop pullout": the other side left, so the
# name after the verb is the place taken (as "after the troops pulled out" already was).
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Al-Shabaab takes Halgan after Ethiopian troop pullout", ("Halgan", "al-shabaab")),
        ("Taliban take Musa Qala after British troop pullout", ("Musa Qala", "taliban")),
    ],
)
def test_take_after_troop_pullout(extractor: Extractor, title: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, "", DAY, title=title)] == [want]


@pytest.mark.parametrize(
    "title",
    [
        "Al-Shabaab takes aim at Halgan after Ethiopian troop pullout",
        "Al-Shabaab vows to take Halgan after Ethiopian troop pullout",
        "Al-Shabaab takes stock after Ethiopian troop pullout from Halgan",
        "Halgan elders take part in talks after Ethiopian troop pullout",
    ],
)
def test_take_idioms_after_pullout_are_no_change(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", DAY, title=title) == []


# A4: "the army evacuated its garrison from X", "evacuated their garrison in X": the force holding the town left it.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The army evacuated its garrison from Damboa on Friday, residents said.", ("Damboa", None, "ng-gov")),
        ("Soldiers evacuated their garrison in Damboa on Friday, residents said.", ("Damboa", None, "ng-gov")),
        ("Nigerian troops evacuated their garrison in Damboa on Friday and Boko Haram fighters moved in.", ("Damboa", "boko-haram", "ng-gov")),
    ],
)
def test_evacuated_garrison(extractor: Extractor, text: str, want: tuple[str, str | None, str]) -> None:
    assert _news(extractor, text, DAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The army evacuated civilians from Damboa on Friday.",
        "The army evacuated the wounded from Damboa on Friday.",
        "The army will evacuate its garrison from Damboa next week.",
        "The army evacuated its garrison from Damboa in 2015.",
    ],
)
def test_evacuated_garrison_twins_are_no_news(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []
