"""Small helpers over spaCy dependency trees (children by relation, prepositional objects, subjects, spans)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from townwatch_extract.casualty import fallen_doer
from townwatch_extract.lexicon import SETTLED
from townwatch_extract.past_passive import headline_past_passive
from townwatch_extract.shabaab_acronym import acronym_subject

__all__ = [
    "DAY_WORDS",
    "RELATIVE_PRONOUNS",
    "capture_verb_misread",
    "children",
    "control_verb_misread",
    "controlled_name",
    "day_number",
    "has_child",
    "is_passive",
    "name_span",
    "negated_or_modal",
    "object_verb_misread",
    "objects_of",
    "participle_doer",
    "prep_objects",
    "stray_subject",
    "subject_of",
    "token_span_text",
]

RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "punct", "case", "poss", "det", "nummod", "quantmod"})


def control_verb_misread(tok: Token) -> bool:
    """"The RSF seized control of Nyala", "the AA secured control of X": after an acronym the small model reads the
    verb as an adjective on "control", which it makes the root (a past tense, or a participle with its subject)."""
    if tok.dep_ != "amod" or tok.head.lower_ != "control" or tok.head.i != tok.i + 1 or tok.head.dep_ != "ROOT":
        return False
    return tok.tag_ == "VBD" or (
        tok.tag_ == "VBN" and any(c.dep_ in ("nsubj", "npadvmod") and c.pos_ == "PROPN" for c in tok.children)
    )


def capture_verb_misread(tok: Token) -> Token | None:
    """"Islamist militants in Mali on Saturday captured Douentza", "government forces and the militias of X captured
    Luq": after a long subject the small model makes the subject's noun the root and reads the verb as an adjective
    on the name after it. Returns that subject, or None ("the recently captured Douentza" is an adjective)."""
    name, root = tok.head, tok.sent.root
    # "Security forces yesterday completely liberated Sharqat district": the adjective on a named settlement noun
    named_noun = name.lower_ in _SETTLEMENT_NOUNS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.children)
    if tok.dep_ not in ("amod", "compound") or tok.tag_ not in ("VBD", "VBN") or not (name.pos_ == "PROPN" or named_noun) or name.i <= tok.i:
        return None
    if tok.i == tok.sent.start:
        return None
    if tok.dep_ == "amod" and (own := next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("PROPN", "NOUN")), None)):
        return own  # "The AA captured Shwe Pyi, a village near X": the parse hangs the verb's own subject on the adjective
    if root.i == name.i and tok.i > tok.sent.start:
        # a coder note's "On 9 July 2021, the TPLF liberated Alamata after clashes": the side's name, the verb (tagged
        # a verb) and the town read as one name, the town its root; the name right before the verb is the subject
        side = tok.doc[tok.i - 1]
        return side if side.pos_ == "PROPN" and side.head.i == name.i and side.dep_ in ("compound", "npadvmod", "nsubj") else None
    if tok.dep_ != "amod":
        return None
    if root.pos_ == "VERB" and root.lemma_.lower() in _SPEECH and root.i > name.i:
        # "Government troops and the militias of X captured Beledweyne, officials said": the subject hangs on "said"
        root = next((c for c in root.children if c.i < tok.i and c.dep_ in ("dep", "nsubj", "ccomp") and c.pos_ in ("NOUN", "PROPN")), root)
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= tok.i:
        return None
    before = tok.doc[tok.i - 1]
    for _ in range(2):  # "forces yesterday completely liberated": the day and the adverb between subject and verb
        if before.i > tok.sent.start and (before.tag_ == "RB" or (before.dep_ == "npadvmod" and before.lower_ in DAY_WORDS)):
            before = tok.doc[before.i - 1]
    if before.pos_ not in ("NOUN", "PROPN", "NUM") or any(t.pos_ != "PROPN" and t.tag_ != "HYPH" for t in tok.doc[tok.i + 1 : name.i]):
        return None
    up = name
    while up.i != root.i and up.head.i != up.i:
        up = up.head
    return root if up.i == root.i else None


def object_verb_misread(tok: Token) -> Token | None:
    """"AA captured Light Infantry Battalion 55 base", "RSF captured 21st Infantry Division of army in X": before a
    long capitalised object the small model reads the verb as an adjective on the object, which it makes the root,
    and leaves the subject hanging on the verb. Returns that object, or None (the adjective of "the recently captured
    town" has no subject of its own)."""
    head = tok.head
    while head.dep_ == "compound" and head.head.i > head.i:  # "captured 21st Infantry Division": on the first word
        head = head.head
    if tok.dep_ != "amod" or tok.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT" or head.i <= tok.i:
        return None
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if subject is None and acronym_subject(tok) is not None:
        return head  # a Somali note's "AS seized X village": al-Shabaab's acronym read as the conjunction "as"
    return head if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


_SPEECH = frozenset({"say", "tell", "report", "confirm", "announce"})
_SETTLEMENT_NOUNS = SETTLED | {"district"}
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
DAY_WORDS = frozenset("yesterday today monday tuesday wednesday thursday friday saturday sunday".split())


def children(tok: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in tok.children if c.dep_ in wanted]


def has_child(tok: Token, dep: str, lowers: Iterable[str] | None = None) -> bool:
    allowed = set(lowers) if lowers is not None else None
    return any(c.dep_ == dep and (allowed is None or c.lower_ in allowed) for c in tok.children)


def negated_or_modal(tok: Token) -> bool:
    """A "not" or a modal ("may", "could") on the verb: the deed is denied or only possible."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in tok.children)


def is_passive(tok: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in tok.children):
        # "it's taken control of X": the clitic is "has" when the participle keeps its object (not "it's taken")
        return not (
            any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in tok.children)
            and any(c.dep_ == "dobj" for c in tok.children)
        )
    # Reduced relative / headline passive: "the town, captured by X", "Baaj captured by militia" (and the same passive
    # the parse read as a past: "Palmyra recaptured by Syrian army", past_passive.py)
    return (tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children) and not any(
        c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "having") for c in tok.children
    )) or headline_past_passive(tok)


def _pobjs(prep: Token) -> Iterator[Token]:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            yield c
        elif c.dep_ == "prep":  # "out of", "away from"
            yield from _pobjs(c)


def prep_objects(tok: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of ``tok``'s prepositions named in ``preps`` ("from", "out", "to", "by"...)."""
    wanted = set(preps)
    found: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in wanted:
            found.extend(_pobjs(c))
        elif c.dep_ == "prt" and c.lower_ in wanted:
            # "pulled out of Y": the particle's sibling "of"
            for sib in tok.children:
                if sib.dep_ == "prep" and sib.lower_ in ("of", "from"):
                    found.extend(_pobjs(sib))
    return found


def objects_of(tok: Token) -> list[Token]:
    found = children(tok, ("dobj", "obj", "attr", "oprd"))
    if len(found) > 1 and found[0].lower_ == "that" and found[0].i < tok.i:
        # "Russia said in a daily briefing that it had captured the village of X": the small model reads the
        # complementizer as a relative pronoun, the verb's object, beside the verb's own object after it (session 43)
        found = found[1:]
    if not found:
        # "RSF seizes Wad Madani": the small model hangs a two-word name after a headline's verb as an adverbial
        found = [c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > tok.i
                 and c.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")]
    if not found and tok.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
        # "By 5 October, the SAF recaptured Jebel Moya": a name after the verb read as a second subject is its object
        found = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i > tok.i]
    return found


# the nouns a misread "as" clause opens with: the doer of the verb the parser conjoined to the main one
_AS_DOERS = frozenset(
    "group groups rebels rebel militants militant fighters forces troops army soldiers insurgents jihadists militia "
    "militias gunmen alliance coalition".split()
)


def _as_clause_subject(verb: Token) -> Token | None:
    """The subject of a verb the parser conjoined to the main one without "and", when an "as" between them opens its
    clause ("... suffered a setback as an armed group, the MNDAA, captured X"): the noun after "as"."""
    head = verb.head
    if any(c.dep_ == "cc" for c in (*head.children, *verb.children) if head.i < c.i < verb.i) or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and head.i < prep.i < verb.i:
            doer = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if doer is not None and (doer.pos_ == "PROPN" or doer.lower_ in _AS_DOERS):
                return doer
    return None


# the common nouns a side's name may end on ("Russian forces", "Somali troops") when the parser hangs it on a place
_FORCE_NOUNS = frozenset("force troop fighter militant soldier rebel insurgent militia militiaman jihadist unit army".split())
# the verbs of leaving a complement of "forced Z to ..." names
_LEAVING_VERBS = frozenset("withdraw retreat leave flee abandon vacate evacuate pull quit".split())


def _subject_hung_on_place(verb: Token) -> Token | None:
    """"Ukrainian forces retreated from X and Russian forces took over the village", "Al Shabaab withdrew from X
    and Military Forces of Somalia entered the village", "abandoned their camp in Hpakant and KIA took over": the
    parser hung the second clause's subject on the place left, as its conjunct; the noun phrase that ends right
    before the verb is the verb's own subject (climbed from its last word: "Somalia" -> "of" -> "Forces")."""
    t = verb.doc[verb.i - 1]
    if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.lemma_.lower() in _FORCE_NOUNS and verb.head.i < t.i and any(
        c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(k.dep_ == "cc" for k in c.children) for c in t.children
    ):
        # "Ukrainian forces withdrew from Avdiivka and Russian forces took control of the town": the parser read "Avdiivka
        # and Russian" as a modifier of the second "forces", which it made the place left; that noun is the subject
        return t
    for _ in range(4):
        if t.dep_ == "conj" and t.head.dep_ == "pobj" and verb.head.i < t.i:
            named = t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.lemma_.lower() in _FORCE_NOUNS)
            return t if named else None
        if t.dep_ not in ("pobj", "prep", "compound", "amod") or t.head == t or t.head.i >= verb.i:
            return None
        t = t.head
    return None


