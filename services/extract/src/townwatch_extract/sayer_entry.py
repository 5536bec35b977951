"""A side's own word on its entry, told in a headline: "M23 rebels say they have entered Bukavu", "Rebels claim they
have entered the city of X": the perfect under the side's present "say" is the entry the headline reports, as a bare
present "rebels enter X" is (entry.lone_headline_entry; the claim is the sayer's, claimed as any "says it took X")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["sayer_entry"]

# the verbs a side tells its own entry with (never "deny", "hope", "plan", "expect": "rebels deny they have entered X")
_SAY = frozenset({"say", "claim"})
# the pronouns that stand for the sayer ("they", "it", "we" in a quote); a named subject is another clause's side
_SAYER_PRONOUNS = frozenset({"they", "it", "we"})


def sayer_entry(trigger: Token) -> bool:
    """Whether an "entered" is the perfect a side's present "say" tells of itself: "Z say(s) they have entered X";
    never a past "said", "had entered", a negation, or a subject other than the sayer's pronoun."""
    if trigger.tag_ != "VBN" or trigger.dep_ != "ccomp":
        return False
    head = trigger.head
    if head.lemma_.lower() not in _SAY or head.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "neg" for c in head.children):
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return False  # ("officials say they have entered X": the sayer must be a side, resolved where the frame's side is)
    aux = [c for c in trigger.children if c.dep_ == "aux"]
    if [a.lower_ for a in aux] not in (["have"], ["has"], ["'ve"]) or any(c.dep_ == "neg" for c in trigger.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in _SAYER_PRONOUNS for c in trigger.children)
