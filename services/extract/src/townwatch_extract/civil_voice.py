"""Civil voice: a side's authorities or officials who own a loss ("the Armenian authorities admitted they had lost X") speak for its forces."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.actors import ActorCatalogue, ActorEntry

__all__ = ["CIVIL_NOUNS", "voiced_forces"]

# the civil voice of a side, never its fighters: "the X authorities", "X officials", "the X government"
CIVIL_NOUNS = frozenset({"authority", "authorities", "official", "officials", "government", "leadership"})


def voiced_forces(speaker: Token | None, catalogue: ActorCatalogue) -> ActorEntry | None:
    """The forces of the side whose civil voice ``speaker`` is, named by the word before it ("the Armenian
    authorities" -> Armenian forces, "Artsakh officials" -> Artsakh forces), or None ("local officials", "the
    authorities", "UN officials": no side's word)."""
    if speaker is None or (speaker.lemma_.lower() not in CIVIL_NOUNS and speaker.lower_ not in CIVIL_NOUNS):
        return None
    words = [c for c in speaker.children if c.dep_ in ("amod", "compound", "nmod") and c.i < speaker.i and c.text[:1].isupper()]
    if len(words) != 1:
        return None
    name = f"{words[0].text} forces"
    found = catalogue.find(name)
    return found[0].actor if len(found) == 1 and found[0].start == 0 and found[0].end == len(name) else None
