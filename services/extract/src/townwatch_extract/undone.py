"""Undone changes: a place taken and given up again by the same side in one report, which leaves it where it was.

The constructions, read from real wire copy (never copied here):

- the taker leaving in the same sentence: "seized parts of the town of X on Saturday and then withdrew to their
  hideouts", "overran the base but pulled out hours later";
- the capture told in a clause on the place the side leaves: "withdrew on Saturday from a village that they captured
  and held for several days";
- the withdrawal of a side that had only just come: "withdrew from an eastern town, one day after briefly occupying
  it";
- the capture told in a clause on the leavers: "the fighters who seized X at dawn pulled out after some hours of
  occupation";
- the takers leaving "before": "captured X on the 2nd before it withdrew on the 7th" (a monitor's note).

Each is no change for a desk; a withdrawal with a taker ("the army retook X after the rebels withdrew"), a withdrawal
after a long hold ("after holding the city for nine months") and a capture whose side stays ("captured X and then
pushed on to Y") are. A capture told as brief with the other side's return after it ("briefly took over X before troops
returned") is left to the corpus's label (a change).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass

__all__ = ["undone", "undone_in_report"]

_LEAVE = frozenset("withdraw retreat leave abandon evacuate vacate flee".split())
_LEAVE_PARTICLES = {"pull": frozenset({"out", "back"}), "fall": frozenset({"back"}), "move": frozenset({"out"})}
_HOLD = frozenset({"hold", "control", "occupy"})
_DRIVEN = frozenset({"dislodge", "expel", "oust", "evict"})  # said of the takers in the passive
_FORCED = frozenset({"force", "compel", "oblige"})  # "were forced to withdraw"
# said of the takers in the passive with their way out: "but were forced back", "were pushed back", "were driven out"
_DRIVEN_AWAY = frozenset({"force", "push", "drive", "beat", "chase", "throw", "flush"})
# the second verb told as what the same side did next ("and then withdrew", "but pulled out later")
_THEN = frozenset("then later afterwards afterward soon quickly again subsequently".split())
# a hold told as short: "one day after briefly occupying it", "held for several days" (not "after holding it for a year")
_SHORT = frozenset("briefly temporarily momentarily hours hour day days shortly just yesterday overnight".split())
_BRIEF_WORDS = frozenset({"briefly", "temporarily", "momentarily"})


def _leaves(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in _LEAVE:
        return True
    if lemma in _DRIVEN and any(c.dep_ == "auxpass" for c in verb.children):
        return True  # "they were eventually dislodged by government forces": the takers made to leave
    if lemma in _FORCED and any(c.dep_ == "xcomp" and _leaves(c) for c in verb.children):
        return True  # "were forced to withdraw", "was compelled to pull out": the takers made to leave
    if lemma in _DRIVEN_AWAY and any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "out") for c in verb.children
    ):
        return True  # "initially seized X, but were reportedly forced back by militias": the takers made to leave
    particles = _LEAVE_PARTICLES.get(lemma)
    return particles is not None and any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children)


def _forced(verb: Token) -> bool:
    """A leaving the side was made to do ("were forced to withdraw"): it did not stay, however long it held."""
    return verb.lemma_.lower() in _FORCED and _leaves(verb)


def _takes(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and (
        VERB_CLASSES.get(verb.lemma_.lower()) == TriggerClass.GAIN or verb.lemma_.lower() in _HOLD
    )


def _named_from(verb: Token) -> list[str]:
    """The proper names a leaving verb leaves ("withdrew from Y")."""
    return [
        t.text for p in verb.children if p.dep_ == "prep" and p.lower_ in ("from", "out")
        for o in p.children if o.dep_ == "pobj" for t in o.subtree if t.pos_ == "PROPN"
    ]


def _same_side(clause: Token, leaver: Token | None = None) -> bool:
    """A clause told of the leaving side itself: no subject of its own ("after briefly occupying it"), a pronoun
    ("that they captured"), or the leaver's own noun told again ("the forces had withdrawn ..., a day after the forces
    entered the city"); and active ("after being overrun" is the other side's capture)."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("they", "it", "we", "he", "she"):
        return True
    return leaver is not None and subj.lemma_.lower() == leaver.lemma_.lower() and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subj.children
    )


