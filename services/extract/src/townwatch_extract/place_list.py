"""Place lists: the further names written in a list with a place a frame found ("took A, B and C villages").

Monitor notes and wire copy list the places taken ("regained control of A, B and C", "the four towns they seized
were A in X state and B, C and D"). The parser often breaks such lists (appositions, "al-" names split in three, two
names read as two objects), so the frame keeps only the first name. This module walks the tokens after that name and
reads the list as written: names joined by commas, ending with "and"/"as well as" before the last one. A comma run
with no "and" is not a list ("captured X, Y said") unless a colon opens it or a plural place noun closes it ("took
A, B, C villages"). Each name may carry a place noun ("... villages") or its
location ("A in Borno state and B").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from townwatch_extract.frames import PlaceRef
from townwatch_extract.lexicon import PLACE_NOUNS

__all__ = ["listed_places"]

_PREFIXES = frozenset("al el ad as ash ar an at az ez es ed".split())
_ADMIN_NOUNS = frozenset(
    "state province region district governorate county township territory oblast area countryside municipality".split()
)
_LAST = frozenset({"and", "&"})
# "took control of A, B, C villages": a comma run with no "and" is a list when a plural settlement noun closes it
_PLURAL_NOUNS = frozenset("villages towns cities settlements localities hamlets townships neighbourhoods neighborhoods".split())
_NOT_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December The A An On In At By After Before Meanwhile".split()
)


def _name_token(tok: Token) -> bool:
    return (tok.text[:1].isupper() and tok.text not in _NOT_NAMES and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL")) or (
        tok.lower_ in _PREFIXES and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"
    )


def _name_end(doc, i: int, end: int) -> int:
    """Index just past the name starting at ``i``: capitalised words, "al-" pieces and hyphens; ``i`` if none."""
    j = i
    while j < end:
        tok = doc[j]
        if _name_token(tok) or (tok.text == "-" and j > i and j + 1 < end and _name_token(doc[j + 1])):
            j += 1
            continue
        break
    return j


def _after_colon(doc, i: int, start: int) -> bool:
    """Whether the name holding token ``i`` comes right after a colon ("the villages of: A, B, C")."""
    while (i > start and _name_token(doc[i - 1])) or (i > start + 1 and doc[i - 1].text == "-" and _name_token(doc[i - 2])):
        i -= 1
    return i > start and doc[i - 1].text == ":"


def _skip_tail(doc, i: int, end: int) -> tuple[int, str | None]:
    """Past a place noun ("villages") or a location ("in Borno state", "in the insecure Faryab province", "in Takhar,
    B in Kapisa") after a name."""
    noun = None
    if i < end and doc[i].lower_ in PLACE_NOUNS:
        noun = doc[i].lemma_.lower()
        i += 1
    if i < end and doc[i].lower_ == "in":
        k = i + 1
        if k < end and doc[k].lower_ == "the":
            k += 1
            while k < end and k < i + 4 and doc[k].text.isalpha() and doc[k].text.islower() and doc[k].pos_ in ("ADJ", "NOUN", "ADV"):
                k += 1  # "in the insecure Faryab province"
        j = _name_end(doc, k, end)
        if j > k and j < end and doc[j].lower_ in _ADMIN_NOUNS:
            i = j + 1
        elif j > k and j < end and k == i + 1 and _goes_on(doc, j, end):
            i = j  # "Farkhar district in Takhar, Alasay in Kapisa and Kaldar in Balkh": a location with no noun
    return i, noun


def _goes_on(doc, j: int, end: int) -> bool:
    """Whether the list goes on at ``j`` after a name's own location: a comma or a semicolon, or "and" before a name
    with its own location ("... and Khakrez in Kandahar")."""
    if doc[j].text in (",", ";"):
        return True
    if doc[j].lower_ != "and":
        return False
    k = _name_end(doc, j + 1, end)
    if k < end and doc[k].lower_ in PLACE_NOUNS:
        k += 1
    return k > j + 1 and k < end and doc[k].lower_ == "in"


_SET_OFF_OPENERS = frozenset(
    "the a an near north south east west northeast northwest southeast southwest just some about around located situated "
    "close outside inside".split()
)


# what a second capture's time is told with between the joint and its name ("took A on Friday, and later B", "retook
# A and, on Saturday, B", "seized A and then B", "A and, a day later, B")
_LATER = frozenset("later then subsequently afterwards eventually also next".split())


def _when(doc, j: int, end: int) -> int:
    """Past a time told between a list's names (", on Saturday,", "later", "on Friday"): where the list goes on; ``j``
    when none opens there."""
    k = j + 1 if j < end and doc[j].text == "," else j
    if k < end and doc[k].lower_ in _LATER:
        k += 1
    elif k + 1 < end and doc[k].lower_ in ("on", "by") and doc[k + 1].ent_type_ == "DATE":
        k += 1
        while k < end and doc[k].ent_type_ == "DATE":
            k += 1
    elif k < end and doc[k].ent_type_ == "DATE" and doc[k].lower_ in _DAYS:
        k += 1
    elif k > j and k < end and doc[k].ent_type_ == "DATE":
        # ", a day later,": a time set off by commas
        while k < end and (doc[k].ent_type_ == "DATE" or doc[k].lower_ in _LATER):
            k += 1
        if k >= end or doc[k].text != ",":
            return j
    else:
        return j
    return k + 1 if k < end and doc[k].text == "," else k


_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday".split())


def _joins(doc, m: int, end: int) -> bool:
    """Whether "as well as" or "along with" opens at ``m``."""
    if doc[m].lower_ == "as":
        return m + 2 < end and doc[m + 1].lower_ == "well" and doc[m + 2].lower_ == "as"
    return doc[m].lower_ == "along" and m + 1 < end and doc[m + 1].lower_ == "with"


def _set_off(doc, j: int, end: int) -> int | None:
    """Where the apposition or location set off after a listed name ends (its closing comma), when one opens at ``j``
    and the list goes on after it ("Pishchane, near the town of Kupiansk, and Tykhe", "Lozova, north of X, and B");
    None otherwise. The apposition opens with a lower-case determiner, bearing or "near", never with a name."""
    if j >= end or doc[j].lower_ not in _SET_OFF_OPENERS or not doc[j].text[:1].islower():
        return None
    for m in range(j + 1, min(end, j + 30)):
        if doc[m].text in (";", ".", ":") or _joins(doc, m, end):
            return None  # (no apposition holds a list's joint: "A, the A hospital as well as the B, C and D quarters")
        if doc[m].text == ",":
            nxt = m + 1
            if nxt < end and (doc[nxt].lower_ in _LAST or _name_token(doc[nxt]) or _joins(doc, nxt, end)):
                return m
            return None
    return None


def _list_start(doc, i: int, start: int) -> list[Token]:
    """The names listed before the name at ``i`` in a list its frame read from the middle ("Farkhar district in
    Takhar, Alasay in Kapisa ... fell"): each name before a comma, with its place noun and its location."""
    found: list[Token] = []
    while i - 1 > start and doc[i - 1].text == ",":
        j = i - 2
        if j > start and doc[j].lower_ in _ADMIN_NOUNS:
            j -= 1  # "... in Takhar province,"
        k = j
        while k >= start and _name_token(doc[k]):
            k -= 1
        if k == j:
            break
        if k >= start and doc[k].lower_ == "in":  # the location: the name is before it
            j = k - 1
            if j >= start and doc[j].lower_ in PLACE_NOUNS:
                j -= 1
            k = j
            while k >= start and _name_token(doc[k]):
                k -= 1
            if k == j:
                break
        if k >= start and doc[k].text not in (",", ";") and doc[k].pos_ not in ("ADP", "VERB", "SCONJ", "PUNCT"):
            break
        found.append(doc[j])
        i = k + 1
        if k < start or doc[k].text not in (",", ";"):
            break
    return found[::-1]


def listed_places(refs: list[PlaceRef]) -> list[PlaceRef]:
    """``refs`` with each named place's list read out: the full first name and the names listed after it."""
    out: list[PlaceRef] = []
    seen: set[int] = set()
    for ref in refs:
        if ref.anaphor or ref.site:
            out.append(ref)
            continue
        if ref.token.text == "-":
            continue  # the hyphen of "al-Sakhar", which the parser sometimes makes a place of its own
        doc = ref.token.doc
        end = ref.token.sent.end
        stop = _name_end(doc, ref.token.i, end)
        first = ref if stop <= ref.token.i + 1 else replace(ref, token=doc[stop - 1])  # "Tell Malh": both words
        found = [first]
        i, noun = _skip_tail(doc, max(stop, ref.token.i + 1), end)
        items: list[Token] = []
        closed = set_off = timed = plural_end = False
        while i < end and not closed:
            j = i
            if not items and (after_when := _when(doc, j, end)) != j and after_when < end and (
                doc[after_when].lower_ in _LAST or doc[after_when - 1].text == ","
            ):
                j = i = after_when if doc[after_when].lower_ in _LAST else after_when - 1  # "took A on Friday, and later B"
                timed = True
            if doc[j].text == ",":
                j += 1
            if j < end and doc[j].lower_ in _LAST:
                closed = True
                j += 1
                if (later := _when(doc, j, end)) != j:
                    j, timed = later, True  # "retook A and, on Saturday, B"; "seized A and then B"
            elif j < end and doc[j].lower_ == "as" and j + 2 < end and doc[j + 1].lower_ == "well" and doc[j + 2].lower_ == "as":
                closed = True
                j += 3
            elif j + 1 < end and doc[j].lower_ == "along" and doc[j + 1].lower_ == "with":
                closed = True  # "captured Pokrovsk, a logistics hub, along with Vovchansk in Kharkiv"
                j += 2
            if j == i:
                break
            if closed and j + 1 < end and doc[j].lower_ == "each" and doc[j + 1].lower_ == "of":
                closed = False  # "took control over X Town and each of A, B, C and D villages": a list of its own
                j += 2
            if not closed and doc[i].text == "," and (after := _set_off(doc, j, end)) is not None:
                i, set_off = after, True  # "Herat, the provincial capital of Herat Province, and Kandahar": an apposition
                continue
            if j < end and doc[j].lower_ == "the" and j + 2 < end and doc[j + 1].lower_ in PLACE_NOUNS and doc[j + 2].lower_ == "of":
                j += 3  # "... and the village of C"
            k = _name_end(doc, j, end)
            if k == j or (set_off and doc[k - 1].dep_ in ("nsubj", "nsubjpass")):
                break  # (not "captured Idlib, the provincial capital, and Russia said ...": a new clause's subject)
            if timed and k < end and (doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("has", "had", "was", "were", "is")):
                break  # (not "took A and later Russia withdrew", "... and on Saturday B was shelled": a clause of its own)
            if k < end and doc[k].text in ("'s", "’s"):
                break  # (a name owning what follows is no item: "took Jaar and Abyan's provincial capital of Zinjibar")
            items.append(doc[k - 1])
            plural_end = k < end and doc[k].lower_ in _PLURAL_NOUNS
            i, item_noun = _skip_tail(doc, k, end)
            noun = item_noun or noun
        if not closed and items and _after_colon(doc, ref.token.i, ref.token.sent.start) and (i >= end or (doc[i].is_punct and doc[i].text != ",")):
            closed = True  # "regained control of the localities of: A, B, C, D.": a colon opens the list, no "and" ends it
        if not closed and items and plural_end:
            closed = True  # "took control of A, B, C villages"
        if closed:
            found.extend(PlaceRef(t, ref.partial, ref.kind_noun or noun) for t in items)
            if ref.token.dep_ in ("nsubj", "nsubjpass"):
                # a list subject the parser split, its frame holding a later name ("A in P, B in Q and C fell")
                found[:0] = [PlaceRef(t, ref.partial, ref.kind_noun or noun) for t in _list_start(doc, ref.token.i, ref.token.sent.start)]
        for r in found:
            if r.token.i not in seen:
                seen.add(r.token.i)
                out.append(r)
    return out
