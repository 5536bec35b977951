"""Names listed right before a plural settlement noun: a note's "A, B and C villages were liberated"."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.demonym import owner_people
from townwatch_extract.syntax import DAY_WORDS, MONTH_WORDS

__all__ = ["names_before_kind"]

# A monitor lists the places first and names their kind once after them: "Hantunin, Sheikh Damis and Kafr Sajnah
# villages were liberated", "Bulo Fulay, Gololey and Qansaxley villages (Baidoa, Bay) were taken". The small model
# hangs such a list on the noun as a possessive, an apposition or a compound, and breaks it (the first name as the
# noun's owner, the second as its apposition, the last as its compound), so the frame found one name or none. The
# list is read off the words: two or more capitalised names joined by commas and one "and", ending right before the
# noun (a name's "al-" / "Kafr" pieces are part of it). Demonyms and groups ("Christian and Yazidi villages",
# "Russian and Ukrainian towns") are no names of places.
_PLURAL_KINDS = {"villages": "village", "towns": "town", "cities": "city", "settlements": "settlement", "hamlets": "hamlet"}
_PARTICLES = frozenset("al el ad as ash ar an at az ez es ed de du".split())
_NOT_NAMES = frozenset(
    "the these those both all two three four several many other nearby neighbouring neighboring key strategic "
    "shia sunni kurdish arab turkmen druze alawite yazidi christian muslim border frontline front-line".split()
)
_MAX_NAMES = 12


def _name_word(tok: Token) -> bool:
    """A word that can stand in a place's name: capitalised (not all capitals: "SNA", "HTS"), a particle, a hyphen."""
    if tok.text == "-" or tok.lower_ in _PARTICLES:
        return True
    if not tok.text[:1].isupper() or (tok.text.isupper() and len(tok.text) > 1) or tok.lower_ in _NOT_NAMES:
        return False
    if tok.ent_type_ == "NORP" or tok.lower_ in DAY_WORDS or tok.lower_ in MONTH_WORDS:
        return False
    return not (owner_people(tok.lower_) and tok.pos_ == "ADJ")


def names_before_kind(tok: Token) -> tuple[str, list[Token]] | None:
    """The kind and the last word of each name listed right before the plural settlement noun ``tok``, when there are
    two or more joined by commas and "and"; else None."""
    kind = _PLURAL_KINDS.get(tok.text)
    if kind is None or tok.i < 3:
        return None
    doc = tok.doc
    names: list[Token] = []
    j = tok.i - 1
    joined = False  # the "and" before the last name was seen
    while j >= tok.sent.start and len(names) < _MAX_NAMES:
        if not _name_word(doc[j]) or doc[j].text == "-" or doc[j].lower_ in _PARTICLES:
            break
        names.append(doc[j])  # the name's last word
        k = j - 1
        while k >= tok.sent.start and _name_word(doc[k]) and (doc[k].lower_ not in ("and",)):
            k -= 1  # the name's other words ("Sheikh Damis", "al-Naqir", "Kafr Sajnah")
        if k < tok.sent.start:
            break
        sep = doc[k]
        if sep.lower_ == "and" and not joined and len(names) == 1:
            joined = True
            j = k - 1
            continue
        if sep.text == "," and joined and k - 1 >= tok.sent.start and _name_word(doc[k - 1]) and doc[k - 1].text != "-":
            # a comma before another name of the list (not the date's: "On 20 August 2022, A and B villages")
            if doc[k - 1].lower_ in DAY_WORDS or doc[k - 1].like_num:
                break
            j = k - 1
            continue
        break
    if not joined or len(names) < 2:
        return None
    return kind, sorted(names, key=lambda t: t.i)
