"""Freed state: a town told as its nation's again ("Kherson is once again Ukrainian") or declared free by a side's
voice ("Mosul is free, the prime minister declared"), the present tense that is the day's news."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.frames import Frame, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.syntax import children, negated_or_modal, prep_objects

__all__ = ["declared_free_frame", "nation_again_frame"]

# what makes a present hold lasting rather than regained ("was always Ukrainian", "is still Syrian", "remains")
_LASTING = frozenset("always still forever remain remains never".split())
# the voices that declare a town free: "X is free, the prime minister declared / announced / proclaimed"
_DECLARING = frozenset({"declare", "announce", "proclaim", "say"})


def _town(be: Token) -> Token | None:
    """The copula's subject, when the copula is a plain present one ("is", "are"; never "will be", "is not")."""
    if be.lemma_.lower() != "be" or be.tag_ not in ("VBZ", "VBP") or negated_or_modal(be):
        return None
    if any(t.lower_ in _LASTING for t in be.sent):
        return None
    return next(iter(children(be, ("nsubj",))), None)


def nation_again_frame(be: Token) -> Frame | None:
    """"Kherson is once again Ukrainian", "Aleppo is Syrian again", "Kherson is Ukraine's again": the town went back
    to the nation named (its state's forces took it); "again" is needed ("Kherson is a Ukrainian city" is no news)."""
    subj = _town(be)
    if subj is None or not any(c.dep_ == "advmod" and c.lower_ == "again" for c in be.children):
        return None
    nation = next((
        c for c in be.children if c.dep_ in ("attr", "acomp") and c.text[:1].isupper() and c.ent_type_ in ("NORP", "GPE")
        and not any(g.dep_ == "det" for g in c.children)
    ), None)
    if nation is None:
        return None
    places = [r for r in place_refs(subj) if not r.anaphor]
    if not places:
        return None
    frame = Frame(be, TriggerClass.GAIN, "active", places=places, gaining=nation, needs_known=True)
    frame.ongoing_ok = True
    return frame


def declared_free_frame(be: Token) -> Frame | None:
    """"Mosul is free, Iraq's prime minister declared", '"Damascus is free," rebel commanders announced': the town the
    declaring side's forces freed (a freedom "from" or "of" a side is control._free_frame's; never a modal or a
    negation, "free of charge", "free to leave")."""
    subj = _town(be)
    free = next((c for c in be.children if c.dep_ == "acomp" and c.lower_ == "free" and not list(c.children)), None)
    head = be.head
    if subj is None or free is None or prep_objects(be, ("from", "of", "to")) or be.dep_ not in ("ccomp", "parataxis"):
        return None
    if head.lemma_.lower() not in _DECLARING or negated_or_modal(head):
        return None
    speaker = next(iter(children(head, ("nsubj",))), None)
    places = [r for r in place_refs(subj) if not r.anaphor]
    if speaker is None or not places:
        return None
    frame = Frame(be, TriggerClass.GAIN, "active", places=places, gaining=speaker, needs_known=True)
    frame.ongoing_ok = True
    return frame
