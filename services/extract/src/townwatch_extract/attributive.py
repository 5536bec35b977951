"""An attributive participle read as a verb: "demolish homes in occupied East Jerusalem" parsed as "occupied" a verb.

World news names a place by the state it is in: "in occupied East Jerusalem", "from occupied Crimea", "of liberated
Kherson". Before a capitalised name of two words the small model often tags the participle a past verb (VBD, VBN)
with the name as its object, and the subject of the sentence as its doer, so "Israeli forces demolish homes in occupied
East Jerusalem" reads as the forces occupying Jerusalem. A past verb never follows a preposition directly: the word is
the name's adjective, a state told in passing, not a change (read in world-news headlines and reports of house
demolitions, session 33: the parse on seven pages, three of them read as events).

Not this: a subordinating word before the participle ("once captured by the army", "as seized by"), which opens a
clause of its own; a participle with a word between it and the preposition ("in 2014 captured X").
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["attributive_participle"]

# prepositions of place and relation whose object is a noun phrase, never a clause
_PLACE_PREPOSITIONS = frozenset(
    """in into inside within of from across throughout near around outside at to toward towards on over through under
    along beyond behind""".split()
)


def attributive_participle(trigger: Token) -> bool:
    """Whether ``trigger``, a past form the parser made a verb (never a gerund: "succeeded in capturing X"), is the adjective of the noun phrase a preposition just
    before it opens ("in occupied East Jerusalem", "from occupied Crimea")."""
    if trigger.tag_ == "VBG" or trigger.i == trigger.sent.start or not trigger.lower_.endswith(("ed", "en")):
        return False
    before = trigger.doc[trigger.i - 1]
    # (by its word, not its tag: a headline rebuilt for its lost side may make the preposition the participle's subject)
    return before.lower_ in _PLACE_PREPOSITIONS and bool(before.whitespace_)
