"""Reached holds: a state of control told as reached, which is the change it ends ("X is completely under the control
of Z", "Z fully controlled X", "By 11 March, Z controlled X"), never a hold told as lasting ("remains fully under Z's
control", "has been under Z's control since 2014", "still in the hands of Z")."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import COMPLETE_WORDS, LATELY_WORDS
from townwatch_extract.syntax import MONTH_WORDS, negated_or_modal

__all__ = ["complete_hold", "perfect_hold", "reached_by_day"]

# words that tell a hold as lasting or as before the news ("remained fully under", "had long been entirely in")
_LASTING = frozenset(
    "still always long since until remain remains remained remaining continue continues continued already once formerly "
    "previously ever never".split()
)
_SPANS = frozenset("years decades months weeks generations year decade month week generation".split())


def _lasting(verb: Token) -> bool:
    """Whether the verb's clause tells the hold as lasting: a word of duration, or "for years"."""
    words = list(verb.subtree) if verb.dep_ != "ROOT" else [t for t in verb.sent]
    if any(t.lower_ in _LASTING for t in words):
        return True
    return any(t.lower_ == "for" and any(o.lower_ in _SPANS for o in t.children) for t in words)


def complete_hold(verb: Token, *others: Token, past: bool = False) -> bool:
    """Whether a completion adverb on the verb (or on the preposition or noun of the hold: "were completely under the
    control of Z", "was fully in the hands of Z") tells the hold as reached: never a negation, a modal, a clause
    describing a noun ("Idlib, which is completely under HTS control") or a hold told as lasting. With ``past`` the
    copula must be in the past: the present "X is completely under the control of Z" describes a hold as often as it
    tells one reached ("Raqqa is completely in the hands of IS, which runs it as its capital")."""
    if past and verb.tag_ != "VBD":
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in COMPLETE_WORDS for t in (verb, *others) for c in t.children):
        return False
    if verb.dep_ in ("relcl", "acl", "amod") or negated_or_modal(verb):
        return False
    return not _lasting(verb)


def perfect_hold(verb: Token, reported: bool = False) -> bool:
    """"The ENDF has controlled a strategic place X", "the army has controlled the town of X after fierce fighting":
    the present perfect of control, which state bulletins and monitors write for a hold just reached; never one told
    as lasting ("has controlled Gaza since 2007", "for years", "have long controlled"), negated or modal. With
    ``reported``, the past perfect a report of it turns that into ("the SAF announced that it had controlled X")."""
    perfect = ("has", "have", "had") if reported else ("has", "have")
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in perfect for c in verb.children):
        return False
    if verb.dep_ in ("relcl", "acl", "amod") or negated_or_modal(verb):
        return False
    return not _lasting(verb)


def _day_date(tok: Token) -> bool:
    """"11 March", "March 11", "June 21st": a month's name with its day (never a month or a year alone: "by March",
    "by 2015" tell who held it then)."""
    if tok.lower_.rstrip(".") in MONTH_WORDS:
        return any(c.like_num and len(c.text.rstrip("stndrh")) <= 2 for c in tok.children)
    return tok.like_num and len(tok.text) <= 2 and (
        tok.head.lower_.rstrip(".") in MONTH_WORDS or any(c.lower_.rstrip(".") in MONTH_WORDS for c in tok.children)
    )


def reached_by_day(verb: Token) -> bool:
    """"By 11 March, Z controlled X", "by Wednesday X was in the hands of Z": a hold reached by a day the report
    tells (the date then says whether it is the news); never one still to come ("will control X by Friday"), nor by a
    month or a year, nor "by the time"."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "xcomp" or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "by" and any(
            o.dep_ == "pobj" and (o.lower_ in LATELY_WORDS or _day_date(o)) for o in p.children
        )
        for p in verb.children
    )
