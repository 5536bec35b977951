"""An untrue claim: a side's claim of a change that its own sentence calls false or leaves open.

Read from day-by-day battle chronicles (session 32; never copied here):

- the claim told as false by the narrator: "Z's ministry falsely claimed that its forces had captured X", "Z media
  wrongly reported on 3 May that X had fallen" (an adverb of untruth on the speech verb that governs the change);
- the claim left open after a contrast in the same sentence: "Z claimed to have captured A and B, although these
  villages were still contested", "..., but Y retained control of the town" (the contrast's clause about the claimed
  place or "the town", "these villages": not "while Y kept control of Q", another place).

Not untrue: a plain claim ("Z said it captured X"), a claim later called true ("falsely accused", an adverb on another
verb), the taker's own hold ("captured X and retained control of it": no contrast), a region still contested.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

_UNTRUE_ADVERBS = frozenset("falsely wrongly erroneously mistakenly untruthfully".split())
# the verbs a claim is told with ("falsely claimed", "wrongly reported", "falsely stated")
_SPEECH_LEMMAS = frozenset("claim say state report announce assert allege declare insist tell".split())
# after a contrast word: the place still open or kept by the other side, with what is kept
_CONTRAST_OPEN = re.compile(
    r"\b(?:but|however|though|although|while|whereas|yet)\b([^;]{0,80}?)"
    r"\b(?:(?:still|remain(?:s|ed)?|being)\s+(?:contested|disputed|fought over|in dispute)"
    r"|(?:retain(?:s|ed|ing)?|kept|keeps|maintain(?:s|ed|ing)?)\s+(?:full\s+|firm\s+)?control(?:\s+(?:of|over)\s+([^,;.]{1,40}))?)",
    re.I,
)
# what the contrast's clause calls the claimed place when it does not name it
_SAME_PLACE = re.compile(r"\b(?:(?:the|these|those|both|all)\s+(?:\w+\s+)?(?:towns?|cities|city|villages?|settlements?|areas?|localit(?:y|ies))|it|they|them)\b",
                         re.I)

_OTHER_PLACE = re.compile(r"\b(?:around|near|of|in|at|outside|beyond|west|east|north|south)\s+(?-i:[A-Z])", re.I)


def told_as_untrue(trigger: Token) -> bool:
    """Whether the speech verb that governs ``trigger`` (up to three heads up) carries an adverb of untruth:
    "falsely claimed that DPR forces had captured X"."""
    for anc in list(trigger.ancestors)[:3]:
        if anc.lemma_.lower() in _SPEECH_LEMMAS and any(
            c.dep_ == "advmod" and c.lower_ in _UNTRUE_ADVERBS for c in anc.children
        ):
            return True
    return False


def left_open(rest: str, names: Sequence[str]) -> bool:
    """Whether ``rest`` (the claim's sentence after its trigger) goes on with a contrast that leaves the claimed place
    open or with the other side ("although these towns were still contested", "although Y retained control of the
    town"): the clause names a claimed place (``names``, lower case) or calls it "the town", "these villages", "it",
    never another place ("while Y kept control of Q")."""
    for m in _CONTRAST_OPEN.finditer(rest):
        about = m.group(2) or m.group(1)
        if any(n and n in about.lower() for n in names):
            return True
        if _SAME_PLACE.search(about) and not _OTHER_PLACE.search(about):
            return True  # (not "although the villages around Q were still contested")
    return False
