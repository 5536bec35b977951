"""Named camps: a camp with a name of its own placed "in" a town or a region ("Zamzam camp in Darfur", "the Hpalu camp
in X") is the place taken, under its own name; what follows "in" only says where it lies.

A camp named alone was already read under its name ("seized Nam Lin camp", "took over Kanyabayonga camp"); with an
"in" after it the installation reading took the town or the region instead (frames.INSTALLATION_NOUNS: "the military
camp in X" is X's garrison), and a region resolved to nothing: "RSF takes control of Zamzam camp in Darfur" was
dropped. A camp for the displaced taken by an armed side is a change of control of that camp when a capture is told
(a raid or a shelling is none: no capture verb); a shelter written as such ("the Abu Shouk IDP camp") keeps its own
rule (frames._shelter).
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.demonym import wide_people
from townwatch_gazetteer.countries import country_codes

__all__ = ["camp_name"]

_CAMPS = frozenset({"camp"})
_PLACING = ("in", "near", "outside")
# a side's or an owner's word before a camp is no name ("the ISIS camp", "the junta camp", "the Army camp")
# (and Myanmar's army by its own name: "the Tatmadaw camp in X" is the army's camp at X)
_OWNER_WORDS = frozenset("isis isil daesh army junta regime military government militia rebel rebels police tatmadaw".split())


def camp_name(tok: Token) -> Token | None:
    """The last word of a singular camp's own name written before it ("Zamzam" in "Zamzam camp in Darfur", "Hpalu"
    in "the Hpalu camp in X"), when the camp is placed by an "in"/"near"; None for an owner's camp ("the junta camp",
    "the Kenyan camp"), a camp named by a country, or a camp placed by nothing."""
    if tok.lower_ not in _CAMPS:
        return None
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # (a headline's parse may hang the "in" on the verb: "Takes Control of X Camp in Y")
    holders = [tok] if verb is None else [tok, verb]
    if not any(c.dep_ == "prep" and c.lower_ in _PLACING and c.i > tok.i for h in holders for c in h.children):
        return None
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.i - 1]
    if not names:
        return None
    name = names[0]
    if name.text.isupper() or name.lower_ in _OWNER_WORDS or name.lower_ in country_codes() or (
        name.ent_type_ == "NORP" and wide_people(name.lower_)  # "the Kenyan camp"; an unknown name the tagger calls a
    ):  # people ("the Kataingti camp") is still a name
        return None
    return name
