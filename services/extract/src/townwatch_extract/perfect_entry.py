"""A headline's entry told as done in its present: "Syrian Army Has Entered Salma", "Ukrainian troops confirm entering X".

A lone headline's bare present ("rebels enter X") counts as the town taken (entry.lone_headline_entry); the present
perfect of the headline's own clause says the same, as does a side's present "confirm(s) / claim(s) entering X" (the
gerund the parse hangs under the speech verb). Never a past perfect ("had entered"), a negation ("has not entered",
"deny entering"), a modal, or a perfect under another clause ("after troops have entered X"): those are the past
telling, a denial or a prospect.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["perfect_entry"]

# the verbs a side tells its own entry with ("confirm entering", "claim entering"), never "deny", "plan", "avoid"
_TELLING = frozenset({"confirm", "claim", "announce", "report"})


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def perfect_entry(trigger: Token) -> bool:
    """Whether "entered" / "entering" is the headline's own present perfect or a side's present telling of it."""
    if trigger.tag_ == "VBN" and trigger.dep_ == "ROOT":
        aux = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
        return [a.lower_ for a in aux] in (["has"], ["have"], ["'ve"]) and not _negated(trigger) and any(
            c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in trigger.children
        )
    if trigger.tag_ == "VBG" and trigger.dep_ in ("xcomp", "ccomp"):
        head = trigger.head
        return (
            head.lemma_.lower() in _TELLING and head.tag_ in ("VBZ", "VBP") and head.dep_ == "ROOT"
            and not _negated(head) and not _negated(trigger)
            and not any(c.dep_ == "aux" for c in head.children)
            and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in head.children)
        )
    return False
