"""Misread name: a place's name right after a verb that the small model tagged as an adverb ("captured Bakhmut.").

spaCy's small English model reads some one-word town names it has not learnt as adverbs of the verb before them:
"Russian forces captured Bakhmut.", "The army recaptured Mosul on Friday", "Russia claims that it captured Bakhmut"
(tag RB, dependency advmod), leaving the verb with no object. A capitalised word in mid-sentence right after the
verb, that is no stop word ("again", "back", "now"), no "-ly" adverb and no word of time, is the verb's object. The
same model reads a name after "of" or "in" as an adverb or adjective that is the preposition's object ("claims capture
of Bakhmut"): a capitalised one the tagger marks as a place or body is the name (session 36).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["adverb_name"]

# capitalised adverbs a Title Case headline writes after a verb that spaCy's stop list lacks
_TIME_ADVERBS = frozenset(
    "today tonight yesterday tomorrow overnight anew abroad nearby elsewhere inside outside afterwards meanwhile "
    "instead ashore eastward westward northward southward forward onward".split()
)


def adverb_name(tok: Token) -> bool:
    """Whether ``tok`` is a name the parser read as an adverb of the verb right before it, or of the preposition
    whose object it is."""
    verb = tok.head
    if tok.pos_ in ("ADV", "ADJ") and tok.dep_ == "pobj" and verb.pos_ == "ADP":
        # "claims capture of Bakhmut": an adverb or adjective has no place as a preposition's object; a capitalised one
        # there, that the tagger also marks as a name (never a people's: "of Syrian"), is the name
        return (
            tok.i > tok.sent.start and len(tok.text) > 2 and tok.text[:1].isupper() and tok.text[1:].replace("-", "").islower()
            and tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG") and not tok.is_stop and tok.lower_ not in _TIME_ADVERBS
        )
    return (
        tok.pos_ == "ADV" and tok.dep_ == "advmod" and tok.i == verb.i + 1 and verb.pos_ in ("VERB", "AUX")
        and tok.i > tok.sent.start and len(tok.text) > 2 and tok.text[:1].isupper() and tok.text[1:].replace("-", "").islower()
        and not tok.is_stop and not tok.lower_.endswith("ly") and tok.lower_ not in _TIME_ADVERBS
        # (a name with a phrase hung on it, "retakes Palmyra from Islamic State", is left to the headline's readings,
        # which find the loser there)
        and not any(c.dep_ == "prep" for c in tok.children)
    )
