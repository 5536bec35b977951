"""Note plurals: a coder note's uncounted "the villages" standing for the village (or villages) it has just named.

Conflict monitors' one-line notes name the place with its hierarchy ("in X village (district, region)") and then say
what the side did with it, often in a plural that counts nothing: "The forces took control over the villages." A
counted plural ("the two villages") and a list ("the villages of A and B") are frames' own; this is the bare definite
plural only, and the extractor keeps it only where the note set a name before "(district, region)"
(``Context.noted_places``), as it does for the notes' "the area".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["NOTE_PLURALS", "note_plural"]

# the settlement plurals a note uses for the places it named, with the singular the place reference keeps
NOTE_PLURALS = {"villages": "village", "towns": "town", "localities": "locality", "hamlets": "hamlet"}
# words before the plural that make it a count, a share, a description or another set ("the two villages", "the
# surrounding villages", "the other villages", "the nearby towns"): none of them is the note's own place
_NOT_BARE = frozenset(
    "two three four five six seven eight nine ten both several many some all most other surrounding nearby "
    "neighbouring neighboring remaining adjacent few more these those".split()
)


def note_plural(tok: Token) -> str | None:
    """The singular noun of a bare definite plural ("the villages"), or None for a counted, described or other set."""
    singular = NOTE_PLURALS.get(tok.lower_)
    if singular is None:
        return None
    kids = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return None
    if any(c.lower_ in _NOT_BARE or c.like_num or c.dep_ in ("nummod", "amod", "compound", "prep", "relcl", "acl", "appos", "conj") for c in kids):
        return None
    return singular
