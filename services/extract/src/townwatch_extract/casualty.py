"""The fallen as doers: a note's "N soldiers were killed ... after taking control of X" took X on their side."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass

__all__ = ["fallen_doer"]

# the verbs a note counts its casualties with
_CASUALTY = frozenset("kill wound injure ambush".split())
# the prepositions that open the participle of what the fallen had done ("after taking", "upon retaking"; never "while retaking", an operation still going)
_BEFORE_FALL = frozenset({"after", "upon", "on"})
# the nouns a side's fallen are counted as
_FALLEN = frozenset("soldier troop fighter militant rebel insurgent militiaman member combatant jihadist officer".split())


def fallen_doer(participle: Token) -> Token | None:
    """The passive subject of a casualty verb that ``participle`` ("taking" of "after taking") hangs on through its
    preposition: "Three government troops were killed ... after taking control of the city centre" (the troops
    took it). Only a verb of taking: "were wounded in a blast after leaving X" tells a trip, not a withdrawal. Only a
    counted side ("soldiers", "troops", "fighters", a named force), never a civilian, a place or a vehicle ("two trucks
    were destroyed after ..."), and never an active casualty verb ("IS killed three soldiers after taking X" is IS's,
    read as it was)."""
    prep = participle.head
    if participle.dep_ != "pcomp" or prep.lower_ not in _BEFORE_FALL or VERB_CLASSES.get(participle.lemma_.lower()) != TriggerClass.GAIN:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CASUALTY:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or (subj.lemma_.lower() not in _FALLEN and subj.pos_ != "PROPN"):
        return None
    return subj
