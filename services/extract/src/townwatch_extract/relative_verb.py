"""Relative verb: the relative clause a "which" opens, through the verbs it is the object of ("which they claimed to
have captured")."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["relative_verb"]


def relative_verb(which: Token) -> Token | None:
    """The head of the relative clause "which"/"that" belongs to, its antecedent that clause's head: the verb it hangs
    on ("Hirske, which they captured"), or the relative verb an infinitive of it is the complement of ("the towns of
    A and B, which they claimed to have fully captured by the next day", "X, which the army said it had retaken" is a
    reported clause, not a complement, and stays unread); None outside a relative clause."""
    verb = which.head
    for _ in range(3):
        if verb.dep_ == "relcl":
            return verb
        if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
            return None
        verb = verb.head
    return None
