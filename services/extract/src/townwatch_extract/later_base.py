"""A base or site a report takes unnamed, named in a sentence beside it: "overran a military base ... attacked the base at X".

Wire ledes often say only that a side "seized a military base in <region>" (or "the regime's largest remaining
military base in <province>") and name the base or the town it stands in one or two sentences later ("attacked the
base in X", "The loss of X base leaves ...", "a raid on a base in X"); a story that names the base first may tell its
fall after ("launched an offensive against an African Union base in the village of X. The outpost was overrun").
The base is the site of that town (labelling.md: "X army base" is matched by X). Read with a narrow pattern on the
few sentences around the one capture sentence that takes a base it leaves unnamed, never on the whole article.

Session 42 (issue 10's sites): an airport, a dam or an oil field is taken unnamed the same way ("seized a military
airport in Aleppo province ... The capture of the Al-Jirah military airport came a day after", "seized the country's
largest oil field ... an engineer at the Heglig field confirmed", "took a strategic military airbase ... were in full
control of Taftanaz airport"): the site under the name the next sentences write with its own kind's head word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from townwatch_extract.coreference import NAME_PIECE
from townwatch_extract.sentences import Sentence
from townwatch_gazetteer.countries import country_codes

__all__ = ["LATER_BASE_NOUNS", "LATER_SITE_KINDS", "definite_base", "later_base_name", "later_site_name", "unnamed_base", "unnamed_site"]

# the nouns of a garrison a lede may leave unnamed ("a military base", "an army outpost", "the garrison")
LATER_BASE_NOUNS = frozenset({"base", "airbase", "outpost", "garrison", "camp"})
# "the camp" stands for an army's base named before it ("stormed a base near the town of X ... had taken over the
# Kenyan camp") only where no shelter is told around it (a camp for the displaced is none: frames._shelter)
_CAMPS = frozenset({"camp"})
_SHELTER = re.compile(r"\b(?:displaced|displacement|refugees?|idps?|evacuees?|shelter|aid|humanitarian)\b", re.I)
# a base of something else, not a garrison ("a base of operations", "a base for attacks", "its support base")
_NOT_GARRISON = frozenset({"operations", "operation", "support", "power", "fan", "voter", "tax", "customer", "industrial", "home"})
_PIECE = NAME_PIECE  # one word of a written name, as coreference reads names
_NAME = rf"{_PIECE}(?:\s{_PIECE}){{0,2}}"
_BASE = r"(?:base|airbase|garrison|outpost|camp)"
# "the base at Janay Abdale", "a raid on a base in Af Urur", "the rebels' camp at X" (after a base taken only), "an
# African Union base near the Somali town of X"
_BASE_AT = re.compile(
    rf"\b(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?{_BASE}\s+(?:at|in|near|outside)\s+(?:the\s+(?:[\w-]+\s+){{0,2}}(?:town|village|locality)\s+of\s+)?({_NAME})"
)
# "The loss of Mastouma base", "the Umaliqa base in Amran", "the X military base"
_NAME_BASE = re.compile(rf"\b(?:the|of|at|on|seized|captured|took|overran)\s+({_NAME})\s+(?:(?:military|army|air)\s+)?(?:base|airbase|garrison|camp)\b")
# a place of another base ("another base in X", "a second base"): not the one taken
_OTHER_BASE = re.compile(r"\b(?:another|second|third|other|nearby|neighbouring|neighboring)\s+(?:[\w-]+\s+){0,2}$", re.I)
# a name that is an area or a time, not a town ("in Jubbaland region", "at Sunday")
_AREA_AFTER = re.compile(r"\s+(?:region|province|state|district|governorate|oblast|county|mountains?|valley|area|desert)\b", re.I)
# a base held for hours, or the attack beaten back, told in the sentences read: a raid, no change ("overran the base
# for several hours, hauling away weapons before they were forced out"; "soldiers repelled them"; "After the assault,
# the militants left X"; "briefly captured a base ... The military recaptured the base")
_UNDONE = re.compile(
    r"\b(?:(?:forced|pushed|driven|chased|flushed)\s+(?:them\s+)?out|repel(?:led|s)?|repuls(?:ed|es)?|beat(?:en)?\s+back"
    r"|for\s+(?:several|a\s+few|some|two|three)\s+hours|before\s+(?:withdrawing|retreating|leaving|pulling\s+out|they\s+were)"
    r"|briefly|(?:recaptured|retook|retaken|recovered|regained(?:\s+control\s+of)?)\s+the\s+(?:\w+\s+)?(?:base|outpost|garrison|camp)"
    r"|(?:militants|insurgents|fighters|attackers|assailants|they|group)\s+(?:later\s+|then\s+|subsequently\s+)?"
    r"(?:left|withdrew|retreated|pulled\s+out|fled))\b",
    re.I,
)
_PLACING = frozenset({"in", "at", "near", "outside", "inside"})
# the named base taken in its own sentence, read there ("said they retook the X airbase")
_TAKEN_NAMED = re.compile(
    r"\b(?:took|retook|taken|retaken|seized|captured|recaptured|overran|overrun|control\s+of|controls?)\s+(?:the\s+)?$", re.I
)
_AREAS = frozenset("region province state governorate oblast county district countryside part".split())
_RAIDED = re.compile(r"\braid(?:s|ed|ing)?\b", re.I)
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september "
    "october november december the a an it this that".split()
)


# the kinds of site (sites.site_kind) a lede takes unnamed and names beside it, with the head words of the name written
# later: an airport by any of its words ("a military airbase ... Taftanaz airport"), a dam, an oil field
LATER_SITE_KINDS = {
    "airport": r"(?:air(?:port|field|strip|base)|air\s+base)", "air base": r"(?:air(?:port|field|strip|base)|air\s+base)",
    "dam": r"dam", "oil field": r"(?:oil\s*field|field)",
}
# the words between a site's name and its head that say what kind it is ("the Al-Jirah military airport")
_SITE_KIND_WORDS = r"(?:(?:military|international|civil|civilian|oil|gas|hydroelectric|strategic)\s+){0,2}"
# a rank a possessive gives an unnamed site ("the country's largest oil field", "the region's main airport")
_RANKS = frozenset({"largest", "biggest", "main", "key", "second", "only", "last"})


def unnamed_site(tok: Token, kind: str | None) -> bool:
    """Whether ``tok`` heads a site of a kind a lede names later, taken with no name and no town of its own ("seized a
    military airport in northern Syria", "seized the country's largest oil field"): the indefinite or the one a common
    noun's possessive ranks (a country's name ranking it, "Syria's largest oil field", stays nothing to place)."""
    if kind not in LATER_SITE_KINDS or tok.pos_ == "PROPN" or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    if tok.dep_ == "pobj" and not (_controlled(tok) or (tok.head.lower_ in ("of", "over") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "control" for c in tok.head.head.children
    ))):
        return False  # (not "withdrew from a military airport", "fighting near an airport"; "took control of" may hang
        # the "of" on the verb)
    mods = [c for c in tok.children if c.i < tok.i]
    if any(c.pos_ == "PROPN" or (c.text[:1].isupper() and c.dep_ in ("compound", "nmod", "poss")) for c in mods):
        return False  # "the Tabqa dam", "Aden's airport": named in its own phrase
    if any((t.pos_ == "PROPN" or t.text[:1].isupper()) and t.lower_ not in country_codes() and t.lower_ not in _NOT_NAMES
           and t.ent_type_ not in ("DATE", "TIME") and not _in_area(t, tok) and _placing(t, tok) for t in tok.subtree if t.i > tok.i):
        return False  # "an airport in the town of X", "the dam near X": placed by its own phrase (sites.py)
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if dets and dets[0] in ("a", "an"):
        return True
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in mods) and any(
        c.tag_ == "JJS" or c.lower_ in _RANKS for c in tok.subtree if c.i < tok.i
    )


def later_site_name(
    tok: Token, kind: str, sentence: Sentence, sentences: Sequence[Sentence], text: str, owner: Callable[[str], bool],
) -> tuple[str, str] | None:
    """The name of the site ``tok`` takes unnamed, written after it in its sentence or the two after with a head word
    of its own kind ("The capture of the Al-Jirah military airport", "at the Heglig field", "control of Taftanaz
    airport"; up to three sentences on): (the site as written, its proper name). None when none is named, two different ones are, or the
    sentences tell a raid ("overran a military airport for several hours")."""
    idx = next((i for i, s in enumerate(sentences) if s.start == sentence.start), None)
    if idx is None:
        return None
    lo = sentence.start + tok.idx
    # (three sentences on: a wire's quote and its source line often come between "seized the country's largest oil
    # field" and "an engineer at the Heglig field"; a name with the site's own head word is that site's)
    hi = sentences[min(len(sentences) - 1, idx + 3)].end
    if _UNDONE.search(text, sentence.start, hi):
        return None
    pattern = re.compile(rf"\b(?:[Tt]he\s+)?({_NAME})\s+(?i:{_SITE_KIND_WORDS}{LATER_SITE_KINDS[kind]})\b")
    found: dict[str, tuple[str, str]] = {}
    for m in pattern.finditer(text, lo, hi):
        name = m.group(1).strip(" -’'")
        if name.split()[0].lower() in _NOT_NAMES or owner(name) or name.isupper() or name.lower() in country_codes():
            continue
        if _OTHER_BASE.search(text, max(lo, m.start() - 30), m.start()):
            continue  # "another airport in X", "the nearby Al-Thawra dam" (a second site, not this one)
        found.setdefault(name.lower(), (text[m.start(1) : m.end()].strip(" -’'"), name))
    return next(iter(found.values())) if len(found) == 1 else None


def unnamed_base(tok: Token) -> bool:
    """Whether ``tok`` is a garrison noun a capture takes with no name and no town of its own ("seized a military base
    in western Iraq", "took control of the regime's largest remaining military base in Idlib province", "The
    outpost ... was overrun"); not a base of operations, one's own base or a base a name is written into."""
    if tok.pos_ == "PROPN" or tok.lower_ not in LATER_BASE_NOUNS or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    if tok.lower_ in _CAMPS and not definite_base(tok):
        return False  # "a camp in the north": as often one for the displaced; only "the camp" after a base named
    # (or on the verb: "overran the military outpost at Djibo" hangs "at Djibo" on "overran")
    # ("took control of the garrison in X" may hang "in X" on the verb that took control)
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head.head if _controlled(tok) else None
    verb_preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in _PLACING and p.i > tok.i] if verb is not None else []
    placed = [t for p in verb_preps for t in p.subtree]
    if any((t.pos_ == "PROPN" or t.text[:1].isupper()) and t.lower_ not in country_codes() and t.lower_ not in _NOT_NAMES and t.ent_type_ not in ("DATE", "TIME")
           and not _in_area(t, tok) and _placing(t, tok)
           for t in (*tok.subtree, *placed) if t.i > tok.i):
        return False  # "the army garrison in Nasir", "a base in the town of X": placed in its own phrase
    mods = [c for c in tok.children if c.i < tok.i]
    if any(c.pos_ == "PROPN" and c.dep_ in ("compound", "nmod") and c.ent_type_ not in ("NORP", "ORG") for c in mods):
        return False  # "the Mastouma base": named in its own phrase (frames' named bases)
    if any(c.lower_ in _NOT_GARRISON for c in tok.subtree):
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ == "det"]
    if dets and dets[0] in ("a", "an"):
        return True
    # "the regime's largest remaining military base": one the phrase ranks, not one named before
    if any(c.dep_ == "poss" for c in mods) and any(c.tag_ == "JJS" or c.lower_ in ("last", "main", "key") for c in mods):
        return True
    # "The outpost was overrun", "Militants overran the base", "took control of the military base": the one named
    # before
    return definite_base(tok) and (tok.dep_ in ("nsubjpass", "dobj") or _controlled(tok)) and all(
        c.dep_ == "det" or c.lower_ in ("military", "army") or (c.dep_ == "amod" and c.lower_ in _WHOLE) or _demonym(c) for c in mods
    )