def _forcer(verb: Token) -> Token | None:
    """"JNIM forced the army to withdraw from X and took control of the village": the verb the parser joined to the
    leaving complement is the forcing side's (the side made to leave takes nothing); its subject is the forcer's."""
    left = verb.head
    force = left.head
    if left.dep_ != "xcomp" or left.lemma_.lower() not in _LEAVING_VERBS or verb.lemma_.lower() in _LEAVING_VERBS:
        return None
    if force.lemma_.lower() not in ("force", "compel", "oblige") or not objects_of(force):
        return None
    return next((c for c in force.children if c.dep_ == "nsubj"), None)


def participle_doer(tok: Token) -> Token | None:
    """The noun a verbless headline hangs its "-ing" participle on, the doer: "Rebels leaving Goma", "Russian troops
    pulling out of Kherson" (the noun is the root, the participle its modifier); None in a sentence with a verb."""
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "ROOT" and tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    return None


def day_number(tok: Token) -> bool:
    """The number of a date's day ("On 9 December 2016", "on December 9", "Between 27 and 28 January", "On 9-10
    December"): never a side, whatever the parse makes it."""
    doc = tok.doc
    if not tok.like_num or tok.pos_ != "NUM" or not tok.text.isdigit() or int(tok.text) > 31:
        return False
    k = tok.i + 1
    if k + 2 < len(doc) and doc[k].lower_ in ("and", "to", "or", "-", "–") and doc[k + 1].text.isdigit():
        k += 2  # the first day of a span
    return (k < len(doc) and doc[k].lower_.rstrip(".") in MONTH_WORDS) or (
        tok.i > 0 and doc[tok.i - 1].lower_.rstrip(".") in MONTH_WORDS)


