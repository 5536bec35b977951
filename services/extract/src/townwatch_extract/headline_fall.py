"""A headline's bare fall: "Kherson falls", "As Kabul falls, backlash grows", "Reports say Bakhmut has fallen", "The
Iraqi city of Mosul falls"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from townwatch_extract.frames import SIDELESS_FALL, Frame, is_proper, place_refs
from townwatch_extract.lexicon import TriggerClass
from townwatch_extract.modality import SAY_VERBS
from townwatch_extract.syntax import prep_objects

__all__ = ["headline_falls"]

# the words a bare fall may carry and still tell the taking: "has finally fallen", "falls at last" is not read
_AUX = frozenset({"has", "have", "had"})
_ADVERBS = frozenset({"now", "finally", "officially", "also", "effectively"})
# the clause the fall may sit in: the headline itself, "As X falls, ..." (the news the rest reacts to), or what a side
# or a report says ("Russia says X has fallen", "Russians celebrate reports that X has fallen"); never "if", "when",
# "before", "until" or "unless" (a prospect), nor "after" (what followed the fall is the news, the fall often history)
_MARKS = frozenset({"as", "that"})
# the verbs and nouns that report a fall they pass on ("reports that", "confirms that", "celebrate news that")
_REPORTING = SAY_VERBS | frozenset(
    "report reports news word confirm confirms confirmation celebrate celebrates hail hails admit admits".split()
)

# a settlement noun that names its town with "of" ("The Iraqi city of Mosul falls", lab42 and wire headlines 2014,
# session 43): the town is the subject as a bare name is ("Key city falls" names none)
_TOWN_NOUNS = frozenset({"city", "town", "village"})


def _named_subject(subj: Token) -> bool:
    """A fall's subject that names the town: a name, or "the city / town / village of X"."""
    return is_proper(subj) or (subj.lemma_.lower() in _TOWN_NOUNS and any(is_proper(o) for o in prep_objects(subj, ("of",))))


def _clause_ok(verb: Token) -> bool:
    """Whether the fall is told as news by its place in the headline."""
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is not None and mark.lower_ not in _MARKS:
        return False
    if verb.dep_ == "ROOT":
        return mark is None
    if verb.dep_ == "advcl":
        return mark is not None and mark.lower_ == "as"
    if verb.dep_ in ("ccomp", "acl"):
        return verb.head.lemma_.lower() in _REPORTING or verb.head.lower_ in _REPORTING
    return False


def _bare(verb: Token) -> bool:
    """"Kherson falls", "Bakhmut has fallen": the verb with its subject and nothing else it says (never "falls
    silent", "falls short", "falls to Z" (read by the frames), "falls 2%", "has not fallen", "will fall")."""
    if verb.lemma_.lower() != "fall" or verb.tag_ not in ("VBZ", "VBP", "VBN", "VBD"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and not auxes:
        return False
    if any(a.lower_ not in _AUX for a in auxes):
        return False  # "will fall", "could fall", "is falling", "to fall"
    for c in verb.children:
        if c.dep_ in ("nsubj", "aux", "punct", "mark") or c.is_space:
            continue
        if c.dep_ == "advmod" and c.lower_ in _ADVERBS:
            continue
        return False
    return True


def headline_falls(doc: Doc) -> list[Frame]:
    """A headline that tells a named town fell, no taker written: a sideless fall (a known town of a country at war
    only, as for "X fell on 12 November": the extractor's sideless rule)."""
    if "?" in doc.text:
        return []
    out: list[Frame] = []
    for verb in doc:
        if not _bare(verb) or not _clause_ok(verb):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or not _named_subject(subj) or subj.i > verb.i:
            continue
        places = [r for r in place_refs(subj) if not r.anaphor and not r.partial]
        if places:
            out.append(Frame(verb, TriggerClass.FALL, SIDELESS_FALL, places=places))
    return out
