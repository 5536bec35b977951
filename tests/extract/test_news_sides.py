"""Who gained and who lost, as wire copy tells it (sentences written for these tests, each with negative twins)."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _events(extractor: Extractor, text: str, published=None) -> list[tuple[str, str | None, str | None, bool]]:
    article = make_article(text, published=published) if published else make_article(text)
    return sorted(
        (e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.historical)
        for e in extractor.extract(article) if e.kind == "change"
    )


def _news(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p, g, lose) for p, g, lose, h in _events(extractor, text) if not h]


@pytest.mark.parametrize(("text", "place", "gaining", "losing"), [
    # the loser in a sentence next to the capture, about the same place, "it" or "the town", or none
    ("Boko Haram fighters seized Baga on Saturday. A senator said Nigerian troops fled the base in Baga at dawn.",
     "Baga", "boko-haram", "ng-gov"),
    ("M23 rebels seized Rutshuru on Sunday. Congolese soldiers had abandoned the town overnight, residents said.",
     "Rutshuru", "m23", "cd-gov"),
    ("Government troops withdrew from their positions before dawn. Al-Shabaab then took control of Bardhere.",
     "Bardhere", "al-shabaab", "so-gov"),
    # in the same sentence
    ("Al-Shabaab retook Bardhere after the withdrawal of Somali government troops.", "Bardhere", "al-shabaab", "so-gov"),
    ("M23 rebels seized Rutshuru on Monday, in a setback for Congolese forces.", "Rutshuru", "m23", "cd-gov"),
    ("M23 rebels seized Rutshuru on Monday, a heavy blow to the Congolese army.", "Rutshuru", "m23", "cd-gov"),
    # "took the village of X" as "took X"
    ("Russian forces took the village of Vesele on Friday.", "Vesele", "ru-forces", "ua-forces"),
    # "its forces" belongs to the side the article names, not the place's country
    # (the loser is then the place's own state, as for "Russian forces took X")
    ("Russia's defence ministry said on Friday its forces had taken the village of Vesele, agencies reported.",
     "Vesele", "ru-forces", "ua-forces"),
    # a state speaking of unnamed units means its own; a spokesman's "his fighters" are his side's
    ("\"Units of the northern group of troops liberated the village of Vesele,\" the Russian defence ministry said.",
     "Vesele", "ru-forces", "ua-forces"),
    ("A spokesman for the rival faction, the Libyan National Army, said Sirte had fallen to his fighters.",
     "Sirte", "lna", None),
    # the loser named as the holder before, or as the side the win was against
    ("The Sudanese army regained control of Wad Madani on Saturday, after 13 months of control by the RSF.",
     "Wad Madani", "saf", "rsf"),
    ("Iraqi forces recaptured Ramadi on Monday in a big win against Islamic State.", "Ramadi", "iq-gov", "isis"),
    # "they" / "its troops" in a leaving clause are the side that says it
    ("Russian forces captured Vuhledar on Thursday, a day after Kyiv's forces said they were withdrawing.",
     "Vuhledar", "ru-forces", "ua-forces"),
    # where the loser left, the side that came in gained
    ("Congolese troops entered Rutshuru on Wednesday after M23 rebels abandoned the town.", "Rutshuru", "cd-gov", "m23"),
    ("Somali troops pulled out of Bardhere at dawn and Al-Shabaab fighters moved in.", "Bardhere", "al-shabaab", "so-gov"),
    # the generic head with the name in apposition
    ("The militant group Al Shabaab retook the town of Bardhere on Tuesday.", "Bardhere", "al-shabaab", "so-gov"),
])
def test_sides_as_wire_copy_tells_them(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    news = _news(extractor, text)
    assert any(p == place and g == gaining and lose == losing for p, g, lose in news), news


@pytest.mark.parametrize(("text", "place", "not_losing"), [
    # a neighbouring sentence about another place says nothing of who lost this one
    ("M23 rebels seized Rutshuru on Sunday. In Goma, Ugandan soldiers withdrew from the airport.", "Rutshuru", "ug-gov"),
    # shelling is not holding (Sudan's army against a rebel it shelled before the RSF's war: no war says the loser)
    ("The Sudanese army regained control of Kadugli after a year of shelling by the SPLM-N.", "Kadugli", "splm-n"),
    # pushed further away from a city they never held
    ("GNA forces seized Sabratha, pushing Haftar's forces further away from Tripoli.", "Tripoli", None),
])
def test_nearby_sides_negative_twins(extractor: Extractor, text: str, place: str, not_losing: str | None) -> None:
    news = _news(extractor, text)
    if not_losing is None:
        assert not any(p == place for p, _g, _l in news), news
    else:
        assert not any(p == place and lose == not_losing for p, _g, lose in news), news


@pytest.mark.parametrize("text", [
    "The fans took the bus to the village of Hawes on Saturday.",
    "The council took the town of Ashford as its model for the new scheme.",
    "Customs officers seized 40 kilograms of cocaine at the port of Mombasa.",
    "The offensive on Avdiivka began last week, and Russian forces are trying to take the town.",
])
def test_took_the_village_of_negative_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


@pytest.mark.parametrize(("text", "place"), [
    # a capture inside a clause dated back from the news
    ("The offensive comes less than a month after the provincial capital, also called Idlib, fell to the rebels.", "Idlib"),
    ("The TPLF captured Chifra, on the border of Afar, after fighting intensified last month.", "Chifra"),
])
def test_a_capture_in_a_dated_after_clause_is_background(extractor: Extractor, text: str, place: str) -> None:
    assert not any(p == place for p, _g, _l in _news(extractor, text))


@pytest.mark.parametrize("text", [
    "Two days after the offensive began, the Malian army captured Kidal.",
    "The Malian army captured Kidal two days after the offensive began.",
    "The Malian army captured Kidal after fighting that began on Monday.",
])
def test_a_capture_after_a_dated_start_is_news(extractor: Extractor, text: str) -> None:
    assert ("Kidal", "ml-gov", None) in [(p, g, None) for p, g, _l in _news(extractor, text)]


@pytest.mark.parametrize("text", [
    "Somali troops pulled out of Bardhere at dawn and Al-Shabaab fighters moved on to Jilib.",
    "Somali troops withdrew from Bardhere as Al-Shabaab fighters could not enter the town.",
])
def test_no_arriving_side_without_an_arrival(extractor: Extractor, text: str) -> None:
    assert [(p, g) for p, g, _l in _news(extractor, text)] == [("Bardhere", None)]
