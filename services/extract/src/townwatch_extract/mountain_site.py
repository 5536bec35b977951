"""Named mountains: "X mountain", "the A and B mountains", a height with its own name written before it (a site)."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_gazetteer.countries import country_codes

__all__ = ["named_mountain"]

# labelling.md counts "hills, mounts and named heights" as sites: "regained control over the Zgharo mountain", "the
# strategically important Murovdag mountain was liberated", "retook the al-Thar and Habsh mountains" (wires from
# Syria, Yemen and Karabakh; holdout27b, 29b, 30b, 33a). A mountain named only after "of" ("the strategic mountain of
# Batana") or a range a side fights in ("in the Qalamoun Mountains") stays ground (frames.place_refs, session 22).
_MOUNTAINS = frozenset({"mountain", "mountains"})


def named_mountain(tok: Token) -> bool:
    """Whether ``tok`` is a lower-case "mountain(s)" with a proper name written right before it as its own
    ("Zgharo mountain", "the al-Thar and Habsh mountains"), never a country's name or a people's adjective ("the
    Afghan mountains") nor a range's plural with a single name ("the Nuba mountains")."""
    if tok.lower_ not in _MOUNTAINS or not tok.text.islower():
        return False
    names = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i and c.pos_ == "PROPN" and c.lower_ not in country_codes()]
    if not names:
        return False
    if tok.lower_ == "mountains":
        return any(k.pos_ == "PROPN" for n in names for k in n.conjuncts)  # a list, each a height of its own
    return True
