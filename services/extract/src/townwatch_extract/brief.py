"""Brief captures: a place held for a while ("briefly took control of X", "temporarily seized X") is a change of
hands that was reversed; the reversal is a change of its own when the sentence tells who did it ("... before Z pushed
them back"). A raid, where the takers left of their own accord ("briefly seized X before withdrawing"), is neither."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.frames import RAID, Frame
from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass
from townwatch_extract.syntax import children, is_passive, objects_of, prep_objects

__all__ = ["is_brief", "raided", "reversal_frame"]

_BRIEF = frozenset({"briefly", "temporarily", "momentarily"})
# what the other side does to the takers: "pushed them back", "drove them out", "repelled them", "retook it"
# the lexicon's expelling verbs, and two that only ever drive an attacker back ("repelled them")
_PUSHING = frozenset(v for v, kind in VERB_CLASSES.items() if kind == TriggerClass.EXPEL) | {"repel", "repulse"}
_TAKING_BACK = frozenset("retake recapture regain reclaim".split())
_TAKERS = frozenset({"them", "it", "him", "the", "militants", "fighters", "rebels", "attackers", "insurgents"})
_PRONOUNS = frozenset({"they", "we", "it", "he", "she", "who", "which", "that"})


def is_brief(trigger: Token) -> bool:
    """"briefly took X", "temporarily seized X": the change was told as short-lived."""
    before = trigger.doc[trigger.i - 1] if trigger.i > 0 else None  # a headline's parse may hang it elsewhere
    return any(c.dep_ == "advmod" and c.lower_ in _BRIEF for c in trigger.children) or (before is not None and before.lower_ in _BRIEF)


def raided(trigger: Token) -> bool:
    """Whether the takers left again of their own accord in the same sentence ("before withdrawing", "looting the
    market", "then withdrew"): a raid, not a change of hands."""
    return bool(RAID.search(trigger.sent.text))


def _reverses(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _PUSHING:  # "pushed them back", "drove them out", "repelled them"
        objs = objects_of(verb)
        return all(o.lower_ in _TAKERS for o in objs) and (bool(objs) or any(c.lower_ in ("back", "out") for c in verb.children))
    if lemma in _TAKING_BACK:  # "before the army retook it": a named place has a frame of its own
        return any(o.lower_ == "it" for o in objects_of(verb))
    return False


def reversal_frame(frame: Frame) -> Frame | None:
    """The other side taking back a place taken briefly, told after the capture in its sentence ("temporarily took
    control of X before Z pushed them back"): Z gains the place from the takers."""
    trigger = frame.trigger
    if frame.gaining is None or not frame.places:
        return None
    for verb in trigger.sent:
        if verb.i <= trigger.i or verb.pos_ != "VERB" or not _reverses(verb):
            continue
        if verb.head.i != trigger.i and all(a.i != trigger.i for a in verb.ancestors):
            continue
        # the verb's own doer: "before Z pushed them back", "before being pushed out by Z" (never the takers, whom
        # an inherited subject would name)
        own = prep_objects(verb, ("by",)) if is_passive(verb) else children(verb, ("nsubj",))
        subj = own[0] if own else None
        if subj is None or subj.lower_ in _PRONOUNS or subj.i == frame.gaining.i or children(verb, ("neg",)):
            continue
        return Frame(verb, TriggerClass.GAIN, "active", places=list(frame.places), gaining=subj, losing=frame.gaining)
    return None
