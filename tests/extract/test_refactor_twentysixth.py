"""Session 26's refactor of the extractor (helper refactor26): what it moved keeps its behaviour, and what it saves
is measured.

R1 (context.StoryCountry): the three ways a story gives an unknown name its country (the capture's sides' one war
country, the named sides', the country at war the text writes) are one function of the article context, computed once
per article and sides. R2 (extractor._read_with): the sentence a frame is sure to be read with (the one before a
sideless capture noun, the one after a bare "X has fallen.") is parsed in the same spaCy call as the status sentences,
not in a call of its own.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence

import pytest

from townwatch_extract.context import ArticleContext, ResolvedActor
from townwatch_extract.extractor import Extractor
from townwatch_gazetteer import name_key
from townwatch_schemas import Place

from .conftest import make_article


def _side(extractor: Extractor, actor_id: str) -> ResolvedActor:
    entry = extractor.catalogue.entries[actor_id]
    return ResolvedActor.from_entry(entry, entry.name)


def _context(extractor: Extractor, text: str) -> ArticleContext:
    return ArticleContext.build(text, extractor.gazetteer, extractor.catalogue)


@pytest.mark.parametrize(("text", "actor", "when", "sides", "named"), [
    # a side fighting in one country then, in a story that writes no country but its own: that country
    ("Turkish troops took the village of Qarmul Tahtani.", "tr-forces", dt.date(2018, 3, 5), "SY", "SY"),
    # a side fighting in two countries then: none
    ("Islamic State fighters took the village of Qarmul Tahtani.", "isis", dt.date(2015, 6, 1), None, None),
    # a story that writes another country: not the sides' own country (the text says where)
    ("Turkish troops took the village of Qarmul Tahtani near the border with Greece.", "tr-forces", dt.date(2018, 3, 5),
     None, None),
])
def test_story_country_of_the_sides(extractor: Extractor, text: str, actor: str, when: dt.date, sides: str | None, named: str | None) -> None:
    ctx = _context(extractor, text)
    country = ctx.story_country((_side(extractor, actor), None), when, False)
    assert (country.sides, country.named) == (sides, named)


def test_story_country_is_read_once_per_article_and_sides(extractor: Extractor) -> None:
    ctx = _context(extractor, "Turkish troops took the village of Qarmul Tahtani.")
    side = _side(extractor, "tr-forces")
    first = ctx.story_country((side, None), dt.date(2018, 3, 5), False)
    assert ctx.story_country((side, None), dt.date(2018, 3, 5), False) is first
    # a headline never takes the named sides' country
    assert ctx.story_country((side, None), dt.date(2018, 3, 5), True).named is None


@pytest.mark.parametrize(("text", "country", "expected"), [
    # the one country the text writes, at war
    ("Fighting went on in Syria. Rebels took Qarmul Tahtani.", "SY", True),
    # two countries written: neither is the place's by that alone
    ("Rebels took Qarmul Tahtani near the borders with Syria and Iraq.", "SY", False),
    # a country at peace
    ("Fighting went on in Portugal. Rebels took Qarmul Tahtani.", "PT", False),
])
def test_story_country_at_war(extractor: Extractor, text: str, country: str, expected: bool) -> None:
    ctx = _context(extractor, text)
    place = Place(name="Qarmul Tahtani", canonical_name="Qarmul Tahtani", country_code=country)
    assert ctx.story_country((None, None), dt.date(2018, 3, 5), False).at_war(place) is expected


def test_at_war_reads_the_names_a_sentence_placed_later(extractor: Extractor) -> None:
    # a name a later sentence puts in a country ("X, in Hama province") counts for the story's country once it is put
    ctx = _context(extractor, "Rebels took Qarmul Tahtani near the borders with Syria and Iraq.")
    country = ctx.story_country((None, None), dt.date(2018, 3, 5), False)
    place = Place(name="Qarmul Tahtani", canonical_name="Qarmul Tahtani", country_code="SY")
    assert not country.at_war(place)
    ctx.located_names[name_key("Qarmul Tahtani")] = "SY"
    assert country.at_war(place)


def _on_demand_parses(extractor: Extractor, monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, list[tuple[str, str | None]]]:
    """The parse calls made for one neighbour sentence asked for while the frames are read (``_parsed_on_demand``),
    and the changes told as news (place, gainer)."""
    calls = []
    parse = extractor._parse

    def counted(segments: Sequence) -> list:
        if sys._getframe(1).f_code.co_name == "span":  # the on-demand closure of _parsed_on_demand
            calls.append(len(segments))
        return parse(segments)

    monkeypatch.setattr(extractor, "_parse", counted)
    events = [(e.place.name, e.gaining.id if e.gaining else None) for e in extractor.extract(make_article(text))
              if e.kind == "change" and not e.historical]
    return len(calls), events


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence before a capture noun that names no side gives its side
    ("Al-Shabaab militants overran a second town near the river on Friday, elders said. The seizure of the town of "
     "Moqokori cuts the main supply road.", [("Moqokori", "al-shabaab")]),
    # the sentence after a bare fall says who holds the town
    ("Kunduz has fallen. The city is now in the hands of the Taliban, a provincial councillor said.", [("Kunduz", "taliban")]),
])
def test_a_neighbour_read_for_certain_is_parsed_with_the_status_sentences(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch, text: str, expected: list[tuple[str, str | None]],
) -> None:
    calls, events = _on_demand_parses(extractor, monkeypatch, text)
    assert events == expected
    assert calls == 0  # parsed in the status sentences' call (main: a call of its own)


def test_a_neighbour_only_maybe_read_is_still_parsed_on_demand(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    # the loser told in the sentence after the capture: read only when the capture's own sentence names none
    calls, events = _on_demand_parses(
        extractor, monkeypatch,
        "M23 rebels took control of the town of Rutshuru on Sunday. Congolese soldiers had abandoned it overnight, residents said.",
    )
    assert events == [("Rutshuru", "m23")]
    assert calls == 1
