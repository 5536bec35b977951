"""A victory in a town a side announces, hails or is congratulated on: "Iraq announces victory over ISIS in Mosul".

The end of a siege is told as its winner's statement more often than as a verb of taking: the government "announces
'victory' over Islamic State in Mosul", its leader "hails victory over terrorism in Mosul", and others "congratulate
the army for the Mosul victory" or "congratulate the military on victory over ISIS in Mosul". ``control._victory_frame``
reads "declares / claims victory over Z in X"; this module reads the other verbs. Whose victory it is: the subject's,
except for "congratulate", where it is the side congratulated (its object). A victory in a vote, a match or a court,
or one a side only vows, names no town taken; and a victory over Nazi Germany celebrated each May is a war long over.
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.frames import Frame, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.syntax import prep_objects, subject_of

__all__ = ["HAILING_VERBS", "armed_foe", "hailed_victory_frame"]

HAILING_VERBS = frozenset(
    {"announce", "hail", "celebrate", "proclaim", "congratulate", "laud", "praise"}
)
"""The verbs whose victory object (or "on/for/over" victory) tells a town won (``control.PHRASE_LEMMAS``)."""

# where a congratulation names what it is for ("congratulates the army on / for / over the victory")
_REASON_PREPS = ("on", "for", "over", "upon")
# a victory at the polls, on the pitch, in a court, still to come, or of a war long over: no town taken
_NOT_WAR = frozenset(
    """election elections poll polls vote votes voting ballot runoff referendum race party seat seats mayoral primary
    parliamentary electoral court lawsuit appeal match game cup league final tournament championship title derby
    season team squad club fans goal goals olympic olympics medal award awards oscar oscars festival
    nazi nazis nazism fascism fascists hitler wwii ww2 anniversary parade day centenary
    vow vows would could might will hope hopes bid moral diplomatic legal symbolic political propaganda""".split()
)


# the common words an armed foe is beaten as ("victory over terrorism in Ramadi"); any other common noun is a
# metaphor ("victory over corruption in Basra"); a name is read as the side it names
_ARMED_FOES = frozenset(
    """terrorism terrorist terrorists terror militants militant jihadists jihadist insurgents insurgency rebels rebel
    extremists extremism separatists militia militias enemy invaders occupiers gunmen fighters forces troops army
    regime""".split()
)


def armed_foe(tok: Token) -> bool:
    """Whether a victory's "over" object is an armed side: a name, or a common word for an armed foe."""
    return tok.text[:1].isupper() or tok.lower_ in _ARMED_FOES


def _victory(trigger: Token) -> Token | None:
    """The victory the verb tells: its object ("hails victory"), or what it congratulates for ("congratulates the
    army for the Mosul victory")."""
    for c in trigger.children:
        if c.dep_ in ("dobj", "attr") and c.lemma_.lower() == "victory":
            return c
    # (the parse may hang the reason on the side congratulated: "congratulates [army for Mosul victory]")
    for head in (trigger, *(c for c in trigger.children if c.dep_ == "dobj")):
        for o in prep_objects(head, _REASON_PREPS):
            if o.lemma_.lower() == "victory":
                return o
    return None


def _town_names(victory: Token) -> list[Token]:
    """A capitalised name written before the victory ("the Mosul victory"): the town it was won in."""
    return [
        c
        for c in victory.children
        if c.dep_ in ("compound", "nmod") and c.i < victory.i and c.text[:1].isupper()
    ]


def hailed_victory_frame(trigger: Token) -> Frame | None:
    """The frame of "Z announces / hails / celebrates victory over Y in X" and "W congratulates Z on (the) victory
    over Y in X / for the X victory", or None."""
    lemma = trigger.lemma_.lower()
    # (the small model may tag a headline's "forces hail ... victory" a noun, still with the victory for object)
    misread = trigger.pos_ == "NOUN" and any(c.dep_ == "dobj" for c in trigger.children)
    if lemma not in HAILING_VERBS or (trigger.pos_ not in ("VERB", "AUX") and not misread):
        return None
    victory = _victory(trigger)
    if victory is None:
        return None
    # (a headline's "US-backed forces hail ... victory": the small model may hang the subject on the verb as a compound)
    subject = subject_of(trigger) or next(
        (
            c
            for c in trigger.children
            if c.dep_ == "compound" and c.i < trigger.i and c.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if (
        subject is not None
        and subject.tag_ == "NNP"
        and subject.ent_type_ == "GPE"
        and trigger.tag_ == "VBP"
    ):
        return None  # "Iraq celebrate victory over Iran in Tehran": a country's name with a plural verb is its team
    if any(t.lower_ in _NOT_WAR for t in trigger.sent):
        return None
    losing = prep_objects(victory, ("over", "against"))
    if lemma != "congratulate" and not losing:
        losing = [o for o in prep_objects(trigger, ("over", "against")) if o.i > victory.i]
    if losing and not armed_foe(losing[0]):
        return None
    places = [r for o in prep_objects(victory, ("in", "at")) for r in place_refs(o)]
    if not places:
        places = [
            r for o in prep_objects(trigger, ("in",)) if o.i > victory.i for r in place_refs(o)
        ]
    if (
        not places and losing
    ):  # "victory over Islamic State in Mosul": the parse hangs the town on the loser
        places = [r for o in prep_objects(losing[0], ("in",)) for r in place_refs(o)]
    if not places:
        places = [r for n in _town_names(victory) for r in place_refs(n)]
    places = [r for r in places if not r.anaphor]
    if not places:
        return None
    # whose victory: a possessor written on it ("hails the army's victory"), else the side congratulated, else the
    # subject that announces it
    gaining = next(
        (
            c
            for c in victory.children
            if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her")
        ),
        None,
    )
    if gaining is None and lemma == "congratulate":
        gaining = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    elif gaining is None:
        gaining = subject
    if gaining is None:
        return None
    return Frame(
        trigger,
        TriggerClass.GAIN,
        "active",
        places=places,
        gaining=gaining,
        losing=losing[0] if losing else None,
        needs_known=True,
    )
