"""The leaver: a side the sentence tells fleeing or pulling out as another takes the place is the place's loser.

"Kurdish forces in full control of Kirkuk after Iraq army flees", "Iraqi forces take Sinjar after Peshmerga pullout",
"the militia seized the town as government troops withdrew": the side leaving lost the town, even to an ally (the
Peshmerga moved into Kirkuk when the army fled in June 2014; the army took Sinjar when the Peshmerga left in 2017),
which the war tables and the story's most-named foe cannot tell. A leaving that names another place ("after the army
fled Mosul") or is still to come ("before the army withdraws", "as troops prepare to pull out") tells nothing here.

Read on the sentence's words, not its parse: the small model splits headlines' "army flees" and "Peshmerga pullout"
in many ways, and the link word ("as", "after", "following") fixes the order anyway.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from townwatch_extract.actors import ActorCatalogue
from townwatch_extract.context import ResolvedActor, kurdish_side

__all__ = ["leaving_side"]

_LEAVE_VERB = (
    r"flees|fled|flee|fleeing|withdraws|withdrew|withdrawn|withdraw|withdrawing|pulled\s+back|pulls?\s+out|pulled\s+out|pulling\s+out|"
    r"retreats?|retreated|retreating|abandons?|abandoned|leaves|left|quits?|evacuates?|evacuated|melts?\s+away|melted\s+away"
)
_LEAVE_NOUN = r"pullout|pull-out|withdrawal|retreat|exit|flight|departure"
_SIDE = r"(?P<side>(?:[A-Z][\w'’.-]*|[a-z][\w'’-]*)(?:\s+[\w'’.-]+){0,3}?)"
# "after Iraq army flees", "as government troops withdrew", "following the Peshmerga's pullout"
_SIDE_LEAVES = re.compile(
    rf"\b(?:as|after|following|when|while)\s+(?:the\s+)?{_SIDE}(?:'s|’s)?\s+(?:(?:had|have|has|hastily|quickly)\s+)?"
    rf"(?:{_LEAVE_VERB}|{_LEAVE_NOUN})\b(?P<rest>[^,;:.!?]*)",
)
# "after the withdrawal of government forces", "following a pullout by the Peshmerga"
_LEAVING_OF = re.compile(
    rf"\b(?:after|following|amid)\s+(?:the|a|an)?\s*(?:\w+\s+)?(?:{_LEAVE_NOUN})\s+(?:of|by)\s+(?:the\s+)?"
    r"(?P<side>[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)(?P<rest>(?:\s+(?:from|of)\b[^,;:.!?]*)?)(?=[,;:.!?]|$|\s+(?:on|in|at|last|this)\b)",
)
# a leaving still to come or none at all: "as troops prepare to pull out", "after the army refused to withdraw"
_NOT_DONE = re.compile(r"\b(?:to|will|would|may|might|could|must|should|not|never|no|refused?|threaten\w*|plans?|prepar\w+)\b", re.I)
# the state's common words for its own forces ("army", "Iraq army", "government troops")
_STATE_WORDS = frozenset("army military troops forces soldiers government regime".split())
_PLACE_WORDS = frozenset("city town village area region district it there town's city's base".split())


def _names_another_place(rest: str, place: str) -> bool:
    """Whether the leaving clause names a place that is not the event's ("after the army fled Mosul")."""
    words = [w.strip("'’\"") for w in rest.split()]
    capitals = [w for w in words if w[:1].isupper()]
    return bool(capitals) and not any(w.casefold() in place.casefold() for w in capitals)


def leaving_side(
    sentence: str, place: str, place_cc: str | None, catalogue: ActorCatalogue,
    government: Callable[[str | None, str], ResolvedActor | None],
) -> ResolvedActor | None:
    """The side ``sentence`` tells leaving as ``place`` changed hands, or None: an alias of the catalogue, or the
    state's own forces in common words ("army", "Iraq army", "government troops") of the place's country."""
    for pattern in (_SIDE_LEAVES, _LEAVING_OF):
        for m in pattern.finditer(sentence):
            side, rest = m.group("side"), m.group("rest") or ""
            if _NOT_DONE.search(side) or _names_another_place(rest, place):
                continue
            found = catalogue.find(side)
            if found:
                entry = found[-1].actor
                if side.casefold().startswith("kurdish"):
                    entry = kurdish_side(entry, place_cc, catalogue)  # "as Kurdish forces flee" in Iraq: the Peshmerga
                return ResolvedActor.from_entry(entry, side)
            words = side.split()
            if words and words[-1].casefold() in _STATE_WORDS and all(
                w.casefold() in _STATE_WORDS or w[:1].isupper() for w in words
            ):
                return government(place_cc, side)
    return None
