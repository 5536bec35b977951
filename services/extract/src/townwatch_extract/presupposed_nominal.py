"""A capture noun a headline takes as done: "What the fall of X means for Y", "Why is the capture of X so important?",
"World reacts to the capture of X", "UN chief alarmed by rebel capture of X": a question on what the capture means or
why it matters, or a reaction to it, tells the capture as the news (the frame reads it as news_nominal's subject of
consequence, with the side named on the noun or none)."""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["PRESUPPOSED_NOUN", "asked_of_capture", "asked_reworded", "is_presupposed", "side_on_noun"]

# what a question asks of a done capture: "what it means", "why it matters"
_MEANING = frozenset({"mean", "matter", "change"})
# how a question weighs it: "Why is the capture of X so important?", "How significant is the fall of X?"
_WEIGHT = frozenset("important significant crucial pivotal strategic big".split())
_QUESTION_WORDS = frozenset({"what", "why", "how"})
# a reaction to it: "World reacts to the fall of X", "Kyiv responds to the loss of X"
_REACT_FORMS = frozenset("react reacts reacted reacting respond responds responded responding".split())
# a feeling caused by it: "UN chief alarmed by rebel capture of X" (the participle or the adjective the parse gives it)
_MOVED = frozenset("alarmed shocked stunned rattled jolted blindsided".split())
# words that leave the capture a prospect, an attempt or a memory ("the possible fall of X", "the feared capture")
_NOT_DONE = frozenset(
    """possible potential imminent looming threatened attempted feared expected planned eventual future hypothetical
    likely impending prospective would-be""".split()
)
_PROSPECT = frozenset("would could might may will can should must if".split())
_BACKGROUND = frozenset("since anniversary years decade ago history".split())
_YEAR = re.compile(r"(?:19|20)\d\d")
# a side named on the noun in a common word ("rebel capture of X", "the opposition capture of X")
_SIDE_NOUNS = frozenset("rebel insurgent militant jihadist islamist army government regime militia".split())

PRESUPPOSED_NOUN = re.compile(
    r"^\W*(?:what|why|how)\b[^.?!]{0,60}?\b(?:fall|capture|recapture|takeover|seizure|liberation|retaking)\s+of\b"
    r"|\b(?:react(?:s|ed|ing)?|respond(?:s|ed|ing)?)\s+to\b[^.?!]{0,60}?\b(?:fall|capture|recapture|takeover|seizure)\s+of\b"
    r"|\b(?:alarmed|shocked|stunned|rattled|jolted|blindsided)\s+by\s+[^.?!]{0,30}?\b(?:fall|capture|recapture|takeover|seizure)\s+of\b",
    re.I,
)
"""The prefilter's form of :func:`is_presupposed` (such a headline may name no side at all)."""


def _governed(noun: Token) -> Token:
    """The noun itself, or the first of the list it ends ("World reacts to Assad's fall, capture of Damascus")."""
    tok = noun
    for _ in range(3):
        if tok.dep_ in ("conj", "appos") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            tok = tok.head
            continue
        break
    return tok


def _asked(verb: Token, noun: Token) -> bool:
    """The verb's question: a "what/why/how" opening the headline, before the noun."""
    first = next((t for t in noun.sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.lower_ in _QUESTION_WORDS and first.i < noun.i and verb.i > first.i


def _presupposing_verb(noun: Token) -> Token | None:
    if noun.dep_ == "conj" and noun.head.lower_ in _REACT_FORMS and any(
        c.dep_ == "prep" and c.lower_ == "to" and c.i < noun.i for c in noun.head.children
    ):
        return noun.head  # "World reacts to Assad's fall, capture of Damascus": the second noun hung on "reacts"
    head = _governed(noun)
    verb = head.head
    if head.dep_ == "nsubj" and verb.lemma_.lower() in _MEANING and verb.tag_ in ("VBZ", "VBP", "VB") and _asked(verb, noun):
        return verb  # "What does the fall of X mean for Y", "What the fall of X means", "Why the fall of X matters"
    if head.dep_ == "nsubj" and verb.lemma_.lower() == "be" and verb.tag_ == "VBZ" and _asked(verb, noun) and any(
        c.dep_ == "acomp" and c.lower_ in _WEIGHT for c in verb.children
    ):
        return verb  # "Why is the capture of X so important?"
    if head.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ in _REACT_FORMS:
        return verb.head  # "World reacts to the capture of X" (the small model may read "reacts" as a plural noun)
    if head.dep_ == "pobj" and verb.lower_ == "by" and verb.head.lower_ in _MOVED:
        return verb.head  # "UN chief alarmed by rebel capture of X"
    return None


def is_presupposed(noun: Token) -> bool:
    """Whether a capture noun is told done by the headline around it (module docstring): never with "a" ("a fall of X
    would..."), a prospect word on the noun, a modal, a negation, a date or a year, or "since"/"anniversary"."""
    verb = _presupposing_verb(noun)
    if verb is None:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    if any(c.lower_ in _NOT_DONE for c in noun.children):
        return False
    if any(c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg") for c in verb.children):
        return False
    if any(t.lower_ in _PROSPECT or t.lower_ in _BACKGROUND or _YEAR.fullmatch(t.text) or t.dep_ == "neg" for t in noun.sent):
        return False
    return not any(t.ent_type_ == "DATE" for t in noun.subtree if t.i != noun.i)


def side_on_noun(noun: Token) -> Token | None:
    """The side named before the noun: "rebel capture of X", "the opposition capture", "Russian capture" (a capitalised
    word or a common side word)."""
    return next(
        (c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
         and (c.text[:1].isupper() or c.lemma_.lower() in _SIDE_NOUNS) and c.lower_ not in _NOT_DONE),
        None,
    )


# the question itself, inverted: "What does the fall of X mean for Y?", "Why is the capture of X so important?", "How
# significant is the fall of X?" (a declarative "What the fall of X means for Y" stays an explainer: headline.explainer,
# the corpus's twins of sessions 21 and 23)
_ASKED = re.compile(
    r"^\W*(?:what|why|how(?:\s+(?:important|significant|big))?)\s+(?:does|do|is)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:fall|capture|recapture|takeover|seizure|liberation|retaking)\s+of\b[^?]*\?\s*(?:\|[^|?]*)?$",
    re.I,
)


def asked_of_capture(title: str) -> str:
    """A headline that asks what a capture means or why it matters, whole (the frames decide with
    :func:`is_presupposed`); "" for any other question ("Will X fall?", "Is the fall of X near?")."""
    return title if _ASKED.match(title) else ""


# the inverted question the small model misparses ("What does the fall of Goma mean for Congo?" reads "Goma mean" as
# one noun): told in the declarative for the parse, "What the fall of Goma means for Congo?" (never an explainer then:
# the headline was kept for its question, extractor.asked_of_capture)
_DOES_MEAN = re.compile(
    r"^(\W*(?:what|why|how))\s+(?:does|do)\s+(the\s+(?:[\w'’-]+\s+){0,3}?(?:fall|capture|recapture|takeover|seizure|"
    r"liberation|retaking)\s+of\s+[^?]*?)\s+(mean|matter)\b",
    re.I,
)


def asked_reworded(text: str) -> str:
    """``text`` with an inverted "What does the fall of X mean" told as "What the fall of X means" (the same length or
    shorter: the caller pads it)."""
    return _DOES_MEAN.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)}s", text)
