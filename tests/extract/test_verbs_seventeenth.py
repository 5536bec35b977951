"""Session 17 (helper verbs17, issue 10): verbs, nominals and subjects of control the frames did not know. Each
family is written in our own words with the grammar of real wire copy and monitor notes, and each has negative twins
built from the same words (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import news_rows as _news

DAY = dt.date(2024, 5, 10)


# V1: a capture in the passive with no agent and no side anywhere ("The town of X was captured on Monday"): a change
# with no side named is still a change (gaining null), in a known town of a country at war.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The town of Gwoza was captured on Wednesday, residents said.", ("Gwoza", None, None)),
        ("Bentiu was recaptured overnight after heavy fighting, aid workers said.", ("Bentiu", None, None)),
        ("The town of Saraqib has been seized, according to local sources.", ("Saraqib", None, None)),
        ("Local officials said Kismayo was retaken on Friday.", ("Kismayo", None, None)),
    ],
)
def test_a_capture_in_the_passive_with_no_side_is_a_change(extractor: Extractor, text: str, want: tuple[str, None, None]) -> None:
    assert _news(extractor, text, DAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "If Gwoza is captured, the road to the border will be cut, residents said.",  # a hypothetical
        "Gwoza could be captured within days, residents said.",  # a modal
        "Gwoza was not captured, the army said on Wednesday.",  # negated
        "A commander was captured in Gwoza on Wednesday, residents said.",  # a person taken, the town named as where
        "Two soldiers were captured near Bentiu overnight, aid workers said.",
        "Weapons were seized in Kismayo on Friday, local officials said.",  # goods seized
        "The town of Gwoza was shelled on Wednesday, residents said.",  # shelling
        "The attack was captured on camera in Bentiu, aid workers said.",  # an idiom
        "The town of Gwoza, captured by insurgents years ago, was rebuilt with aid money.",  # a reduced relative: background
    ],
)
def test_passive_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# V2: a side announcing its own capture as a noun ("the militants announced the capture of X"): the announcer took it.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Syrian National Army announced the capture of Tal Tamr on Tuesday after brief clashes.", ("Tal Tamr", "sna-syria")),
        ("Following the capture of Suluk, the Turkish-backed fighters announced the capture of Ain Issa.", ("Ain Issa", "sna-syria")),
        ("Al Shabaab declared the capture of Bulo Burte on Sunday, its radio said.", ("Bulo Burte", "al-shabaab")),
    ],
)
def test_an_announced_capture_names_the_announcer_as_taker(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian National Army denied the capture of Tal Tamr on Tuesday.",  # denied
        "The Syrian National Army announced plans for the capture of Tal Tamr.",  # a plan
        "Police announced the capture of a bomb maker in Tal Tamr on Tuesday.",  # a person
        "The Syrian National Army announced the capture of Tal Tamr, but the SDF said it still holds the town.",  # contested
    ],
)
def test_announced_capture_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# V3: "X came under Russian occupation": the occupation noun is the control it came under.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Velykyi Burluk came under Russian occupation on Saturday, the regional governor said.", ("Velykyi Burluk", "ru-forces")),
        ("Kupiansk fell under Russian occupation on Sunday after the garrison withdrew.", ("Kupiansk", "ru-forces")),
    ],
)
def test_coming_under_occupation_is_a_change(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Velykyi Burluk came under Russian fire on Saturday, the regional governor said.",
        "Velykyi Burluk came under Russian attack on Saturday, the regional governor said.",
        "Velykyi Burluk has been under Russian occupation for two years, the regional governor said.",
        "Life in Velykyi Burluk under Russian occupation was hard, the regional governor said.",
    ],
)
def test_occupation_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# V4: headlines. "X under full control of Z" (how full the control is names no holder); "Z free X from Y", the
# present plural the small model reads as an adjective with an object (as "clear X of Y").
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Manbij under full control of Kurdish fighters, jihadists expelled", ("Manbij", "sdf")),
        ("Soledar under complete control of Russian forces", ("Soledar", "ru-forces")),
        ("Iraqi troops free Baiji from Islamic State", ("Baiji", "iq-gov")),
        ("Somali troops free Bulo Burte from Al Shabaab", ("Bulo Burte", "so-gov")),
    ],
)
def test_headline_control_and_free_take_the_town(extractor: Extractor, title: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, "", DAY, title=title)] == [want]


@pytest.mark.parametrize(
    "title",
    [
        "Manbij still under full control of Kurdish fighters",  # who holds it
        "Fate of Manbij under full control of Kurdish fighters",  # not a town opening the line
        "Iraqi troops free hostages from Islamic State",  # people freed
        "Iraqi troops vow to free Baiji from Islamic State",  # intent
        "Iraqi troops free of blame for Baiji deaths",  # an idiom
    ],
)
def test_headline_control_and_free_twins_are_no_change(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", DAY, title=title) == []


# V5: the transitive "returning X to government control" (the object is the place; the holder is the control's).
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The evacuation deal returned Daraa to government control on Friday, state media said.", ("Daraa", "sy-gov")),
        ("Rebels handed over their heavy weapons on Friday, returning Daraa to government control.", ("Daraa", "sy-gov")),
    ],
)
def test_returning_a_town_to_control_is_a_change(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The army vowed to return Daraa to government control, state media said.",  # intent
        "The deal would return Daraa to government control by Friday, state media said.",  # a modal
        "Talks on returning Daraa to government control stalled on Friday, state media said.",  # a plan under a noun
        "The deal returned the bodies of soldiers to government control on Friday.",  # no place
    ],
)
def test_returning_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# V6: a province's capital named after the province ("The provincial capital of Anbar province, Ramadi, falls to
# ISIS"): the parse hangs the name on the province; it is the capital's.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The provincial capital of Helmand province, Lashkar Gah, falls to the Taliban after troops withdraw.", ("Lashkar Gah", "taliban")),
        ("The Taliban overran the capital of Kunduz province, Kunduz, on Sunday.", ("Kunduz", "taliban")),
    ],
)
def test_a_capital_named_after_its_province(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Helmand province, Lashkar Gah, fled on Sunday.",  # no change
        "The capital of Helmand province, Lashkar Gah, was shelled by the Taliban on Sunday.",  # shelling
        "The Taliban vowed to capture the capital of Helmand province, Lashkar Gah.",  # intent
    ],
)
def test_capital_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# V7: a side's claim to hold a place, told as the claim of a change ("claimed to control the town of X", "claims to be
# in control of X"), and an announcement with a day between the verb and its object ("announced Monday their control
# of X"); a standing or a defender's claim ("has long claimed", "despite", "still") tells who holds it.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The rebels resumed their offensive and claimed to control the mining town of Bria and the town of Kaga-Bandoro.",
         [("Bria", "x-rebels-cf"), ("Kaga-Bandoro", "x-rebels-cf")]),
        ("Seleka claimed to control the town of Bria on Saturday.", [("Bria", "seleka")]),
        ("The Taliban claimed to be in control of Maimana on Sunday.", [("Maimana", "taliban")]),
        ("The SDF announced Tuesday its control of the village of Tal Baydar after clashes with Islamic State.", [("Tal Baydar", "sdf")]),
    ],
)
def test_a_claim_to_control_a_town_is_a_change(extractor: Extractor, text: str, want: list[tuple[str, str | None]]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == want


@pytest.mark.parametrize(
    "text",
    [
        "Seleka has long claimed to control the town of Bria.",  # a standing claim
        "The army claimed to control Bria despite the rebel attack.",  # a defender's claim
        "The Taliban claimed to still control Maimana on Sunday.",
        "Seleka claimed to be in control of Bria, but the army denied it.",  # denied
        "The government claims to control 80 percent of the country.",  # no place
        "The ministry announced Tuesday new border control measures in Tal Baydar.",  # no hold
        "The SDF announced Tuesday that it lost control of Tal Baydar to Islamic State.",  # a loss, said by the loser
    ],
)
def test_claim_twins_are_no_gain_by_the_claimant(extractor: Extractor, text: str) -> None:
    assert not [p for p, g, _lo in _news(extractor, text, DAY) if g in ("seleka", "taliban", "sdf", "ca-gov")]


# V8: an army unit named only by its number ("The 93rd Brigade recaptured X", "the 10th Division captured X") is a
# state word, as "army" and "troops" are: the state forces of the country the place lies in.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The 92nd Brigade recaptured Kupiansk on Monday, the general staff said.", ("Kupiansk", "ua-forces")),
        ("The 47th Separate Mechanized Brigade liberated Kupiansk overnight.", ("Kupiansk", "ua-forces")),
        ("The 25th Division captured Saraqib on Monday after heavy clashes.", ("Saraqib", "sy-gov")),
    ],
)
def test_a_numbered_unit_is_the_state_of_the_place(extractor: Extractor, text: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, text, DAY)] == [want]


@pytest.mark.parametrize(
    "text",
    [
        "The 92nd Brigade said it repelled an attack on Kupiansk on Monday.",  # no change
        "The 92nd Brigade was shelled in Kupiansk on Monday.",  # shelling
        "The 25th Division plans to capture Saraqib within days.",  # intent
    ],
)
def test_numbered_unit_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


def test_a_numbered_unit_of_a_named_side_keeps_the_side(extractor: Extractor) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, "Russia's 155th Brigade captured Kupiansk on Monday.", DAY)] == [("Kupiansk", "ru-forces")]


# V9: "X has fallen from / out of government control": the holder named lost it (no taker named).
@pytest.mark.parametrize(
    "text",
    [
        "Idlib has fallen from government control for the first time since 2015, a war monitor said on Sunday.",
        "Idlib fell out of regime control on Sunday, the monitor said.",
    ],
)
def test_falling_from_control_is_a_loss(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == [("Idlib", None, "sy-gov")]


@pytest.mark.parametrize(
    "text",
    [
        "Idlib could fall from government control within days, the monitor said.",  # a modal
        "Idlib never fell from government control during the war, the monitor said.",  # negated
        "Prices in Idlib fell after the government lifted control on bread.",  # prices
    ],
)
def test_falling_from_control_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# V10: a monitor's "armed men" is an unidentified armed group, as "armed groups" is.
@pytest.mark.parametrize(
    "text",
    [
        "Armed men occupied the village of Boulkessi in Mopti region on Monday.",
        "The village of Boulkessi in Mopti region was occupied by armed men on Monday.",
    ],
)
def test_armed_men_are_an_unidentified_armed_group(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == [("Boulkessi", "x-armed-groups-ml", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Armed men attacked the village of Boulkessi in Mopti region on Monday.",  # an attack
        "Armed men stole cattle in the village of Boulkessi in Mopti region on Monday.",  # theft
    ],
)
def test_armed_men_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# V11: "X is back under government control", "X is back in government hands": the parse hangs the holder on "back".
# V12: the whole force holding a town surrenders ("The garrison of X surrendered to Z", "the last fighters ...
# surrendered to Z in X"); part of it does not ("fifty soldiers", "some soldiers"), nor a person.
# V13: "reasserted control over X", as "regained control".
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Marea is back under government control, state media said on Monday.", ("Marea", "sy-gov", None)),
        ("Marea is back in government hands, state media said on Monday.", ("Marea", "sy-gov", None)),
        ("The garrison of Marea surrendered to the Turkish-backed fighters on Monday.", ("Marea", "sna-syria", "sy-gov")),
        ("The last Ukrainian defenders surrendered to Russian forces in Vuhledar on Monday.", ("Vuhledar", "ru-forces", "ua-forces")),
        ("The army reasserted control over Marea on Monday after the rebels withdrew.", ("Marea", "sy-gov", None)),
    ],
)
def test_back_under_control_surrender_and_reasserted_control(extractor: Extractor, text: str, want: tuple[str, str, str | None]) -> None:
    assert _news(extractor, text, DAY) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Marea is still under government control, state media said on Monday.",  # status
        "Life is back to normal in Marea under government control, state media said.",  # no change
        "Fifty Ukrainian soldiers surrendered to Russian forces in Vuhledar on Monday.",  # part of the force
        "The garrison of Marea refused to surrender to the Turkish-backed fighters on Monday.",  # refused
        "The last rebel commander surrendered to police in Marea on Monday.",  # a person
        "The army vowed to reassert control over Marea, state media said.",  # intent
        "The central bank reasserted control over the currency market on Monday.",  # no place
    ],
)
def test_back_surrender_reassert_twins_are_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, DAY) == []


# V14: a headline's "IS" read as the verb "is" after an expelling verb ("Kurdish forces drive IS out of Kobani"): the
# misread "IS" is the side expelled and carries the place.
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Kurdish fighters drive IS out of Tal Abyad", ("Tal Abyad", "sdf", "isis")),
        ("Iraqi forces oust IS from Baiji", ("Baiji", "iq-gov", "isis")),
        ("Kurds push IS from Tal Abyad", ("Tal Abyad", "sdf", "isis")),
    ],
)
def test_a_misread_is_after_an_expelling_verb_is_the_side_expelled(extractor: Extractor, title: str, want: tuple[str, str, str]) -> None:
    assert _news(extractor, "", DAY, title=title) == [want]


@pytest.mark.parametrize(
    "title",
    ["Kurdish fighters vow to drive IS out of Tal Abyad", "Kurdish fighters try to push IS from Tal Abyad",
     "Kurdish fighters fail to drive IS out of Tal Abyad"],
)
def test_misread_is_twins_are_no_change(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", DAY, title=title) == []


# V15: the second verb of a headline's semicolon pair shares the first one's subject, as that of a comma pair does
# ("Islamic State Continues Expanding; Seizes Iraqi Town Of Sinjar").
@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Islamic State keeps advancing; seizes Syrian town of Tadmur", ("Tadmur", "isis")),
        ("Al Shabaab Advances; Seizes Somali Town Of Bulo Burte", ("Bulo Burte", "al-shabaab")),
    ],
)
def test_a_semicolon_pair_shares_the_subject(extractor: Extractor, title: str, want: tuple[str, str]) -> None:
    assert [(p, g) for p, g, _lo in _news(extractor, "", DAY, title=title)] == [want]


@pytest.mark.parametrize(
    "title",
    ["Islamic State keeps advancing; vows to seize Tadmur", "Army shells Tadmur; Islamic State holds firm"],
)
def test_semicolon_pair_twins_are_no_change(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", DAY, title=title) == []


# V16: a headline's plural place noun with the names set off after it ("retake key towns Dessie, Kombolcha"): each
# name is a town taken (a single name after the plural, "the Hama villages", stays the area they lie in).
def test_names_set_off_after_a_plural_are_each_taken(extractor: Extractor) -> None:
    rows = _news(extractor, "", DAY, title="Ethiopian troops retake key towns Woldia, Kombolcha")
    assert sorted(p for p, _g, _lo in rows) == ["Kombolcha", "Woldia"]


@pytest.mark.parametrize("title", ["Drought hits towns Woldia, Kombolcha", "Ethiopian troops vow to retake towns Woldia, Kombolcha"])
def test_names_after_a_plural_twins_are_no_change(extractor: Extractor, title: str) -> None:
    assert _news(extractor, "", DAY, title=title) == []
