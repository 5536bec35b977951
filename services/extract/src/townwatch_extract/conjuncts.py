"""The names the parse joins to a place name by "and" or a comma: the other towns of its list."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["listed_with"]


def listed_with(tok: Token) -> list[Token]:
    """The proper names coordinated with ``tok`` in its sentence ("Bikorazi and Rutshuru", "Kibumba, Bikorazi and
    Rutshuru"), in text order, ``tok`` left out: where a frame holds one place each, the list's other names are there
    to say which country an unknown name lies in. Only capitalised proper nouns: "Rutshuru and its surroundings" joins
    no town."""
    return [t for t in tok.conjuncts if t.i != tok.i and t.pos_ == "PROPN" and t.text[:1].isupper()]
