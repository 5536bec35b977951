"""A hold a source reports as its news: a monitor's "Reported that Z controls X", "sources say Z is in control of X",
"Z reportedly holds A and B" (a note's present tense of control, told as what the report found, not as a standing state).

The present tense of "control" alone says who holds a place ("the rebels, who control X, ..."), so it is read only
where a source or "reportedly" carries it, and never where the hold is told as lasting ("still", "long", "since",
"for months", "continues to", "remains in"), denied, disputed, possible only, or over a share of the place ("most of
X", "60 percent of X": a front line, not a change).
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import CAPITALS, DENY_LEMMAS
from townwatch_extract.syntax import negated_or_modal, subject_of

__all__ = ["reported_hold"]

# the verbs and nouns of a source that found the hold ("Reported that ...", "local sources say ...", "confirmation
# that ...", "reports indicate that ...")
_REPORT_VERBS = frozenset("report say confirm indicate state acknowledge show".split())
_REPORT_NOUNS = frozenset("report confirmation indication".split())
# a hold told as lasting, or a speaker's own (kept for control._said_frame): who holds the place, not a change
_LASTING = frozenset("still long always already yet since until previously formerly once continue remain before then".split())
_SELF = frozenset({"it", "they", "we"})
_DISPUTING = DENY_LEMMAS | frozenset({"dispute", "contest", "deny"})
_SHARES = frozenset("most part parts half percent per cent % majority third thirds quarter much some all".split())
_TIME_NOUNS = frozenset("day days week weeks month months year years decade decades".split())


def _lasting(verb: Token) -> bool:
    for c in verb.children:
        if c.lemma_.lower() in _LASTING or c.lower_ in _LASTING:
            return True
        if c.dep_ == "prep" and c.lower_ in ("since", "until", "before", "during", "throughout"):
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "in") and any(o.lemma_.lower() in _TIME_NOUNS or o.like_num for o in c.children):
            return True  # "for two years", "in 2013"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till", "before", "when", "while") for m in c.children):
            return True  # "controlled the city until the army returned"
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in ("continue", "remain")


# the reporting verbs whose past shifts a hold's present back ("stated that Z had control of A"); a bare "said" does
# not: "Residents said Syrian troops had control of Douma" is a state without "now" (test_verbs_twentyfourth)
_SHIFTING_VERBS = _REPORT_VERBS - {"say"}


def _shifted(verb: Token) -> bool:
    """Reported speech's past for the present: "the president stated that the army had control of A and B",
    "officials confirmed that the militants controlled the town" (the hold's simple past under a reporting verb's
    past other than "said"; a pluperfect, "had controlled", is a hold before the report and stays out)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.tag_ != "VBD" or head.lemma_.lower() not in _SHIFTING_VERBS or head.i > verb.i:
        return False  # (a speaker set off after the line, "Z were in full control of X, the ministry said", tells a state)
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)


def _source(verb: Token) -> bool:
    """Whether a source carries the hold: "reportedly" on it, or the hold is what a reporting verb or noun says."""
    if any(c.dep_ == "advmod" and c.lower_ == "reportedly" for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _REPORT_VERBS:
        # the source before the hold, as a note's "Reported that ..." and "sources say ..." are; a speaker set off
        # after the line ("Z are in full control of X, the ministry said") is the wire's state line (classifier24's
        # ROLE_READ, control's "the government has full control of Damascus, officials said")
        return head.i < verb.i and not negated_or_modal(head)
    if verb.dep_ in ("ccomp", "acl") and head.pos_ == "NOUN" and head.lemma_.lower() in _REPORT_NOUNS:
        return True
    return False


def _held_objects(verb: Token) -> list[Token]:
    """What the hold is over: the object of "controls" / "holds", or what follows "control of / over"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]  # (the passive's held place: "most of X is held by Z")
    ctrls = [o for o in objs if o.lemma_.lower() == "control"]
    ctrls += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.lemma_.lower() == "control"]
    for ctrl in ctrls:
        objs += [o for p in ctrl.children if p.dep_ == "prep" and p.lower_ in ("of", "over") for o in p.children if o.dep_ == "pobj"]
    return [o for o in objs if o.lemma_.lower() != "control"]


def _share(verb: Token) -> bool:
    """"control most of X", "controls 60 percent of X", "is in control of parts of X": a share, not the place."""
    return any(
        o.lower_ in _SHARES or any(c.lower_ in _SHARES and c.dep_ in ("nummod", "amod", "det", "compound", "quantmod") for c in o.children)
        for o in _held_objects(verb)
    )


# a government's own hold of its capital is its status ("The government has full control of Damascus, officials said")
_GOVERNMENT_WORDS = frozenset("government regime army military authorities state troops forces police".split())


def _seat_held(verb: Token, subj: Token) -> bool:
    """Whether a state's side is told holding a capital ("the government has full control of Damascus")."""
    if subj.lemma_.lower() not in _GOVERNMENT_WORDS or any(c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" for c in subj.children):
        return False  # ("Ukrainian forces", "the army" of a side named: a taker, not the seat's own government)
    names = {" ".join(t.text for t in o.subtree if t.pos_ == "PROPN").lower() for o in _held_objects(verb)}
    return any(n in CAPITALS for n in names)


def reported_hold(verb: Token) -> bool:
    """Whether ``verb`` (the present "controls" / "holds" / "is (in control)" / "has (control)") is a hold a source
    reports as its news: present tense, carried by a source or "reportedly", never lasting, a relative clause, a
    speaker's own ("says it controls X": control._said_frame), negated, modal, disputed or over a share."""
    present = verb.tag_ in ("VBZ", "VBP") or (  # (or the present passive: "X is controlled / held by Z")
        verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in verb.children)
    ) or _shifted(verb)
    if not present or verb.dep_ in ("relcl", "acl", "amod", "advcl", "xcomp"):
        return False
    if negated_or_modal(verb) or _lasting(verb) or not _source(verb):
        return False
    subj = subject_of(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in _SELF:
        return False
    if any(t.lemma_.lower() in _DISPUTING for t in verb.sent) or _seat_held(verb, subj):
        return False
    return not _share(verb)
