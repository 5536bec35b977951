"""Telegraphic clauses: a monitor's "X captured, Y contested" or "A and B also occupied", the place then a participle;
and a coder's verb-first clause, the side left to the note ("On 3 May, retook X from Y", "Regained control of X")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from townwatch_extract.frames import Frame, PlaceRef, place_refs
from townwatch_extract.headline import BARE_PARTICIPLE
from townwatch_extract.lexicon import CLAUSE_OPENING_VERBS, TriggerClass

__all__ = ["by_agent", "named_places", "opening_names", "telegraphic_clauses", "verb_first_clauses"]

# A map-keeper's or monitor's line drops the auxiliary: "Kherson captured, Russians advance to Mykolaiv", "Trostianets
# fallen, ...", "Krymske and Markivka also occupied", "Hulyaipole (name update) taken by Russia.". The small model reads
# the name as the subject of an active "captured" with no object (or the participle as the name's modifier), so no
# frame holds a place. Read token by token, not by the parse: the names open the clause (the line, or after a comma,
# a semicolon or a colon), the participle follows them, and nothing but an end, a "by" agent, an attribution or
# another clause comes after it ("Kherson captured the headlines" has an object and is no such clause).
_PARTICIPLES = frozenset("captured seized taken overrun occupied fallen recaptured retaken liberated freed".split())
_ADVERBS = frozenset("also now fully completely reportedly finally officially".split())
_JOINERS = frozenset({"and", "&", ",", "-", "'", "’"})
_OPENERS = frozenset({",", ";", ":", ")"})  # (")": an aside before the names, "(ISW update) A & B controlled by Z")
_DOUBTS = frozenset("unconfirmed unverified disputed denied claimed unclear rumoured rumored false".split())
_PARTICLES = frozenset({"al", "el", "ad", "as", "ar", "an", "ash", "at", "az"})  # "Ras al-Ain"
_NO_NAME = frozenset({"DET", "PRON", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})
_AFTER = frozenset({",", ";", ".", ":", "(", "by", "according", "as", "after", "following", "per", "-", "—", "–", "and", "but"})


def _opens_clause(tok: Token, openers: frozenset[str] = frozenset()) -> bool:
    return tok.text in _OPENERS or tok.lower_ in openers or tok.is_space  # (a kicker blanked before the line: "Minor update: X occupied")


def opening_names(part: Token, adverbs: frozenset[str] = frozenset(), openers: frozenset[str] = frozenset()) -> list[Token] | None:
    """The capitalised names that open the clause of ``part`` (their last words), or None when anything else does:
    adverbs before ``part`` are skipped, and a clause opens at the line's start, at a comma, a semicolon or a colon,
    or at one of ``openers`` ("confirmed", "assume")."""
    doc, i = part.doc, part.i - 1
    while i >= 0 and doc[i].lower_ in _ADVERBS | adverbs:
        i -= 1
    if i >= 0 and doc[i].text == ")":  # "Hulyaipole (name update) taken by Russia": the bracket is the keeper's aside
        while i >= 0 and doc[i].text != "(":
            i -= 1
        i -= 1
    end, heads = i, []
    while i >= 0:
        tok = doc[i]
        if _opens_clause(tok, openers) and not (tok.text == "," and i > 0 and doc[i - 1].text[:1].isupper() and _listed(doc, i, end)):
            break
        if tok.text[:1].isupper() and tok.pos_ not in _NO_NAME:  # ("Um Ruwaba": "Um" tagged an interjection)
            if i == end or doc[i + 1].lower_ in ("and", "&", ","):
                heads.append(tok)  # a name's last word ("Novhorod-Siverskyi": "Siverskyi")
        elif tok.lower_ not in _JOINERS and not (tok.lower_ in _PARTICLES and i + 1 <= end and doc[i + 1].text in ("-", "’", "'")):
            return None
        i -= 1
    return heads or None


def named_places(names: list[Token]) -> list[PlaceRef]:
    """The place heads of the names ``opening_names`` gave, once each, in text order."""
    wanted = {n.i for n in names}
    out: list[PlaceRef] = []
    for n in sorted(names, key=lambda t: t.i):
        # (a name the small model tags an adjective, "Beryslav under Russian occupation", heads no noun phrase)
        refs = place_refs(n) or ([PlaceRef(n)] if n.pos_ in ("ADJ", "VERB") and n.dep_ == "ROOT" else [])
        out += [r for r in refs if r.token.i in wanted and all(r.token.i != o.token.i for o in out)]
    return out


def _doubted(part: Token) -> bool:
    """Whether the clause is a claim or a rumour the line lists ("exaggerated claims: X seized (unconfirmed), Y
    seized (unconfirmed)"): a doubt in the bracket after the participle, or a claim noun before it."""
    doc = part.doc
    if part.i + 1 < len(doc) and doc[part.i + 1].text == "(" and any(t.lower_ in _DOUBTS for t in doc[part.i + 2 : part.i + 6]):
        return True
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in ("claim", "rumour", "rumor", "report") for t in doc[: part.i])


def by_agent(part: Token) -> Token | None:
    """The last word of the capitalised name after "by" ("taken by the Arakan Army": "Army"), or None."""
    doc, j = part.doc, part.i + 1
    if j >= len(doc) or doc[j].lower_ != "by":
        return None
    j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
    last = None
    while j < len(doc) and doc[j].text[:1].isupper() and not doc[j].is_punct:
        last, j = doc[j], j + 1
    return last


def _listed(doc: Doc, comma: int, end: int) -> bool:
    """Whether the comma at ``comma`` joins names of one list ("A, B and C captured"), not two clauses."""
    return any(doc[j].lower_ in ("and", "&") for j in range(comma + 1, end))


