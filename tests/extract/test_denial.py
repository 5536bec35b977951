"""Denials as their own events: the place, the denying side, the denied gainer and the evidence (sentences of our own)."""

from __future__ import annotations

import logging

import pytest

from townwatch_extract.correction import is_correction
from townwatch_extract.denial import _CHANGE_WORDS, _SENTENCE
from townwatch_extract.extractor import Extractor
from townwatch_extract.sentences import split_sentences

from .conftest import make_article


def _kinds(extractor: Extractor, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (e.kind, e.place.name, e.denying.id if e.denying else None, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in extractor.extract(make_article(text))
    ]


@pytest.mark.parametrize(
    ("text", "place", "denying", "gaining", "losing"),
    [
        ("Ukraine denied that Russian forces had taken Bakhmut.", "Bakhmut", "ua-forces", "ru-forces", "ua-forces"),
        ("Ukraine on Monday denied losing Soledar to Russia, saying fighting was continuing.", "Soledar", "ua-forces", "ru-forces", "ua-forces"),
        ("Islamic State denied that Iraqi forces had recaptured Hawija.", "Hawija", "isis", "iq-gov", "isis"),
        ("The Iraqi army said it still holds Hawija.", "Hawija", "iq-gov", None, "iq-gov"),
        ("Russia said its forces had not been pushed out of Andriivka.", "Andriivka", "ru-forces", None, "ru-forces"),
    ],
)
def test_a_denial_is_its_own_event_and_never_a_change(extractor: Extractor, text: str, place: str, denying: str,
                                                      gaining: str | None, losing: str | None) -> None:
    assert _kinds(extractor, text) == [("denial", place, denying, gaining, losing)]


def test_the_denial_carries_its_sentence_with_offsets(extractor: Extractor) -> None:
    text = "Fighting went on near the river. Ukraine denied that Russian forces had taken Bakhmut. Shelling continued."
    [event] = extractor.extract(make_article(text))
    assert event.evidence.sentence == "Ukraine denied that Russian forces had taken Bakhmut."
    assert text[event.evidence.start : event.evidence.end] == event.evidence.sentence
    assert event.event_id == extractor.extract(make_article(text))[0].event_id  # deterministic: a replay is a duplicate
    assert event.text_fingerprint and event.confidence > 0


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied reports of a massacre in Mosul.",  # not a change of hands
        "Iraqi forces captured the town of Hawija from Islamic State on Thursday.",  # a change, no denial
        "Officials denied that the minister would resign.",
    ],
)
def test_what_is_not_a_denial_of_a_change(extractor: Extractor, text: str) -> None:
    assert not [k for k in _kinds(extractor, text) if k[0] == "denial"]


def test_a_denial_with_no_resolvable_place_is_logged_and_dropped(extractor: Extractor, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="townwatch_extract.extractor"):
        assert extractor.extract(make_article("The army denied that the town had fallen.")) == []
    assert any("no resolvable place" in r.getMessage() and "the town had fallen" in r.getMessage() for r in caplog.records)


def test_a_change_and_a_denial_in_one_article_are_both_reported(extractor: Extractor) -> None:
    text = "Iraqi forces captured the town of Hawija from Islamic State on Thursday. Ukraine denied that Russian forces had taken Bakhmut."
    kinds = sorted((e.kind, e.place.name) for e in extractor.extract(make_article(text)))
    assert kinds == [("change", "Hawija"), ("denial", "Bakhmut")]


def test_a_claim_followed_by_its_denial_is_a_denial_only(extractor: Extractor) -> None:
    # session 16 (issue 10): a claim the other side denies in the same report is no change for a desk; the denial
    # event carries the place, the denying side and the denied gainer (contested.py)
    text = "Russia's defence ministry said its troops had captured Avdiivka. Ukraine denied that Russian forces had taken Avdiivka."
    events = extractor.extract(make_article(text))
    assert [(e.kind, e.place.name, e.claimed) for e in events] == [("denial", "Avdiivka", False)]


@pytest.mark.parametrize(
    ("text", "place", "gaining"),
    [
        ("Azerbaijan's leader said his army had taken Shusha. Armenia at once denied this, saying fighting went on.", "Shusha", "az-forces"),
        ("Moscow claimed its troops had taken Marinka. Kyiv denied the town had fallen.", "Marinka", "ru-forces"),
        ("Turkey's defence ministry said Ras al-Ain had been captured by Turkish forces, an assertion the SDF rejected.", "Ras al-Ain", "tr-forces"),
        ("The RSF said on Monday it had seized Babanusa, a claim the army dismissed.", "Babanusa", "rsf"),
    ],
)
def test_a_side_s_claim_the_other_side_denies_is_no_change(extractor: Extractor, text: str, place: str, gaining: str) -> None:
    # session 16 (issue 10): the claim is dropped; a denial the gazetteer can place stays its own event
    events = extractor.extract(make_article(text))
    assert [e for e in events if e.kind == "change" and not e.historical] == []
    assert all(e.place.name == place for e in events if e.kind == "denial"), gaining


@pytest.mark.parametrize(
    "text",
    [
        # twins: a coder note that records the denial records fighting, not a change
        "On 8 March 2024, RSF claimed to have taken Babanusa (West Kordofan), which was denied by SAF.",
        "RSF claimed to have taken Babanusa (Babanusa, West Kordofan), which was denied by SAF.",
        "On 3 November 2023, TNLA claimed to have captured Namhsan (Shan-North). The junta denied the claim.",
        # the denial itself carries the claim: no change at all
        "Kyiv denied Moscow's claim that its forces had captured Robotyne, saying its units still held the village.",
        "Armenia denied that Azerbaijani troops had seized Hadrut, calling the claim disinformation.",
    ],
)
def test_a_denied_claim_in_a_note_or_under_the_denial_is_no_change(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text)) if e.kind == "change" and not e.historical] == []


def test_only_the_sentences_with_a_hint_are_searched_and_none_is_missed(extractor: Extractor) -> None:
    text = ("Fighting went on near the river. Ukraine DENIED that Russian forces had taken Bakhmut.\n\nPrices remain high. "
            "The army said it still holds Hawija. Correction: an earlier version said the town had not fallen.\n"
            "Kyiv dismissed reports that Russian troops had occupied Soledar. Troops were holding their ground in Lyman.")
    expected = [s for s in split_sentences(text) if _SENTENCE.search(s.text) and _CHANGE_WORDS.search(s.text) and not is_correction(s.text)]
    assert len(expected) == 4
    assert extractor.denials.sentences(text) == expected
