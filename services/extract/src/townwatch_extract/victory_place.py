"""A victory declared in a town: "declaring victory in the pivotal city of X" tells the town won, and so does an army's
or a state's "declared victory in X" when the other side's leaving is told with it ("The Syrian army declared victory
in Aleppo as the last rebels left": control.py asks for the leaving).

"Z claims victory in X" alone may be a battle won (a claim stays so even in "the town of X": control.py asks this
only of "declare") or a vote counted, and the control idioms (control.py) read it as a
change only with the side beaten ("victory over Y in X"). A victory declared in a settlement the text calls one ("in
the city of X", "in the strategic town of X") is the town taken; a victory in an election, a race or a battle held
in the town is not ("victory in the mayoral race in the city of X": the race is what was won).
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLED

__all__ = ["won_by_armed_side", "won_settlement"]


# a victory told as not won yet: "declared victory prematurely"
_NOT_WON = frozenset("prematurely early falsely".split())


def won_settlement(victory: Token) -> bool:
    """Whether ``victory`` ("victory" as a verb's object) is won in a settlement named with its kind noun: "victory
    in the pivotal city of Wad Madani", "victory in the town of X" (the "of" name or a name before the noun)."""
    if any(c.lower_ in _NOT_WON for c in (*victory.children, *victory.head.children)):
        return False
    for prep in victory.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in SETTLED:
                continue
            named_of = any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.pos_ == "PROPN" for o in p.children) for p in noun.children
            )
            named_before = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
            if named_of or named_before:
                return True
    return False


# who declares a war town won: an army or its command, a government, or a state by its name ("Iraq declared victory in
# Mosul"); never a party, a coach or a candidate ("the ruling party declared victory in X": a vote)
_ARMED_DECLARERS = frozenset("army military force troop commander general command government soldier".split())


def won_by_armed_side(victory: Token, declarer: Token | None) -> bool:
    """Whether ``victory`` is declared by an army, a government or a state in a town named bare ("the Syrian army
    declared victory in Aleppo"): the "in" object is the name itself (never "victory in the Mosul election", "in the
    battle for X" with no town won, nor a victory told as premature)."""
    if declarer is None or any(c.lower_ in _NOT_WON for c in (*victory.children, *victory.head.children)):
        return False
    if not (declarer.lemma_.lower() in _ARMED_DECLARERS or (declarer.pos_ == "PROPN" and declarer.ent_type_ == "GPE")):
        return False
    return any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ != "PERSON"
        for t in (victory, victory.head) for p in t.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
    )
