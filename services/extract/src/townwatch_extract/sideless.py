"""Changes told with no side named: a capture verb in the passive with no agent ("the town of X was captured on
Monday"), a capture told as a noun after a lede that gave the side ("Rebels seized a second town. The capture of the
town of X ..."), and a unit named only by its number ("The 93rd Brigade recaptured X")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from townwatch_extract.frames import Frame, conj_passive_subject
from townwatch_extract.lexicon import SETTLEMENT_NOUNS, TriggerClass
from townwatch_extract.syntax import children, prep_objects

__all__ = ["lede_taker", "numbered_unit", "sideless_passive"]

# Verbs that say the place changed hands whoever did it; "occupied" (a state: "the occupied town of X") and "taken"
# (an idiom verb: "was taken aback / to hospital") stay out
_SIDELESS_VERBS = frozenset("capture recapture seize retake overrun liberate".split())


def sideless_passive(frame: Frame) -> bool:
    """Whether ``frame`` is a finite passive of a capture verb with its place for subject and no agent: "The town of
    Bama was captured on Monday", "X has been recaptured". A reduced relative ("the town, captured in 2014") and an
    agent ("captured by Z", read as a side elsewhere) are not this."""
    trigger = frame.trigger
    if frame.nominal or frame.cls != TriggerClass.GAIN or frame.construction != "passive":
        return False
    shared = conj_passive_subject(trigger)  # "X was attacked, and completely captured on May 18"
    if trigger.lemma_.lower() not in _SIDELESS_VERBS:
        return False
    if _headline_share(trigger):
        return True  # a headline's "Ninety percent of Mosul retaken": a share of the town, its taker unnamed
    if not (children(trigger, ("auxpass",)) or shared is not None):
        return False
    if _quoted(trigger):
        return False  # '"The village of X was captured," the military said': the speaker's own side or the enemy's
    return bool(children(trigger, ("nsubjpass",)) or shared is not None) and not prep_objects(trigger, ("by",)) and trigger.dep_ not in ("relcl", "acl")


_SHARES = frozenset("percent per cent % half most majority part parts".split())


def _headline_share(trigger: Token) -> bool:
    """A line that is only a reduced passive with a share of the town for subject and nothing after the participle:
    "Ninety percent of Mosul retaken", "Most of Aleppo recaptured" (the small model makes the share the root's subject)."""
    if trigger.dep_ != "ROOT" or trigger.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "agent") for c in trigger.children):
        return False
    if any(not t.is_punct for t in trigger.doc[trigger.i + 1 :]):
        return False
    subject = next(iter(children(trigger, ("nsubj", "nsubjpass"))), None)
    return subject is not None and subject.lower_ in _SHARES and bool(prep_objects(subject, ("of",)))


def _quoted(trigger: Token) -> bool:
    """Whether ``trigger`` stands inside a direct quotation of its sentence."""
    before = trigger.doc.text[trigger.sent.start_char : trigger.idx]
    return (before.count('"') + before.count("\u201c") + before.count("\u201d")) % 2 == 1


_UNIT_NOUNS = frozenset("brigade battalion regiment division corps".split())
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)?$", re.I)


def numbered_unit(tok: Token | None) -> bool:
    """Whether ``tok`` is an army unit named only by its number ("the 93rd Brigade", "the 10th Division"): the state
    forces of the country the place lies in (a unit of a named side carries the side: "Russia's 155th Brigade",
    "the MNDAA's 211 Brigade")."""
    if tok is None or tok.lemma_.lower() not in _UNIT_NOUNS:
        return False
    mods = [c for c in tok.children if c.dep_ in ("amod", "nummod", "compound", "poss")]
    return any(_ORDINAL.match(c.text) for c in mods) and all(
        _ORDINAL.match(c.text) or c.lower_ in ("separate", "mechanized", "mechanised", "assault", "airborne", "infantry", "motorized", "armoured", "armored")
        for c in mods
    )


# what a lede's side does to the town it leaves unnamed: takes it, or holds it ("are in full control of a town")
_LEDE_VERBS = frozenset("capture recapture seize retake take overrun liberate reclaim regain wrest".split())
_LEDE_PLACES = SETTLEMENT_NOUNS | {"capital"}
_HELD_STATES = frozenset({"control", "hand", "hands"})  # "are in full control of", "is in rebel hands"
_PRONOUNS = frozenset({"they", "it", "we", "he", "she", "who", "which", "that"})


def lede_taker(frame: Frame, previous: Span | None) -> Token | None:
    """The side that took the place a sideless capture noun names, from the sentence before it: "Rebels seized a second
    town from fleeing soldiers. The capture of the town of X opens ...", "Regime forces are in full control of a key
    rebel-held town ... The capture of the town of X marks ..." (the subject that took or holds an unnamed town, a
    village or a capital of the noun's kind). Not a town the lede names, one it only attacked, lost, tried or failed to
    take, nor a pronoun (whose side is the sentence before that one's)."""
    if previous is None or not frame.nominal or frame.gaining is not None or frame.losing is not None:
        return None
    kinds = {p.kind_noun for p in frame.places if not p.anaphor and not p.site}
    if not frame.places or any(p.anaphor or p.site for p in frame.places):
        return None
    for tok in previous:
        if tok.lemma_.lower() not in _LEDE_PLACES or not _unnamed_indefinite(tok):
            continue
        if kinds - {None} and tok.lemma_.lower() not in kinds and not (tok.lemma_.lower() == "capital" and kinds & {"town", "city"}):
            continue  # "took a village ... the capture of the city of X": another place
        verb = _taking_verb(tok)
        if verb is None or _not_done(verb):
            continue
        subj = next((s for s in verb.children if s.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in _PRONOUNS and subj.pos_ in ("NOUN", "PROPN"):
            return subj
    return None


def _unnamed_indefinite(tok: Token) -> bool:
    """"a town", "another town", "a second town", "a key rebel-held town in the northwest": a town the lede does not
    name (no name set off after it, none written into it)."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children):
        return False
    if tok.tag_ == "NNS":
        return False
    return not any(c.dep_ in ("compound", "appos", "poss", "nmod") and c.pos_ == "PROPN" for c in tok.children) and not any(
        o.pos_ == "PROPN" for o in prep_objects(tok, ("of", "called", "named"))
    )


def _taking_verb(tok: Token) -> Token | None:
    """The verb that takes ``tok`` ("seized a town", "took control of a town") or the copula of a side that holds it
    ("are in full control of a town")."""
    head = tok.head
    if tok.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _LEDE_VERBS:
        return head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _HELD_STATES:
        state = head.head
        if state.dep_ == "dobj" and state.head.lemma_.lower() in _LEDE_VERBS | {"gain", "assume", "establish"}:
            return state.head  # "took control of a town"
        if state.dep_ == "pobj" and state.head.lower_ == "in" and state.head.head.lemma_.lower() == "be":
            return state.head.head  # "are in full control of a town"
    return None


def _not_done(verb: Token) -> bool:
    """An attempt, a negation, a plan or a goal: "tried to take a town", "did not seize", "could take", "aims to"."""
    if verb.dep_ in ("xcomp", "advcl", "relcl", "acl", "pcomp"):
        return True
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ("could", "would", "may", "might", "will", "to", "should")) for c in verb.children)
