"""Unnamed town: the container a place noun's own "in" phrase names is never the town the noun stands for."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Token

from townwatch_gazetteer import name_key

__all__ = ["container_names", "named_container", "neighbour_names"]

# what makes a place noun a town next to the ones its sentence names: "seizing a nearby town", "a neighbouring village"
_NEIGHBOURING = frozenset("nearby neighbouring neighboring adjacent adjoining".split())


def container_names(noun: Token, trigger: Token | None = None) -> Iterator[str]:
    """Name keys of the proper names in the "in" phrase the place noun ``noun`` carries ("retake a town in southeastern
    Idlib", "another town in the southeastern countryside of the Idlib Governorate", "a village in Kherson's Beryslav
    district"): the province or district the unnamed town lies in, which a later "reports from southeast Idlib" names
    again and which the noun never stands for. Each name whole and each of its words, as the region rule does. The
    parser often hangs the "in" on the ``trigger`` ("retake [town] [in Idlib]"): that one too when it follows the noun
    at once."""
    after = noun.right_edge.i + 1
    preps = [*noun.children, *(c for c in trigger.children if c.i == after)] if trigger is not None else list(noun.children)
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        names = [t for t in prep.subtree if t.pos_ == "PROPN"]
        if names:
            yield name_key(" ".join(t.text for t in names))
            yield from (name_key(t.text) for t in names)


def neighbour_names(noun: Token) -> Iterator[str]:
    """Name keys of the proper names in the sentence of a place noun told as their neighbour ("inching closer to Goma
    and seizing a nearby town", "took a neighbouring village after the fall of X"): the town it lies near is never
    the town it stands for, here or where a later sentence names that town again."""
    if not any(c.dep_ == "amod" and c.lower_ in _NEIGHBOURING for c in noun.children):
        return
    yield from (name_key(t.text) for t in noun.sent if t.pos_ == "PROPN")


def named_container(place: Token, others: Sequence[Token]) -> bool:
    """Whether ``place`` is only the container another place of the same frame is located in: "raised the flag over the
    village of Makarivka in Donetsk" (Donetsk is where Makarivka lies, no second place taken). The "in" hangs on the
    other place's name or on its kind noun ("village of X")."""
    if place.dep_ != "pobj" or place.head.lower_ != "in":
        return False
    holder = place.head.head
    if holder.pos_ not in ("NOUN", "PROPN"):
        # the parser hangs the "in" on the verb: only right after the other place's phrase ("over the village of X in
        # Donetsk"), never a fronted setting ("In Khartoum, the army took over the X neighbourhood": the city itself)
        return any(o.i != place.i and o.pos_ == "PROPN" and o.i + 1 == place.head.i for o in others)
    return any(
        o.i != place.i and o.pos_ == "PROPN" and o not in place.subtree and (o.i == holder.i or holder in o.ancestors)
        for o in others
    )
