"""Identity clauses: the place a copula says is the noun a capture clause modifies ("Kunduz is the third provincial
capital the Taliban have taken", "Sheberghan became the second city captured by the Taliban this week")."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import PLACE_NOUNS

__all__ = ["identified_place"]

_COPULAS = frozenset({"be", "become"})
# nouns of an area a name may stand in for without being the place taken ("Donetsk is the region Russia has seized
# most of"): a settlement, a site or a district is what such a clause counts
_AREAS = frozenset({"area", "region", "province", "state", "outskirts", "governorate", "oblast"})


def identified_place(noun: Token) -> Token | None:
    """The name a copula identifies with ``noun``, a place noun it takes as its attribute ("Kunduz is the third
    capital ...", "Kunduz is the third of four capitals ...", "one of the towns ..."): the copula's subject when it is
    a name. Never a noun that is no place ("Kunduz is the biggest prize the Taliban have taken": a prize may be
    anything) nor a subject that is no name ("it is the third town")."""
    low = noun.lemma_.lower()
    if low not in PLACE_NOUNS or low in _AREAS:
        return None
    slot = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "attr":
        slot = noun.head.head  # "the third of four provincial capitals", "one of the towns"
    if slot.dep_ != "attr" or slot.head.lemma_.lower() not in _COPULAS:
        return None
    subj = next((c for c in slot.head.children if c.dep_ == "nsubj"), None)
    # (the small model tags a sentence's first name a plural noun now and then: "Paletwa/NNS is the fifth town")
    if subj is None or not subj.text[:1].isupper() or subj.pos_ not in ("PROPN", "NOUN") or subj.lower_ in PLACE_NOUNS:
        return None
    return subj
