"""The article's raw text made readable without moving an offset: markup blanked, a wire dateline ended with a full
stop, Cyrillic or Greek look-alike letters inside Latin words made Latin, and decoded binary told apart from text."""

from __future__ import annotations

import re

__all__ = ["blank_markup", "end_dateline", "latin_lookalikes", "looks_binary"]

_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^<>]{0,2000}>", re.S | re.I)

# A wire dateline ("MOGADISHU (Reuters) - ", "BAGHDAD, Sept 26 (AP) — ") ends in a full stop instead of its dash, so
# the parser does not read the city and agency as the subject of the first sentence. Same length: offsets hold.
_DATELINE = re.compile(r"^(\s*[A-Z][A-Z'’.\- ]{2,40}(?:,[^()\n.]{0,40})?\s*(?:\([A-Za-z .]{1,25}\))?\s*)[-—–]+(?=\s)")


# The same in title case ("Mogadishu (HOL) - ", "Juba — "): written in capitals, so that it too places the reporter
# and is no antecedent for a headline's "town" (two real stories' "liberate villages" went to Mogadishu, "recapture
# of strategic town" to Juba); a monitor's name written as one word ("KurdWatch, August 18, 2016 - ") too.
_TITLE_DATELINE = re.compile(r"^(\s*[A-Z][a-z'’]+(?:[A-Z][a-z]+)?(?:[ -][A-Z][a-z'’]+){0,2}(?:,[^()\n.]{0,40})?\s*(?:\([A-Za-z .]{1,25}\))?\s*)[-—–]+(?=\s)")


# A title-case dateline closed by its agency alone, with no dash ("Baghdad, Dec 30 (IANS) Iraqi forces retook ..."):
# its city is written in capitals too, so it places the reporter and is no antecedent for a headline's "town" (a
# spent set's "Iraqi forces recapture town from IS" went to Baghdad); the sentence itself is left as it is.
_AGENCY_DATELINE = re.compile(
    r"^\s*([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2})(?:,[^()\n.]{0,40})?\s*"
    r"\((?P<agency>[A-Z]{2,6}|Reuters|Xinhua|Sputnik|Anadolu|Interfax|Pajhwok|Bernama|Kyodo|Yonhap)\)\s+(?=[A-Z])"
)


# A title-case dateline on a line of its own, with its date and no dash nor agency ("Kyiv, August 28\n", "Gao, Mali,
# Nov. 14\n"): its city is written in capitals too, no antecedent for a headline's "settlement" (a spent set's
# "Strategic settlement taken back" went to Kyiv). The month keeps a first line of the story's own words out.
_LINE_DATELINE = re.compile(
    r"^\s*([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2}),(?:\s*[A-Z][a-z]+,)?\s*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?[ \t]*\n"
)


def end_dateline(text: str) -> str:
    """The text with its opening wire dateline ended by a full stop, written in capitals (same length)."""
    if (line := _LINE_DATELINE.match(text)) is not None:
        return text[: line.end(1)].upper() + text[line.end(1) :]
    m = _DATELINE.match(text)
    agency = _AGENCY_DATELINE.match(text) if m is None and _TITLE_DATELINE.match(text) is None else None
    # (not a body's own "Boko Haram (BH) Militants ...": a name's initials in brackets are its acronym, no agency)
    if agency is not None and "".join(w[0] for w in re.split(r"[ -]", agency.group(1))) != agency.group("agency"):
        return text[: agency.end(1)].upper() + text[agency.end(1) :]
    if m is None and (m := _TITLE_DATELINE.match(text)) is not None:
        city = re.match(r"\s*[^,(]*", m.group(1))
        cut = city.end() if city is not None else 0
        text = text[:cut].upper() + text[cut:]
    if m is None:
        return text
    return text[: m.end(1)] + "." + " " * (m.end() - m.end(1) - 1) + text[m.end():]


def blank_markup(text: str) -> str:
    """HTML tags and script/style blocks replaced by spaces of the same length (offsets stay valid)."""
    if "<" not in text:
        return text
    return _TAG.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)


# Cyrillic and Greek letters drawn like Latin ones, one for one (offsets stay valid). Pasted or scraped text carries
# them inside English words ("managed to captur\u0435 X" with a Cyrillic "e"), and a word so spelled matches no
# trigger. Written here rather than taken from a confusables package: only same-length, letter-for-letter swaps keep
# the evidence offsets, and only inside a word that is otherwise Latin (a Ukrainian or Russian word stays as it is).
_LOOKALIKE = str.maketrans(
    "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0456\u0458\u0455\u0410\u0412\u0421\u0415\u041d\u0406\u0408\u041a"
    "\u041c\u041e\u0420\u0405\u0422\u0425\u03bf\u039f\u0391\u0392\u0395\u0397\u0399\u039a\u039c\u039d\u03a1\u03a4\u03a7",
    "aceopxyijsABCEHIJKMOPSTXoOABEHIKMNPTX",
)
_MIXED_WORD = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+\b")
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")


def latin_lookalikes(text: str) -> str:
    """Cyrillic or Greek look-alike letters inside an otherwise Latin word made Latin ("captur\u0435" -> "capture");
    same length, so offsets stay valid; words wholly in another script are left alone."""
    if text.isascii() or _NON_LATIN.search(text) is None:  # (``isascii`` reads a flag: no scan)
        return text
    return _MIXED_WORD.sub(lambda m: m.group(0).translate(_LOOKALIKE), text)


_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd\ud800-\udfff\ue000-\uf8ff]")


def looks_binary(text: str) -> bool:
    """Decoded binary: NUL bytes, or more than 2% control, surrogate, private-use or replacement characters."""
    if "\x00" in text:
        return True
    sample = text[:20000]
    return bool(sample) and len(_JUNK.findall(sample)) / len(sample) > 0.02
