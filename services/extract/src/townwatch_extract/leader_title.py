"""A head of government named by title alone ("Prime Minister Haider al-Abadi declared victory over X in Y")."""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["leader_by_title"]

# the title opening the subject's phrase; a country word in it ("Iraqi Prime Minister ...") is read before this
_TITLE = re.compile(
    r"^(?:the\s+)?(?:(?:acting|interim|caretaker|transitional)\s+)?(?:prime\s+minister|premier|pm|president|head\s+of\s+state)\b",
    re.IGNORECASE,
)


def leader_by_title(tok: Token | None) -> bool:
    """Whether ``tok``, a verb's doer, is a head of government or state named by title and no country ("Prime Minister
    Haider al-Abadi", "the president"): who speaks for the state whose town he declares won back. The name's
    country is the place's; the caller asks for a foe the text names."""
    if tok is None:
        return False
    return _TITLE.match(tok.doc[tok.left_edge.i : tok.i + 1].text) is not None
