"""Denials: a side or an official source saying a reported change did not happen, as ``denial`` events.

The constructions, read from real wire copy and monitors' notes (never copied here):

- a denial verb over the change: "Ukraine denied that Russian forces had taken X", "the army rejected claims that
  the town had fallen", "Kyiv dismissed reports that Russian troops had occupied X", "Ukraine denied losing X";
- a holding statement: "the army said it still holds X", "X remains under our control", "its forces had not been
  pushed out of X", "troops were holding their ground in X".

The denying side is the subject of the denial verb (or the speaker of the holding statement); the denied gainer is
another actor named in what is denied ("that Russian forces had taken X", "Moscow's claim"); the side said to have
lost the place is the denying side unless it denies its own gain. A statement without a place the gazetteer or the
text resolves is not an event (``unplaced`` counts them for the caller's log). The extractor's change rules already
refuse these sentences as changes (their mood is a denial); this module only turns them into their own events.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from townwatch_extract.actors import lower_same_length
from townwatch_extract.context import ArticleContext, ResolvedActor
from townwatch_extract.correction import is_correction
from townwatch_extract.lexicon import DENY_FORMS, DENY_LEMMAS
from townwatch_extract.sentences import Sentence, SentenceIndex
from townwatch_extract.syntax import subject_of
from townwatch_schemas import Actor, Article, ControlChange, Evidence, Place

__all__ = ["DENIAL_CONFIDENCE", "DenialFinder", "Denials"]

DENIAL_CONFIDENCE = 0.7
_UNPLACED = "unplaced"

_DENY_LEMMAS = DENY_LEMMAS | {"rebuff", "contradict"}
_HOLD_LEMMAS = frozenset("hold control keep retain remain".split())
_SAY_LEMMAS = frozenset("say insist state tell add claim maintain stress".split())
_PRONOUNS = frozenset("it they we its their our he she".split())
_SENTENCE = re.compile(
    rf"\b(?:{DENY_FORMS}"
    r"|still (?:holds?|held|holding|controls?|controlled|in (?:full |firm )?control)"
    r"|remains? (?:fully |firmly )?(?:under (?:\w+ ){0,2}control|in (?:full |firm )?control)"
    r"|remained (?:fully |firmly )?(?:under (?:\w+ ){0,2}control|in (?:full |firm )?control)"
    r"|(?:still|remains?|remained) (?:firmly )?in (?:the )?(?:[\w'’-]+ ){0,2}hands"  # "remained in government hands"
    r"|(?:has|had|have) not (?:fallen|been (?:captured|taken|lost|seized|pushed out|driven out))"
    r"|(?:has|had|have) not (?:captured|taken|seized|occupied|entered)"
    r"|holding (?:their|its|our) ground)\b",
    re.I,
)
# Plain substrings one of which every ``_SENTENCE`` match contains: only the sentences with one are searched.
_HINTS = ("deny", "deni", "reject", "dismiss", "refut", "rebuff", "still ", "remain", "not fallen", "not been", "holding",
          "not captured", "not taken", "not seized", "not occupied", "not entered")
# a capture another speaker says a side has not made: "the spokesman stated that Russian forces have not occupied X"
_NOT_TAKEN = frozenset({"captured", "taken", "seized", "occupied", "entered"})
# What is denied must be a change of hands, not a massacre or an air strike.
_CHANGE_WORDS = re.compile(
    r"\b(?:(?:re)?captur\w*|(?:re)?tak(?:e|en|ing|es)|(?:re)?took|seiz\w*|occup\w*|overr(?:an|un)\w*|fall(?:en)?|fell|"
    r"los(?:e|t|ing|s)|regain\w*|"
    r"liberat\w*|enter\w*|control\w*|hold\w*|held|pushed out|driven out|withdr\w*|retreat\w*|hands?)\b",
    re.I,
)


@dataclass
class Denials:
    """What one article denies: the events, and the denial sentences no place could be resolved in."""

    events: list[ControlChange] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


def _event_id(article_id: str, place: Place, denying: ResolvedActor | None) -> str:
    key = f"{article_id}|{place.key}|denial|{denying.id if denying else '-'}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _anchor(sent: Span) -> tuple[Token | None, bool]:
    """The denial verb, else the holding verb or phrase; and whether it is a holding statement."""
    for tok in sent:
        if tok.lemma_.lower() in _DENY_LEMMAS and tok.pos_ in ("VERB", "AUX"):
            return tok, False
    for tok in sent:
        if tok.lemma_.lower() in _HOLD_LEMMAS and tok.pos_ in ("VERB", "AUX"):
            return tok, True
        if tok.lower_ in ("fallen", "captured", "taken", "lost", "seized", "pushed", "driven", "occupied", "entered") and any(
            c.dep_ == "neg" for c in tok.children
        ):
            return tok, True
    return None, False


def _speaker(anchor: Token) -> tuple[Token | None, bool]:
    """Who says it, and whether a saying verb governs it: the subject of the anchor, or of the saying verb that
    governs it ("the army said it still holds X")."""
    subj = subject_of(anchor)
    say = anchor.head if anchor.dep_ in ("ccomp", "parataxis") else None
    if say is None:
        say = next((c for c in anchor.children if c.dep_ == "parataxis" and c.lemma_.lower() in _SAY_LEMMAS), None)
    if say is not None and say.lemma_.lower() in _SAY_LEMMAS:
        said_by = subject_of(say)
        if subj is None or subj.lower_ in _PRONOUNS or subj.pos_ in ("PRON", "DET"):
            return said_by or subj, True
        return subj, True
    return subj, False


def _reported_negation(anchor: Token) -> bool:
    """Whether ``anchor`` is a negated capture verb with its own taker, said by someone else ("the army said the rebels
    had not taken X")."""
    return anchor.lower_ in _NOT_TAKEN and anchor.dep_ == "ccomp" and anchor.head.lemma_.lower() in _SAY_LEMMAS and any(
        c.dep_ == "nsubj" for c in anchor.children
    ) and any(c.dep_ == "neg" for c in anchor.children)


def _modal(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


class DenialFinder:
    """Finds denial statements in an article; shares the extractor's parser, actor catalogue and gazetteer."""

    def __init__(self, nlp: Language, catalogue, gazetteer) -> None:
        self.nlp = nlp
        self.catalogue = catalogue
        self.gazetteer = gazetteer

    def sentences(self, text: str) -> list[Sentence]:
        """The sentences that may hold a denial: only those with a hint are split out and searched (most have none)."""
        low = lower_same_length(text)
        hints: dict[int, list[int]] = {}  # line end -> the hints on that line
        for hint in _HINTS:
            at = low.find(hint)
            while at >= 0:
                line_end = text.find("\n", at)
                hints.setdefault(len(text) if line_end < 0 else line_end, []).append(at)
                at = low.find(hint, at + 1)
        if not hints:
            return []
        # A match holding a hint starts at most 5 characters before it ("has not fallen"): only there can one start.
        starts = sorted({s for ats in hints.values() for at in ats for s in range(max(0, at - 5), at + 1)})
        index = SentenceIndex(text)
        found: dict[int, Sentence] = {}
        for end, ats in hints.items():
            # the last place a match ending on this line starts; a hint's sentence is split out only when one starts
            # at most 5 characters before the hint or later (the whole line is not searched again for each hint)
            first = max(0, min(ats) - 5)
            last = next((s for s in reversed(starts[bisect_left(starts, first) : bisect_left(starts, end)])
                         if _SENTENCE.match(text, s, end)), -1)
            for at in ats:
                if last >= max(0, at - 5) and (sentence := index.at(at)) is not None:
                    found.setdefault(sentence.start, sentence)
        return [s for _start, s in sorted(found.items())
                if _SENTENCE.search(s.text) and _CHANGE_WORDS.search(s.text) and not is_correction(s.text)]

    def chosen(self, article: Article) -> list[Sentence]:
        """The sentences of ``article`` that may hold a denial (none in an article not in English); no parse."""
        if article.language and not article.language.lower().startswith("en"):
            return []
        return self.sentences(article.text if isinstance(article.text, str) else "")

    def find(self, article: Article) -> Denials:
        chosen = self.chosen(article)
        return self.read(article, chosen, list(self.nlp.pipe([s.text for s in chosen])) if chosen else [])

    def read(self, article: Article, chosen: list[Sentence], docs: list[Doc]) -> Denials:
        """The denials of ``article`` in its ``chosen`` sentences, parsed as written (``docs``, one each): the
        extractor parses them in the same ``nlp.pipe`` round as the sentences its change rules read."""
        text = article.text if isinstance(article.text, str) else ""
        out = Denials()
        if not chosen:
            return out
        ctx = ArticleContext.build(text, self.gazetteer, self.catalogue)
        seen: set[str] = set()
        for sentence, doc in zip(chosen, docs, strict=True):
            for sent in doc.sents:
                event = self._denial(article, sentence, sent, ctx)
                if event is _UNPLACED:
                    out.unplaced.append(sentence.text.strip())
                elif isinstance(event, ControlChange) and event.event_id not in seen:
                    seen.add(event.event_id)
                    out.events.append(event)
        return out

    def _denial(self, article: Article, sentence: Sentence, sent: Span, ctx: ArticleContext) -> ControlChange | str | None:
        """The denial event; ``_UNPLACED`` for a denial without a place; None when the sentence denies nothing."""
        anchor, holding = _anchor(sent)
        if anchor is None:
            return None
        speaker_tok, said = _speaker(anchor)
        if _reported_negation(anchor):
            # "Trehubov stated that Russian forces have not occupied all of X": the speaker denies the subject's capture
            speaker_tok, said, holding = subject_of(anchor.head), True, False
        # A holding statement is a denial only when a side says it of itself, as news: "the army said it still holds
        # X", not "the only area that remains under the group's control" or "it would still control X".
        if holding and (not said or _modal(anchor) or anchor.dep_ in ("relcl", "acl")):
            return None
        spoken = range(speaker_tok.left_edge.i, speaker_tok.right_edge.i + 1) if speaker_tok is not None else range(0)
        found: list[tuple[Place, bool, Token]] = []
        for tok in anchor.subtree if not holding else sent:
            named = tok.pos_ == "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC")
            if not named or tok.i in spoken or tok.dep_ == "poss" or (tok.head.pos_ == "PROPN" and tok.dep_ == "compound"):
                continue
            resolved = ctx.resolve_place(tok, None, [], strong=True)
            if resolved is not None and resolved[0].key not in {p.key for p, _, _ in found}:
                found.append((resolved[0], resolved[1] is not None, tok))
        # a gazetteer place first; a name the text only uses as a place when there is none
        found.sort(key=lambda f: not f[1])
        if not found:
            return _UNPLACED
        places = [p for p, _, _ in found]
        place_tokens = {t.i for _, _, t in found}
        place = places[0]
        cc = place.country_code
        denying = ctx.resolve_actor(speaker_tok, None, cc) if speaker_tok is not None else None
        if holding and (denying is None or denying.id.startswith("x-")):
            return None
        gaining = self._denied_gainer(anchor, speaker_tok, denying, ctx, cc, holding, place_tokens)
        losing = denying if denying is not None and (gaining is None or gaining.id != denying.id) else None
        return ControlChange(
            event_id=_event_id(article.id, place, denying),
            article_id=article.id,
            source=article.source,
            url=article.url,
            published=article.published,
            article_received=article.received,
            credits=list(article.credits),
            place=place,
            gaining=gaining.to_actor() if gaining else None,
            losing=losing.to_actor() if losing else None,
            confidence=DENIAL_CONFIDENCE,
            evidence=Evidence(sentence=article.text[sentence.start : sentence.end], start=sentence.start, end=sentence.end),
            extractor_version="townwatch-extract/denial-1",
            kind="denial",
            denying=denying.to_actor() if denying else _unnamed(speaker_tok),
            article_revision=article.revision,
        )

    @staticmethod
    def _denied_gainer(anchor: Token, speaker: Token | None, denying: ResolvedActor | None, ctx: ArticleContext,
                       cc: str | None, holding: bool, place_tokens: set[int]) -> ResolvedActor | None:
        """Another side named in what is denied: "that Russian forces had taken X", "Moscow's claim", "claims by Y"."""
        if holding:
            return None
        named: list[ResolvedActor] = []
        for tok in anchor.subtree:
            if tok == anchor or tok.i in place_tokens or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
                continue
            if speaker is not None and speaker.left_edge.i <= tok.i <= speaker.right_edge.i:
                continue
            actor = ctx.resolve_actor(tok, denying, cc)
            if actor is not None and (denying is None or actor.id != denying.id):
                named.append(actor)
        # a catalogued side before a name the text merely uses like one
        return next((a for a in named if not a.id.startswith("x-")), named[0] if named else None)


def _unnamed(speaker: Token | None) -> Actor | None:
    if speaker is None:
        return None
    words = " ".join(t.text for t in speaker.subtree)[:120]
    return Actor(id="x-" + re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")[:60], name=words, text=words)
