"""The doer of "after taking X" when the verb it follows is a reduced clause on a side's noun: "troops pressed on after seizing X".

The small model often reads a sentence's or a headline's main verb as a participle hung on its subject ("Russian troops
pressed on towards Pokrovsk after seizing Avdiivka": "pressed" an ``acl`` of "troops"; "Ukrainian troops advancing
south after taking Robotyne, army says"). The "after ..." clause then climbs to a verb with no subject and the capture
has no doer. The noun the reduced clause modifies is that doer, active or passive alike ("soldiers wounded after
capturing X" captured it too). Only a side's noun (a force noun or a proper name) before the participle: "the road
built after taking X" names no side.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["reduced_clause_doer"]

# the common nouns a side is named with ("Russian troops", "the rebels", "M23 fighters")
_SIDE_NOUNS = frozenset(
    "force troop fighter militant soldier rebel insurgent militia militiaman jihadist unit army gunman "
    "army group faction brigade battalion division regiment alliance coalition".split()
)
# the prepositions an "-ing" adjunct of a capture follows ("after taking X", "before seizing Y", "upon capturing Z")
_ADJUNCT_PREPS = frozenset({"after", "before", "upon", "on", "since", "by"})


def reduced_clause_doer(gerund: Token) -> Token | None:
    """The side's noun a reduced clause modifies when ``gerund`` ("seizing" of "after seizing X") hangs on that
    clause's participle through its preposition: "troops pressed on ... after seizing X" -> "troops"."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.lower_ not in _ADJUNCT_PREPS:
        return None
    verb = prep.head
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBG", "VBD"):
        return None
    noun = verb.head
    if noun.i >= verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.pos_ == "NOUN" and noun.lemma_.lower() not in _SIDE_NOUNS:
        return None
    return noun