def telegraphic_clauses(doc: Doc) -> list[Frame]:
    """The places of the telegraphic clauses of ``doc`` taken (``BARE_PARTICIPLE``, or "passive" with the "by" agent as
    the taker): only a known town of a country at war counts with no side named (the extractor's sideless check)."""
    out: list[Frame] = []
    for part in doc:
        if part.lower_ not in _PARTICIPLES or part.tag_ not in ("VBN", "VBD", "JJ"):
            continue
        after = doc[part.i + 1] if part.i + 1 < len(doc) else None
        if after is not None and after.lower_ not in _AFTER:
            continue  # "Kherson captured the headlines", "Kherson occupied a key place": an object, no telegraphic clause
        if any(c.dep_ in ("aux", "auxpass", "neg", "dobj") for c in part.children):
            continue  # "has been captured" (the sentence grammar reads it); "not captured"
        if _doubted(part):
            continue
        names = opening_names(part)
        if names is None:
            continue
        places = named_places(names)
        if not places:
            continue
        agent = by_agent(part)
        out.append(Frame(part, TriggerClass.GAIN, BARE_PARTICIPLE if agent is None else "passive", places=places, gaining=agent))
    return out


# A coder's note drops its subject when the line or the note names the side: "Regained control of X after clashes with
# Y.", "On 3 May, retook X from Y.", "Took control of A and B after Y withdrew." The small model reads the capitalised
# verb as a name ("Retook Marte town": a compound), so no frame holds the place. Read token by token: the verb opens
# the sentence (or follows a date set off by a comma, or a colon), what only says "control of" or "the town of" may
# follow it, then the names, then an end, a "from"/"after" or another clause; "Captured Russian soldiers said" (a noun
# after the names) and "Seized weapons were shown" (no name) are no such clause. The verbs: lexicon.CLAUSE_OPENING_VERBS.

# the verbs that take a place only with "control of" / "over" after them ("Took control of X", "Regained control of X")
_NEEDS_CONTROL = frozenset({"took", "regained"})
_CONTROL_WORDS = frozenset("full complete total effective control of over the town village city locality district area".split())
_DATE_WORDS = frozenset({"on", "early", "late", "overnight"})
_GIVEN_UP = frozenset("withdraw retreat lose abandon leave pull flee".split())


def _opens_note_clause(tok: Token) -> bool:
    """Whether ``tok`` opens its sentence's clause: the first word, or the first after a colon or after a date set off
    by a comma ("On 3 May, retook ...")."""
    sent = tok.sent
    if tok.i == sent.start:
        return True
    before = tok.doc[tok.i - 1]
    if before.text == ":":
        return True
    if before.text != ",":
        return False
    prefix = tok.doc[sent.start : tok.i - 1]
    return len(prefix) > 0 and all(t.lower_ in _DATE_WORDS or t.like_num or t.ent_type_ == "DATE" or t.is_punct for t in prefix)


def verb_first_clauses(doc: Doc) -> list[Frame]:
    """The places of a note's subjectless clauses ("Retook Marte from ISWAP after heavy fighting"), with the side
    after "from" as the losing one and no taker (the extractor's sideless check: a known town of a country at war)."""
    out: list[Frame] = []
    for verb in doc:
        if verb.lower_ not in CLAUSE_OPENING_VERBS or not _opens_note_clause(verb):
            continue
        if not verb.text[:1].isupper() and doc[verb.i - 1].text != ",":
            continue  # lower case only after a date: "On 3 May, retook X"
        j, end = verb.i + 1, verb.sent.end
        skipped = []
        while j < end and doc[j].lower_ in _CONTROL_WORDS and not doc[j].text[:1].isupper():
            skipped.append(doc[j].lower_)
            j += 1
        if verb.lower_ in _NEEDS_CONTROL and not ({"control", "over"} & set(skipped)):
            continue  # "Took part in ...", "Regained consciousness"
        heads: list[Token] = []
        while j < end and (doc[j].text[:1].isupper() or doc[j].lower_ in _JOINERS or doc[j].lower_ in _PARTICLES) and not (
            doc[j].is_punct and doc[j].text not in ("-", ",")
        ):
            if doc[j].text[:1].isupper() and doc[j].pos_ not in _NO_NAME and (j + 1 >= end or doc[j + 1].lower_ in ("and", "&", ",") or not (
                doc[j + 1].text[:1].isupper() or doc[j + 1].text in ("-", "'", "’") or doc[j + 1].lower_ in _PARTICLES
            )):
                heads.append(doc[j])
            j += 1
        while j < end and doc[j].lower_ in ("town", "village", "city", "district", "area", "locality"):
            j += 1  # "Retook Marte town from ISWAP"
        if not heads or (j < end and doc[j].lower_ not in _AFTER | {"from", "on", "in", "near"}):
            continue
        if any(t.lower_ in ("but", "before", "then") and any(u.lemma_.lower() in _GIVEN_UP for u in doc[t.i + 1 : end]) for t in doc[j:end]):
            continue  # "Retook X from Y but withdrew hours later": undone in its own sentence
        losing = None
        if j < end and doc[j].lower_ == "from":
            k = j + 1 + (j + 1 < end and doc[j + 1].lower_ == "the")
            while k < end and doc[k].text[:1].isupper() and not doc[k].is_punct:
                losing, k = doc[k], k + 1
        out.append(Frame(verb, TriggerClass.GAIN, BARE_PARTICIPLE, places=[PlaceRef(h) for h in heads], losing=losing))
    return out