def _subject_holding(noun: Token) -> Token | None:
    """The subject ``noun`` is or lies in ("a convoy of tanks": "convoy" for "tanks"), a few steps up, or None."""
    for _ in range(4):
        if noun.dep_ in ("nsubj", "nsubjpass"):
            return noun
        if noun.head == noun or noun.dep_ not in ("pobj", "prep", "acl", "conj", "appos", "compound"):
            return None
        noun = noun.head
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _short(*tokens: Token) -> bool:
    return any(t.lower_ in _SHORT for tok in tokens for t in tok.subtree)


_SPEECH = frozenset({"say", "report", "tell", "add", "state"})


def _short_after(verb: Token) -> bool:
    """A hold told as short after the leaving verb ("pulled out at 19.00, after some 15 hours of occupation"), not in
    a reporting clause the parser hangs there ("..., a paper reported yesterday")."""
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.lower_ not in _SHORT:
            continue
        path = []
        node = tok
        while node != verb and node.head != node:
            path.append(node)
            node = node.head
        # (the parser may hang "after some hours" on the reporting verb after it: before its subject it is the leaving's)
        if not any(n.lemma_.lower() in _SPEECH and n.pos_ in ("VERB", "AUX") and tok.i > min(
            (c.left_edge.i for c in n.children if c.dep_ == "nsubj"), default=-1
        ) for n in path):
            return True
    return False


def _left_before(child: Token, taken: set[str]) -> bool:
    """A leaving by the takers themselves hung on the capture with "before": "captured X on March 2 before it withdrew
    on March 7", "seized X before withdrawing two days later" (not "before the army withdrew", the other side's
    leaving, nor "before withdrawing from Y", another place's)."""
    verb: Token | None = None
    if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "before" for c in child.children):
        verb = child
    elif child.dep_ == "prep" and child.lower_ == "before":
        verb = next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    if verb is None:
        return False
    return _leaves(verb) and _same_side(verb) and all(name in taken for name in _named_from(verb))


