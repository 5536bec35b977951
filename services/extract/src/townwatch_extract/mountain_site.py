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


# the words written before a height's own name: "Mount Hermon", "Mt. Zartak"
_MOUNT_WORDS = frozenset({"mount", "mt", "mt."})
# a height's top, taken for the height: "the summit of Mount Hermon", "Mount Hermon summit"
_TOPS = frozenset({"summit", "peak", "top"})
# what a side holds on a height ("an outpost on Mount Hermon", "three outposts on X Hill", "the army post atop Tal Y")
_ON = ("on", "atop")
_HEIGHT_HEADS = frozenset({"hill", "hilltop", "height", "heights", "ridge", "mountain"})


def mount_name(tok: Token) -> bool:
    """Whether ``tok`` heads a "Mount X" name ("Hermon" in "Mount Hermon"): a height under its own name (labelling.md:
    "hills, mounts and named heights" are sites), never a town."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in _MOUNT_WORDS and c.i < tok.i for c in tok.children)


def _named_height(tok: Token) -> bool:
    """"Mount Hermon", "Maji Gung Hill", "the Tal al-Harra hill": a height with a name of its own."""
    if mount_name(tok):
        return True
    return tok.lower_ in _HEIGHT_HEADS and any(
        c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.lower_ not in country_codes() for c in tok.children if c.i < tok.i
    )


def summit_mount(tok: Token) -> Token | None:
    """The named height a summit noun is the top of ("the summit of Mount Hermon", "Mount Hermon summit"), or None."""
    if tok.lower_ not in _TOPS or tok.pos_ == "PROPN":
        return None
    named = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    named += [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i]
    return next((t for t in named if _named_height(t)), None)


def height_held(tok: Token) -> Token | None:
    """The named height an installation stands on ("a Syrian outpost on Mount Hermon", "three outposts on Maji Gung
    Hill"), which is the site taken; None for one on anything else ("posts on the outskirts of X")."""
    # (a headline's parse may hang "on X" on the verb: "seize Syrian outpost on Mount Hermon")
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    objs = [o for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _ON and c.i > tok.i
            for o in c.children if o.dep_ == "pobj"]
    return next((o for o in objs if _named_height(o)), None)
