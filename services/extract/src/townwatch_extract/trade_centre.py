"""Trade centre: "the gold-trading center of X", "the mining centre of X" is a periphrasis for the town X, not a
building named after its trade (as "the Sirte convention center" or "the Y shopping centre" are)."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["trade_centre_of"]

_CENTRES = frozenset({"centre", "center"})
# what a town is known for when a report calls it "the <trade> center of X" (news31: holdout30b's "entered the
# gold-trading center of Bukavu"); never what a building holds (convention, shopping, detention, training, command,
# operations, data, health, research, community: those are sites or buildings IN a town)
_TRADES = frozenset(
    "trade trading commerce business market mining gold diamond oil cotton cocoa coffee tea cattle livestock "
    "fishing agricultural farming transport transit logistics shipping rail railway road finance banking industry".split()
)


def trade_centre_of(tok: Token) -> bool:
    """Whether ``tok`` is the "center" of "the (gold-)trading center of X", with a proper name after "of": the town."""
    if tok.lower_ not in _CENTRES or tok.pos_ == "PROPN":
        return False
    compounds = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if not compounds or not all(c.lemma_.lower() in _TRADES or c.lower_ in _TRADES for c in compounds):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        for c in tok.children
    )