def subject_of(tok: Token, depth: int = 0) -> Token | None:
    """The active subject of ``tok``: through relative pronouns, and inherited along conj/advcl/xcomp."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "csubj", "expl")]
    if len(subjects) > 1:
        # "On 9 December 2016, the Syrian Army captured X": the small model makes the day's number a second subject
        subjects = [c for c in subjects if not day_number(c)] or subjects
    if not subjects and not is_passive(tok):  # "it's taken control of X" read as a passive: "it" is the doer
        subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    mark = next((c for c in tok.children if c.dep_ == "mark"), None)
    if len(subjects) > 1 and mark is not None:
        # "Somali National Army ... captured Galcad town ... after Al-Shabaab militants withdrew": when the parser hangs
        # the main clause's subject on the subordinate verb too, the verb's own comes after its "after"
        subjects = [c for c in subjects if c.i > mark.i] or subjects
    for c in subjects:
        if c.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            return tok.head
        return c
    if (acronym := acronym_subject(tok)) is not None:
        return acronym  # a Somali note's "AS took control of X": al-Shabaab's acronym read as the conjunction "as"
    if tok.dep_ == "ROOT" and tok.pos_ == "VERB" and (first := _asyndetic_first(tok)) is not None:
        return first  # a headline's "Kurdish forces expel ISIS, take back control of X": the first verb's subject
    if tok.dep_ in ("conj", "advcl") and tok.i > 0:
        if (hung := _subject_hung_on_place(tok)) is not None:
            return hung
        if tok.dep_ == "conj" and (doer := _as_clause_subject(tok)) is not None:
            return doer  # "the army suffered a setback as rebels of the MNDAA captured X": "as" opens a clause, not a role
        if tok.dep_ == "conj" and (forcer := _forcer(tok)) is not None:
            return forcer
    if depth < 4 and tok.dep_ in ("conj", "advcl", "xcomp", "pcomp") and tok.head != tok:
        head = tok.head
        if tok.dep_ == "pcomp" and (fallen := fallen_doer(tok)) is not None:
            return fallen  # "three soldiers were killed ... after taking control of X": the fallen took it (casualty.py)
        if tok.dep_ == "pcomp":  # "after capturing Y": subject of the verb the preposition hangs on
            head = head.head
            if head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
                head = head.head  # "continued its drive by overrunning Y", "marked a victory by seizing Y": the verb's
        if tok.dep_ == "xcomp":
            objs = objects_of(head)
            if objs:  # "forced ISIS to withdraw": the object is the subject of the complement
                return objs[0]
            if is_passive(head) and (raised := next((c for c in head.children if c.dep_ == "nsubjpass"), None)) is not None:
                return raised  # "ISIL was reported to have captured X", "the army was forced to withdraw from Y"
        if head.dep_ == "acomp" and head.lower_ == "able":  # "were able to retake X": the subject is the copula's
            head = head.head
        return subject_of(head, depth + 1)
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with":
        return tok.head  # "..., with insurgents forcing government forces from Macomia": the absolute clause's noun
    if tok.dep_ == "relcl":
        return None
    if depth < 4 and not subjects and tok.dep_ == "ROOT" and (first := next(
        (c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i and c.pos_ == "VERB"), None
    )) is not None and any(c.dep_ == "punct" and c.text in (",", ";") and first.i < c.i < tok.i for c in tok.children):
        # "Nigerian military clears Boko Haram, reclaims Rann": the second verb of a headline's comma pair, which the
        # parse makes the root over the first, shares the first one's subject (and of a semicolon pair: "Islamic State
        # continues expanding; seizes Iraqi town of Sinjar")
        return subject_of(first, depth + 1)
    return None


# the verbs whose object a participle after it is kept from doing ("failed to stop rebels seizing Goma")
_PREVENTING = frozenset("stop prevent block halt keep deter".split())
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def stray_subject(tok: Token, depth: int = 0) -> Token | None:
    """The doer of an active verb ``subject_of`` finds none for, when the parse hung it elsewhere in the verb's own
    clause: on its auxiliary ("Troops have this afternoon captured X"), as the noun the capture's own "-ing" participle
    modifies ("residents saw rebels seizing X"), or as the object or apposition that ends right before the
    finite verb ("After days of fighting the Taliban have made gains, capturing X"; "From Idlib, the Syrian Army,
    alongside the NDF, seized X"); climbed along conj/advcl/xcomp/pcomp as ``subject_of`` climbs. Never across a
    relative or reported clause, and never the object of a verb of preventing ("failed to stop rebels seizing X")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in tok.children):
        return None
    for aux in (c for c in tok.children if c.dep_ == "aux" and c.i < tok.i):
        if (subj := next((c for c in aux.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)) is not None:
            return subj
    if depth == 0 and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.i < tok.i and _doer_word(tok.head):
        return None if tok.head.head.lemma_.lower() in _PREVENTING else tok.head
    if depth < 4 and tok.dep_ in ("conj", "advcl", "xcomp", "pcomp") and tok.head != tok:
        head = tok.head.head if tok.dep_ == "pcomp" else tok.head
        if tok.dep_ == "xcomp" and objects_of(head):
            return None  # "forced ISIS to withdraw": subject_of's object
        found = subject_of(head, depth + 1) or stray_subject(head, depth + 1)
        if found is None and tok.dep_ == "conj" and head.dep_ == "ROOT" and head.tag_ == "VBN":
            found = _noun_before(tok)  # "On 23 January, M23, backed by the RDF, captured X": "backed" read as the root
        return found
    return _noun_before(tok)


def _doer_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.lemma_.lower() in _FORCE_NOUNS or tok.lower_ in _AS_DOERS


def _noun_before(verb: Token) -> Token | None:
    """The name or force noun ending right before a finite verb with no subject (past a set-off phrase of its own:
    ", alongside the NDF,"), read by the parse as an object or apposition inside the verb's opening phrase."""
    auxes = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    if verb.tag_ not in _FINITE and not any(a.tag_ in _FINITE for a in auxes):
        return None
    doc = verb.doc
    j = min([verb.i, *(a.i for a in auxes)]) - 1
    backed: Token | None = None
    while j > verb.sent.start + 1 and doc[j].text == ",":
        # ", alongside the NDF," between the doer and its verb: a prepositional phrase set off by commas
        inner = next((c for c in doc[verb.sent.start : j] if c.dep_ == "prep" and c.right_edge.i == j - 1
                      and c.left_edge.i > verb.sent.start + 1 and doc[c.left_edge.i - 1].text == ","), None)
        if inner is None and (inner := _set_off_participle(verb, j)) is not None:
            backed = inner  # "On 23 January, M23, backed by the RDF, captured X": the parse hangs the doer on the date
            j = inner.i - 2
            continue
        if inner is None:
            return None
        j = inner.left_edge.i - 2
    t = doc[j]
    if t.dep_ == "punct" and t.text in ")]":
        t = t.head
    if t.i >= verb.i or t.dep_ not in ("dobj", "appos") or not _doer_word(t):
        return None
    up = t.head
    while up != verb and up.head != up:
        if up.dep_ in ("relcl", "ccomp", "conj", "parataxis", "csubj") or (up.dep_ in ("acl", "advcl") and up.tag_ not in ("VBG", "VBN")):
            return None  # another clause's object: "the army, which fought the rebels, ..."
        if backed is not None and up == backed:
            break  # (the participle the parse made the root, the verb its conjunct)
        up = up.head
    return t if up == verb or (backed is not None and up == backed and verb.dep_ == "conj" and verb.head == backed) else None


def _set_off_participle(verb: Token, comma: int) -> Token | None:
    """The participle of a phrase set off by commas that ends right before ``comma`` and the finite verb: ", backed by
    the RDF,", ", supported by Wazalendo fighters," (its agent or prepositions only, never a clause of its own)."""
    doc = verb.doc
    for c in doc[verb.sent.start + 2 : comma]:
        if c.tag_ != "VBN" or doc[c.i - 1].text != "," or not any(ch.dep_ == "agent" for ch in c.children):
            continue
        end = max((t.i for ch in c.children if ch.dep_ in ("agent", "prep") and ch.i > c.i for t in ch.subtree), default=c.i)
        if end == comma - 1:
            return c
    return None


def name_span(tok: Token) -> Span:
    """The contiguous span of a (proper) noun with its compounds and modifiers to the left."""
    start = tok.i
    for c in tok.lefts:
        if c.dep_ in _NAME_DEPS:
            start = min(start, c.left_edge.i)
    return tok.doc[start : tok.i + 1]


def token_span_text(tokens: Iterable[Token]) -> tuple[int, int]:
    toks = list(tokens)
    if not toks:
        return 0, 0
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def controlled_name(tok: Token) -> bool:
    """Whether ``tok`` heads the object of a control noun ("its control of X", "took full control of X", "control over
    X"): what a side holds is ground, never a person."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in ("of", "over") and prep.head.lemma_.lower() == "control" and prep.head.pos_ == "NOUN"


def _asyndetic_first(verb: Token) -> Token | None:
    """The subject of the verb a headline sets before ``verb`` with only a comma between ("Z expel Y, take X": the
    parse hangs the first verb on the second, which gets no subject)."""
    for c in verb.children:
        if c.dep_ in ("advcl", "conj", "ccomp") and c.i < verb.i and verb.doc[verb.i - 1].text == "," and not any(
            k.dep_ == "mark" for k in c.children
        ):
            subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    return None
