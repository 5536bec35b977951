"""Status statements ("still under ISIS control", "the ISIS-held town of X"): evidence of who holds a place."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from townwatch_extract.context import ArticleContext, ResolvedActor
from townwatch_extract.frames import place_refs
from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass
from townwatch_extract.modality import is_background_clause
from townwatch_extract.syntax import children, is_passive, objects_of, prep_objects, subject_of

__all__ = ["holder_statements", "leaving_sides", "occupied_now"]

_STRONGHOLD = frozenset({"stronghold", "bastion", "capital", "heartland", "fiefdom"})
_LEAVE_VERBS = frozenset("withdraw retreat abandon evacuate flee leave cede surrender vacate".split())
_LEAVE_PARTICLES = {"pull": ("out", "back"), "hand": ("over",), "fall": ("back",), "give": ("up",), "lay": ("down",)}
_TAKE_FROM = frozenset("retake recapture capture seize take wrest regain liberate free overrun storm".split())
_GAIN_LEMMAS = frozenset(k for k, v in VERB_CLASSES.items() if v == TriggerClass.GAIN)
_EXPEL = frozenset("drive push force chase flush kick oust expel dislodge evict rout".split())
_EXPEL_NEEDS_OUT = frozenset("drive push force chase flush kick".split())
_SITE_NOUNS = frozenset("base garrison headquarters camp barracks positions position post outpost".split())
# "took control of X after clashes with Y" (the coder notes' standard form): Y fought the taker for X and held it.
_FIGHT_NOUNS = frozenset("clash clashes fighting fight battle battles confrontation confrontations engagement".split())


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


_SAY = frozenset("say announce confirm claim admit acknowledge state report tell add".split())


def _speaker_of(side: Token, ctx: ArticleContext, place_cc: str | None) -> ResolvedActor | None:
    """Who says it, for a side told as "they" / "its troops": "Kyiv's forces said they were withdrawing",
    "Russia announced its troops had retreated"."""
    if side.lower_ not in ("they", "we", "it") and not any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in side.children):
        return None
    head = side.head
    for _ in range(4):
        if head.lemma_.lower() in _SAY and head.pos_ == "VERB":
            subj = subject_of(head)
            return ctx.resolve_actor(subj, None, place_cc) if subj is not None and subj != side else None
        if head.head == head:
            break
        head = head.head
    return None


def _sides_in(sent: Span) -> Iterator[Token]:
    """Noun phrases the sentence sets as the side that held a place (see :func:`leaving_sides`)."""
    for tok in sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in tok.children):
                continue
            if lemma in _LEAVE_VERBS or (
                lemma in _LEAVE_PARTICLES
                and any(c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _LEAVE_PARTICLES[lemma] for c in tok.children)
            ):
                side = subject_of(tok)
                if tok.dep_ == "xcomp" and objects_of(tok.head):
                    side = objects_of(tok.head)[0]  # "ordered troops to withdraw"
                if side is not None:
                    yield side
            elif lemma in _EXPEL and (lemma not in _EXPEL_NEEDS_OUT or any(c.lower_ == "out" for c in tok.children)):
                yield from objects_of(tok)[:1]  # "driving the last army units out of the city"
            elif lemma in _TAKE_FROM:
                yield from prep_objects(tok, ("from",))[:1]
                for obj in objects_of(tok)[:1]:  # "overran the army's base", "the army garrison in Nasir"
                    if obj.lemma_.lower() in _SITE_NOUNS:
                        yield from (c for c in obj.children if c.dep_ in ("poss", "compound"))
                if _background(tok):  # "seven months after it fell to", "a town government forces took last month"
                    subj = subject_of(tok)
                    if subj is not None and subj.lower_ not in ("which", "that"):
                        yield subj
                    elif tok.dep_ == "relcl" and is_passive(tok):
                        yield from prep_objects(tok, ("by",))[:1]  # "recaptured X district that was seized by the Taliban"
            elif lemma in _GAIN_LEMMAS and _background(tok):  # "two years after IS fighters swept into the town"
                subj = subject_of(tok)
                if subj is not None and subj.lower_ not in ("which", "that"):
                    yield subj
            elif lemma == "fall" and _background(tok):
                yield from prep_objects(tok, ("to",))[:1]
            elif lemma in _FIGHT_VERBS and _after_clause(tok):
                yield from prep_objects(tok, ("with", "against"))[:1]  # "retook X after ... clashing with loyalist troops"
            elif lemma in ("hold", "control") and tok.tag_ == "VBN":
                yield from prep_objects(tok, ("by",))[:1]  # "the last scrap of territory held by Islamic State"
        elif lemma in ("withdrawal", "retreat", "pullout") and tok.pos_ == "NOUN":
            # "after Russia completed its withdrawal": a possessive pronoun stands for the governing subject
            possessors = [c for c in tok.children if c.dep_ == "poss"]
            for poss in possessors:
                yield (subject_of(tok.head) or poss) if poss.lower_ in ("its", "their") and tok.head.pos_ == "VERB" else poss
            if not possessors:
                yield from prep_objects(tok, ("of",))[:1]  # "following the withdrawal of government troops"
            if not possessors and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("make", "complete", "begin", "start", "finish"):
                side = subject_of(tok.head)  # "its fighters had made a tactical withdrawal"
                if side is not None:
                    yield side
        elif lemma in _FIGHT_NOUNS and tok.pos_ == "NOUN" and tok.head.lower_ in ("after", "following") and tok.dep_ in ("pobj", "dobj"):
            yield from prep_objects(tok, ("with", "against"))[:1]
        elif lemma in ("setback", "blow", "defeat", "humiliation") and tok.pos_ == "NOUN":
            yield from prep_objects(tok, ("for", "to"))[:1]  # "in a setback for Congolese forces", "a blow to the army"
        elif lemma in ("win", "victory") and tok.pos_ == "NOUN":
            yield from prep_objects(tok, ("against", "over"))[:1]  # "a big win against Islamic State by regaining X"
        elif lemma in ("control", "occupation") and tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of":
            # "after 13 months of control by the RSF" (the parser hangs "by" on the duration)
            span_of = tok.head.head if tok.head.head.lemma_.lower() in ("day", "week", "month", "year", "decade") else tok
            yield from (prep_objects(tok, ("by",)) or prep_objects(span_of, ("by",)))[:1]
        elif lemma in _STRONGHOLD or lemma in _SITE_NOUNS or lemma == "rule":
            # "the last LNA stronghold", "the northern stronghold of Tuareg separatists", "jihadist rule"
            yield from (c for c in tok.children if c.dep_ in ("poss", "compound") or (c.dep_ == "amod" and lemma == "rule"))
            yield from prep_objects(tok, ("of",))[:1]


_FIGHT_VERBS = frozenset({"clash", "fight", "battle"})


def _after_clause(tok: Token) -> bool:
    """"after clashing with Z", "after besieging it and clashing with Z": a fight told as what came before."""
    for t in (tok, tok.head if tok.dep_ == "conj" else tok):
        if t.dep_ == "pcomp" and t.head.lower_ in ("after", "following"):
            return True
    return False


def _background(tok: Token) -> bool:
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    return tok.dep_ == "relcl" or bool(aux & {"had", "'d"}) or is_background_clause(tok)


def leaving_sides(sent: Span, ctx: ArticleContext, place_cc: str | None) -> list[ResolvedActor]:
    """Sides the sentence says held a place it may not name: "as federal troops withdrew", "after the army's
    garrison withdrew from the city", "retaking the stronghold from Tuareg rebels", "seven months after it fell to
    the jihadists", "the last LNA stronghold". Evidence of who lost the place a capture in the sentence names."""
    low = sent.text.lower()
    if " not " in low or "n't" in low or "never" in low:
        return []
    found: list[ResolvedActor] = []
    for side in _sides_in(sent):
        actor = ctx.resolve_actor(side, _speaker_of(side, ctx, place_cc), place_cc)
        if actor is not None and not actor.id.startswith("x-") and actor not in found:
            found.append(actor)
    return found


def occupied_now(trigger: Token) -> bool:
    """"Boko Haram gunmen are now occupying the town of X": a progressive of occupying with "now" tells the hold the
    taking left (not a fight under way, as "are storming X" is)."""
    return (
        trigger.lemma_.lower() == "occupy" and trigger.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in trigger.children)
        and any(c.dep_ == "advmod" and c.lower_ == "now" for c in trigger.children)
    )
