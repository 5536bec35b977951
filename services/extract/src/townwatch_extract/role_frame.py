"""A change frame read from generic argument roles: for a sentence the learned classifier says reports a change of
control and no rule reads ("Government troops moved into Domalik", "the army was in control of X by evening").

The sentence's main verb (under a speech verb, the clause it reports) is the trigger whatever its lemma: its subject
(a passive's "by" agent) gains, and the place is its object, a "control/hold of X" phrase, or an "into/over/of X" phrase.
Such a frame is weak by construction (``needs_known``): the extractor keeps it only when the place resolves and a
named armed side acts, as for a weak capture verb, and scores it below every rule's frame.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from townwatch_extract.frames import Frame, PlaceRef, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.syntax import is_passive, objects_of, prep_objects, subject_of

__all__ = ["ROLE_FRAME", "role_frames"]

ROLE_FRAME = "role"
"""The construction name of a frame read from argument roles (scored 0.4, below every rule's construction)."""

_SPEECH = frozenset("say report announce claim confirm state tell add note write".split())
_HOLD_NOUNS = frozenset("control hold charge possession grip command".split())
_PLACE_PREPS = ("into", "over", "of")


def _clause_verb(root: Token) -> Token | None:
    """The verb whose roles are read: the root, or the clause a speech verb reports ("the army said it took X")."""
    if root.lemma_.lower() in _SPEECH:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    return root if root.pos_ in ("VERB", "AUX") and root.lemma_.lower() not in _SPEECH else None


def _held_objects(noun: Token) -> list[Token]:
    """"control of X", "hold over X": the place a holding noun is of."""
    return prep_objects(noun, ("of", "over")) if noun.lemma_.lower() in _HOLD_NOUNS else []


def _targets(verb: Token, passive: bool) -> list[Token]:
    if passive:
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    found: list[Token] = []
    for obj in objects_of(verb):
        found.extend(_held_objects(obj) or [obj])
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for pobj in (p for p in c.children if p.dep_ == "pobj"):
            held = _held_objects(pobj)  # "were in control of X", "took over control of X"
            if held:
                found.extend(held)
            elif c.lower_ in _PLACE_PREPS:
                found.append(pobj)
    return found


def _frame(verb: Token) -> Frame | None:
    passive = is_passive(verb)
    places: list[PlaceRef] = [ref for t in _targets(verb, passive) for ref in place_refs(t)]
    if not places:
        return None
    gaining = next(iter(prep_objects(verb, ("by",))), None) if passive else subject_of(verb)
    return Frame(verb, TriggerClass.GAIN, ROLE_FRAME, places, gaining=gaining, needs_known=True)


def role_frames(doc: Doc, *, broad: bool = False) -> list[Frame]:
    """One frame per sentence of ``doc`` whose main verb has a place among its roles (none when it has not); with
    ``broad``, one per verb of the sentence that has ("Ukrainian units, which entered X, raised the flag")."""
    out: list[Frame] = []
    for sent in doc.sents:
        if broad:
            verbs = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() not in _SPEECH]
        else:
            verbs = [v] if (v := _clause_verb(sent.root)) is not None else []
        out += [f for v in verbs if (f := _frame(v)) is not None]
    return out
