"""Military units and posts written by their number ("Light Infantry Battalion 552", "the 6th Infantry Division
headquarters", "Border Guard Post No. 1003", "MOC-15"): a site that changes hands under its own designation."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from townwatch_extract.syntax import prep_objects

__all__ = ["listed_units", "unit_designation", "unit_name"]

# The noun a designation counts: "Battalion 437", "the 17th Division", "Border Guard Post No. 1003"
_UNIT_HEADS = frozenset(
    "battalion battalions brigade brigades division divisions regiment regiments command commands post posts outpost "
    "outposts squadron corps moc lib ib".split()
)
# Where a unit sits, written after it ("the 6th Division headquarters") or before "of" ("the headquarters of LIB 552")
_SEATS = frozenset("headquarters hq base camp garrison barracks command".split())
# Common words inside a designation: "light infantry battalion", "border guard police post", "military operations command"
_INNER = _UNIT_HEADS | _SEATS | frozenset(
    "light infantry border guard police military operations operation tactical regional artillery armoured armored "
    "mechanised mechanized engineering engineer signal air defence defense naval special forces marine".split()
)
_NUMBER = re.compile(r"^\d+(?:/\d+)?$")  # "437", "566/55"
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)  # "17th", "540th"
_CODE = re.compile(r"^(?:MOC|LIB|IB|BGP|TOC|ROC|LID)-?\d+$")  # "MOC-15", "LIB345"
_NUMBER_SIGNS = frozenset({"No", "No.", "Nos", "Nos.", "Number", "no.", "-"})
# a unit's abbreviation in brackets inside its designation: "Infantry Battalion (IB) 148", "Light Infantry Battalion
# (LIB) 552" (monitors' notes of Myanmar write it between the unit and its number)
_BRACKETED = re.compile(r"\s*\((?:[A-Z]{2,5})\)")


def _inside(t: Token) -> bool:
    """Whether ``t`` can be part of a unit's written designation."""
    if t.pos_ in ("DET", "PART", "ADP", "CCONJ", "PUNCT") and t.text not in ("-", "."):
        return False
    text = t.text
    return bool(
        text in _NUMBER_SIGNS or text == "." or _NUMBER.match(text) or _ORDINAL.match(text) or _CODE.match(text) or t.lower_ in _INNER
    )


def _abbreviation_at(doc: Doc, i: int) -> bool:
    """Whether ``doc[i:i + 3]`` is a bracketed abbreviation after a unit's word: the "(IB)" of "Infantry Battalion
    (IB) 148"."""
    return (
        i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper()
        and 2 <= len(doc[i + 1].text) <= 5 and doc[i - 1].lower_ in _UNIT_HEADS
    )


def _span(tok: Token) -> Span | None:
    """The run of designation words around ``tok``, if it names one unit by number."""
    if not _inside(tok) or tok.text == ".":
        return None
    sent, doc = tok.sent, tok.doc
    start = tok.i
    while start - 1 >= sent.start and (
        (_inside(doc[start - 1]) and doc[start - 1].text != ".")
        or (start - 4 >= sent.start and doc[start - 1].text == ")" and _abbreviation_at(doc, start - 3))
    ):
        start -= 3 if doc[start - 1].text == ")" and not _inside(doc[start - 1]) else 1
    end = tok.i + 1
    while end < sent.end and (_inside(doc[end]) or (end + 3 < sent.end and _abbreviation_at(doc, end) and _inside(doc[end + 3]))):
        if doc[end].text == "(":
            end += 3  # "(IB)" inside "Infantry Battalion (IB) 148"
            continue
        if doc[end].text == "." and doc[end - 1].text not in ("No", "Nos"):
            break  # "No." split in two keeps its dot; a sentence's full stop is no part of the name
        end += 1
    words = list(tok.doc[start:end])
    # (a base written by its own number, "air defence Base 38", "Base 46", is one too: capitalised, the number right
    # after it, not "the base 38 km away")
    heads = [i for i, t in enumerate(words) if t.lower_ in _UNIT_HEADS or _CODE.match(t.text) or (
        t.text == "Base" and i + 1 < len(words) and _NUMBER.match(words[i + 1].text)
    )]
    if not heads:
        return None
    if any(_CODE.match(t.text) for t in words):
        return tok.doc[start:end]
    last = heads[-1]
    # "Battalion 437", "Post No. 1003": a number after the unit; "the 540th light infantry battalion": an ordinal
    # before it. A count before it is no designation ("seized 20 outposts").
    after = any(_NUMBER.match(t.text) for t in words[last + 1:])
    before = any(_ORDINAL.match(t.text) for t in words[:last])
    if not (after or before):
        return None
    while end - 1 > start and tok.doc[end - 1].text in ("-", ".") and tok.doc[end - 2].text not in ("No", "Nos"):
        end -= 1
    return tok.doc[start:end]


