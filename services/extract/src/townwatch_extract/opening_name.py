"""Opening names: a town's name that opens a sentence, read by the tagger as an adverb or an adjective.

spaCy's small English model reads some one-word town names it has not learnt ("Bakhmut", "Toretsk", "Azovstal") as an
adverb or an adjective where nothing before them says they are names: at the head of a headline. "Bakhmut captured by
Russian forces" (RB, advmod of the participle), "Bakhmut has fallen" (RB, the subject), "Toretsk seized by Wagner" (RB,
the root with the participle hung on it): the frames, which read a name only as a noun, find no place. After the verb
the same misreading is ``misread_name.adverb_name``'s; before a settlement noun it is ``initial_name``'s.

The word is told a proper noun again (tag NNP, part of speech PROPN; the tree is kept) only when it is the first word
of its sentence (or of a quotation opening it), written as a name (a capital, then lower case), no stop word, no "-ly"
adverb, no English dictionary word ("Meanwhile", "Later", "Overnight"), no people's word ("Syrian"), and a town the
gazetteer knows (not a country, not a side: the caller's test).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from townwatch_extract.casing import common_word
from townwatch_extract.demonym import names_people

__all__ = ["retag_opening_names"]

_MISREAD_TAGS = frozenset({"RB", "JJ"})
_OPENING_MARKS = frozenset({'"', "\u201c", "'", "\u2018"})


def _opening(doc: Doc, start: int) -> Token | None:
    """The first word of the sentence starting at ``start`` (after an opening quotation mark)."""
    tok = doc[start]
    if tok.text in _OPENING_MARKS and start + 1 < len(doc):
        tok = doc[start + 1]
    return tok


def _written_as_name(tok: Token) -> bool:
    text = tok.text
    return (
        tok.tag_ in _MISREAD_TAGS and len(text) > 3 and text[:1].isupper() and text[1:].replace("-", "").isalpha()
        and text[1:].replace("-", "").islower() and not tok.is_stop and not tok.lower_.endswith("ly")
    )


def retag_opening_names(doc: Doc, is_town: Callable[[str], bool]) -> None:
    """Tell each sentence's opening town name, read as an adverb or an adjective, a proper noun (module docstring)."""
    for sent in doc.sents:
        tok = _opening(doc, sent.start)
        if tok is None or not _written_as_name(tok):  # (the cheap test first: a capitalised RB/JJ is rare)
            continue
        if names_people(tok.lower_) or common_word(tok.text) or not is_town(tok.text):
            continue
        tok.tag_ = "NNP"
        tok.pos_ = "PROPN"