def undone(trigger: Token) -> bool:
    """Whether the change ``trigger`` tells is given up again by the same side in its own sentence."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    # (an entry too: "rebels entered the village but were forced to withdraw", a raid that left it as it was)
    if _takes(trigger) or trigger.lemma_.lower() == "enter":
        taken = {t.text for t in trigger.subtree}
        for conj in trigger.conjuncts:
            # "seized X and then withdrew": the second verb shares the subject (a subject of its own is another side)
            if conj.i > trigger.i and _leaves(conj) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) and (
                any(c.dep_ == "advmod" and c.lower_ in _THEN for c in conj.children)
                or any(c.dep_ == "cc" and c.lower_ == "but" for c in trigger.children if c.i < conj.i)
                # a coder note's "took control over the areas, and withdrew after 2 hours", "briefly took control of
                # the town and withdrew": the leaving told as short, or the hold told as brief
                or _short(*(c for c in conj.children if c.dep_ in ("prep", "npadvmod", "advmod")))
                or any(c.dep_ == "advmod" and c.lower_ in _BRIEF_WORDS for c in trigger.children)
            ):
                if all(name in taken for name in _named_from(conj)):  # not "took X and withdrew from Y"
                    return True
        if any(_left_before(c, taken) for c in trigger.children):
            return True
        head = trigger.head
        if trigger.dep_ == "pcomp" and trigger.tag_ == "VBG" and head.lower_ == "after" and _same_side(trigger):
            # "have withdrawn from X hours after capturing it": the "after" hangs on the leaving verb or on its "hours"
            verb = head.head.head if head.head.pos_ == "NOUN" and head.head.dep_ == "npadvmod" else head.head
            if _leaves(verb) and _short(head.head if head.head != verb else head):
                return True
        # a headline's "Rebels seize part of X, then withdraw": the parse hangs the capture on the leaving, or the
        # leaving on the capture as a loose dependent, "then" on either
        then = [c for c in (*trigger.children, *head.children) if c.dep_ == "advmod" and c.lower_ in _THEN]
        loose = [c for c in trigger.children if c.dep_ == "dep" and c.i > trigger.i]
        if then and any(v.i > trigger.i and _leaves(v) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
                        for v in (*loose, *([head] if trigger.dep_ == "ccomp" else []))):
            return True
        # "The fighters who seized X on Monday morning pulled out that evening, after some 17 hours of occupation":
        # the clause on the leavers themselves, the leaving told as short (not the clause's own "yesterday")
        if (trigger.dep_ == "relcl" and head.dep_ == "nsubj" and _leaves(head.head) and all(
            c.dep_ != "nsubj" or c.lower_ in ("who", "that") for c in trigger.children
        ) and _short_after(head.head) and all(name in taken for name in _named_from(head.head))):
            return True
        # "Turkish troops who had entered X were forced to withdraw", "a convoy of tanks that had entered X was forced
        # to withdraw": the clause on the subject (or a noun inside it) of a leaving the side was made to do
        if trigger.dep_ == "relcl" and all(c.dep_ != "nsubj" or c.lower_ in ("who", "that", "which") for c in trigger.children) and (
            (subject := _subject_holding(head)) is not None and _forced(subject.head)
            and all(name in taken for name in _named_from(subject.head))
        ):
            return True
        # "withdrew from a village that they captured": the clause on the place the side leaves
        return (trigger.dep_ == "relcl" and _same_side(trigger) and _short(trigger) and head.dep_ == "pobj"
                and head.head.lower_ in ("from", "out") and _leaves(head.head.head))
    if not _leaves(trigger):
        return False
    for tok in trigger.subtree:
        # "withdrew ..., one day after briefly occupying it": "after" hangs on the verb, or on the span before it (the
        # parser may hang "a day" on the town), with a gerund of the same side
        # ("withdrawn from X hours after capturing it": the parser may hang "hours" on the verb, right before "after")
        if tok.dep_ == "prep" and tok.lower_ == "after" and (
            _short(tok.head if tok.head != trigger else tok) or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in _SHORT)
        ) and any(
            g.dep_ == "pcomp" and _takes(g) and _same_side(g) and g.tag_ == "VBG" for g in tok.children
        ):
            return True
    for child in trigger.children:
        # ("withdrawn from X, a day after the forces entered the city": a stay of a day is no change either)
        if child.dep_ == "advcl" and (_takes(child) or child.lemma_.lower() == "enter") and _same_side(child, _subject(trigger)) and _short(child) and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in child.children
        ):
            return True
        if child.dep_ == "prep" and child.lower_ in ("from", "out") and any(
            # "withdrew from a village that they captured and held for several days"
            c.dep_ == "relcl" and _takes(c) and _same_side(c) and _short(c)
            for o in child.children if o.dep_ == "pobj" for c in o.children
        ):
            return True
    return False


# the taker leaving, in another sentence of the report: "... before fleeing into the forest", "withdrew hours later",
# "forcing the militants to vacate the town", "Al-Shabaab fighters took control of the town for hours and withdrew"
_LEFT = re.compile(r"\b(?:withdr[ae]w|withdrawn|withdrawing|fled|fleeing|vacat(?:e|ed|ing)|pull(?:ed|ing)? out|retreat(?:ed|ing)|dislodged|expelled|ousted"
                   r"|abandon(?:ed|ing)|left the (?:town|city|village|area|community))\b", re.I)
# the other side back: "troops are now back in control", "the military later regained complete control of X"
_BACK = re.compile(r"\b(?:(?:are|is|were|was) (?:now )?back in control|back in control of|regained (?:complete |full |total )?control"
                   r"|restored (?:order|control)|normalcy has been restored|re-?entered the (?:town|city|village))\b", re.I)
# a hold told as short: "temporarily seized", "for hours", "withdrew hours later", "quickly withdrew"
_BRIEF = re.compile(r"\b(?:briefly|temporarily|momentarily|for (?:several |a few |some |over |about |nearly )?(?:an? )?hours?"
                    r"|hours later|within hours|quickly withdr\w+|shortly (?:afterwards?|after)|before fleeing)\b", re.I)
# a hold told as lasting till the next day, said only with the taker leaving (never with "back in control", which in
# a day-by-day note may be another place's): "captured X on 10 July. But the next day, the groups retreated from those
# sites"
_NEXT_DAY = re.compile(r"\b(?:the (?:next|following) (?:day|morning)|a day later|the day after)\b", re.I)
_TAKER_WORDS = r"(?:militants?|fighters?|insurgents?|rebels?|jihadists?|attackers?|gunmen|terrorists|they|extremists|islamists)"
_OTHER_PLACE = re.compile(r"\s+(?:from|out\s+of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:(?:town|city|village)\s+of\s+)?([A-Z][\w'-]+)")


def _words(side: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][\w'-]{2,}", side or "")} - {"forces", "the", "group", "troops", "army"}


def _leaver(verb: Token) -> Token | None:
    """Who leaves: the verb's subject; the one "forced to vacate" ("forcing the militants to vacate the town"); or the
    subject of the clause a gerund or second verb hangs on ("engaged them for hours before withdrawing")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        return subj
    head = verb.head
    if verb.dep_ == "xcomp":
        return next((c for c in head.children if c.dep_ == "dobj"), None)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    if verb.dep_ not in ("pcomp", "advcl", "conj", "xcomp") or head == verb:
        return None
    while head.dep_ == "conj" and head.head != head:  # "forced residents out and preached ... before fleeing"
        head = head.head
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _taker_leaves(span: Span, taker: str, loser: str | None, name: str) -> bool:
    """A leaving verb in ``span`` whose leaver is the taker (its words, "they", or a generic word for a fighting group
    with no word of the loser's); not one that leaves another named place ("withdrew from the village of Y"; "fled
    into the Boni forest" still leaves the one taken)."""
    words, losers = _words(taker), _words(loser)
    for tok in span:
        if not _leaves(tok):
            continue
        other = _OTHER_PLACE.match(span.doc.text, tok.idx + len(tok.text))
        if other is not None and other.group(1).lower() != name:
            continue
        leaver = _leaver(tok)
        if leaver is None:
            continue
        said = {t.lower_ for t in leaver.subtree}
        if said & losers:
            continue
        if said & words or re.fullmatch(_TAKER_WORDS, leaver.lower_):
            return True
    return False


