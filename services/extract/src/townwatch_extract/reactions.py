"""Reactions to a change told as a noun: "Putin hailed the fall of X" names the side that gained it, "the army
admitted the loss of X" the side that lost it."""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from townwatch_extract.syntax import subject_of

__all__ = ["reacting_side"]

# Whoever celebrates a change gained by it; whoever concedes a fall or loss lost by it.
_CELEBRATE = frozenset("hail celebrate welcome praise congratulate cheer tout laud salute applaud commend".split())
_CONCEDE = frozenset("acknowledge admit concede mourn lament confirm".split())
# Claiming a capture is the gaining side's voice ("Russia announced the capture of X").
_ANNOUNCE = frozenset("announce claim report".split())
_LOSS_NOUNS = frozenset({"fall", "loss", "withdrawal", "retreat"})
# a fall the taker proclaims ("Russia announced the fall of X", "the SDF declared the fall of X"; never "reports":
# a loser's ministry reports its own town's fall as often)
_PROCLAIM_FALL = frozenset("announce declare proclaim claim".split())
_REACTING = _CELEBRATE | _CONCEDE | _ANNOUNCE  # (never "preened themselves on the Russian seizure of X": a boast, no report)
# a side's own leaving (never "announces the fall of X", which the taker announces)
_OWN_LEAVING = frozenset({"withdrawal", "retreat", "pullout"})
_NOT_YET = frozenset("sight away imminent near close looming expected planned sought".split())
_LOSING_VERBS = frozenset("lose retreat withdraw flee abandon cede surrender".split())


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal hangs on: as its object, or through "on"/"for" ("congratulated troops on the capture")."""
    tok = noun
    for _ in range(3):
        if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB":
            return tok.head
        # ("reported to Putin about the capture", "Putin is told of the capture")
        if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "for", "about", "of") and tok.head.head.pos_ == "VERB":
            return tok.head.head
        if tok.dep_ in ("conj", "appos") and tok.head != tok:
            tok = tok.head
            continue
        return None
    return None


def _fallen_to(verb: Token, noun: Token) -> Token | None:
    """The side a fall went to when the parse hangs "to Z" on the verb the noun is object of ("hailed the fall of X to
    the army")."""
    if noun.dep_ != "dobj":
        return None
    return next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > noun.i
                 for o in c.children if o.dep_ == "pobj"), None)


def _with_side(noun: Token) -> Token | None:
    """"With the capture of X, Z now hold the north": the main clause's subject made the capture (never with "the
    fall/loss of X", whose main clause may be the loser's: "with the fall of X, the rebels hold only Y")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep" or noun.lemma_.lower() in _LOSS_NOUNS:
        return None
    if any(t.lemma_.lower() in _NOT_YET for c in noun.children if c.dep_ != "prep" or c.lower_ != "of" for t in c.subtree):
        return None  # "with the capture of X in sight / still weeks away": not yet made
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _LOSING_VERBS or prep.i > verb.i:
        return None  # "with the capture of X" after the verb is how, not what came of it ("pressed on with the capture")
    return subject_of(verb)


# the side words a capture noun carries before it ("rebel capture of X", "the army recapture of X")
_SIDE_MODIFIERS = frozenset("rebel insurgent militant jihadist islamist army military government regime militia opposition".split())


def _modifier_side(noun: Token) -> Token | None:
    """The side a capture noun names on itself before it: "rebel capture of X", "the Russian seizure of X" (a side
    word, or a group's or people's name; never a date: "the December capture of X")."""
    for c in noun.children:
        if c.dep_ not in ("compound", "amod", "nmod") or c.i > noun.i:
            continue
        if c.lower_ in _SIDE_MODIFIERS or (c.text[:1].isupper() and c.ent_type_ in ("NORP", "ORG", "GPE")):
            return c
    return None


# "Shoigu reports the capture of X to Putin", "Putin is told of the capture of X": a commander reports his side's
# capture to its leader, who is named (the commander often is not in the actor table)
_REPORT_TO = frozenset("report tell inform brief".split())


def _recipient(verb: Token, noun: Token) -> Token | None:
    """Who a report is made to: "reported ... to Putin" (the parse may hang "to Putin" on the capture noun), "told /
    informed Putin", "Putin is told"."""
    if verb.lemma_.lower() == "report":
        return next((o for t in (verb, noun) for c in t.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"), None)
    if any(c.dep_ == "auxpass" for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def reacting_side(noun: Token) -> tuple[Literal["gaining", "losing"], Token] | None:
    """The side that the verb governing ``noun`` makes its subject gain or lose, when the noun names none itself."""
    if (side := _with_side(noun)) is not None:
        return ("gaining", side)
    verb = _governing_verb(noun)
    if verb is None:
        return None
    if verb.lemma_.lower() in _REACTING and noun.lemma_.lower() not in _LOSS_NOUNS and (side := _modifier_side(noun)) is not None:
        return ("gaining", side)  # "Syrians celebrate rebel capture of X": the rebels took it, not who celebrates
    lemma = verb.lemma_.lower()
    if lemma in _REPORT_TO and noun.lemma_.lower() not in _LOSS_NOUNS and (to := _recipient(verb, noun)) is not None:
        return ("gaining", to)
    subj = subject_of(verb)
    if subj is None and noun.dep_ == "nsubjpass":
        subj = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if subj is None:
        return None
    loss = noun.lemma_.lower() in _LOSS_NOUNS
    if noun.lemma_.lower() == "fall" and lemma not in _REPORT_TO and (to := _fallen_to(verb, noun)) is not None:
        return ("gaining", to)  # "Putin hailed the fall of X to the Syrian army": the army gained it, not Putin
    if lemma in _CELEBRATE and (praised := _praised_on(verb, noun)) is not None:
        return ("gaining", praised)  # "Putin congratulates the Syrian army on the recapture of X": the army took it
    if lemma in _CELEBRATE:
        return ("gaining", subj)
    if lemma in _CONCEDE and loss:
        return ("losing", subj)
    if lemma == "announce" and noun.lemma_.lower() in _OWN_LEAVING:
        return ("losing", subj)  # "Ukrainian forces announce withdrawal from X": who announces a withdrawal withdrew
    if lemma in _ANNOUNCE and not loss:
        return ("gaining", subj)
    if lemma in _PROCLAIM_FALL and noun.lemma_.lower() == "fall":
        return ("gaining", subj)  # "Russia announces the fall of X", "the SDF declared the fall of X": the taker's voice
    return None


def _praised_on(verb: Token, noun: Token) -> Token | None:
    """Who is congratulated "on" or praised "for" the capture the noun names, when the verb has them for object and
    they are named ("congratulates the Syrian army on the recapture of X"), else None (the subject's own side)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("on", "for") or noun.head.head.i != verb.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not (obj.pos_ == "PROPN" or any(c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in obj.children)):
        return None
    return obj
