"""A capture noun told as its sentence's news: "The fall of X comes as ...", "Tal Afar's capture marks ..."."""

from __future__ import annotations

import re

from spacy.tokens import Token

from townwatch_extract.lexicon import LATELY_WORDS
from townwatch_extract.verdict_side import comparison_since

__all__ = ["CONDEMNED_NOUN", "NEWS_NOUN_REACH", "OUTCOME", "OUTCOME_PHRASE", "is_condemned", "is_news_subject", "outcome_side", "outcome_verb"]

NEWS_NOUN_REACH = 2
"""How many words (punctuation aside) may come before the "the" of a sentence-opening capture noun, or before the
place name that owns it ("But then the fall of X ...", "In Syria, the capture of X ...", "Tal Afar's capture ...");
prefilter._NEWS_NOUN lets the same sentences through without a side word."""

# what a capture brings about, told in the present or the past of the news: "comes as", "means", "adds pressure",
# "deals a blow", "marks", "leaves", "gives", "opens", "cuts", "puts", "raises", "helps", "has highlighted"
_CONSEQUENCE = frozenset(
    "come mean add deal mark leave give open cut put raise deprive hand bring boost allow signal threaten expose "
    "represent prompt spark trigger isolate help highlight underline underscore increase".split()
)
_SAYING = frozenset({"say", "add", "tell"})
# ... and what it brings about only in the present: "follows", "shows", "demonstrates"
# (and a headline's "Capture of X ensures Z control over Y", "Fall of X paves way for ...")
_PRESENT_ONLY = frozenset({"follow", "show", "demonstrate", "ensure", "pave", "cement", "tighten", "strengthen"})
# what a capture is, in the present: "The fall of X is a major blow to Y", "is a turning point"
_VERDICTS = frozenset("blow setback defeat victory success milestone achievement boost humiliation embarrassment".split())
_PROSPECT = frozenset(("would", "could", "might", "may", "will", "not", "n't"))
_BACKGROUND_WORDS = frozenset(("anniversary", "since", "years", "decade"))
_YEAR = re.compile(r"(?:19|20)\d\d")


def _words_before(tok: Token) -> int:
    return sum(1 for t in tok.doc[tok.sent.start : tok.i] if not t.is_punct)


