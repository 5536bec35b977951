"""The prefilter picks the sentences worth parsing: a trigger, a side and something that may be a place."""

from __future__ import annotations

import pytest

from townwatch_extract.prefilter import Prefilter
from townwatch_extract.sentences import SentenceIndex, split_sentences

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


def _picked(text: str) -> tuple[list[str], list[str]]:
    triggers, status = Prefilter().pick(text, SentenceIndex(text), lambda _t: False, lambda w: w in _KNOWN)
    return [s.text for s in triggers], [s.text for s in status]


@pytest.mark.parametrize("sentence", [
    "The rebels launched a campaign to retake Corvel, which the army has held for months.",
    "Rebel commanders vowed to recapture Corvel before the rains.",
    "The town of Corvel is expected to fall to the rebels within days.",
    "The army sought to retake Corvel from the rebels.",
])
def test_an_intention_to_take_a_place_is_not_parsed_for_a_change(sentence: str) -> None:
    # modality.py reads these infinitives as intents: the sentence is kept only for who holds what
    assert _picked("Markets were calm.\n" + sentence) == ([], [sentence])


@pytest.mark.parametrize("sentence", [
    "The army managed in its push to retake Corvel, officials said.",         # a verb of result may govern it
    "The rebels launched a campaign to retake Corvel and captured Amberly.",  # another trigger in the sentence
    "The rebels were forced to withdraw from Corvel.",                        # not under an intention word
    "Troops said to recapture Corvel were seen in the square.",               # a saying verb is no intention
])
def test_a_deed_beside_an_intention_is_still_parsed(sentence: str) -> None:
    assert _picked("Markets were calm.\n" + sentence)[0] == [sentence]


def test_pick_and_select_choose_the_same_sentences() -> None:
    text = ("Markets were calm. Rebels took control of Corvel on Sunday.\nThe army vowed to retake Corvel, held by rebels.\n"
            "Police seized 85 kilograms of cocaine in Amberly. The militants overran the district headquarters at dawn.")
    sentences = split_sentences(text)
    picked = Prefilter().pick(text, SentenceIndex(text), lambda _t: False, lambda w: w in _KNOWN)
    selected = Prefilter().select(text, sentences, lambda _t: False, lambda w: w in _KNOWN)
    assert [[sentences.index(s) for s in group] for group in picked] == [sorted(group) for group in selected]
    assert picked[0] and picked[1]


@pytest.mark.parametrize("sentence", [
    "The fall of Corvel means the road to the coast is open.",        # a capture noun as the subject: news, no side
    "The fall of Amberly on Sunday may change the war, analysts said.",  # a modal later, not on the name
])
def test_a_sideless_capture_noun_is_parsed(sentence: str) -> None:
    assert _chosen("Markets were calm. " + sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The fall of Corvel would open the road to the coast, analysts said.",  # a hypothetical: no event, no parse
    "The capture of North Amberly could take weeks.",
])
def test_a_hypothetical_capture_noun_is_not_parsed(sentence: str) -> None:
    assert _chosen("Markets were calm. " + sentence) == []


@pytest.mark.parametrize("title", [
    "Army takes Hawija",                                   # a headline's bare weak verb
    "Pul-e Khumri falls",
    "Russia loses Lyman as Ukrainian troops advance",
    "Iraqi troops enter Ramadi",
    "Russian army announces pullout from Kherson",         # a verb of saying with the headline's own support
    "Russian military confirms pull-out of Lyman",
    "Army announces full control of Marka",
    "Kurdish fighters drive IS out of Kobani",
    "Rebels seize Bama",                                   # a strong form
])
def test_a_headline_with_a_change_verb_is_parsed(title: str) -> None:
    assert Prefilter().title_trigger(title)


@pytest.mark.parametrize("title", [
    "Film festival announces opening line-up",             # a verb of saying with nothing taken
    "Ministry confirms new school year dates",
    "Forces loyal to the Tripoli government push towards Ajdabiya",  # an advance, no change
    "Government forces clear the road to the airport",
    "Talks ended with a joint statement",
    "Weather: storms push east overnight",
])
def test_a_headline_whose_verb_names_no_change_by_itself_is_not_parsed(title: str) -> None:
    prefilter = Prefilter()
    assert prefilter.has_trigger(title)  # a weak form is there: the article-level test passes it
    assert not prefilter.title_trigger(title)


def test_a_recased_headline_keeps_a_bare_town_a_word_or_two_after_its_verb() -> None:
    # "Libyan Rebels Flee Port Brega As ..." recased: "port" lower-case, the name one word on
    assert Prefilter().title_trigger("Libyan rebels flee port Brega as Kadafi's forces advance")
    assert not Prefilter().title_trigger("Star leaves the show for good")


@pytest.mark.parametrize("text", [
    "Visitor numbers are expected to return to pre-pandemic levels by 2028.",   # a weak form, no support word
    "The striker took part in training.\nThe club said control of costs was key.",  # support on another line only
    "The minister took questions after the speech.",                           # "took" with none of its support words
])
def test_an_article_whose_weak_forms_have_no_support_on_their_line_has_no_candidate(text: str) -> None:
    prefilter = Prefilter()
    assert prefilter.has_trigger(text)  # the article-level test alone would pass it on
    assert not prefilter.has_candidate(text)
    assert _picked(text)[0] == []  # and pick would choose no trigger sentence: the two agree


@pytest.mark.parametrize("text", [
    "The town is expected to return to government control by Friday.",         # support on the weak form's line
    "The rebels took control of Corvel on Sunday.",
    "Corvel has fallen.",                                                       # a bare "fallen": the sentence decides
    "They pulled the last troops out of Corvel.",                               # a strong (split phrasal) form
])
def test_an_article_with_a_strong_form_or_a_supported_weak_one_has_a_candidate(text: str) -> None:
    assert Prefilter().has_candidate(text)
