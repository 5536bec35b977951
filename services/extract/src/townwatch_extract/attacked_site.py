"""Attacked sites: the camp or base an attack was launched on is what "it" stands for when the same side then took it.

A monitor's note tells a raid on an installation and its fall in one sentence: "The KNLA launched an attack on the X
camp on Monday and captured it on Tuesday", "rebels stormed the army base near Y and seized it". The pronoun was left to
the article's places (coreference.py), which hold towns, not sites, and the capture was lost. When the taking verb is
joined to the attack (its conjunct), and the attack's target is an installation (a camp, base, outpost, post,
headquarters, barracks, airport or airbase), "it" is that target; a town attacked keeps the usual reading ("attacked
X and captured it" already finds X).
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import INSTALLATION_NOUNS, SITE_NOUNS
from townwatch_extract.syntax import prep_objects

__all__ = ["attacked_site"]

# verbs whose object is what was attacked ("attacked / stormed / besieged the X camp")
_ATTACKING = frozenset("attack storm assault raid besiege encircle surround overrun".split())
# verbs whose object is the attack itself ("launched an attack on the X camp", "mounted an assault against Y base")
_LAUNCHING = frozenset("launch mount stage carry conduct begin start".split())
_ATTACK_NOUNS = frozenset("attack attacks assault assaults offensive raid raids operation".split())
_SITES = (INSTALLATION_NOUNS | SITE_NOUNS) - {"position", "positions", "infrastructure", "facility", "facilities"}


def _target(verb: Token) -> Token | None:
    """What ``verb`` attacked: its object, or the "on"/"against" object of the attack it launched."""
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in _ATTACKING:
        return objs[0] if objs else None
    if lemma in _LAUNCHING:
        for obj in objs:
            if obj.lemma_.lower() in _ATTACK_NOUNS:
                found = prep_objects(obj, ("on", "against")) or prep_objects(verb, ("on", "against"))
                return found[0] if found else None
    return None


def attacked_site(it: Token) -> Token | None:
    """The installation "it" stands for as the object of a taking verb joined to an attack on that installation; None
    for any other "it" (an attack on a town, a taking verb on its own, a pronoun as subject)."""
    verb = it.head
    if it.dep_ != "dobj" or verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    target = _target(verb.head)
    if target is None or target.lower_ not in _SITES:
        return None
    return target
