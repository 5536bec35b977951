"""A town freed by troops with no "from" after it: a headline's "Iraqi forces free Ramadi", "Kurdish troops free
Sinjar after week of fighting": "free" takes a bare name only under an armed subject, the name a known town (frames:
``needs_known``); "free Palestine", "court frees X", "forces free hostages in X" stay out."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["freed_town"]

# what a bare name after "free" may not carry: a person's or a cause's words ("free Navalny", "Free Syria campaign")
_NOT_TOWN_DEPS = frozenset({"poss", "appos", "nummod"})


def freed_town(trigger: Token, obj: Token | None, passive: bool, armed_subject: bool) -> bool:
    """Whether an active "free" with a bare proper name as its object tells a town freed: the subject troops, forces
    or an army (common nouns: "Iraqi forces", "the army"), the object one proper name with nothing of its own before
    it, and no modal, negation or infinitive ("vow to free X", "failed to free X": modality reads those too)."""
    if obj is None or passive or not armed_subject or obj.pos_ != "PROPN" or obj.dep_ != "dobj":
        return False
    if trigger.dep_ in ("xcomp", "advcl", "amod") or any(c.dep_ in ("aux", "neg") and c.lower_ in ("to", "not", "n't") for c in trigger.children):
        return False
    if any(c.dep_ in _NOT_TOWN_DEPS for c in obj.children) or any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
        return False
    return not any(t.like_num for t in obj.subtree)
