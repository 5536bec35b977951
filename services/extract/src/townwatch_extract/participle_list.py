"""Participle lists: the places named after a taken plural ("the liberated villages are A, B and C").

Monitors and wire copy often name the places taken in a sentence of their own, after a plural the participle says
was taken: "The liberated villages are A, B and C", "Other recaptured towns include A and B", "the newly captured
villages include: A, B", "The areas liberated by the SNA include A, B and C towns", "identified the newly captured
towns as A, B", "Among the villages seized on Monday were A and B". The verb of the sentence only lists (be,
include); the participle on its subject (or on the plural after "among") is the capture. The names are the places
taken; the side is the participle's agent ("by the SNA") or, with none, no side is named. Only participles of taking
count, and those of leaving with the side that left as agent ("the areas left by rebel forces include A, B"): "the
besieged / shelled / occupied / abandoned villages are A, B" list no change.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from townwatch_extract.frames import Frame, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.syntax import children, prep_objects

__all__ = ["AMONG_PARTICIPLE", "LISTING_AFTER_PARTICIPLE", "ONE_OF_PARTICIPLE", "ONE_OF_TAKEN", "PARTICIPLE_FORMS", "PARTICIPLE_LIST", "participle_list_frame"]

PARTICIPLE_LIST = "participle list"
ONE_OF_TAKEN = "one of the taken"
"""A name said to be one of the places a participle says were taken: "X, one of the recaptured villages, lies 45 km
from Y", "One of the communities retaken during the operation was X". With no agent, the taker is the side the text
named before (as a ranked fall's)."""
# the participles of taking, as written (the tagger reads some as adjectives, lemma unchanged)
PARTICIPLE_FORMS = frozenset("liberated recaptured captured seized retaken freed regained reclaimed overrun conquered".split())
# the plurals a list of places is set off after
_PLURALS = frozenset("towns villages cities districts areas settlements localities locations communities hamlets".split())
# the verbs whose object, told as today's news, the apposition's earlier capture must not take back
_TAKING_VERBS = frozenset("liberate recapture retake free regain reclaim capture seize take".split())
_SETTLEMENTS = frozenset("towns villages cities settlements localities communities hamlets".split())
# the sentence the prefilter keeps though it names no side: a participle of taking, its plural, a listing verb (or
# its agent first: "the areas liberated by the SNA include")
LISTING_AFTER_PARTICIPLE = re.compile(
    rf"\b(?:{'|'.join(sorted(PARTICIPLE_FORMS))})\s+(?:(?:towns|villages|cities|districts|areas|settlements|localities|locations|communities|hamlets)\s+"
    r"(?:and\s+\w+\s+)?(?:are|were|include|included|includes|comprise|comprised|as)\b)",
    re.I,
)
# "Among the six villages captured over the past two days were A and B": the plural first, its participle after it
AMONG_PARTICIPLE = re.compile(
    rf"\bamong\s+(?:the|those)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(sorted(_PLURALS))})\s+(?:{'|'.join(sorted(PARTICIPLE_FORMS))})\b",
    re.I,
)
# "X, one of the recaptured villages, ...", "One of the communities retaken during the operation was X"
ONE_OF_PARTICIPLE = re.compile(
    rf"\bone\s+of\s+the\s+(?:[\w-]+\s+)?(?:(?:{'|'.join(sorted(PARTICIPLE_FORMS))})\s+(?:{'|'.join(sorted(_PLURALS))})"
    rf"|(?:{'|'.join(sorted(_PLURALS))})\s+(?:{'|'.join(sorted(PARTICIPLE_FORMS))}))\b",
    re.I,
)
# the verbs that only list: "are", "include", "comprise"; "identified / named ... as"
_LISTING = frozenset("be include comprise".split())
_NAMING_AS = frozenset("identify name list give".split())


_BACK_MARKS = frozenset("after since before until when while".split())


def _told_back(verb: Token) -> bool:
    """Whether the listing verb sits in a clause that dates it back ("comes a week after the forces liberated villages
    included A, B"): a list of an earlier change, not the news."""
    return any(t.dep_ == "advcl" or any(c.dep_ == "mark" and c.lower_ in _BACK_MARKS for c in t.children) for t in (verb, *verb.ancestors))


def _listed(plural: Token) -> list[Token]:
    """The first listed name of the sentence the plural opens: the object or attribute of its listing verb, or the
    object of "as" after a naming verb; none when the plural is no such subject or object."""
    verb = plural.head
    while plural.dep_ == "conj" and verb.lower_ in _PLURALS:  # "the newly captured towns and villages as A, B"
        plural, verb = verb, verb.head
    if _told_back(verb):
        return []
    if plural.dep_ == "nsubj" and verb.lemma_.lower() in _LISTING:
        return [o for o in children(verb, ("attr", "dobj")) if o.i > plural.i]
    if plural.dep_ == "dobj" and verb.lemma_.lower() in _NAMING_AS:
        return [o for o in prep_objects(verb, ("as",)) if o.i > plural.i]
    if plural.dep_ == "pobj" and verb.lower_ == "of" and (one := verb.head).lower_ == "one" and _the(plural):
        return _one_of(one)
    if plural.dep_ == "pobj" and verb.lower_ == "among" and verb.i == plural.sent.start + _opening(plural):
        # "Among the villages seized on Monday were A and B": the names are the subject of the "be" the clause opens
        be = verb.head
        if be.lemma_.lower() == "be" and not _told_back(be):
            return [o for o in children(be, ("nsubj", "attr")) if o.i > plural.i]
    return []


def _the(plural: Token) -> bool:
    """"one of the recaptured villages", not "one of several recaptured villages" (a count, no list to name)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in plural.children)


def _one_of(one: Token) -> list[Token]:
    """The name "one of the taken places" is said of: set off before it ("X, one of the recaptured villages, lies
    ..."), or the other side of a "be" ("One of the communities retaken was X", "X was one of the towns seized")."""
    if one.dep_ == "appos" and one.head.pos_ == "PROPN" and one.head.i < one.i:
        return [one.head]
    if one.dep_ == "nsubj" and one.head.lemma_.lower() == "be" and not _told_back(one.head):
        return [o for o in children(one.head, ("attr",)) if o.i > one.i and o.pos_ == "PROPN"]
    if one.dep_ == "attr" and one.head.lemma_.lower() == "be" and not _told_back(one.head):
        return [o for o in children(one.head, ("nsubj",)) if o.i < one.i and o.pos_ == "PROPN"]
    return []


def _retaken_now(one: Token) -> bool:
    """"Ukraine liberated Vovchansk, one of the first towns seized by Russian forces": the name set off before "one of"
    is the object of a verb of taking in the same sentence, whose news the apposition only colours with the town's past
    (the earlier taker must not take it back). The apposition alone ("X, one of the recaptured villages, lies ...")
    keeps its reading."""
    if one.dep_ != "appos" or one.head.i > one.i:
        return False
    name = one.head
    # "liberated the city of Vovchansk, one of ...": the name hangs on "of" after the object "the city"
    obj = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else name
    verb = obj.head
    return obj.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _TAKING_VERBS


def _opening(plural: Token) -> int:
    """Where "among" may stand in the plural's sentence: first, or after an opening quote."""
    first = plural.sent[0]
    return 1 if first.is_quote or first.text in ("(", "-") else 0


# the participles of leaving: a list of places a side gave up, told only with that side as agent ("the areas left by
# rebel forces include A, B and C", "the towns abandoned by the militants are A and B"); without one they describe
# ("the abandoned villages are A and B": deserted, no change)
_LEFT_FORMS = frozenset("left abandoned vacated evacuated".split())


_ARMED = frozenset("troop soldier force army unit fighter militant rebel militia insurgent jihadist terrorist garrison".split())


def _left_by(trigger: Token) -> Token | None:
    """The armed side a participle of leaving names as its agent ("left by rebel forces", "abandoned by the Taliban";
    never "abandoned by their residents"), or None."""
    if trigger.lower_ not in _LEFT_FORMS or trigger.dep_ != "acl":
        return None
    return next((a for a in prep_objects(trigger, ("by",)) if a.lemma_.lower() in _ARMED or a.pos_ == "PROPN"), None)


def participle_list_frame(trigger: Token) -> Frame | None:
    """The frame of a participle of taking on a plural that a list of places follows, or None."""
    if (trigger.lower_ not in PARTICIPLE_FORMS and _left_by(trigger) is None) or trigger.dep_ not in ("amod", "acl") or (
        trigger.head.lower_ not in _PLURALS
    ):
        return None
    objects = _listed(trigger.head)
    # the plural says what its names are ("the villages captured ... were A and B": two villages, GeoNames may lack them)
    kind = trigger.head.lemma_.lower() if trigger.head.lower_ in _SETTLEMENTS else None
    places = [r for o in objects for r in place_refs(o, kind_noun=kind) if not r.anaphor]
    if not places:
        return None
    if (leaver := _left_by(trigger)) is not None:
        # "the areas left by rebel forces include A, B": the side left them, who holds them now the text does not say
        return Frame(trigger, TriggerClass.LOSE, PARTICIPLE_LIST, places=places, losing=leaver)
    gaining = next(iter(prep_objects(trigger, ("by",))), None)
    losing = next(iter(prep_objects(trigger, ("from",))), None)
    # "X, one of the recaptured villages": one of the places the side the text named before took (``ONE_OF_TAKEN``)
    construction = ONE_OF_TAKEN if trigger.head.head.lower_ == "of" and trigger.head.head.head.lower_ == "one" else PARTICIPLE_LIST
    if construction == ONE_OF_TAKEN and _retaken_now(trigger.head.head.head):
        return None
    return Frame(trigger, TriggerClass.GAIN, construction, places=places, gaining=gaining, losing=losing)
