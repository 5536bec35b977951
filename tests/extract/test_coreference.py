"""Places named away from the capture: "a town" / "the town" / "it" resolved to the nearby name (our own sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article, sides

PUB = dt.date(2023, 11, 7)


def _news(extractor: Extractor, text: str, title: str | None = None) -> list[tuple[str, str | None, str | None]]:
    events = extractor.extract(make_article(text, published=PUB, title=title))
    return sides([e for e in events if not e.historical])


@pytest.mark.parametrize(
    ("text", "title", "place", "gaining"),
    [
        # a lede's "a town", named in the next sentence
        ("Al-Shabaab militants retook a small town in central Somalia on Friday. Residents of Jowhar said the fighters "
         "arrived at dawn.", None, "Jowhar", "al-shabaab"),
        ("The Taliban have captured a strategic provincial capital near Kabul. The seizure of Ghazni cuts off a highway "
         "to the south.", None, "Ghazni", "taliban"),
        # "the town" / "it": the name before it
        ("Al-Shabaab fighters attacked Jowhar on Friday. They took it over on Saturday, residents said.", None, "Jowhar", "al-shabaab"),
        ("Al-Shabaab fighters attacked government troops in Jowhar on Friday before taking over the town.", None, "Jowhar", "al-shabaab"),
        # a headline's "Somali town", named in the story
        ("Fighting broke out in Jowhar on Friday, residents said.", "Al-Shabaab retakes Somali town", "Jowhar", "al-shabaab"),
        # the article calls it a town once; a later "the town" is that town
        ("Al-Shabaab said it had stormed the town (of Halgan) on Sunday. Residents confirmed that Ethiopian troops withdrew "
         "from the town.", None, "Halgan", "al-shabaab"),
    ],
)
def test_place_named_away_from_the_capture(extractor: Extractor, text: str, title: str | None, place: str, gaining: str) -> None:
    events = _news(extractor, text, title)
    assert place in {p for p, _g, _l in events}
    assert all(g in (gaining, None) for p, g, _l in events if p == place)


@pytest.mark.parametrize(
    "text",
    [
        # the lede's container is never the town
        "Al-Shabaab militants retook a town in central Somalia on Friday.",
        "Al-Shabaab militants retook a town near Beledweyne on Friday.",
        # an attack is not a capture, however the town is named later
        "Rebels attacked a town in central Myanmar on Monday. Analysts said they may struggle to take Kawlin.",
        # a dateline places the reporter
        "MOGADISHU (Reuters) - Al-Shabaab militants seized the town on Friday, residents said.",
        # a raid
        "Al-Shabaab militants briefly seized the town of Wanlaweyn on Monday before withdrawing.",
        # an actor's name is no place
        "Government forces regained control of a village on Sunday. Hayat Tahrir al-Sham said its fighters had pulled back.",
        # the change the town has lasted since is background
        "Troops massed at the airport, where they had waited since the city fell to the Taliban.",
    ],
)
def test_coreference_negative_twins(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def test_pronoun_side_is_the_country_named_as_a_side(extractor: Extractor) -> None:
    text = "Russia pressed its attack in the east this month. It captured Soledar on Saturday, residents said."
    assert _news(extractor, text) == [("Soledar", "ru-forces", "ua-forces")]


def test_pronoun_side_skips_a_country_named_as_a_place(extractor: Extractor) -> None:
    text = "Islamic State has extended its reach into Iraq this month. It seized Tal Afar on Tuesday, residents said."
    assert ("Tal Afar", "isis", None) in _news(extractor, text)
