"""Entry claims: a side going into a town that says, in the same sentence, the town it entered is now its own ("rolled
into X and said they had full control of the town", "... said the town was under their control", "marched into X and
declared the town liberated"), which makes the entry a capture (frames._entry_corroborated)."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLEMENT_KINDS
from townwatch_extract.syntax import children, negated_or_modal

__all__ = ["claims_entered_town"]

# the town entered, named again by a pronoun or a bare settlement noun ("the town", "the city"; never "the town of Y"
# or "the city's airport", which name another place or a site in it)
_TOWN_NOUNS = SETTLEMENT_KINDS | {"capital"}
# who says it holds the town: the entering side as a pronoun ("they had full control", "under their control")
_OWN = frozenset({"they", "we", "it", "their", "our", "its"})
_FREED = frozenset({"liberate", "free", "capture", "seize", "take", "liberated", "freed", "captured"})
_NOT_YET = frozenset({"not", "n't", "never", "yet", "soon", "partly", "partially", "still"})


def _the_town(tok: Token | None) -> bool:
    """ "it" or a settlement noun with no name of its own in it."""
    if tok is None:
        return False
    if tok.lower_ in ("it", "them"):
        return True
    return tok.lemma_.lower() in _TOWN_NOUNS and not any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in tok.subtree)


def _told(verb: Token, *others: Token) -> bool:
    """The claim is told as made (not negated, no modal, no "not yet", no "still": a hold the other side keeps) and by
    the side that entered: the saying verb, if any, is the entry's own next verb ("rolled into X and said ...",
    "..., saying ..."), never another side's ("although Z said it had control of the town")."""
    if any(negated_or_modal(t) or any(c.lower_ in _NOT_YET for c in t.children) for t in (verb, *others)):
        return False
    say = verb.head if verb.dep_ == "ccomp" else None
    return say is None or not children(say, ("nsubj",)) or say.dep_ not in ("conj", "advcl", "xcomp", "ROOT")


def claims_entered_town(tok: Token) -> bool:
    """Whether ``tok`` (a token of the entry's sentence) heads the entering side's claim to the town it entered."""
    lemma = tok.lemma_.lower()
    head = tok.head
    if lemma == "control" and tok.dep_ == "dobj" and head.lemma_.lower() == "have" and _told(head):
        # "... and said they had full control of the town"
        subj = next(iter(children(head, ("nsubj",))), None)
        return subj is not None and subj.lower_ in _OWN and any(
            _the_town(o) for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "over") for o in p.children if o.dep_ == "pobj"
        )
    if lemma == "control" and tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "be" and _told(head.head):
        # "... and said the town was (now) under their control"
        owner = next(iter(children(tok, ("poss",))), None)
        return owner is not None and owner.lower_ in _OWN and _the_town(next(iter(children(head.head, ("nsubj",))), None))
    if lemma in _FREED and tok.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and head.lemma_.lower() in ("declare", "pronounce") and _told(head, tok):
        # "... and declared the town liberated"
        return _the_town(next(iter(children(tok, ("nsubj", "nsubjpass")) or children(head, ("dobj",))), None))
    return False
