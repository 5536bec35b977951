"""Entries and falls told alone: "troops entered X" is a capture only when a sentence next to it says this side holds
the town ("They are in total control of the town", "No fighting took place inside the town") or the other side left
it, or when a headline with no text under it is the whole report ("French forces enter Timbuktu"); "X has fallen."
only when the next sentence says who holds it ("The city is in the hands of the militants") or that it was taken
("The city was completely taken")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span, Token

from townwatch_extract.context import ArticleContext
from townwatch_extract.entry_grounds import on_errand
from townwatch_extract.entry_purpose import entered_to_take
from townwatch_extract.frames import RAID, Frame
from townwatch_extract.lexicon import ENTRY_REGION_NOUNS, SETTLED
from townwatch_extract.perfect_entry import perfect_entry
from townwatch_extract.sayer_entry import sayer_entry
from townwatch_extract.status import leaving_sides
from townwatch_extract.syntax import objects_of, prep_objects, subject_of
from townwatch_extract.welcome import undone, welcomed

__all__ = ["entry_confirmed", "fall_holder", "fall_told_taken", "hold_denied", "lone_headline_entry"]

# the line after an entry: the side is in control of the town, or it went in without a fight
_TOWN = r"(?:it|the (?:town|city|village|area|district))\b"
_HOLDS = re.compile(
    r"\b(?:(?:are|is|were|was|now) (?:now |firmly |fully )?in (?:full |total |complete |effective )?control"
    r"(?: of " + _TOWN + r"|(?=\s*[.,;\"”]))"  # of the town entered, not of another one
    r"|(?:taken|took|seized|gained|established|have|has) (?:full |total |complete )?control (?:of|over) " + _TOWN +
    r"|no (?:fighting|resistance|clashes|shots?)\b(?! (?:was|were) expected)"
    # "The rebels met / encountered minimal resistance from government forces": the side got in and the town was given up
    r"|(?:met|meeting|encountered|encountering|faced|facing|after) (?:only )?(?:little|minimal|light|scant|token) resistance"
    r"|without (?:a |any )?(?:fight|fighting|resistance|firing a shot|a shot)|unopposed|unchallenged"
    # "Troops made their way into X. The two towns changed hands after ...": the towns entered told as taken (never a
    # town that "changed hands several times": a front line's story)
    r"|(?:it|both|the (?:(?:two|three|four|\w+) )?(?:town|towns|city|cities|village|villages|settlement|settlements))\s+"
    r"(?:have |has |had )?changed hands(?! (?:several|many|multiple|numerous|repeatedly|twice|often|\w+ times)))\b"
)
# a neighbouring sentence in which a side pulled out, not one that calls the town someone's stronghold
_LEFT = re.compile(r"\b(?:withdr[ae]w\w*|pull(?:ed|s|ing)? out|fled|abandon\w*|retreat\w*|vacat\w*|evacuat\w*)\b", re.I)


def _holds_named(after: str, frame: Frame, ctx: ArticleContext) -> bool:
    """Whether the line after an entry says the side is in control of the place entered, by its name: "Troops entered
    the town of X on Saturday. The military said its forces were in full control of X." (as "... of the town" does);
    never a hold told as past or lasting ("was in control of X before the war", "until 2012", "still"), nor another
    side's ("The SDF said its forces were in full control of X": the defender's word)."""
    if "control" not in after:
        return False
    for ref in frame.places:
        if ref.anaphor or not ref.token.text[:1].isupper():
            continue
        held = re.compile(
            r"\b(?:are|is|were|was|now)\s+(?:now\s+|firmly\s+|fully\s+)?in\s+(?:full\s+|total\s+|complete\s+|effective\s+)?"
            r"control\s+(?:of|over)\s+(?:the\s+(?:town|city|village)\s+of\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}"
            + re.escape(ref.token.text) + r"\b(?!\s+(?:before|until|till|during|for|in\s+\d{4}|since\s+\d{4}))"
        )
        m = held.search(after)
        if m is None:
            continue
        taker = ctx.resolve_actor(frame.gaining, None) if frame.gaining is not None else None
        if taker is not None and any(
            a.actor.id != taker.id and a.actor.id not in taker.allies for a in ctx.catalogue.find(after[: m.start()])
        ):
            return False  # ("The SDF said its forces were in full control of X": the defender's word)
        return True
    return False


def entry_confirmed(
    frame: Frame, after: str, neighbours: list[Span], ctx: ArticleContext, names_other_place: Callable[[str], bool]
) -> bool:
    """Whether a sentence next to an entry makes it a capture: the next says the side holds the town, or one near
    it says another side than the one going in pulled out (of this town: "Russian units also withdrew from Izium"
    says nothing of the town entered)."""
    if hold_denied(frame.trigger.sent):
        return False  # "entered the city of X on Monday but have not yet seized control": in, not holding it
    if on_errand(frame.trigger):
        return False  # "entered X to deliver food. Government forces have withdrawn": an errand's, not a capture (news31)
    if entered_to_take(frame.trigger, {r.token.text.lower() for r in frame.places}):
        return False  # "entered X in a push to retake the city": not held yet (entry_purpose.py)
    if _HOLDS.search(after.lower()) or _holds_named(after, frame, ctx):
        return True
    own = frame.trigger.sent.text
    if (welcomed(own) or welcomed(after)) and not RAID.search(own) and not undone(own) and not undone(after):
        return True  # "Residents cheered as the troops entered X": the town's people welcome the side in (welcome.py)
    taker = ctx.resolve_actor(frame.gaining, None)
    names = {r.token.text.lower() for r in frame.places}
    for span in neighbours:
        if not _LEFT.search(span.text):
            continue
        if not any(n in span.text.lower() for n in names) and names_other_place(span.text):
            continue
        if any(taker is None or (side.id != taker.id and side.id not in taker.allies) for side in leaving_sides(span, ctx, None)):
            return True
    return False


# A headline with no text under it is the whole report: "French forces enter Timbuktu", "Syrian troops enter Sweida
# amid unrest", "M23 enters Uvira as FARDC troops flee" tell the town taken (labelling.md, "Entered"; the spent sets'
# headlines label 13 of the 16 entries into a named town so). Only the headline's own tense, the present: a past "rebels
# entered X" heads the later telling of a raid as often as a capture (the spent sets' one such line is a raid), and
# "swept / rolled into X" stay a thrust ("tanks roll into X" on a raid). Not a going in under way ("forces entering
# X"), a raid or a probe the line tells ("tanks enter south X on probing mission", "enter X and raid homes"), nor
# regions ("RSF enters White Nile state and Sennar": the conjunct after a state is a state). heads26
_RAID_WORDS = re.compile(r"\b(?:raids?|incursions?|probing|probes?|forays?|patrols?)\b", re.I)
_COLUMN_VERBS = frozenset({"roll", "march"})


def lone_headline_entry(frame: Frame, title: str) -> bool:
    """Whether an entry told in a headline that has no text under it counts as the capture it reports."""
    trigger = frame.trigger
    lemma = trigger.lemma_.lower()
    # (and a column's "roll / march into X", the same entry in a headline's words: "US tanks roll into Baghdad"; "move
    # into" and "walk into" stay out: troops "move into" a staging country or a separatists' town; "sweep into" is a
    # thrust, heads26)
    into = lemma in _COLUMN_VERBS and bool(prep_objects(trigger, ("into",)))
    if frame.construction != "entry" or not (lemma == "enter" or into) or not (
        trigger.tag_ in ("VBZ", "VBP", "VB") or sayer_entry(trigger) or perfect_entry(trigger)
    ):
        return False
    if hold_denied(trigger.sent) or entered_to_take(trigger, {r.token.text.lower() for r in frame.places}):
        return False
    if _RAID_WORDS.search(title) or RAID.search(title) or any(r.anaphor for r in frame.places):
        return False
    kicker, colon, _rest = title.partition(":")
    if colon and any(r.token.text.lower() in kicker.lower() for r in frame.places):
        return False  # "Rafah: Israeli tanks enter the city": a city the line names only in its kicker
    objects = [*objects_of(trigger), *prep_objects(trigger, ("into",))]
    # (a region the town is placed in, after a comma or "in", is no region entered: "enter Kupiansk, Kharkiv Oblast")
    return not any(
        t.lemma_.lower() in ENTRY_REGION_NOUNS for o in objects for t in o.subtree
        if not any(a.dep_ in ("appos", "prep") and a.i != o.i for a in (t, *t.ancestors) if a.i in {s.i for s in o.subtree})
    )


# what the entry's own sentence may deny the side has done ("but have not yet seized control", "did not take the town")
_HOLDING = frozenset("seize take capture secure control gain hold".split())


def hold_denied(sent: Span) -> bool:
    return any(t.lemma_.lower() in _HOLDING and t.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in t.children) for t in sent)


_TOWN_NOUNS = SETTLED | {"district", "capital"}
_NO_HOLDER = frozenset({"full", "complete", "total", "effective", "their", "its", "group", "movement"})


def _this_town(tok: Token | None, names: set[str]) -> bool:
    """"it", "the city", or the fallen town's own name."""
    return tok is not None and (tok.lower_ == "it" or tok.lower_ in names or (
        tok.lemma_.lower() in _TOWN_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children)
    ))


