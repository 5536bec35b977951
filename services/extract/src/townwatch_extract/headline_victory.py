"""A verbless headline naming a side's victory in a town: "The Houthi victory in Amran", "Taliban victory at Kunduz"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from townwatch_extract.frames import Frame, is_proper, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.syntax import prep_objects

__all__ = ["headline_victories"]

_NOUNS = frozenset({"victory", "triumph"})
# a victory won at the polls, on the pitch or in a court, or one still to come or doubted: no town taken
_NOT_WAR = frozenset(
    """election elections poll polls vote votes voting ballot runoff run-off referendum race party parties seat seats
    mayor mayoral parliament parliamentary council landslide campaign primary primaries court lawsuit case appeal
    match game cup league final finals tournament championship title derby season team fans goal goals win wins
    derby olympic olympics open grand prix stage race marathon chess award awards oscar oscars festival
    vows vow promise promises hope hopes claims claim bid quest road path toward towards would could might will
    pyrrhic moral diplomatic legal symbolic political electoral propaganda""".split()
)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _side(noun: Token) -> Token | None:
    """The side named on the noun ("the al Houthi victory", "Taliban's victory"): a capitalised word before it."""
    return next(
        (c for c in noun.children if (c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < noun.i and is_proper(c)) or (
            c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < noun.i and c.text[:1].isupper()
        )),
        None,
    )


def headline_victories(doc: Doc) -> list[Frame]:
    """"The al Houthi victory in Amran": a verbless headline whose head is a side's victory in a named town tells the
    side took it (the side must be a known armed one and the town found: ``needs_known``)."""
    low = doc.text.lower()
    if "victor" not in low and "triumph" not in low:  # (the cheap test first: most headlines name neither)
        return []
    words = [t for t in doc if not (t.is_space or t.is_punct)]
    if "?" in doc.text or any(t.tag_ in _FINITE for t in words) or any(t.lower_ in _NOT_WAR for t in words):
        return []
    out: list[Frame] = []
    for noun in doc:
        if noun.dep_ != "ROOT" or noun.lemma_.lower() not in _NOUNS:
            continue
        side = _side(noun)
        if side is not None and side.ent_type_ == "PERSON":
            continue  # "Putin's victory in Moscow": a man's win, at the polls or in a court, names no side taking a town
        places = [r for o in prep_objects(noun, ("in", "at")) for r in place_refs(o) if not r.anaphor]
        if side is not None and places:
            out.append(Frame(noun, TriggerClass.GAIN, "nominal", places=places, gaining=side, nominal=True, needs_known=True))
    return out
