"""The prefilter picks the sentences worth parsing: a trigger, a side and something that may be a place."""

from __future__ import annotations

import pytest

from townwatch_extract.prefilter import Prefilter
from townwatch_extract.sentences import split_sentences

_KNOWN = {"Corvel", "Amberly"}


def _chosen(text: str) -> list[str]:
    sentences = split_sentences(text)
    triggers, _status = Prefilter().select(text, sentences, lambda _t: False, lambda w: w in _KNOWN)
    return [sentences[i].text for i in sorted(triggers)]


@pytest.mark.parametrize("sentence", [
    "Rebels took control of Corvel on Sunday, residents said.",      # a name after the first word
    "Corvel fell to the rebels on Sunday.",                           # a known first word
    "The rebels seized the town after a day of fighting.",            # a place noun (coreference names it)
    "The militants overran the district headquarters at dawn.",
    "The army said its troops had taken it back by noon.",            # "it"
    "Troops pulled their units out of the garrison overnight.",       # split phrasal verb, place noun
    "Police said the gunmen seized 12 villages in the valley.",       # a number of places is not a quantity
])
def test_sentences_that_may_name_a_place_are_parsed(sentence: str) -> None:
    assert _chosen("Markets were calm. " + sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Riot police cleared the square and the group withdrew to a nearby park.",
    "the health ministry withdrew its proposal after criticism from lawmakers.",
    "Police seized 85 kilograms of cocaine at a warehouse in Corvel.",
    "Customs officers seized more than 2.3 tonnes of cocaine, the agency said in Amberly.",
])
def test_sentences_that_cannot_name_a_place_are_not_parsed(sentence: str) -> None:
    assert _chosen("Markets were Calm In Corvel. " + sentence) == []


def test_an_all_lower_case_text_is_not_judged_by_its_capitals() -> None:
    text = "markets were calm. the rebels withdrew from their positions overnight."
    assert _chosen(text) == ["the rebels withdrew from their positions overnight."]


def test_has_trigger_finds_split_phrasal_forms() -> None:
    prefilter = Prefilter()
    assert prefilter.has_trigger("The army handed the hill town over to the militia.")
    assert prefilter.has_trigger("They pulled the last troops out of Corvel.")
    assert not prefilter.has_trigger("The bakery handed out bread on Sunday.")
