"""Status statements ("still under ISIS control", "the ISIS-held town of X"): evidence of who holds a place."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from townwatch_extract.context import ArticleContext, ResolvedActor
from townwatch_extract.frames import place_refs
from townwatch_extract.syntax import children, prep_objects

__all__ = ["holder_statements"]

_STRONGHOLD = frozenset({"stronghold", "bastion", "capital", "heartland", "fiefdom"})


def _nearest_place_before(tok: Token) -> Iterator[Token]:
    for j in range(tok.i - 1, tok.sent.start - 1, -1):
        cand = tok.doc[j]
        if cand.pos_ == "PROPN":
            yield cand
            return


def _holders_in(sent: Span, ctx: ArticleContext) -> Iterator[tuple[Token, ResolvedActor]]:
    low = sent.text.lower()
    if "no longer" in low or " not " in low or "n't" in low:
        return
    for tok in sent:
        lemma = tok.lemma_.lower()
        # "the ISIS-held town of X"
        if tok.lower_ in ("held", "controlled", "occupied") and tok.i > 0 and tok.doc[tok.i - 1].text == "-":
            actor_tok = tok.doc[tok.i - 2] if tok.i >= 2 else None
            actor = ctx.resolve_actor(actor_tok)
            if actor is not None:
                for ref in place_refs(tok.head):
                    yield ref.token, actor
            continue
        # "held by X", "controlled by X"
        if lemma in ("hold", "control") and tok.tag_ == "VBN" and prep_objects(tok, ("by",)):
            actor = ctx.resolve_actor(prep_objects(tok, ("by",))[0])
            target = next(iter(children(tok, ("nsubjpass",))), None) or (tok.head if tok.dep_ in ("acl", "relcl") else None)
            if actor is not None and target is not None:
                for ref in place_refs(target):
                    yield ref.token, actor
            continue
        # "X holds / controls Y"
        if lemma in ("hold", "control") and tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP", "VBD"):
            subj = next(iter(children(tok, ("nsubj",))), None)
            obj = next(iter(children(tok, ("dobj",))), None)
            actor = ctx.resolve_actor(subj)
            if actor is not None and obj is not None:
                for ref in place_refs(obj):
                    yield ref.token, actor
            continue
        # "under (the) control of X", "under X control", "in the hands of X"
        if lemma in ("control", "hand", "rule") and tok.dep_ == "pobj" and tok.head.lower_ in ("under", "in"):
            holder_tok = next(iter(prep_objects(tok, ("of",))), None) or next(
                iter(c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")), None
            )
            actor = ctx.resolve_actor(holder_tok)
            if actor is None:
                continue
            prep = tok.head
            anchor = prep.head
            refs = place_refs(anchor) if anchor.pos_ in ("PROPN", "NOUN") else []
            if not refs and anchor.pos_ in ("VERB", "AUX"):
                subj = next(iter(children(anchor, ("nsubj", "nsubjpass"))), None)
                refs = place_refs(subj)
            if not refs and anchor.dep_ == "appos":
                refs = place_refs(anchor.head)
            for ref in refs:
                yield ref.token, actor
            if not refs:
                for cand in _nearest_place_before(prep):
                    yield cand, actor
            continue
        # "ISIL's last stronghold", appositive to a place
        if lemma in _STRONGHOLD and tok.dep_ in ("appos", "attr"):
            poss = next(iter(children(tok, ("poss",))), None)
            actor = ctx.resolve_actor(poss)
            if actor is not None:
                target = tok.head if tok.dep_ == "appos" else next(iter(children(tok.head, ("nsubj",))), None)
                for ref in place_refs(target):
                    yield ref.token, actor


def holder_statements(sent: Span, ctx: ArticleContext) -> None:
    """Record in ``ctx`` who the sentence says holds which place."""
    for place_tok, actor in _holders_in(sent, ctx):
        resolved = ctx.resolve_place(place_tok, None, [actor.default_country])
        if resolved is not None:
            ctx.note_holder(resolved[0], actor)
