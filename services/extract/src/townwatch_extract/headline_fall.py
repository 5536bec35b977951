"""A headline's bare fall: "Kherson falls", "As Kabul falls, backlash grows", "Reports say Bakhmut has fallen", "The
Iraqi city of Mosul falls", "Bakhmut falls after nine-month battle", "Kabul falls as president flees"."""

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


# what a headline's fall may carry after it and still be the plain news of the taking: the battle it ended ("falls
# after nine-month battle", "amid heavy fighting"), what happened as it fell ("as president flees": the small model
# makes the clause a preposition's object), and a second clause after a comma ("Kabul falls, Ghani flees country",
# "Baghouz falls, ending the caliphate"); never "falls into chaos", "falls under siege", "falls to record low",
# "falls silent", "falls victim", "falls short" (none of these preposition or complement children is let through)
_CIRCUMSTANCE_PREPS = frozenset({"after", "amid", "as", "following"})
_AFTER_COMMA = frozenset({"conj", "appos", "parataxis", "advcl", "npadvmod"})


def _circumstance(verb: Token, child: Token) -> bool:
    """Whether ``child`` of a headline's root fall only tells the fall's circumstance (above)."""
    if child.i < verb.i or not (verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.i > verb.i)):
        return False  # the headline's own verb, or the fall a trailing source tells ("..., governor says")
    if child.dep_ == "prep":
        return child.lower_ in _CIRCUMSTANCE_PREPS and any(c.dep_ in ("pobj", "pcomp") for c in child.children)
    if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children):
        return True  # "Lyman falls as Russia presses Donbas offensive"
    if child.dep_ in _AFTER_COMMA:
        between = verb.doc[verb.i + 1 : child.left_edge.i]
        return len(between) == 1 and between[0].text in (",", ";", "\u2013", "-")
    return False


def _bare(verb: Token) -> bool:
    """"Kherson falls", "Bakhmut has fallen": the verb with its subject and nothing else it says (never "falls
    silent", "falls short", "falls to Z" (read by the frames), "falls 2%", "has not fallen", "will fall"); a root
    fall may carry its circumstance ("falls after nine-month battle", above)."""
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
        if c.dep_ == "advmod" and c.i == verb.i - 1 == verb.sent.start and c.text[:1].isupper():
            continue  # "Bakhmut falls after ...": the small model makes the headline's first name an adverb
        if _circumstance(verb, c):
            continue
        return False
    return True


def _opening_name(tok: Token) -> bool:
    """"Baiji falls, ...", "Bakhmut falls after ...": the headline's first word, capitalised, which the small model
    calls a common noun or an adverb (the gazetteer still has to know it as a town of a country at war)."""
    return tok.i == tok.sent.start and tok.text[:1].isupper() and not tok.text.isupper() and tok.pos_ in ("NOUN", "ADV", "PROPN")


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
        if subj is None and verb.i == verb.sent.start + 1 and verb.doc[verb.i - 1].dep_ == "advmod":
            subj = verb.doc[verb.i - 1]  # "Bakhmut falls after nine-month battle" (the name read as an adverb)
        if subj is None or not (_named_subject(subj) or _opening_name(subj)) or subj.i > verb.i:
            continue
        places = [r for r in place_refs(subj) if not r.anaphor and not r.partial]
        if places:
            out.append(Frame(verb, TriggerClass.FALL, SIDELESS_FALL, places=places))
    return out