# the words a control phrase gives its object ("complete control of the entire base"): no name
_WHOLE = frozenset({"entire", "whole"})


def _controlled(tok: Token) -> bool:
    """Whether the base is what a side took control of: "took control of the base", "seized full control over the
    military base" (the object of "of"/"over" on the noun "control"), never a base "in control of" someone."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("of", "over") and prep.head.lemma_.lower() == "control" and (
        prep.head.dep_ in ("dobj", "nsubjpass", "pobj")
    )


def _placing(t: Token, base: Token) -> bool:
    """Whether the nearest preposition above ``t`` places the base ("in", "at", "near"), not names its owner ("from
    Haftar's forces", "of the ADF rebels")."""
    head = t
    while head.i != base.i and head.head.i != head.i:
        if head.dep_ == "prep":
            return head.lower_ in _PLACING
        head = head.head
    return False


def _in_area(t: Token, base: Token) -> bool:
    """Whether a name after the base only says the area it lies in ("in the southern Jubbaland region", "in Idlib
    province"), not its town."""
    head = t
    while head.i != base.i and head.head.i != head.i:
        if head.lemma_.lower() in _AREAS:
            return True
        head = head.head
    return any(c.lemma_.lower() in _AREAS for c in t.children) or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lemma_.lower() in _AREAS)