def _opens_sentence(trigger: Token) -> bool:
    """The noun's "the" (or the place name that owns it: "Tal Afar's capture") opens its sentence."""
    det = next((c for c in trigger.children if c.dep_ == "det" and c.lower_ == "the"), None)
    if det is not None:
        return _words_before(det) <= NEWS_NOUN_REACH
    owner = next((c for c in trigger.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        return _words_before(owner.doc[owner.left_edge.i]) <= NEWS_NOUN_REACH
    # a headline's bare noun, capitalised at the line's start or after its side's name: "Fall of X deals blow to Y",
    # "Taliban capture of X raises alarm" (never "a fall of X": an article's indefinite noun is a prospect)
    first = trigger.left_edge
    return not any(c.dep_ == "det" for c in trigger.children) and first.text[:1].isupper() and all(
        t.is_space or t.is_punct for t in trigger.doc[trigger.sent.start : first.i]
    )


def _consequence_verb(trigger: Token) -> Token | None:
    """The main verb of what the capture brings about, or the present "is" of a verdict on it."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or not (verb.dep_ == "ROOT" or (
        verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in _SAYING and verb.head.i > verb.i
    )):
        return None  # (the report's own "..., the statement said" after it is still its news)
    lemma = verb.lemma_.lower()
    if lemma in _CONSEQUENCE:
        return verb
    if lemma in _PRESENT_ONLY and verb.tag_ == "VBZ":
        # "Al-Rahad's capture follows the January 30 recapture of Um Ruwaba", "The fall of Ramadi shows that ...": the
        # present of the news ("The fall of Mosul showed ..." may be a history's)
        return verb
    if lemma != "be" or verb.tag_ != "VBZ":
        return None  # "The fall of X was a blow" may be a history's verdict; only the present one is the news
    for c in verb.children:
        if c.dep_ == "attr" and (c.lemma_.lower() in _VERDICTS or (c.lower_ == "point" and any(a.lower_ == "turning" for a in c.children))):
            return verb  # "The fall of Yabroud is a major blow to the rebels"
        if c.dep_ == "acomp" and c.lower_ == "likely" and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in _CONSEQUENCE for x in c.children
        ):
            return verb  # "The fall of Halgan is likely to increase pressure on Y"
    return None


def _lately(tok: Token) -> bool:
    """A word of a date that is a day of the week the news is from ("on Saturday", "Sunday night", "yesterday")."""
    return tok.lower_ in LATELY_WORDS or tok.lower_ in ("on", "this", "last")


def is_news_subject(trigger: Token) -> bool:
    """"The fall of X comes as ...", "The capture of X adds pressure", "Tal Afar's capture comes a week after ...":
    the capture noun opens its sentence as the subject of the main verb of consequence, in the present or the past,
    with no date or year of its own ("The fall of Mosul in 2014 shocked the region" is background), no modal ("a fall
    of X would mean ..." is a prospect) and no "since" / "anniversary" around it."""
    verb = _consequence_verb(trigger)
    if verb is None or not _opens_sentence(trigger):
        return False
    if any(c.dep_ in ("aux", "neg") and c.lower_ in _PROSPECT for c in verb.children):
        return False
    if any((t.ent_type_ == "DATE" and not _lately(t)) or t.like_num for t in trigger.subtree if t.i != trigger.i):
        return False  # (a day of this week is the news's own: "The fall of Sirte on Saturday marks ...")
    # a year anywhere in the sentence dates the capture ("Kherson's capture in 2022 helped ...": the parse may hang the
    # year on the verb)
    # (not the "since" of a superlative verdict: "is the most devastating blow to Russia since its retreat from Kyiv")
    return not any((t.lower_ in _BACKGROUND_WORDS and not comparison_since(t)) or _YEAR.fullmatch(t.text) for t in trigger.sent)


# "The Security Council condemned the capture of Konna": whoever condemns a capture tells it done, whoever took it
_CONDEMN = frozenset("condemn denounce deplore decry".split())
_NOT_DONE = frozenset("attempted attempt planned possible threatened imminent feared expected".split())
CONDEMNED_NOUN = re.compile(
    r"\b(?:condemn|denounc|deplor|decr)\w*\s+(?:the\s+)?(?:capture|seizure|takeover|fall)\s+of\b", re.I
)
"""The prefilter's form of :func:`is_condemned` (the sentence may name no side at all)."""


def is_condemned(trigger: Token) -> bool:
    """"The UN Security Council condemned the capture of Konna": the capture noun is the object of a verb of
    condemnation, with no date or year of its own ("condemned the capture of X in 2014" is background) and no word
    that leaves it undone ("condemned the attempted capture of X")."""
    if trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in _CONDEMN:
        return False
    if any(c.lower_ in _NOT_DONE for c in trigger.children):
        return False
    return not any(t.ent_type_ == "DATE" or _YEAR.fullmatch(t.text) for t in trigger.subtree if t.i != trigger.i)


# A capture noun as what an operation or a battle ended in (verbs24): "A military operation led by the Somali army
# resulted in the recapture of A and B", "the offensive began on Wednesday, resulting in the recapture of X", "The
# operation has led to last week's recapture of the town of X". Each verb with the preposition of its outcome.
_OUTCOME_HEADS = {"result": ("in",), "lead": ("to",), "culminate": ("in", "with"), "end": ("with", "in"), "conclude": ("with",)}
# who led the operation the outcome is of: "an operation led / conducted / carried out by Z"
_LEADING = frozenset("lead conduct carry launch spearhead mount execute".split())
_ARMED = frozenset("army troop force soldier unit fighter militant rebel militia brigade division".split())


OUTCOME = "outcome"
"""A capture told as what an operation resulted in, with no side in its own sentence ("The operations resulted in
regaining control over X"): its side is the one named just before as taking places (``PlaceMentions.taker_before``),
or none (a known town at war only)."""


# the prefilter's form of an outcome with no side word in its sentence (``OUTCOME``)
OUTCOME_PHRASE = re.compile(
    r"\b(?:resulted|culminated|ended|concluded)\s+(?:in|with)\s+(?:the\s+)?(?:full\s+)?(?:regaining|recapturing|capturing|retaking|"
    r"taking|seizing|liberating|freeing|recapture|capture|liberation|seizure|retaking|takeover)\b"
    r"|\bled\s+to\s+(?:the\s+)?(?:full\s+)?(?:recapture|capture|liberation|seizure|takeover)\s+of\b",
    re.I,
)


def outcome_verb(trigger: Token) -> Token | None:
    """The verb a capture noun is the outcome of ("resulted in the recapture of X"), told done: a past or a participle
    of a past deed, with no modal, negation or year ("could lead to the recapture of X", "did not result in ...",
    "led to the capture of X in 2014" are a prospect, a denial, a history)."""
    prep = trigger.head
    verb = prep.head
    # (or a gerund: "the operations resulted in regaining control over the town of A and the villages of B and C")
    if trigger.dep_ not in ("pobj", "pcomp") or (trigger.dep_ == "pcomp" and trigger.tag_ != "VBG") or prep.lower_ not in _OUTCOME_HEADS.get(verb.lemma_.lower(), ()) or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.tag_ == "VBG":
        if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.tag_ not in ("VBD", "VBN"):
            return None
    elif verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in (*verb.children, *verb.head.children)):
        return None
    if any(_YEAR.fullmatch(t.text) for t in trigger.subtree):
        return None
    return verb


def outcome_side(verb: Token) -> Token | None:
    """The side an outcome verb's subject names: the subject itself when it is a side ("the army's offensive"
    aside), or who led the operation ("an operation led by the Somali National Army"); None for an operation with no
    side named."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.tag_ == "VBG":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.pos_ == "PROPN" or subj.lemma_.lower() in _ARMED:
        return subj
    # "the army's operation resulted in ...": who owns the operation
    owner = next((c for c in subj.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lemma_.lower() in _ARMED)), None)
    if owner is not None:
        return owner
    for acl in subj.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in _LEADING and acl.tag_ == "VBN":
            agent = next((o for a in acl.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    return None
