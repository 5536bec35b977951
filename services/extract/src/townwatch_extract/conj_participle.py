"""A second verb read as an adjective: "Z advanced north from Y Oblast and liberated X" parsed as "and liberated X".

After a first verb with a prepositional phrase, the small model often reads the past form of a second verb joined by
"and" as an adjective on the name after it, and makes that name a conjunct of the first verb. The past form is the
verb it is: its subject is the first verb's, its object the name (read from Wikipedia day entries, session 32).

Not this: "the newly liberated X" (no "and" before it), "and liberated X residents" (the name a modifier of a common
noun), "and the liberated X" (a determiner), a first verb with no subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass
from townwatch_extract.syntax import subject_of

__all__ = ["conj_participle"]

_IRREGULAR = {"retook": "retake", "overran": "overrun", "took": "take"}
_CAPTURING = frozenset({TriggerClass.GAIN, TriggerClass.EXPEL})


def conj_participle(tok: Token) -> tuple[str, Token] | None:
    """For a past form misread as an adjective after "and" ("... and liberated X"): the verb's lemma and the first
    verb's subject (who took X); else None. The name is ``tok.head`` (read as the adjective's noun) or the form's
    object (read as a conjunct adjective with an object)."""
    if tok.pos_ != "ADJ" or not tok.lower_.endswith(("ed", "ook", "an")) or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "and":
        return None
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children
    ):
        first = tok.head  # "... and liberated Pisky-Radkivskyi": the conjunct kept, its name the object
    else:
        name = tok.head
        if tok.dep_ != "amod" or name.pos_ != "PROPN" or name.dep_ != "conj" or name.head.pos_ != "VERB" or name.i <= tok.i:
            return None
        if any(t.pos_ != "PROPN" and t.tag_ != "HYPH" for t in tok.doc[tok.i + 1 : name.i]):
            return None
        first = name.head
    low = tok.lower_
    lemma = next((c for c in (_IRREGULAR.get(low), low[:-1], low[:-2], low) if c and VERB_CLASSES.get(c) in _CAPTURING), None)
    if lemma is None:
        return None
    subject = subject_of(first)
    return (lemma, subject) if subject is not None else None
