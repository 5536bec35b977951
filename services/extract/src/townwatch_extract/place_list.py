"""Place lists: the further names written in a list with a place a frame found ("took A, B and C villages").

Monitor notes and wire copy list the places taken ("regained control of A, B and C", "the four towns they seized
were A in X state and B, C and D"). The parser often breaks such lists (appositions, "al-" names split in three, two
names read as two objects), so the frame keeps only the first name. This module walks the tokens after that name and
reads the list as written: names joined by commas, ending with "and"/"as well as" before the last one. A comma run
with no "and" is not a list ("captured X, Y said") unless a colon opens it, a plural place noun closes it ("took
A, B, C villages") or it is a headline's run of three names or more ("Ukrainian forces liberate A, B, C"). Each name may carry a place noun ("... villages") or its
location ("A in Borno state and B", "B in Ukraine's Donetsk region"). A list the parser split, its frame holding a
middle name, is read from its first name ("captured A and B districts in P, C in Q, D in R": the frame holds C).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from townwatch_extract.conjuncts import sayers_follow
from townwatch_extract.frames import PlaceRef
from townwatch_extract.lexicon import LIST_ADMIN_NOUNS, PLACE_NOUNS, REGION_NAME_TAILS, REGION_TAILS
from townwatch_extract.titled_plural import titled_plural
from townwatch_gazetteer.countries import country_codes

__all__ = ["listed_places"]

_PREFIXES = frozenset("al el ad as ash ar an at az ez es ed".split())
_PARTICLES = frozenset({"e", "i", "ul", "o", "y"})  # "Qala-i-Yangi", "Sar-e-Pol"
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
# what a list's name may carry after it: its own place noun, plural ones included ("A and B districts of P")
_TAIL_NOUNS = PLACE_NOUNS | frozenset(
    "districts settlements localities areas communities neighbourhoods neighborhoods hamlets townships counties wards".split()
)
# the unit a listed name belongs to, after "of" ("A of the Yunakivska community, B of Kherson region")
_OWNER_UNITS = LIST_ADMIN_NOUNS | frozenset({"community", "hromada", "raion", "rayon", "commune", "municipality"})
# a word that hedges one name of a list ("captured A, B and likely C"): the name is still listed
_HEDGES = frozenset("likely possibly probably reportedly apparently".split())
_LAST = frozenset({"and", "&"})
# the compass words a location is built on ("to the north of X", "in the north-east of X")
_COMPASS = frozenset("north south east west northeast northwest southeast southwest outskirts".split())
_NEAR = frozenset("near outside towards toward beyond".split())
# "took control of A, B, C villages": a comma run with no "and" is a list when a plural settlement noun closes it
_PLURAL_NOUNS = frozenset("villages towns cities settlements localities hamlets townships neighbourhoods neighborhoods".split())
_NOT_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December The A An On In At By After Before Meanwhile".split()
)


def _name_token(tok: Token) -> bool:
    return (tok.text[:1].isupper() and tok.text not in _NOT_NAMES and tok.ent_type_ not in ("DATE", "TIME", "CARDINAL")) or (
        tok.lower_ in _PREFIXES and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-"
    ) or _ordinal_led(tok)


def _ordinal_led(tok: Token) -> bool:
    """"1st Knyazhy", "2nd Knyazhy": a village numbered before its name (the number is part of the name)."""
    doc = tok.doc
    return bool(_ORDINAL.fullmatch(tok.lower_)) and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and (
        doc[tok.i + 1].text not in _NOT_NAMES
    )


def _glued_particle(doc, j: int, end: int) -> bool:
    """Whether a hyphen at ``j`` opens a glued particle inside one name ("Qala-i-Yangi", "Dasht-i-Archi")."""
    return (
        j + 3 < end and doc[j].text == "-" and doc[j + 2].text == "-" and doc[j + 1].lower_ in _PARTICLES
        and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and not doc[j + 1].whitespace_ and not doc[j + 2].whitespace_
        and doc[j + 3].text[:1].isupper()
    )


def _name_end(doc, i: int, end: int) -> int:
    """Index just past the name starting at ``i``: capitalised words, "al-" pieces and hyphens; ``i`` if none."""
    j = i
    while j < end:
        tok = doc[j]
        if j > i and _glued_particle(doc, j, end):
            j += 3  # "Qala-i-Yangi": the particle between the hyphens is part of the name
            continue
        if j > i and titled_plural(tok) is not None:
            break  # "the Laithi and Buatni Districts": the capitalised plural says what the names are, it is none
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


def _skip_tail(doc, i: int, end: int, last: bool = False) -> tuple[int, str | None]:
    """Past a place noun ("villages", "districts of P") or a location ("in Borno state", "in the insecure Faryab
    province", "in Takhar, B in Kapisa") after a name; ``last``: a location that ends the sentence counts too ("...,
    Gezab in Uruzgan.")."""
    noun = None
    if i < end and doc[i].lower_ in _TAIL_NOUNS:
        noun = doc[i].lemma_.lower() if doc[i].lemma_.lower() in PLACE_NOUNS else None  # ("districts": each a district)
        if noun is None and (titled := titled_plural(doc[i])) is not None:
            noun = titled[1]  # "the Laithi and Buatni Districts" (a name to the parser: its lemma keeps the plural)
        i += 1
        if i < end and doc[i].lower_ == "of":
            # "Gorgan and Gachar villages of Fuzuli", "A and B districts of the Baghlan province": where they lie
            k = i + 2 if i + 1 < end and doc[i + 1].lower_ == "the" else i + 1
            j = _name_end(doc, k, end)
            if j > k:
                i = j + 1 if j < end and doc[j].lower_ in LIST_ADMIN_NOUNS else j
    if i < end and doc[i].lower_ == "of" and noun is None:
        # "Basivka of the Yunakivska community and Veselivka": the unit a name belongs to, its noun written
        k = i + 2 if i + 1 < end and doc[i + 1].lower_ == "the" else i + 1
        j = _name_end(doc, k, end)
        if j > k and j < end and doc[j].lower_ in _OWNER_UNITS:
            i = j + 1
    if i < end and doc[i].lower_ == "in":
        k = i + 1
        if k < end and doc[k].lower_ == "the":
            k += 1
            while k < end and k < i + 4 and doc[k].text.isalpha() and doc[k].text.islower() and doc[k].pos_ in ("ADJ", "NOUN", "ADV"):
                k += 1  # "in the insecure Faryab province"
        j = _name_end(doc, k, end)
        if j > k and j + 1 < end and doc[j].text in ("'s", "’s") and k == i + 1:
            # "in Ukraine's Donetsk region": the country owns the region the name lies in
            m = _name_end(doc, j + 1, end)
            j = m if m > j + 1 and m < end and doc[m].lower_ in LIST_ADMIN_NOUNS else j
        if j > k and j < end and doc[j].lower_ in LIST_ADMIN_NOUNS:
            i = j + 1
        elif j > k and j < end and k == i + 1 and _goes_on(doc, j, end):
            i = j  # "Farkhar district in Takhar, Alasay in Kapisa and Kaldar in Balkh": a location with no noun
        elif last and j > k and k == i + 1 and (j >= end or doc[j].text in (".", ";") or doc[j].pos_ in ("VERB", "AUX")):
            i = j  # (a clause's verb after it is for the caller to judge: the list's own, or a new clause's)
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
        if j > start and doc[j].lower_ in LIST_ADMIN_NOUNS:
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


def _opened_by_plural(doc, i: int, start: int) -> bool:
    """Whether the name holding token ``i`` comes right after "the <places> of" ("the towns of A, B, C in eastern
    Congo"): the plural says several names follow, so the commas list them with no "and" to end them."""
    while (i > start and _name_token(doc[i - 1])) or (i > start + 1 and doc[i - 1].text == "-" and _name_token(doc[i - 2])):
        i -= 1
    return i > start + 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PLURAL_OPENERS


_PLURAL_OPENERS = frozenset("villages towns cities settlements localities hamlets districts communities areas".split())


def _verb_after(doc, i: int, end: int, anchor: Token | None) -> bool:
    """Whether a new clause's verb follows at ``i`` ("and C villages were shelled"), not the one that governs the list
    (its ``anchor`` name: "the villages of A and B ... as well as the C village in P were captured")."""
    if i >= end or not (doc[i].pos_ in ("VERB", "AUX") or doc[i].lower_ in ("has", "had", "was", "were", "is", "are", "have")):
        return False
    governing = set(anchor.ancestors) if anchor is not None else set()
    return not (doc[i] in governing or doc[i].head in governing)


def _group(doc, i: int, end: int, anchor: Token) -> tuple[list[Token], int, str | None] | None:
    """A further group of names with their own place noun or location after a list closed by one ("A and B villages
    of Fuzuli and C and D villages of Jabrayil", "A in P, B and C in Q, and D in R", "A and B in the X region as well
    as the C village in ..."): its names, where it ends and its noun; None when no such group opens at ``i``."""
    j = i + 1 if i < end and doc[i].text in (",", ";") else i
    if j < end and doc[j].lower_ in _LAST:
        j += 1
    elif j < end and _joins(doc, j, end):
        j += 3 if doc[j].lower_ == "as" else 2
    if j == i:
        return None
    if j < end and doc[j].lower_ == "the":
        j += 1  # "as well as the Orta village in ..."
    names: list[Token] = []
    while True:
        k = _name_end(doc, j, end)
        if k == j or (k < end and doc[k].text in ("'s", "’s")):
            return None
        names.append(doc[k - 1])
        if k + 1 < end and doc[k].text == "," and _name_token(doc[k + 1]):
            j = k + 1
        elif k + 1 < end and doc[k].lower_ in _LAST:
            j = k + 1
        elif k + 2 < end and doc[k].text == "," and doc[k + 1].lower_ in _LAST:
            j = k + 2
        else:
            break
    t, noun = _skip_tail(doc, k, end, last=True)
    if t == k or _verb_after(doc, t, end, anchor):
        return None  # (a group needs its own noun or location; never "... and B village was shelled")
    return names, t, noun


def _read(doc, name: Token, end: int, anchor: Token) -> tuple[list[Token], str | None]:
    """The names listed after the name ending at ``name`` (empty when the words after it list none) and the place noun
    the list gives them."""
    i, noun = _skip_tail(doc, name.i + 1, end)
    name_tailed = i != name.i + 1
    items: list[Token] = []
    closed = set_off = timed = plural_end = tailed = False
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
        if j < end and doc[j].lower_ in _HEDGES and j + 1 < end and _name_token(doc[j + 1]):
            j += 1  # "captured A, B, and likely C": C is listed, hedged
        if j < end and doc[j].lower_ == "the" and j + 2 < end and doc[j + 1].lower_ in PLACE_NOUNS and doc[j + 2].lower_ == "of":
            j += 3  # "... and the village of C"
        k = _name_end(doc, j, end)
        if k == j or (set_off and doc[k - 1].dep_ in ("nsubj", "nsubjpass")):
            break  # (not "captured Idlib, the provincial capital, and Russia said ...": a new clause's subject)
        if timed and k < end and (doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ("has", "had", "was", "were", "is")):
            break  # (not "took A and later Russia withdrew", "... and on Saturday B was shelled": a clause of its own)
        if k < end and doc[k].text in ("'s", "’s"):
            break  # (a name owning what follows is no item: "took Jaar and Abyan's provincial capital of Zinjibar")
        if not items and not name_tailed and doc[i].text == "," and k < end and doc[k].lower_ in REGION_TAILS:
            # "the town of Hudur, Bakool region and the surrounding area": the region says where the town lies and is
            # no item ("A province, B province and C" stays a list: the first name has its region noun too)
            i = k + 1
            continue
        if k - 1 > j and doc[k - 1].lower_ in REGION_NAME_TAILS and doc[k - 1].text[:1].isupper():
            # "the town of Paletwa, Chin State, and the town of X", "Bara, North Kordofan State, and Y": the state or
            # region a name lies in, written as a name of its own, is no item (notes41)
            i = k
            continue
        items.append(doc[k - 1])
        plural_end = k < end and doc[k].lower_ in _PLURAL_NOUNS
        i, item_noun = _skip_tail(doc, k, end)
        tailed = i != k
        noun = item_noun or noun
    start = name.sent.start
    if not closed and items and _after_colon(doc, name.i, start) and (i >= end or (doc[i].is_punct and doc[i].text != ",")):
        closed = True  # "regained control of the localities of: A, B, C, D.": a colon opens the list, no "and" ends it
    if not closed and items and plural_end:
        closed = True  # "took control of A, B, C villages"
    if not closed and len(items) > 1 and _headline_run(doc, name, items, i, end):
        closed = True  # a headline's "Ukrainian forces liberate A, B, C": three names or more, none a country
    if not closed and items and _opened_by_plural(doc, name.i, start) and not _verb_after(doc, i, end, None) and (
        i >= end or doc[i].is_punct or doc[i].pos_ == "ADP"
    ):
        closed = True  # "captured the towns of A, B, C, D in eastern Congo": the plural before them opens the list
    if not closed or sayers_follow(doc, i):  # ("took A, Reuters and AFP reported": the sources)
        return [], noun
    while tailed and (group := _group(doc, i, end, anchor)) is not None:
        more, i, group_noun = group  # "A and B villages of P and C and D villages of Q": a list of such groups
        items.extend(more)
        noun = group_noun or noun
    return items, noun


def _headline_run(doc, name: Token, items: list[Token], i: int, end: int) -> bool:
    """Whether a comma run with no "and" is a headline's list ("Ukrainian forces liberate A, B, C", "Iraqi forces take
    A, B, C in Nineveh push"): a line with no full stop, three names or more and none a country's ("Rebels take Kidal,
    Mali"), ending the line or before a preposition, with no verb after it ("A, B, C fall as ..." aside)."""
    sent = name.sent
    if doc[sent.end - 1].text in (".", "!", "?") or any(t.is_punct and t.text in (".", ";", ":") for t in doc[sent.start : sent.end - 1]):
        return False
    codes = country_codes()
    if any(doc[_name_start(doc, t.i, sent.start)].text.casefold() in codes or t.text.casefold() in codes for t in (name, *items)):
        return False
    return i >= end or doc[i].pos_ == "ADP" or (doc[i].is_punct and doc[i].text not in (",", "-"))


def _name_start(doc, i: int, start: int) -> int:
    while i > start and _name_token(doc[i - 1]):
        i -= 1
    return i


def _in_hierarchy(doc, i: int, start: int, end: int) -> bool:
    """Whether the name at ``i`` is inside a parenthesis set right after a name and holding only names, commas and
    division nouns ("A, B and C (al-Bab, Aleppo)", "X (Idlib)"): a monitor's where-it-lies, never a place taken."""
    k = i - 1
    while k > start and doc[k].text != "(":
        if doc[k].text == ")":
            return False
        k -= 1
    if k <= start or doc[k].text != "(" or not _name_token(doc[k - 1]):
        return False
    j = k + 1
    while j < end and doc[j].text != ")":
        if not (_name_token(doc[j]) or doc[j].text in (",", "-") or doc[j].lower_ in LIST_ADMIN_NOUNS or doc[j].lower_ in _PARTICLES):
            return False
        j += 1
    return j < end


def _closed_by_plural(doc, last: Token, end: int) -> bool:
    """Whether a plural place noun follows the list's last name ("A and B districts"), saying what each name is."""
    k = _name_end(doc, last.i, end)
    return k < end and (doc[k].tag_ == "NNS" or titled_plural(doc[k]) is not None) and doc[k].lower_ in _TAIL_NOUNS


def _list_head(doc, i: int, start: int) -> int | None:
    """Where the first name of a list subject begins, read back from one of its later names ("the districts of A, B,
    and C in P, D and E in Q, and F in R have fallen"): over names, commas, "and", locations and place nouns, up to
    what opens the list ("the districts of", the verb before it, the sentence's start); None when no list is there."""
    head = None
    k = i - 1
    while k >= start:
        tok = doc[k]
        if _name_token(tok) or tok.text == "-" or (tok.lower_ in _PARTICLES and k > start and doc[k - 1].text == "-"):
            if _name_token(tok) and not (k > start and (_name_token(doc[k - 1]) or doc[k - 1].text == "-")):
                head = k
            k -= 1
        elif tok.text in (",", ";") or tok.lower_ in _LAST or tok.lower_ in _TAIL_NOUNS or tok.lower_ in LIST_ADMIN_NOUNS or (
            tok.lower_ in ("in", "the") and head is not None
        ):
            k -= 1
        else:
            break
    return head


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
        if _in_hierarchy(ref.token.doc, ref.token.i, ref.token.sent.start, ref.token.sent.end):
            continue  # "the villages of A, B and C (al-Bab, Aleppo)": where they lie, not one more place taken
        doc = ref.token.doc
        end = ref.token.sent.end
        stop = _name_end(doc, ref.token.i, end)
        first = ref if stop <= ref.token.i + 1 else replace(ref, token=doc[stop - 1])  # "Tell Malh": both words
        found = [first]
        subject = ref.token if ref.token.dep_ in ("nsubj", "nsubjpass") else None
        items, noun = _read(doc, doc[max(stop, ref.token.i + 1) - 1], end, ref.token)
        found.extend(PlaceRef(t, ref.partial, ref.kind_noun or noun) for t in items)
        if items and noun is not None and first.kind_noun is None and _closed_by_plural(doc, items[-1], end):
            # "retook Salah and Banu districts": the plural after the list says what its first name is too
            found[0] = replace(first, kind_noun=noun)
        # a list the parser split, its frame holding a later name: a subject ("A in P, B in Q and C fell") or an object
        # ("captured A and B districts in P, C in Q, D in R, E in S": the frame holds C, the list runs on past it)
        earlier = None if subject is not None and _clause_opener(subject) else _earlier(
            doc, ref, max(stop - 1, ref.token.i), end, subject or ref.token,
        )
        if earlier is None and items and subject is not None and not _clause_opener(subject):
            earlier = [PlaceRef(t, ref.partial, ref.kind_noun or noun) for t in _list_start(doc, ref.token.i, ref.token.sent.start)]
        found[:0] = [r for r in earlier or [] if r.token.i < ref.token.i]
        found.extend(r for r in earlier or [] if r.token.i > ref.token.i)
        for r in found:
            if r.token.i not in seen:
                seen.add(r.token.i)
                out.append(r)
    return out


def _clause_opener(subject: Token) -> bool:
    """Whether the subject opens a clause joined to the one before it, its "and" hung on that clause's verb ("control
    was limited to Kabul, and Jalalabad also fell", "the army held A, and B fell"): the name before the "and" belongs
    to the other clause, not to a list of subjects ("A, B and C fell" hangs its "and" on a name)."""
    k = subject.left_edge.i - 1
    if k < 0:
        return False
    word = subject.doc[k]
    if not (word.lower_ == "and" and word.dep_ == "cc" and word.head.pos_ in ("VERB", "AUX") and word.head.i < word.i and (
        subject.head.dep_ == "conj" and subject.head.head.i == word.head.i
    )):
        return False
    # the name before the comma is the other verb's own object ("limited to Kabul", "held A"), not the last item of a
    # list the parse hung on that verb ("the districts of A and B in P, C in Q, and D in R fell")
    if k < 2 or subject.doc[k - 1].text != ",":
        return False
    name = subject.doc[k - 2]
    verb = word.head
    return name.dep_ in ("dobj", "pobj") and (name.head.i == verb.i or (name.head.dep_ == "prep" and name.head.head.i == verb.i))


def _locating(doc, k: int) -> bool:
    """Whether the words ending at ``k`` (before an "of" and a name) open a location: a compass word ("the north of"),
    or a short noun phrase after "near" / "outside" / "to" ("near the ruined town of")."""
    if doc[k].lower_ in _COMPASS:
        return True
    j = k
    while j > max(k - 5, 0) and doc[j].text.isalpha() and doc[j].text.islower() and doc[j].lower_ not in _NEAR:
        j -= 1
    return j < k and doc[j].lower_ in _NEAR


def _earlier(doc, ref: PlaceRef, last: int, end: int, subject: Token) -> list[PlaceRef] | None:
    """The other names of a list whose frame read a later name, when read from the list's first name they reach it
    ("the districts of A, B, and C in P, D and E in Q, and F in R have fallen": the frame holds F; "captured A and B
    districts in P, C in Q, D in R": the frame holds C, D comes after it); None otherwise."""
    head = _list_head(doc, ref.token.i, ref.token.sent.start)
    if head is None:
        return None
    if ref.token.dep_ not in ("nsubj", "nsubjpass") and head >= 2 and (
        doc[head - 1].lower_ == "in" or (doc[head - 1].lower_ == "of" and doc[head - 2].lower_ in LIST_ADMIN_NOUNS)
    ):
        # an object's list: not "two towns in the province of Diyala, A and B" nor "two towns in Diyala province, A and
        # B", where the name read back is where the towns lie
        return None
    if head >= 2 and doc[head - 1].lower_ == "of" and _locating(doc, head - 2):
        # "seized A and B to the north of X, and C", "took A, near the ruined town of X, and B": X only says where the
        # names before it lie (list_tails.py reads C and B)
        return None
    first = doc[_name_end(doc, head, end) - 1]
    items, noun = _read(doc, first, end, subject)
    if first.i >= ref.token.i or last not in {t.i for t in items}:
        return None
    return [PlaceRef(t, ref.partial, ref.kind_noun or noun) for t in (first, *items) if t.i != last and t.i != ref.token.i]
