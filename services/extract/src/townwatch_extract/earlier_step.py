"""Earlier steps: a capture a sentence tells only as what its news builds on, describes or visits is historical.

Four grammatical frames, each read off the parse of the capture's own clause (no place or side words):

- an extension's base: "Rebels captured more towns, extending their control after seizing X" (the "after" phrase hangs
  on a participle that extends a hold, itself the gloss of a clause that reports other changes: X is where the news
  started from). A plain chain of captures, "seized A on Tuesday after capturing B", keeps both as news (the main
  clause is a change, not an extension), and so does "extended their control to Y after seizing X" as a main clause;
- an offensive described by its capture: "The rebel advance, which captured X, has alarmed its allies" (a comma-set
  relative clause on an event noun, "advance", "offensive", "campaign", subject of a clause that is no change);
- a visit to a taken town: "Rebel leader tours seized city of X", "Putin visits captured X" (a headline's participle
  right after a visiting verb: the capture is the visit's setting);
- a caption counted after a capture: "Fighters gather a day after taking control of X, 14 August" (the date a caption
  names is the photograph's; the capture is counted back from it, see ``counted_caption``).
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.background import after_clause
from townwatch_extract.lexicon import VERB_CLASSES
from townwatch_extract.syntax import DAY_WORDS

__all__ = ["counted_caption", "described_offensive", "extension_base", "visited_capture"]

# a hold or a gain a side widens: "extending their control", "expanding its gains", "consolidating their grip"
_EXTEND = frozenset("extend expand consolidate widen deepen cement solidify".split())
_HELD = frozenset("control grip hold gain gains reach territory foothold presence advance advances sway dominance".split())
# nouns that name a campaign rather than a side: what it did is its description
_EVENT_NOUNS = frozenset(
    "advance offensive campaign assault onslaught push blitz operation incursion sweep drive counteroffensive".split()
)
# a visit to a place: "tours", "visits", "inspects" (a headline's present, a text's past)
_VISITS = frozenset("tour tours toured visit visits visited inspect inspects inspected".split())
_PARTICIPLES = frozenset("seized captured taken retaken recaptured liberated occupied conquered overrun".split())
_SOFT = frozenset("newly recently just freshly the a".split())
_SPANS = frozenset("day days hours hour week weeks".split())
# an advance that goes on after its capture ("which captured X, continued south"): the capture is its latest step
_GOES_ON = frozenset("continue press push move head reach approach near".split())


def extension_base(trigger: Token) -> bool:
    """"captured more towns, extending their control after seizing X": the "after" phrase of an extending participle
    that glosses a clause of other changes."""
    found = after_clause(trigger)
    if found is None:
        return False
    _, head = found
    if head.lemma_.lower() not in _EXTEND or head.dep_ not in ("advcl", "xcomp", "conj") or head.tag_ != "VBG":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in _HELD for c in head.children):
        return False
    main = head.head
    return main.pos_ in ("VERB", "AUX") and main.lemma_.lower() in VERB_CLASSES


def described_offensive(trigger: Token) -> bool:
    """"The rebel advance, which captured X, has alarmed its allies": a comma-set relative clause on an event noun that
    is the subject of a clause that is no change."""
    if trigger.dep_ != "relcl" or trigger.tag_ not in ("VBD", "VBN", "VBZ"):
        return False
    noun = trigger.head
    if noun.lemma_.lower() not in _EVENT_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc = trigger.doc
    first = trigger.left_edge.i
    if first == 0 or doc[first - 1].text != ",":
        return False  # ("the advance which captured X": a restrictive clause may pick the news out)
    if any(t.lower_ in DAY_WORDS for t in trigger.subtree):
        return False  # "The rebel advance, which captured X on Thursday, ...": a capture of the week's days is news
    main = noun.head
    return main.pos_ in ("VERB", "AUX") and main.lemma_.lower() not in VERB_CLASSES and main.lemma_.lower() not in _GOES_ON


def visited_capture(trigger: Token) -> bool:
    """"tours seized city of X", "visits newly captured X": a participle right after a visiting verb (the parse may
    read "tours" as a noun and the participle as the headline's verb)."""
    if trigger.lower_ not in _PARTICIPLES:
        return False
    doc = trigger.doc
    i = trigger.i - 1
    while i >= 0 and doc[i].lower_ in _SOFT:
        i -= 1
    return i >= 0 and doc[i].lower_ in _VISITS


def counted_caption(trigger: Token) -> bool:
    """A capture "a day after" or "hours after" which a present-tense main clause happens: the span counts back from the
    picture's moment, so a date the caption names ("..., 14 August") is the picture's, never the capture's. (The caller
    asks ``background.caption_after`` first.)"""
    found = after_clause(trigger)
    if found is None:
        return False
    after, head = found
    spans = [c for c in after.children if c.dep_ == "npadvmod"]
    spans += [c for c in head.children if c.dep_ == "npadvmod" and c.i < after.i and c.right_edge.i >= after.i - 1]
    return any(s.lower_ in _SPANS for s in spans)