def undone_in_report(
    name: str, taker: str | None, loser: str | None, own: int, sentences: Sequence[str], parse: Callable[[int], Span | None],
) -> int | None:
    """The index of the sentence that gives a brief capture up again, or None: the taker leaving or the other side
    back in control, in the sentence before the capture's or the three after it, with the hold told as short in one of
    them ("Al Shabaab militants temporarily seized X on August 15. The militants forced residents from their homes
    ... for over an hour before fleeing into the forest."). A sentence naming another place only is no undoing."""
    if not taker or own < 0:
        return None
    low_name = name.lower()
    for j in (own - 1, own + 1, own + 2, own + 3):
        if j < 0 or j >= len(sentences):
            continue
        text = sentences[j]
        if not (_BRIEF.search(text) or _BRIEF.search(sentences[own])):
            continue
        if _BACK.search(text):
            return j
        if _LEFT.search(text) and (span := parse(j)) is not None and _taker_leaves(span, taker, loser, low_name):
            return j
    # "the next day, the rebel groups retreated from those sites": the sentence right after the capture's
    j = own + 1
    if j < len(sentences) and _NEXT_DAY.search(sentences[j]) and _LEFT.search(sentences[j]) and (
        span := parse(j)
    ) is not None and _taker_leaves(span, taker, loser, low_name):
        return j
    return None
