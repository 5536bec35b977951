"""The side of an operation's outcome: "Syrian troops regained villages ... The operations resulted in regaining X"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass

__all__ = ["outcome_taker"]

_PRONOUNS = frozenset("it they its their he she we".split())
_DONE_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})


def outcome_taker(previous: Span | None) -> Token | None:
    """The subject of the capture the sentence before an outcome tells done ("Units of the Syrian army regained control
    over a number of villages in Ghouta after eradicating al-Nusra fighters. The operations resulted in regaining
    control over the town of X ..."): the side that took places, never one it fought (the last side named), nor a
    capture only intended, denied or hoped for ("vowed to retake", "failed to take", "did not take"). None when the
    sentence before tells no capture with a named subject."""
    if previous is None:
        return None
    for verb in previous:
        if VERB_CLASSES.get(verb.lemma_.lower()) != TriggerClass.GAIN or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.tag_ not in _DONE_TAGS or verb.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "pcomp"):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in _PRONOUNS and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    return None
