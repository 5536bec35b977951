"""Nominal and state wording of a change (sixteenth reading, helper nominal16; our own sentences, each family with
negative twins built from the same words): a capture noun told as the sentence's news with no side named, a town
"now under government control", a loser that "abandoned" or "lost" a town."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

PUB = dt.date(2024, 3, 20)


def _news(extractor: Extractor, text: str, title: str | None = None) -> set[str]:
    found = extractor.extract(make_article(text, title=title, published=PUB))
    return {e.place.name for e in found if e.kind == "change" and not e.historical}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # N1: the capture noun opens the sentence after a short adverbial, or the town's own name owns it
        ("In Sudan, the fall of Nyala has raised fears for the displaced families in the camps.", "Nyala"),
        ("Kherson's capture comes as talks on a prisoner exchange resume in Istanbul.", "Kherson"),
        # N1: more verbs of consequence, and a present verdict on the capture
        ("The recapture of Palmyra has highlighted the weakness of the militants in the desert.", "Palmyra"),
        ("The fall of Marib helps the rebels control the road to Shabwa.", "Marib"),
        ("The fall of Kherson is a major blow to Moscow.", "Kherson"),
        ("The capture of Bakhmut is likely to increase pressure on Kramatorsk.", "Bakhmut"),
    ],
)
def test_capture_noun_told_as_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # twins: a prospect, a past verdict (history's), a date, a plan, a matter of time
        "Kherson's capture would mean little for the front, analysts say.",
        "The fall of Kherson would be a major blow to Moscow.",
        "The fall of Kherson was a major blow to Moscow.",
        "The fall of Kherson is likely, officials say.",
        "The capture of Bakhmut is a priority for Moscow.",
        "Kherson's capture in 2022 helped the army recruit.",
        "In 2022, the fall of Kherson raised fears across the region.",
    ],
)
def test_capture_noun_prospect_or_history_is_no_news(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        # N2: "now under <common word> control": the side read from the place's country, as a headline's generic side
        ("The army told reporters that Gao was now under state control.", "Gao", "ml-gov"),
        ("Aleppo is now under government control after the last rebels left.", "Aleppo", "sy-gov"),
        ("Kismayo is now under rebel control, residents said.", "Kismayo", "x-rebels-so"),
        ("Kidal came under state control on Tuesday after the separatists withdrew.", "Kidal", "ml-gov"),
        # N3: "X is / was the first township (reported) to fall to Z", "was the third to come under the control of Z"
        ("Maungdaw is the first township reported to fall to the Arakan Army.", "Maungdaw", "arakan-army"),
        ("The town of Kunduz was the third to come under the control of the Taliban.", "Kunduz", "taliban"),
    ],
)
def test_state_wording_told_as_a_change(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    found = {e.place.name: e.gaining.id if e.gaining else None
             for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change" and not e.historical}
    assert found.get(place) == gaining


@pytest.mark.parametrize(
    "text",
    [
        # twins: who holds the place, told without a change
        "The army told reporters that Gao remains under state control.",
        "Aleppo is still under government control despite the assault.",
        "Kismayo was under rebel control for years.",
        "Maungdaw could be the first township to fall to the Arakan Army.",
        "Kunduz is the next to fall to the Taliban, officials fear.",
        "The Islamic State controls Raqqa.",
    ],
)
def test_state_wording_without_a_change_is_quiet(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == set()
