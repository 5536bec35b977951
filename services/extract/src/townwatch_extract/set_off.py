"""Names set off as settlements: what a text writes right after a name to say it is a place.

The settlement noun or the bearing after a name ("X, a small town north of Y", "X, situated 200 km northwest of Y",
"X, hometown of the governor") says it is a place, whatever the tagger guessed of a village GeoNames lacks and whatever
given name it opens with ("Ali Yabal, a crucial town").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLEMENT_KINDS

__all__ = ["SETTLED_KINDS", "bearing_after", "kind_set_off", "located_after", "name_set_off", "set_off_kind"]

SETTLED_KINDS = SETTLEMENT_KINDS | {"place"}
"""What a text calls a name when it calls it a settlement ("the town of X", "X, a farming village"), or "place" when it
says where the name lies ("X, situated 20 km west of Y")."""

# "took Umanske, some 5 km west of Avdiivka": a name set off by a compass bearing from another is a place
_COMPASS = frozenset("north south east west northeast northwest southeast southwest north-east north-west south-east south-west".split())
_BEARING_FILLER = frozenset("some about around nearly almost just roughly approximately km kilometres kilometers miles mi a few".split())
# "retook X, a Sunni town that fell last year", "took X, a small village south of Y": the noun set off after the name
_SET_OFF_KINDS = SETTLEMENT_KINDS | {"hometown"}
# words between the article and the noun: size, standing, trade, terrain ("a crucial crossroads town", "a mainly Sunni
# town", "a small farming village"); never a word that makes the noun a modifier of a person ("a town elder")
_SET_OFF_FILLER = frozenset(
    "small large tiny key strategic strategically important crucial vital main mainly mostly largely predominantly major "
    "border frontier northern southern eastern western central rural remote farming fishing mining market trading "
    "crossroads desert coastal mountain mountainous hilltop riverside frontline front-line besieged embattled contested "
    "nearby neighbouring neighboring adjacent historic ancient sleepy little big".split()
)


# the words of a work, an organisation or a unit, which a text may also set off and locate ("Kabul Bank, located in ...")
_WORKS = frozenset(
    "bank airways airlines airport airbase company corporation university college school hospital clinic factory plant mosque "
    "church palace stadium hotel market station base camp barracks dam bridge prison brigade division battalion regiment "
    "corps group front council ministry agency office oilfield field mine port".split()
)


def _name_words(tok: Token) -> list[Token]:
    return [t for t in tok.subtree if (t.dep_ in ("compound", "flat", "amod", "nmod") and t.i < tok.i) or t == tok] + [
        t for t in tok.doc[tok.i + 1 : _name_end(tok) + 1]
    ]


def _name_end(tok: Token) -> int:
    """The index of the last word of the name ``tok`` heads (its compounds may follow it: "Ali Yabal" headed by "Ali")."""
    doc, i = tok.doc, tok.i
    while i + 1 < len(doc) and doc[i + 1].dep_ in ("compound", "flat") and doc[i + 1].head.i > i + 1:
        i += 1
    while i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].head.i == tok.i and doc[i + 1].dep_ not in ("conj", "appos"):
        i += 1
    return i


def bearing_after(tok: Token) -> bool:
    """Whether ``tok``'s name is followed by ", (some 5 km) west of ..." ("took Umanske, some 5 km west of Avdiivka")."""
    doc, i = tok.doc, _name_end(tok)
    if i + 1 >= len(doc) or doc[i + 1].text != ",":
        return False
    for t in doc[i + 2 : i + 8]:
        if t.lower_ in _COMPASS:
            return t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of"
        if not (t.like_num or t.lower_ in _BEARING_FILLER):
            return False
    return False


def kind_set_off(tok: Token) -> str | None:
    """The settlement noun ``tok``'s name is set off by (", a (small, Sunni...) town/village ...", ", the hometown of
    ..."), or None; the noun must head its phrase ("X, a town elder", "X, a city official" are people)."""
    doc, i = tok.doc, _name_end(tok)
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return None
    j = i + 2
    if doc[j].lower_ in ("a", "an", "the"):
        j += 1
    for t in doc[j : j + 4]:
        if t.lower_ in _SET_OFF_KINDS:
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if after is None or after.pos_ not in ("NOUN", "PROPN", "PART") or after.lower_ in _COMPASS:
                return "town" if t.lower_ == "hometown" else t.lower_
            return None
        if not (t.lower_ in _SET_OFF_FILLER or (t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper()) or t.text == "-"):
            return None
    return None


# "X, situated approximately 200 km northwest of Y", "A and B located west of Y city", "X, which lies near Y", "X, located
# in the Y district": a name said to lie somewhere is a place (a person is never "situated" or "located" west of a town)
_LOCATED = re.compile(
    r"^,?\s*(?:(?:which|that)\s+(?:is\s+|are\s+)?)?(?:located|situated|lying|lies|lie)\s+"
    r"(?:(?:some|about|around|approximately|nearly|roughly|just|only)\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\s+)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?:\s+of)?|from|near|outside|close\s+to|in(?:\s+the)?"
    r"|on\s+the\s+(?:outskirts|road|edge)s?\s+of)\s+(?:the\s+)?[A-Z]"
)


def located_after(tok: Token) -> bool:
    """Whether the words right after ``tok``'s name (or after the last name of its list: "Domalik and Hamirtoley located
    west of Beledweyne") say where it lies: "situated 200 km northwest of El-Fasher", "located near Y", "which lies in
    Y district"."""
    last = tok
    while (nxt := [c for c in last.children if c.dep_ == "conj" and c.pos_ == "PROPN"]):
        last = nxt[-1]
    doc = tok.doc
    end = doc[_name_end(last)]
    return _LOCATED.match(doc.text[end.idx + len(end.text) : end.idx + len(end.text) + 120]) is not None


def set_off_kind(tok: Token) -> str | None:
    """The settlement noun the text gives a name by setting it off ("X, a crucial town ...": "town"), or "place" when it
    says where the name lies ("X, situated 20 km west of Y", "X, some 5 km west of Y"); None otherwise."""
    if tok.pos_ != "PROPN" and not (tok.text[:1].isupper() and tok.tag_.startswith("NN")):
        return None
    if any(t.lower_ in _WORKS for t in _name_words(tok)):
        return None  # "Kabul Bank, located in the capital", "Camp Bastion, a base": a work or a unit, not a settlement
    if (kind := kind_set_off(tok)) is not None:
        return kind
    return "place" if bearing_after(tok) or located_after(tok) else None


def name_set_off(noun: Token) -> Token | None:
    """The name a settlement noun is set off after, when the name is the whole verbless line and the noun heads the
    apposition a clause hangs on ("Wad Madani, a strategic city recaptured by the army": the city is Wad Madani)."""
    if noun.dep_ != "appos" or noun.tag_ == "NNS" or noun.head.i >= noun.i:
        return None
    name = noun.head
    if name.pos_ != "PROPN" or name.dep_ != "ROOT" or kind_set_off(name) != noun.lower_:
        return None  # (never "Omdurman, a city seized by the RSF, counts its dead": a description of the subject)
    if any(t.lower_ in _EARLIER or (t.dep_ == "prep" and t.lower_ == "since") for t in noun.subtree):
        return None  # "X, a city once captured by Z": background
    return name


# words that make a set-off description background ("a city once held by Z", "a town previously captured")
_EARLIER = frozenset({"once", "previously", "formerly", "earlier", "long", "already", "first"})