def _demonym(tok: Token) -> bool:
    """"the Kenyan camp", "the Malian base": the army's people, no name of the base."""
    return tok.ent_type_ == "NORP" or (tok.lower_ in country_codes() and tok.dep_ in ("amod", "compound"))


def definite_base(tok: Token) -> bool:
    """Whether the base noun is "the base" (named before it), not "a base" or "the regime's largest base"."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _names(text: str, lo: int, hi: int, owner: Callable[[str], bool]) -> list[tuple[int, str]]:
    """The base names written between ``lo`` and ``hi`` of ``text``: (offset, name); not an owner's name ("the ADF
    camp", "an African Union base")."""
    found: list[tuple[int, str]] = []
    named = [(m.start(1), m.end()) for m in _NAME_BASE.finditer(text, lo, hi) if not owner(m.group(1)) and not m.group(1).isupper()]
    for by_name, pattern in enumerate((_BASE_AT, _NAME_BASE)):
        for m in pattern.finditer(text, lo, hi):
            if not by_name and any(m.start() <= a and b <= m.end() for a, b in named):
                continue  # "the Amaliya military base in Amran": the base's own name, not the area it is in
            name = m.group(1).strip(" -’'")
            if name.split()[0].lower() in _NOT_NAMES or _AREA_AFTER.match(text, m.end(1)) or owner(name) or name.isupper():
                continue
            if _OTHER_BASE.search(text, max(lo, m.start() - 30), m.start() + 4 if by_name else m.start() + 2):
                continue
            if _TAKEN_NAMED.search(text, max(lo, m.start(1) - 40), m.start(1)):
                continue  # "they retook the al-Watiya airbase": that sentence's own capture, under the base's name
            found.append((m.start(1), name))
    return sorted(found)