def fall_holder(frame: Frame, after: Span | None) -> Token | None:
    """The side the sentence after a bare fall ("X has fallen.") says holds the town: "The city is in the hands of
    the militants", "It is now under Taliban control", "The Taliban now hold it"; None when it says none (a denial,
    a modal, another town, a pronoun or "the group" for a side)."""
    if after is None or any(t.dep_ == "neg" or (t.dep_ == "aux" and t.tag_ == "MD") for t in after):
        return None
    names = {r.token.lower_ for r in frame.places}
    for tok in after:
        lemma = tok.lemma_.lower()
        holder: Token | None = None
        if lemma in ("hand", "control") and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "under") and (
            tok.head.head.lemma_.lower() == "be" and _this_town(subject_of(tok.head.head), names)
        ):
            holder = next(iter(prep_objects(tok, ("of",))), None) or next(
                (c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.lower_ not in _NO_HOLDER), None
            )
        elif lemma in ("hold", "control") and tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP") and _this_town(
            next(iter(objects_of(tok)), None), names
        ):
            holder = subject_of(tok)
        if holder is not None and holder.pos_ in ("NOUN", "PROPN") and holder.lemma_.lower() not in _NO_HOLDER:
            return holder
    return None


# "The city was completely taken": the line after a bare fall telling the town taken, by no side named
_TAKEN_VERBS = frozenset("take capture seize overrun occupy".split())


def fall_told_taken(frame: Frame, after: Span | None) -> bool:
    """Whether the sentence after a bare fall ("Ramadi has fallen, a spokesman said.") tells the same town taken in the
    passive ("The city was completely taken", "It has been overrun"): the fall confirmed, its taker unnamed (never
    "was nearly taken", a modal, a denial or another town)."""
    if after is None or any(t.dep_ == "neg" or (t.dep_ == "aux" and t.tag_ == "MD") for t in after):
        return False
    names = {r.token.lower_ for r in frame.places}
    return any(
        tok.lemma_.lower() in _TAKEN_VERBS and tok.tag_ == "VBN" and tok.dep_ == "ROOT"
        and any(c.dep_ == "auxpass" for c in tok.children)
        and not any(c.lower_ in ("nearly", "almost", "partly", "partially", "half") for c in tok.children)
        and _this_town(next((c for c in tok.children if c.dep_ == "nsubjpass"), None), names)
        for tok in after
    )
