"""Named ports: a harbour written with a name of its own ("al Hima port", "the al-Tawahi port of Aden")."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_gazetteer.countries import country_codes

__all__ = ["port_name"]

# "the Red Sea port of Hodeidah", "a Black Sea port": a water or a coast the port lies on, never its name
_WATERS = frozenset("sea gulf ocean coast bay river lake strait".split())


def port_name(port: Token) -> Token | None:
    """The proper name written before a port noun, which names the port itself ("captured al Hima port in al Tuhayat
    district": al Hima, the district only where it lies; "seizes al-Tawahi port of Aden": al-Tawahi, not Aden), or
    None ("the port of Aden", "the Red Sea port", "a Yemeni port", "Somalia's port")."""
    names = [
        c for c in port.children
        if c.dep_ == "compound" and c.i < port.i and c.pos_ == "PROPN" and c.lower_ not in country_codes()
        and not any(w.lower_ in _WATERS for w in c.subtree)
    ]
    return names[-1] if names else None
