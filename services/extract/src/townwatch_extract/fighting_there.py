"""A claim answered by fighting told as going on "there": "said X had been fully retaken, but officers said there was still fighting there".

Read from real wire copy of 2016-2017 (never copied here): a side's word that it took a place, set against the
report's own word, in the claim's sentence or one of the two after it, that the fighting or the clashes go on
"there" (the pronoun looks back to the claimed place): "there was still fighting there", "clashes were still going
on there", "fighting there continued into the evening", "clashes there were still raging"; or inside "the city": "claimed to
have retaken X, but clashes are routinely reported both inside and outside the city". Such a claim is contested
(``contested.py``), like "the army was still fighting in the town".

Not a dispute: fighting told as over or as past ("after fighting there for a week", "ending fighting there"), a fight
going on in another place ("fighting continued in the nearby village of Y": no "there"), and a partial capture, which
stands beside a fight in the rest of the place (the caller does not ask), and the taker's mopping up told with the
fight ("clashes were still going on there as troops cleared the last pockets"). Only a capture told as someone's word
("said", "declared", "claimed") is answered so: a reporter's own "took X; fighting there continued" is left to the
reading of the place named (``contested._FIGHTS_ON``).
"""

from __future__ import annotations

import re

__all__ = ["fights_there", "told_by_someone"]

_FIGHT = r"(?:fighting|clashes|battles?|gunfights?|combat)"
_GOES_ON = r"(?:continu(?:es|ed|ing)|(?:still\s+)?(?:ongoing|going\s+on|raging|under\s*way))"
_THERE = re.compile(
    # "there was still fighting there", "were still fighting there", "still clashes there"
    rf"\bstill\s+(?:\w+\s+)?{_FIGHT}\s+there\b"
    # "fighting was continuing there", "clashes were still going on there", "fighting continued there"
    rf"|\b{_FIGHT}\s+(?:(?:is|was|are|were|had\s+been|has\s+been)\s+)?(?:still\s+)?{_GOES_ON}\s+there\b"
    # "fighting there continued", "clashes there were still raging"
    rf"|\b{_FIGHT}\s+there\s+(?:(?:is|was|are|were)\s+)?(?:still\s+)?{_GOES_ON}\b",
    re.I,
)
# the fighting told as going on inside "the city" or "the town" the claim names: "clashes are routinely reported both
# inside and outside the city", "fighting was still raging inside the town" (the place is the claim's: a name would
# be another place's, which contested._FIGHTS_ON reads)
_INSIDE = re.compile(
    rf"\b{_FIGHT}\s+(?:(?:(?:is|are|has\s+been|have\s+been)\s+(?:still\s+|routinely\s+|regularly\s+|frequently\s+)?)|(?:was|were)\s+still\s+)"
    rf"(?:reported|{_GOES_ON})\s+(?:(?:both|still|daily)\s+)?(?:inside|within|in)\s+(?:and\s+outside\s+)?the\s+(?:city|town|village)\b(?!\s+of\b)",
    re.I,
)
# the fight told as what came before the capture: "recaptured X after clashes were still going on in the town"
_BEFORE_IT = re.compile(r"\b(?:after|before|until|following|since|as)\s+(?:\w+\s+){0,2}$", re.I)
# "there" read as the place only when nothing else in the clause is named for it: "in the nearby village of Y there"
_OTHER_PLACE = re.compile(r"\b(?:in|at|near|around|outside)\s+(?:the\s+)?(?:nearby\s+)?(?:(?:village|town|city|district)\s+of\s+)?[A-Z][\w'-]+\s+$")


# the fight told as the taker's mopping up: "as troops cleared the last pockets", "clearing operations", "remnants"
_MOPPING_UP = re.compile(r"\b(?:clear(?:ed|ing|s)?|mop(?:ped|ping)?[- ]up|pockets?|remnants?|holdouts?|stragglers?|sweep(?:ing|s)?)\b", re.I)


def fights_there(text: str) -> bool:
    """Whether ``text`` says the fighting goes on "there" (``_THERE``), the pronoun looking back to a claimed place, or
    inside "the city" (``_INSIDE``)."""
    if _MOPPING_UP.search(text):
        return False  # "clashes were still going on there as troops cleared the last pockets": the taker holds
    if any(not _BEFORE_IT.search(text[max(0, m.start() - 30) : m.start()]) for m in _INSIDE.finditer(text)):
        return True
    for m in _THERE.finditer(text):
        if _OTHER_PLACE.search(text[max(0, m.start() - 60) : m.start()]) or _BEFORE_IT.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        return True
    return False


# the capture told as someone's word: "the military said", "a spokesman says", "declared", "claimed", "announced"
_TOLD = re.compile(r"\b(?:said|says|say|claim(?:s|ed)?|declared?|declares|announc(?:ed|es)|told|reported|insist(?:s|ed))\b", re.I)


def told_by_someone(sentence: str) -> bool:
    """Whether a capture's sentence tells it as someone's word ("the army said it had retaken X")."""
    return _TOLD.search(sentence) is not None
