"""Initial names: a place's name that opens its sentence before a settlement noun, read by the tagger as a modifier."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.casing import common_word
from townwatch_extract.demonym import names_people

__all__ = ["initial_name"]

# A coder note may open on its place: "Hantunin village was liberated from HTS", "Laukkaing town was captured". At
# the head of a sentence the capital says nothing, so the small model makes the unknown name an adjective or a verb
# ("Hantunin" JJ, "Laukkaing" VBG) and the frame read only "village". Mid-sentence such names are read already
# (frames._name_as_adjective); here only the first word of the sentence, right before a lower-case singular
# settlement noun, that is no English word ("Border town", "Key village", "Small town" stay common), no demonym
# ("Syrian town", "Afghan village") and no country.
_NOUNS = frozenset({"town", "village", "city", "township", "hamlet", "settlement"})
# A quotation opens the same way: '"Wardagah village is now under the control of the army," the commander said' (the
# tagger reads the word after the mark as a common noun, as it does at the head of a sentence)
_OPENING_MARKS = frozenset({'"', "\u201c", "'", "\u2018"})


def _opens(c: Token) -> bool:
    """Whether ``c`` is the first word of its sentence, or of a quotation whose mark opens right before it."""
    if c.i == c.sent.start:
        return True
    mark = c.doc[c.i - 1]
    return (
        mark.text in _OPENING_MARKS and not mark.whitespace_
        and (mark.i == c.sent.start or bool(c.doc[mark.i - 1].whitespace_))
    )


def initial_name(c: Token, noun: Token) -> bool:
    """Whether ``c``, the first word of its sentence (or of a quotation) and right before the settlement noun ``noun``, is the place's name."""
    low = c.lower_
    return (
        c.i == noun.i - 1 and _opens(c) and c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("ADJ", "VERB", "PROPN", "NOUN")
        and noun.text in _NOUNS and noun.tag_ == "NN"
        and c.text[:1].isupper() and c.text[1:].islower() and len(c.text) > 3 and c.is_alpha
        and not names_people(low)
        and not common_word(c.text)
    )
