"""Footage of a flag: "a video showed soldiers in X waving the Ukrainian flag" names the raisers and the town they stand in.

A report of a capture often rests on footage: "A video showed soldiers in nearby X waving the national flag", "Footage
shows Ukrainian troops in the village of X raising their flag". The parse hangs the flag verb on the showing verb
(``advcl``) or on the noun shown (``acl``), and the town on the showing verb ("showed soldiers in X"), so the flag verb
itself has neither doer nor place. The noun shown is the doer, the town it is shown in the place. Only armed men or a
named side: residents or crowds waving a flag ("a video showed residents of X waving Ukrainian flags at a rally") are
a protest or a welcome, no capture read here.
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.syntax import prep_objects

__all__ = ["shown_raisers"]

# the verbs footage, photographs or a report show a scene with
_SHOWING = frozenset({"show", "depict", "film", "capture", "feature", "see"})
# people whose flag is a protest's or a welcome's, never a capture's
_NOT_ARMED = frozenset(
    "resident local villager inhabitant people townspeople civilian citizen protester protestor demonstrator crowd "
    "supporter fan activist woman man child student".split()
)


def shown_raisers(trigger: Token) -> tuple[Token, list[Token]] | None:
    """The noun a showing verb shows doing the flag verb ``trigger`` ("showed soldiers in X waving the flag" ->
    "soldiers") and the places it is shown in (the showing verb's or the noun's "in"/"at"), or None."""
    shown: Token | None
    if trigger.dep_ == "acl" and trigger.head.dep_ == "dobj":
        shown, verb = trigger.head, trigger.head.head
    elif trigger.dep_ in ("advcl", "xcomp", "ccomp", "oprd"):
        verb = trigger.head
        # "showed soldiers in X waving the flag": the noun shown is the showing verb's object, or the flag verb's own
        # subject where the parse made the scene a clause ("showed [soldiers in X waving ...]")
        shown = next((c for c in verb.children if c.dep_ == "dobj" and c.i < trigger.i), None) or next(
            (c for c in trigger.children if c.dep_ == "nsubj" and c.i < trigger.i), None)
    else:
        return None
    if shown is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SHOWING:
        return None
    if shown.pos_ not in ("NOUN", "PROPN") or shown.lemma_.lower() in _NOT_ARMED:
        return None
    places = [o for o in prep_objects(verb, ("in", "at")) if shown.i < o.i < trigger.i] + prep_objects(shown, ("in", "at"))
    return shown, places
