"""A short hold ended by a retake: a place back with its holder within hours of its fall, told in one report.

The constructions, read from real wire copy (never copied here):

- the fall in an "after" clause of the retake, its time told in hours: "retook the district of X several hours after
  it fell", "recaptured the district headquarters in X, just hours after the insurgents overran the offices";
- the fall in a participle on the place retaken, told as overnight: "win back X town captured by rebels in an
  overnight raid".

The place ends the report where it began, so neither reading is a change for a desk (labelling.md, "Reversals"). A
retake long after the fall ("retook X two years after it fell"), a retake with no fall told ("retook X on Monday"), a
fall of another named place ("retook X hours after the rebels overran Y") and the same side's own earlier capture
("retook X hours after they captured Y") are left as they were.
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import VERB_CLASSES, TriggerClass

__all__ = ["retaken_soon"]

# the fall of the place: a verb of taking, or the place's own fall
_FALL = frozenset({"fall", "overrun", "overran", "storm", "occupy", "enter"})
# a time told in hours, or overnight
_HOURS = frozenset({"hour", "hours", "minutes", "overnight"})
# the same side as the retaker: "retook X hours after they captured Y" is a second gain, not a fall undone
_SAME_SIDE = frozenset({"they", "we", "he", "she"})


def _retake(verb: Token) -> bool:
    """A verb of taking back: "retake", "recapture", "regain", "win back", "take back"."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma.startswith("re") and VERB_CLASSES.get(lemma) == TriggerClass.GAIN:
        return True
    return lemma in ("win", "take", "seize", "get") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def _falls(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (lemma in _FALL or VERB_CLASSES.get(lemma) == TriggerClass.GAIN)


def _names(tokens: object) -> set[str]:
    return {t.lower_ for t in tokens if t.pos_ == "PROPN"}  # type: ignore[attr-defined]


def _in_hours(*tokens: Token) -> bool:
    return any(t.lower_ in _HOURS for tok in tokens for t in tok.subtree)


def retaken_soon(trigger: Token) -> bool:
    """Whether ``trigger`` retakes a place whose fall the same sentence tells as hours before."""
    if not _retake(trigger):
        return False
    taken = _names(t for c in trigger.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree)
    for clause in trigger.children:
        if clause.dep_ != "advcl" or not _falls(clause):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in _SAME_SIDE:
            continue
        # "several hours after it fell", "just hours after the rebels overran the offices": the hours on the clause
        hours = [c for c in clause.children if c.dep_ in ("npadvmod", "advmod", "prep") and c.i < clause.i]
        if not _in_hours(*hours):
            continue
        # "retook X hours after the rebels overran Y": another named place's fall ("hours after it was seized by a
        # Ugandan rebel group": the by-agent names the taker, not a place)
        subject_names = _names(subj.subtree) if subj is not None else set()
        agent_names = _names(t for c in clause.children if c.dep_ == "agent" for t in c.subtree)
        if _names(clause.subtree) - subject_names - agent_names - taken:
            continue
        return True
    # "win back X town captured by rebels in an overnight raid": a participle on the place retaken
    for obj in (c for c in trigger.children if c.dep_ == "dobj"):
        for acl in obj.children:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and _falls(acl) and _in_hours(
                *(c for c in acl.children if c.dep_ in ("prep", "npadvmod", "advmod"))
            ):
                return True
    return False