def later_base_name(
    tok: Token, sentence: Sentence, sentences: Sequence[Sentence], text: str, owner: Callable[[str], bool], title: str = "",
) -> str | None:
    """The name of the base ``tok`` takes unnamed: written after it in its sentence or in the two sentences after
    ("seized a military base in the Jubbaland region. ... attacked the base at Janay Abdale"); for a definite "the
    outpost", in the two sentences before ("an offensive against a base in the village of X. The outpost was
    overrun"). ``owner``: whether a name is a side's or a country's, never a base's. None when none is named, or
    two different ones are, or the sentences tell a raid."""
    idx = next((i for i, s in enumerate(sentences) if s.start == sentence.start), None)
    if idx is None:
        return None
    definite = definite_base(tok)
    if definite:
        lo, hi = sentences[max(0, idx - 2)].start, sentence.start + tok.idx
    else:
        lo = sentence.start + tok.idx
        hi = sentences[min(len(sentences) - 1, idx + 2)].end
    after = sentences[min(len(sentences) - 1, idx + (1 if definite else 2))].end
    if _UNDONE.search(text, sentences[max(0, idx - 2)].start if definite else sentence.start, after):
        return None
    if definite and _RAIDED.search(text, lo, hi):
        return None  # "Taliban fighters raided an army base in X. The fighters overran the base.": the raid told
    if tok.lower_ in _CAMPS and _SHELTER.search(text, sentences[max(0, idx - 2)].start, after):
        return None  # "a camp for displaced people ... took control of the camp": a shelter, no army's base
    names = _names(text, lo, hi, owner)
    distinct = {n.lower() for _, n in names}
    if len(distinct) != 1 or (title and _title_base(names[0][1], title)):
        return None  # (a headline that names the base reads it under that name: "driven from key X airbase")
    return names[-1][1] if definite else names[0][1]


def _title_base(name: str, title: str) -> bool:
    """Whether a headline names the base by ``name`` ("driven from key X airbase", "seize base in X"), not only its
    town in another phrase ("seizes army base in deadly X attack")."""
    n = re.escape(name.lower())
    return re.search(rf"\b{n}\s+(?:[\w-]+\s+)?{_BASE}\b|\b{_BASE}s?\s+(?:at|in|near|outside)\s+{n}(?![\w-]|\s+(?:attack|assault|raid)\b)", title.lower()) is not None