def _listed_number(tok: Token) -> Span | None:
    """"Light Infantry Battalions 536, 537 and 538": a bare number listed after a numbered unit is the same kind of
    unit; the span returned is the first unit's, whose words name this one too."""
    if not _NUMBER.match(tok.text) or tok.i == tok.sent.start or tok.doc[tok.i - 1].text not in (",", "and"):
        return None
    j = tok.i - 1
    while j >= tok.sent.start and (tok.doc[j].text in (",", "and") or _NUMBER.match(tok.doc[j].text)):
        first = _span(tok.doc[j]) if _NUMBER.match(tok.doc[j].text) else None
        if first is not None and first.end == j + 1:
            return first
        j -= 1
    return None


def unit_name(tok: Token) -> str | None:
    """The written name of the numbered unit ``tok`` stands in (see :func:`unit_designation`): "Light Infantry
    Battalion 537" for the "537" of "Light Infantry Battalions 536, 537 and 538"."""
    found = unit_designation(tok)
    if found is not None:
        return _BRACKETED.sub("", found.text).strip(" -'")
    first = _listed_number(tok)
    if first is None:
        return None
    words = [t.text for t in first[:-1]]
    if words and words[-1].lower().endswith("s") and words[-1].lower() != "corps":
        words[-1] = words[-1][:-1]  # "Battalions 536, 537": each one a battalion
    return " ".join([*words, tok.text])


def listed_units(tok: Token) -> list[Token]:
    """The units listed after the one ``tok`` names, each by a token :func:`unit_name` reads: "Light Infantry
    Battalion No. 566, Thandwe Airport and Light Infantry Battalion No. 55" (a listed site other than a unit is left
    to the parse), "Light Infantry Battalions 536, 537 and 538"."""
    first = unit_designation(tok)
    if first is None or first.start > tok.i:
        return []
    doc, end = tok.doc, tok.sent.end
    out: list[Token] = []
    i = first.end
    while i < end:
        j = i
        while j < end and (doc[j].text == "," or doc[j].lower_ == "and"):
            j += 1
        if j == i or j >= end:
            break
        if _NUMBER.match(doc[j].text) and _listed_number(doc[j]) is not None:
            out.append(doc[j])
            i = j + 1
            continue
        k = j  # a listed item up to its next comma or "and": a unit if any of its words starts one
        while k < end and doc[k].text != "," and doc[k].lower_ not in ("and", "on", "in", "at", "after", "from"):
            k += 1
        item = next((_span(doc[m]) for m in range(j, k) if _span(doc[m]) is not None), None)
        if item is not None and item.start == j:
            out.append(doc[j])
        elif k == j or doc[k - 1].pos_ != "PROPN":
            break
        i = k
    return out


def unit_designation(tok: Token) -> Span | None:
    """The numbered unit or post ``tok`` names, or whose seat it is: "Light Infantry Battalion No. 566", "17th
    Division HQ", "the headquarters of the junta's Light Infantry Battalion 552", "Infantry Battalion 142's
    headquarters". None for an unnumbered one ("a military base", "the battalion's headquarters")."""
    own = _span(tok)
    if own is not None:
        return own
    if tok.lower_ in _SEATS:
        owners = [c for c in tok.children if c.dep_ in ("poss", "nmod") and c.i < tok.i] + prep_objects(tok, ("of",))
        for owner in owners:
            found = _span(owner)
            if found is not None:
                return found
    return None
