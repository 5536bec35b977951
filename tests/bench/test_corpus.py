"""The generated corpus: deterministic, realistic lengths, ~2% change reports on real towns with known actors."""

from __future__ import annotations

import statistics
from collections import Counter

import pytest

from bench.corpus import CHANGE_SPACING_DAYS, generate
from bench.theatres import THEATRES
from townwatch_extract.actors import ActorCatalogue
from townwatch_gazetteer import Gazetteer

N = 8000


@pytest.fixture(scope="module")
def items():  # type: ignore[no-untyped-def]
    return list(generate(N, seed=11))


def test_same_seed_same_corpus_other_seed_another() -> None:
    assert [i.draft for i in generate(300, seed=3)] == [i.draft for i in generate(300, seed=3)]
    assert [i.draft for i in generate(300, seed=3)] != [i.draft for i in generate(300, seed=4)]


def test_about_two_in_a_hundred_report_a_change(items) -> None:  # type: ignore[no-untyped-def]
    share = sum(i.relevant for i in items) / len(items)
    assert 0.012 <= share <= 0.03, share
    kinds = Counter(i.kind for i in items)
    assert kinds["change"] > 40 and kinds["wire_copy"] > 20 and kinds["corroboration"] > 5, kinds
    assert kinds["war"] > 0.1 * N and kinds["everyday"] > 0.7 * N, kinds


def test_lengths_are_those_of_news_articles(items) -> None:  # type: ignore[no-untyped-def]
    words = [len(i.draft["text"].split()) for i in items]
    assert 350 <= statistics.median(words) <= 750
    assert min(words) >= 100 and max(words) <= 2300


def test_every_town_resolves_in_its_country_and_every_side_is_a_known_actor() -> None:
    gazetteer = Gazetteer.default()
    actors = ActorCatalogue.load()
    for theatre in THEATRES:
        for town in theatre.towns:
            place = gazetteer.resolve(town, [theatre.country_code])
            assert place is not None and place.country_code == theatre.country_code, (theatre.name, town, place)
        for side in theatre.sides:
            assert actors.find(side), (theatre.name, side)


def test_changes_span_many_towns_and_each_town_changes_hands_consistently(items) -> None:  # type: ignore[no-untyped-def]
    firsts = [i for i in items if i.kind == "change"]
    assert len({i.change.town for i in firsts}) >= 30
    assert len({i.change.country_code for i in firsts}) >= 8
    last: dict[str, object] = {}
    for item in firsts:
        change = item.change
        assert change.gaining != change.losing
        assert change.town in item.draft["text"] and change.gaining.lower() in item.draft["text"].lower()
        previous = last.get(change.town)
        if previous is not None:
            assert change.losing == previous.gaining  # type: ignore[attr-defined]
            assert (change.date - previous.date).days >= CHANGE_SPACING_DAYS  # type: ignore[attr-defined]
        last[change.town] = change


def test_follow_ups_come_after_their_story_from_other_outlets(items) -> None:  # type: ignore[no-untyped-def]
    first_seen = {i.change.story: i for i in items if i.kind == "change"}
    urls = [i.draft["url"] for i in items]
    assert len(urls) == len(set(urls))
    for item in items:
        if item.kind in ("wire_copy", "corroboration"):
            origin = first_seen[item.change.story]
            assert origin.index < item.index <= origin.index + 121
            assert item.draft["source"] != origin.draft["source"]
            if item.kind == "wire_copy":
                assert origin.draft["text"] in item.draft["text"] and item.draft["credits"] == origin.draft["credits"]
            else:
                assert item.draft["text"].split("\n\n")[0] != origin.draft["text"].split("\n\n")[0]


def test_the_leads_use_many_constructions(items) -> None:  # type: ignore[no-untyped-def]
    verbs: Counter[str] = Counter()
    for item in items:
        if item.kind == "change":
            lead = item.draft["text"].split("\n\n")[0].lower()
            for verb in ("captured", "taken control", "fell to", "recaptured", "seized", "retaken", "pulled out",
                         "entered", " took ", "liberated"):
                if verb in lead:
                    verbs[verb] += 1
    assert len(verbs) >= 8, verbs
