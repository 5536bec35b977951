"""An article's news and the background it tells below it (timeline.py); sentences of our own, each with a twin."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 3, 4)


def _told(extractor: Extractor, text: str) -> dict[str, bool]:
    """Place name -> whether any of its events is news."""
    out: dict[str, bool] = {}
    for e in extractor.extract(make_article(text, published=PUB)):
        out[e.place.name] = out.get(e.place.name, False) or not e.historical
    return out


@pytest.mark.parametrize(
    ("text", "news", "background"),
    [
        # a clause describing a place named in passing
        ("Syrian troops drove Islamic State out of the town of Mayadeen on Monday, state media said. Mayadeen lies "
         "east of Palmyra, which the army recaptured from the militants last Sunday.", "Mayadeen", "Palmyra"),
        # "already" below the lead
        ("Resistance fighters said they overran the town of Kawlin on Wednesday. The towns of Tamu and Khampat "
         "have already fallen to the resistance.", "Kawlin", "Tamu"),
        # "last week" in a later paragraph
        ("Ethiopian forces retook Dessie from Tigrayan fighters, the government said on Monday.\n\nFederal troops "
         "last week recaptured Lalibela from the rebels.", "Dessie", "Lalibela"),
        # "last week" shared by the pair of verbs
        ("Nigerian troops retook Rann from the jihadists on Tuesday, the army said. The army began a counter-offensive "
         "last week and recaptured Baga.", "Rann", "Baga"),
        # another day than the lead's
        ("Islamic State fighters overran the town of Hit on Friday, residents said.\n\nThe militants seized Ramadi "
         "on Sunday.", "Hit", "Ramadi"),
        # the earlier hand of the town the news is about
        ("Nigerian soldiers retook Marte from ISWAP on Tuesday, the army said.\n\nOn 15 February ISWAP fighters "
         "overran a base and seized Marte.", "Marte", None),
        # an offensive dated back, by a bare participle
        ("MNLA rebels said they had seized Kidal on Friday. Gao and Timbuktu have been retaken by French and "
         "Malian troops in an offensive launched three weeks ago.", "Kidal", "Gao"),
    ],
)
def test_background_below_the_news(extractor: Extractor, text: str, news: str, background: str | None) -> None:
    told = _told(extractor, text)
    assert told.get(news) is True
    if background is not None:
        assert told.get(background) is False, told


def test_the_earlier_hand_of_the_same_town_is_historical(extractor: Extractor) -> None:
    events = extractor.extract(make_article(
        "Nigerian soldiers retook Marte from ISWAP on Tuesday, the army said.\n\nOn 15 February ISWAP fighters "
        "overran a base and seized Marte.", published=PUB))
    sides = {(e.gaining.id if e.gaining else None, e.historical) for e in events}
    assert ("ng-gov", False) in sides
    assert ("iswap", False) not in sides


@pytest.mark.parametrize(
    "text",
    [
        "Russia's ministry said its troops took a village near the captured town of Avdiivka.",
        "Kidal, capital of a desert region, had been the last northern town occupied by the jihadists.",
        "The group has grown since June 10, when it seized Mosul and soon afterwards took control of Tikrit.",
    ],
)
def test_captures_told_as_a_state(extractor: Extractor, text: str) -> None:
    assert not any(_told(extractor, text).values())


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the same cues on the only capture of a story leave it news
        ("The army recaptured Palmyra from Islamic State militants last Sunday, the ministry said.", "Palmyra"),
        ("Resistance fighters have already overrun Kawlin, a spokesman said on Wednesday.", "Kawlin"),
        ("The RSF has also taken control of Zalingei, the group said.", "Zalingei"),
        # the same day as the lead: more news of that day
        ("Islamic State fighters overran the town of Hit on Friday.\n\nOn Friday the militants also seized Ramadi.", "Ramadi"),
        # two days before the lead's: a roundup of the last days, still news
        ("Islamic State fighters overran the town of Hit on Sunday.\n\nThe militants seized Ramadi on Friday.", "Ramadi"),
        # a capture named first stays news even when a dated one follows
        ("Ethiopian troops recaptured Lalibela from the rebels on Monday. They had lost Dessie weeks ago.", "Lalibela"),
        # "newly" keeps the participle fresh; a town told as taken is news
        ("Russian troops captured the town of Avdiivka, the ministry said.", "Avdiivka"),
        ("ISIL seized Mosul on Tuesday and soon afterwards took control of Tikrit, officials said.", "Tikrit"),
    ],
)
def test_twins_stay_news(extractor: Extractor, text: str, place: str) -> None:
    assert _told(extractor, text).get(place) is True


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("The army has refuted claims that Boko Haram has taken over Damasak.", True),
        ("The army dismissed reports that the jihadists had overrun Damasak.", True),
        # twin: claims repeated, not rejected
        ("The army has confirmed claims that Boko Haram has taken over Damasak.", False),
    ],
)
def test_rejected_claims_are_denials(extractor: Extractor, text: str, denied: bool) -> None:
    events = extractor.extract(make_article(text, published=PUB))
    news = [e for e in events if e.place.name == "Damasak" and not e.historical and e.kind == "change"]
    assert (not news) is denied, events
