"""Background nominals: a change told as the setting of the news ("since the fall of X", "ten years after the
capture of X") is historical, whatever the sentence's own tense."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["is_background_nominal", "is_since_clause", "shortly_after"]

_DURATIONS = frozenset("day days week weeks month months year years decade decades".split())
_AFTER = frozenset({"after", "following", "before"})
_SHORT = frozenset("hour hours day days week weeks".split())
_SOON = frozenset({"shortly", "soon", "immediately", "hours", "days", "weeks"})
_ANNIVERSARY = frozenset({"anniversary", "jubilee"})


def is_background_nominal(noun: Token) -> bool:
    """Whether a nominal trigger is the time frame of its sentence rather than its news."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    low = prep.lower_
    if low == "since":
        return True
    if low == "of" and prep.head.lemma_.lower() in _ANNIVERSARY:
        return True  # "celebrated the first anniversary of their town's liberation": a change years back
    if low == "of" and prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("on", "for", "at", "marking") and (
        prep.head.head.head.lemma_.lower() in _ANNIVERSARY
    ):
        return True  # "on the anniversary of the fall of X" read through a date noun
    if low in _AFTER:
        # "Ten years after the capture of X": a span of time counted back from the news
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _DURATIONS for c in prep.children)
    return False


def is_since_clause(verb: Token) -> bool:
    """"(massed there) since the city fell to the Taliban": the change that a state has lasted since."""
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "since":
        return True  # "a battleground since being seized by Islamists a week ago": the state's start, not the news
    # "has extended its reach since June 10, when it seized Mosul (and soon afterwards took Tikrit)"
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    head = verb.head
    return verb.dep_ in ("relcl", "advcl") and head.dep_ == "pobj" and head.head.lower_ == "since"


def shortly_after(verb: Token) -> Token | None:
    """"gained control of X just days after Moscow launched its invasion in February 2022": the clause a change
    closely follows, whose date is then the change's own (None when there is no such clause)."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
            continue
        if any((c.dep_ == "npadvmod" and c.lemma_.lower() in _SHORT) or (c.dep_ == "advmod" and c.lower_ in _SOON)
               for c in clause.children):
            return clause
    return None
