"""Session 21 (helper gaz21, issue 10): places the gazetteer lacks or would resolve elsewhere, in real grammar written in
our own words.

P1 (context.py): a spelling looked up loosely stays in the country the sentence puts it in ("the village of X in the
Kursk region" is no Ukrainian namesake), and Russia's border oblasts (Kursk, Belgorod, Bryansk) place a village.
P2 (located.py ``near_anchor``): "X, located near the town of Y", "X, some 20 km southwest of Y": a namesake far from Y
is another village; the one near Y, else the name as written in Y's country.
P3 (named_place.py): "retook X, a small town south of Y": the noun set off after the name makes it a place (never
"X, a town elder", "X, a city official").
P4 (coreference.py): "recaptured two towns east of Y, A and B": the names a counted plural sets off after where they lie.
P5 (frames.py, extractor.py): a headline's "captures X and two other towns": a name counted among towns is a town,
even a dictionary word (never "two other suspects", "two other cars", an intention).
Twins: the same vocabulary with a namesake that does lie there, people, plans, background and other nouns.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import ControlChange

from .conftest import headline_changes, make_article, news_rows

DAY = dt.date(2024, 8, 20)


def _news(extractor: Extractor, text: str) -> list[ControlChange]:
    return [e for e in extractor.extract(make_article(text, published=DAY)) if e.kind == "change" and not e.historical]


def _place(extractor: Extractor, text: str, name: str) -> tuple[str | None, int | None]:
    found = [e.place for e in _news(extractor, text) if e.place.name == name]
    assert found, _news(extractor, text)
    return found[0].country_code, found[0].geonames_id


# P1 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian forces captured the village of Plekhovo in the Kursk region on Monday.",
        "Ukrainian units took control of the village of Plekhovo in Russia's Kursk region, the general said.",
        "Ukrainian troops seized the village of Plekhovo in the Belgorod region.",
    ],
)
def test_a_village_placed_in_a_russian_oblast_is_no_ukrainian_namesake(extractor: Extractor, text: str) -> None:
    assert _place(extractor, text, "Plekhovo") == ("RU", None)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Ukrainian forces captured the village of Korenevo in the Kursk region on Monday.", "Korenevo", "RU"),
        ("Russian forces captured the village of Plekhovo in Ukraine's Ternopil region.", "Plekhovo", "UA"),
    ],
)
def test_a_namesake_that_lies_there_is_kept(extractor: Extractor, text: str, name: str, country: str) -> None:
    cc, geonames_id = _place(extractor, text, name)
    assert cc == country and geonames_id is not None


# P2 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russian troops have taken the village of Zhuravka, located near the town of Pokrovsk, the ministry said.",
        "Russian troops have taken the village of Zhuravka near Pokrovsk, the ministry said.",
        "Russian troops have taken the village of Zhuravka, situated some 20 km southwest of Donetsk, the ministry said.",
    ],
)
def test_a_namesake_far_from_the_town_named_beside_it_is_another_village(extractor: Extractor, text: str) -> None:
    assert _place(extractor, text, "Zhuravka") == ("UA", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian troops have taken the village of Hrodivka near Pokrovsk, the ministry said.", "Hrodivka"),
        ("Russian troops have taken the village of Hrodivka, situated northeast of Pokrovsk, the ministry said.", "Hrodivka"),
        ("Russian troops have taken the village of Zhuravka, 1,600 people strong, the ministry said.", "Zhuravka"),
    ],
)
def test_a_namesake_near_the_town_or_nothing_said_stays_resolved(extractor: Extractor, text: str, name: str) -> None:
    assert _place(extractor, text, name)[1] is not None


# P3 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kurdish peshmerga fighters retook Qara Tapa, a town south of Kirkuk that the militants had held for months.", "Qara Tapa"),
        ("Iraqi soldiers backed by tribal fighters retook Abu Saida, a mainly Sunni town east of Baquba, on Sunday.", "Abu Saida"),
        ("Taliban fighters captured Haji Ghulam, a small farming village in the north of the province.", "Haji Ghulam"),
        ("M23 rebels seized Kibumba Ngungu, a locality north of Goma, after the army pulled back.", "Kibumba Ngungu"),
    ],
)
def test_a_name_set_off_by_a_settlement_noun_is_a_place(extractor: Extractor, text: str, place: str) -> None:
    assert place in [p for p, _g, _lo in news_rows(extractor, text, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish peshmerga fighters captured Hassan Tapa, a town elder, on Sunday.",
        "Taliban fighters seized Abdul Kalay, a city official, at a checkpoint.",
        "Kurdish peshmerga fighters plan to retake Qara Tapa, a town south of Kirkuk.",
        "Kurdish peshmerga fighters failed to retake Qara Tapa, a town south of Kirkuk.",
    ],
)
def test_a_person_set_off_or_a_plan_is_no_capture(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []


# P4 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops said on Monday they had recaptured two towns east of Baquba, Mutaibija and Zaglubiya, from Islamic State fighters.",
        "Iraqi troops recaptured two villages north of Baquba, Mutaibija and Zaglubiya, on Monday.",
    ],
)
def test_a_counted_plural_names_the_towns_set_off_after_it(extractor: Extractor, text: str) -> None:
    places = [p for p, _g, _lo in news_rows(extractor, text, DAY)]
    assert places == ["Mutaibija", "Zaglubiya"]


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops hope to recapture two towns east of Baquba, Mutaibija and Zaglubiya, within a week.",
        "Iraqi troops recaptured two villages near Baquba, Reuters reported.",
        "Islamic State fighters seized two towns east of Baquba, Mutaibija and Zaglubiya, in June 2014.",
    ],
)
def test_a_counted_plural_planned_unnamed_or_past_is_no_news(extractor: Extractor, text: str) -> None:
    assert news_rows(extractor, text, DAY) == []


# P5 -------------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Federal army seizes Shire and two other Tigray towns", "Shire"),
        ("Ethiopian troops take Shire and three other towns in Tigray", "Shire"),
    ],
)
def test_a_name_counted_among_towns_in_a_headline_is_a_town(extractor: Extractor, title: str, place: str) -> None:
    assert place in [e.place.name for e in headline_changes(extractor, title, published=DAY)]


@pytest.mark.parametrize(
    "title",
    [
        "Police arrest Shire and two other suspects",
        "Police seize Shire and two other cars",
        "Federal army plans to capture Shire and two other towns",
        "Federal army captures Shire",
        "Army captures Pinnacle and two other villages",  # a dictionary word GeoNames lists abroad stays a word
    ],
)
def test_a_name_counted_among_people_or_things_or_a_plan_is_no_town(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=DAY) == []
