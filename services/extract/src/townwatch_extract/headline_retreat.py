"""A headline's retreat told done: "Russia says retreat from Kherson city is complete", "Anger over Russian retreat
from Lyman": the side that retreated lost the town."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from townwatch_extract.frames import Frame, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.modality import SAY_VERBS
from townwatch_extract.syntax import prep_objects

__all__ = ["headline_retreats"]

_NOUNS = frozenset({"retreat", "withdrawal", "pullout", "pull-out"})
# "... is complete", "... completed", "... ends", "... finished": the move done
_DONE_ADJECTIVES = frozenset({"complete", "completed", "over", "finished", "done"})
_DONE_VERBS = frozenset({"complete", "end", "finish"})
# a reaction to the move that presumes it happened: "enraged by", "fury over", "stunned by", "humiliated by"
_REACTION_WORDS = frozenset(
    """enrage anger infuriate stun shock humiliate outrage embarrass dismay rattle jolt sting shake
    fury anger outrage dismay shock humiliation backlash recriminations blame furious angry livid""".split()
)
_REACTION_PREPS = frozenset({"by", "over", "at", "after", "for"})
# words that make the retreat a prospect, a choice or a denial ("plans retreat", "considers retreat", "rules out")
_NOT_DONE = frozenset(
    """plan plans planned considers consider weighs weigh mulls mull rules rule denies deny denied rejects reject
    possible potential imminent looming feared fears threat threatens would could might may will should if whether
    order orders ordered urge urges urged call calls calls demand demands no not never partial""".split()
)


def _side(noun: Token) -> Token | None:
    """Who retreated: the side named on the noun ("Russian retreat", "Moscow's withdrawal")."""
    return next(
        (c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i and c.text[:1].isupper()), None
    )


def _done_by_predicate(noun: Token) -> bool:
    """"Retreat from Kherson city is complete", "Withdrawal from X completed": the noun is the subject of its end
    (or the participle's noun)."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in _DONE_VERBS and c.tag_ in ("VBD", "VBN") and c.i > noun.i for c in noun.children):
        return True  # "Russian withdrawal from Kherson completed, Moscow says": the participle on the noun
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if verb.lemma_.lower() in _DONE_VERBS and verb.tag_ in ("VBD", "VBZ", "VBN", "VBP"):
        return True
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _DONE_ADJECTIVES and not list(c.children) for c in verb.children
    )


def _done_by_reaction(noun: Token) -> bool:
    """"Supporters enraged by Russian retreat from Lyman", "Fury over Russian retreat from X": a reaction to it."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _REACTION_PREPS and prep.head.lemma_.lower() in _REACTION_WORDS


def _speaker(noun: Token) -> Token | None:
    """"Russia says retreat from Kherson is complete": the saying verb's subject speaks for the side that left."""
    verb = noun.head
    while verb.dep_ in ("ccomp",) and verb.head.lemma_.lower() not in SAY_VERBS:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAY_VERBS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.text[:1].isupper()), None)


def headline_retreats(doc: Doc) -> list[Frame]:
    """A side's retreat or withdrawal from a named town told as done in a headline: that side lost the town (the taker
    is the war's other side where the war has two, ``wars.py``)."""
    if "?" in doc.text or any(t.lower_ in _NOT_DONE or t.tag_ == "MD" for t in doc):
        return []
    out: list[Frame] = []
    for noun in doc:
        if noun.lemma_.lower() not in _NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        sources = prep_objects(noun, ("from",))
        if not sources and noun.dep_ == "pobj":
            # "Furious Over Russian Retreat From X": the parse hangs "from" on the preposition or on what it follows
            sources = prep_objects(noun.head, ("from",)) or [
                o for o in prep_objects(noun.head.head, ("from",)) if o.i > noun.i
            ]
        places = [r for o in sources for r in place_refs(o) if not r.anaphor]
        if not places:
            continue
        if _done_by_predicate(noun):
            side = _side(noun) or _speaker(noun)
        elif _done_by_reaction(noun):
            side = _side(noun)
        else:
            continue
        if side is not None:
            out.append(Frame(noun, TriggerClass.LOSE, "nominal", places=places, losing=side, nominal=True, needs_known=True))
    return out
