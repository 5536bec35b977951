"""List tails: the later names of a list of places taken that the parser hangs away from the list's first name.

A monitor's note lists the places a side took in one sentence, and the small model often breaks the list:
- "took control of A in the west, together with B, C and D": the tail read as the verb's "together with" phrase;
- "seized control of A and B to the north of X, and C in the east": the last name read as the verb's conjunct;
- "seized control of A, capital of the province, as well as the town of B": the tail hung on the set-off description;
- "taking over several cities including A near the border, B, C and D": the names hung on the noun that only says
  where the first one lies ("border", "the centre of the town").
Only the first name of a tail is returned: the names conjoined to it follow it as any list does. Each tail is a proper name with no clause of its own; what it names is still checked as a place downstream (the
gazetteer or a settlement noun), so a side's or a person's name after "together with" yields nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.actors import packaged_catalogue

__all__ = ["locative_tail", "sequel_tails", "verb_tails"]

# the nouns a locative phrase after a place is built on: where the place lies, never a place of its own
_WHERE_NOUNS = frozenset(
    "border borders frontline front centre center north south east west north-east north-west south-east south-west "
    "northeast northwest southeast southwest side outskirts edge road highway river bank coast town city village area".split()
)
# the prepositions of such a phrase
_LOCATIVE = frozenset("near in to of at on along by".split())
# the words that join a later item to a list: "together with", "along with", "as well as", "and"
_COMPANIONS = frozenset({"together", "along"})


def _clause_free(tok: Token) -> bool:
    """A name with nothing of a clause under it: no subject, auxiliary, object or verb."""
    return tok.pos_ == "PROPN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") or c.pos_ in ("VERB", "AUX") for c in tok.children
    )


def _opens_clause(tok: Token) -> bool:
    """"..., and Hadi fled": the name is the subject of a verb written right after it."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ in ("VERB", "AUX") and nxt.tag_ in ("VBD", "VBZ", "VBP")


def _names_side(tok: Token) -> bool:
    """Whether a companion list names a side of the catalogue ("together with Wagner and Akhmat", "along with
    Hezbollah"): then the phrase tells who took part, and none of its names is a place."""
    names = [tok, *(c for c in tok.subtree if c.dep_ == "conj" and c.pos_ == "PROPN")]
    for name in names:
        start = min([name.i, *(c.i for c in name.children if c.dep_ == "compound" and c.i < name.i)])
        text = name.doc[start:name.i + 1].text
        if any(m.start == 0 and m.end == len(text) for m in packaged_catalogue().find(text)):
            return True
    return False


def verb_tails(trigger: Token, obj: Token) -> list[Token]:
    """The later names of the object's list that the parse hangs on the capture verb or on a set-off description:
    "together with B, C and D", ", and C in the north-east of X", "A, capital of Y, as well as the town of B"."""
    out: list[Token] = []
    for c in trigger.children:
        if c.i <= obj.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "with" and any(a.dep_ == "advmod" and a.lower_ in _COMPANIONS for a in c.children):
            out.extend(o for o in c.children if o.dep_ == "pobj" and _clause_free(o) and not _names_side(o))
        elif c.dep_ == "conj" and _clause_free(c) and not _opens_clause(c) and any(
            k.dep_ == "cc" and k.lower_ in ("and", "as") and obj.i < k.i < c.i for k in trigger.children
        ) and not _verb_between(trigger, obj, c):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in _LOCATIVE and c.lower_ != "of":
            # "retook several towns including A near the river, B, C and D": the locative phrase hung on the verb
            out.extend(_where_conjuncts(c))
    out.extend(sequel_tails(trigger))  # "captured A on Monday, followed by B", "seized 12 capitals, the latest being A"
    # "seize control of A, capital of Y, as well as the town of B": the tail hung on the set-off description or, after
    # "as well as", on "control" itself
    for app in (obj, *(a for a in obj.children if a.dep_ == "appos" and a.i > obj.i and a.pos_ == "NOUN")):
        if obj.lemma_.lower() == "control" or app.i != obj.i:
            out.extend(c for c in app.children if c.dep_ == "conj" and c.i > app.i and c.pos_ in ("NOUN", "PROPN") and any(
                k.dep_ == "cc" and k.lower_ == "as" and app.i < k.i < c.i for k in app.children))
    return out


# the words a sequel's summary subject is ("the latest being X and Y")
_LATEST = frozenset({"latest", "last", "newest"})


def sequel_tails(trigger: Token) -> list[Token]:
    """The names a chronology adds after its first change in the same sentence, which the parse hangs on the change
    verb: "X fell to Z on Thursday, followed by A and B on Friday", "Z have seized 12 capitals, the latest being A and
    B". Only names with no clause of their own, never a side ("followed by Wagner"); what they name is still checked as
    a place downstream, so "followed by Zelensky" or "followed by a push" yields nothing."""
    out: list[Token] = []
    for c in trigger.children:
        if c.dep_ != "advcl" or c.i < trigger.i:
            continue
        if c.lower_ == "followed" and c.tag_ == "VBN":
            out.extend(o for a in c.children if a.dep_ == "agent" for o in a.children
                       if o.dep_ == "pobj" and _clause_free(o) and not _names_side(o))
        elif c.lower_ == "being" and any(s.dep_ == "nsubj" and s.lower_ in _LATEST for s in c.children):
            # (the small model tags a lone name there a plural noun now and then: "the latest being Ghazni/NNS")
            out.extend(o for o in c.children if o.dep_ == "attr" and (_clause_free(o) or _capitalised_noun(o)) and not _names_side(o))
    return out


def _capitalised_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.text[:1].isupper() and not any(c.dep_ in ("det", "amod", "nummod") for c in tok.children)


def _verb_between(trigger: Token, obj: Token, name: Token) -> bool:
    """"recaptured A and surrounded another, B": a second verb of the trigger's comes before the name, which is that
    verb's (the parse hung it on the trigger), not a later item of the list taken."""
    return any(v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") and obj.i < v.i < name.i for v in trigger.children)


def _where_conjuncts(prep: Token) -> list[Token]:
    """The names conjoined to the noun of a locative phrase ("near the Iranian border, B, C and D")."""
    return [c for noun in prep.children if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.lower_ in _WHERE_NOUNS
            for c in noun.children if c.dep_ == "conj" and c.i > noun.i and _clause_free(c) and not _opens_clause(c)]


def locative_tail(place: Token, own: bool = False) -> list[Token]:
    """The names listed on after a place's locative phrase, which the parse hangs on that phrase's noun: "A near the
    Iranian border, B, C and D" -> B, C, D; "the City Council in the centre of the town and Krasnyi Yar" -> Krasnyi Yar.
    ``own``: the place's own conjuncts after such a phrase too, for a caller that does not follow them itself."""
    out: list[Token] = []
    if own and (where := [p.i for p in place.children if p.dep_ == "prep" and p.lower_ in _LOCATIVE and p.i > place.i]):
        out.extend(c for c in place.children if c.dep_ == "conj" and c.i > min(where) and _clause_free(c) and not _opens_clause(c))
    stack = [(place, 0)]
    while stack:
        tok, depth = stack.pop()
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE or prep.i < tok.i:
                continue
            out.extend(_where_conjuncts(prep))
            if depth < 2:
                stack.extend((noun, depth + 1) for noun in prep.children
                             if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.lower_ in _WHERE_NOUNS)
    return out
