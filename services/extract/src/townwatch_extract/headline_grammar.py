"""Headline grammar: a headline the small parser misreads ("army retakes Palmyra" read as a noun phrase) rebuilt as a
dependency tree from its words, for the frame builder to read as it reads a well-parsed sentence.

Written by hand because no library parses headlinese: the small English model reads a present-tense headline verb as a
plural noun about half the time. The chunk grammar is deliberately narrow (subject, one trigger verb, object, an
optional "from"/"to" side and an "in/near/outside" anchor) and is tried only when the parse gave no frame.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from townwatch_extract.headline import HEADLINE_LOWER
from townwatch_extract.lexicon import PART_OF_FORCE
from townwatch_extract.sites import SITE_KINDS

__all__ = ["rebuilt_headline"]

# Headline verb forms -> lemma. Present forms are what headlines use; past ones appear after a speaker ("says").
_VERB_FORMS: dict[str, str] = {
    **{f: "capture" for f in ("capture", "captures", "captured")},
    **{f: "recapture" for f in ("recapture", "recaptures", "recaptured")},
    **{f: "seize" for f in ("seize", "seizes", "seized")},
    **{f: "retake" for f in ("retake", "retakes", "retook", "overran")},  # "retook"/"retakes" are parse-swapped
    **{f: "reclaim" for f in ("reclaim", "reclaims", "reclaimed")},
    **{f: "regain" for f in ("regain", "regains", "regained")},
    # "Islamic State gains control of Ramadi": the small model reads "gains" as a noun; the frame asks for "control"
    **{f: "gain" for f in ("gain", "gains", "gained")},
    **{f: "declare" for f in ("declare", "declares")},  # "Taliban declare control of Kunduz" (the frame asks for "control")
    **{f: "liberate" for f in ("liberate", "liberates", "liberated")},
    **{f: "overrun" for f in ("overrun", "overruns")},
    **{f: "wrest" for f in ("wrest", "wrests", "wrested")},
    **{f: "take" for f in ("take", "takes", "took")},
    **{f: "lose" for f in ("lose", "loses", "lost")},
    **{f: "withdraw" for f in ("withdraw", "withdraws", "withdrew")},
    # "Sudan's army retreats from X", "Russian army retreats from Y" (session 43: "retreats" read as a noun, as
    # "withdraws" is; the leaving class asks for "from" and a town). Never the bare "retreat": "Hardliners enraged by
    # Russian retreat from Lyman" is the noun, read by the frames (and a plural's "troops retreat from X" parses)
    **{f: "retreat" for f in ("retreats", "retreated")},
    **{f: "abandon" for f in ("abandon", "abandons", "abandoned")},
    **{f: "evacuate" for f in ("evacuate", "evacuates", "evacuated")},
    # a side's flight from a town ("Al-Shabaab flees Kismayo": "flees" read as a noun; flight.py asks for an armed side)
    **{f: "flee" for f in ("flee", "flees", "fled")},
    **{f: "quit" for f in ("quit", "quits")},
    **{f: "fall" for f in ("fall", "falls", "fell", "fallen")},
    # "Syrian army restores control over Palmyra", "Taliban assume control of Kunduz", "Army reasserts control over X":
    # the small model reads the rarer present as a noun and "control" as the verb. These tell a change only with
    # "control" as their object (``_CONTROL_ONLY``): never "restores order in X", "assumes command", "reasserts claim"
    **{f: "restore" for f in ("restore", "restores", "restored")},
    **{f: "reassert" for f in ("reassert", "reasserts", "reasserted")},
    **{f: "assume" for f in ("assume", "assumes", "assumed")},
    **{f: "secure" for f in ("secure", "secures")},  # ("Al-Shabaab secures control of X": "secures" read as an adjective)
    # a side driven out: "Taliban expel Afghan forces from Kunduz", "Islamic State expels Iraqi forces from Ramadi",
    # "Rebels oust army from X", "Taliban clear Kunduz of Afghan forces" (the present read as an adjective or a noun;
    # the frames' expelling class reads the town after "from", or the object "cleared of" the loser)
    **{f: "expel" for f in ("expel", "expels", "expelled")},
    **{f: "oust" for f in ("oust", "ousts")},
    **{f: "dislodge" for f in ("dislodge", "dislodges", "dislodged")},
    **{f: "clear" for f in ("clear", "clears", "cleared")},
}
_CONTROL_ONLY = frozenset({"restore", "reassert", "assume", "secure"})
# The expelling verbs tell a town taken only with an armed side driven out: the object ("expel Afghan forces from X")
# or, for "clear", the "of" phrase ("clear X of militants") ends on a fighters' noun or a name; never diplomats,
# journalists, staff, mines, debris, collaborators or charges ("Russia expels US diplomats from Moscow", "Sappers clear
# Kherson of mines", "Court clears Taliban commander of charges")
_EXPELLING = frozenset({"expel", "oust", "dislodge", "clear"})
_ARMED_NOUNS = frozenset(
    """militants rebels insurgents jihadists fighters islamists extremists terrorists troops soldiers forces gunmen
    separatists militia militias army regime occupiers invaders""".split()
)
# Participles read as the verb only after "has/have/had" ("say have taken X"); alone ("X taken by Z") they are passive.
_PERFECT_ONLY: dict[str, str] = {"taken": "take", "retaken": "retake"}
_LOSE = frozenset({"lose", "withdraw", "abandon", "evacuate", "flee", "quit"})
# Words before the verb that make it an intention, a doubt or a denial: "final assault to take Mosul", "bid to retake".
_NOT_EVENT = frozenset(
    """to will would could may might can cannot shall should must vow vows vowed plan plans planned bid bids set poised
    ready prepare prepares preparing aim aims seek seeks try tries trying fail fails failed threaten threatens push
    pushes assault offensive attempt attempts struggle struggles not never no deny denies denied if whether how why
    what who when""".split()
)
_SPEECH = frozenset({"says", "say", "said", "claims", "claim", "claimed"})
_TOWN_PLURALS = frozenset({"towns", "villages", "cities", "settlements", "districts"})
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several some many dozens more".split())
_SPEECH_SUBJECTS = frozenset({"it", "they", "its", "their", "troops", "forces"})
_PERFECT = frozenset({"has", "have", "had"})
# Words that end the object's noun phrase; "in/near/outside/at" hang the next phrase on the object (a site's town).
# "between" too: "seize checkpoint between Aleppo and Turkey", "recapture main road between Mosul and Bashiqa" take
# what lies between two places, neither of them
_ENDS = frozenset(
    """from to after as amid despite with for and but while before following on since until by around up into across
    toward towards through along within inside against over between linking connecting""".split()
)
_ANCHORS = frozenset({"in", "near", "outside", "at"})
_CLAUSE_OPENERS = frozenset({"as", "while", "when", "after"})
_PUNCT_ENDS = frozenset({",", ";", ":", "|", "-", "–", "—", "(", ")", "'", '"'})
_DETS = frozenset({"the", "a", "an", "all", "its", "their", "another", "key"})
_RANKS = frozenset({"largest", "biggest", "second-largest", "third-largest", "second", "third", "fourth", "fifth"})
# Rebuilt relations whose word is a closed-class one: its part of speech and tag follow from the relation alone.
_CLOSED_CLASS: dict[str, tuple[str, str]] = {"prep": ("ADP", "IN"), "det": ("DET", "DT"), "case": ("PART", "POS")}


def _chunk_end(words: list[str], start: int, glued: frozenset[int] = frozenset()) -> int:
    """Index after the noun phrase that begins at ``start`` (a hyphen in ``glued`` joins a word: "Nagorno-Karabakh")."""
    i = start
    while i < len(words) and words[i].lower() not in _ENDS and words[i].lower() not in _ANCHORS and (
        words[i] not in _PUNCT_ENDS or i in glued
    ):
        if words[i].lower() == "of" and i > start:
            i += 1  # "the town of X", "control of X": kept inside the phrase, built below
            continue
        i += 1
    return i


class _Builder:
    def __init__(self, words: list[str], adjective: list[bool]) -> None:
        self.words = words
        self.adjective = adjective
        self.heads = list(range(len(words)))
        self.deps = ["dep"] * len(words)

    def phrase(self, start: int, end: int, head_of: int, dep: str) -> int | None:
        """Attach the noun phrase words[start:end] to ``head_of`` as ``dep``; returns its head index."""
        if start >= end:
            return None
        of = next((i for i in range(start + 1, end - 1) if self.words[i].lower() == "of"), None)
        if of is not None:  # "the town of Baaj", "control of X": the noun before "of" heads, the rest is its object
            head = self.phrase(start, of, head_of, dep)
            if head is not None:
                self.heads[of], self.deps[of] = head, "prep"
                self.phrase(of + 1, end, of, "pobj")
            return head
        head = end - 1
        self.heads[head], self.deps[head] = head_of, dep
        # consecutive capitalised words form one name: every word of it hangs on the name's last word
        name_end: int | None = None
        owned: set[int] = set()  # words hung on a possessor's name already
        for i in range(head - 1, start - 1, -1):
            if i in owned:
                continue
            w = self.words[i]
            low = w.lower()
            if low in ("'s", "’s"):
                self.heads[i], self.deps[i] = i - 1, "case"
                continue
            if i + 1 < end and self.words[i + 1].lower() in ("'s", "’s"):
                self.heads[i], self.deps[i] = head, "poss"
                name_end = None
                j = i  # "Nagorno-Karabakh's 2nd largest city": the rest of the owner's name hangs on it
                while j > start and (self.words[j - 1][:1].isupper() or self.words[j - 1] == "-"):
                    j -= 1
                    self.heads[j], self.deps[j] = i, "compound" if self.words[j] != "-" else "punct"
                    owned.add(j)
                continue
            if low in _DETS:
                self.heads[i], self.deps[i] = head, "det" if low in ("the", "a", "an", "another") else "amod"
                name_end = None
                continue
            if self.adjective[i] or low in _RANKS or (low[:1].isdigit() and low.endswith(("st", "nd", "rd", "th"))):
                self.heads[i], self.deps[i] = head, "amod"  # "2nd Largest City" in a Title Case line ranks, not names
                name_end = None
                continue
            if w[:1].isupper() and low not in HEADLINE_LOWER:
                if name_end is not None and self.words[name_end][:1].isupper():
                    self.heads[i], self.deps[i] = name_end, "compound"
                else:
                    self.heads[i], self.deps[i] = head, "compound"
                    name_end = i
                continue
            self.heads[i], self.deps[i] = head, "compound"
            name_end = None
        return head


def _armed_loser(words: list[str], start: int, end: int, obj_head: int | None, lemma: str) -> bool:
    """Whether the side an expelling verb drives out is an armed one: the object's head ("expel Afghan forces from
    X"), or for "clear" the last word of the "of" phrase ("clear X of Islamic State"), a fighters' noun or a name."""
    if obj_head is None:
        return False
    if lemma == "clear":
        of = next((j for j in range(start, end) if words[j].lower() == "of"), None)
        if of is None or of + 1 >= end:
            return False  # a bare "clears X": a road, a camp, a name cleared of a charge
        loser = words[end - 1]
    else:
        loser = words[obj_head]
    # (an acronym is a name even where its letters spell a small word: "expel IS from Kobani")
    return loser.lower() in _ARMED_NOUNS or (loser[:1].isupper() and (loser.isupper() or loser.lower() not in HEADLINE_LOWER))


def rebuilt_headline(doc: Doc) -> Doc | None:
    """``doc`` (a parsed headline) rebuilt as subject - trigger verb - object [from/to side] [in/near town], or None
    when the words do not fit that grammar or say an intention."""
    toks = [t for t in doc if not t.is_space]
    if not toks or len(toks) > 24:
        return None
    words = [t.text for t in toks]
    glued = frozenset(i for i in range(1, len(toks)) if words[i] == "-" and not toks[i - 1].whitespace_ and not toks[i].whitespace_)
    verb = next((i for i, w in enumerate(words) if i > 0 and (
        w.lower() in _VERB_FORMS or (w.lower() in _PERFECT_ONLY and words[i - 1].lower() in _PERFECT))), None)
    if verb is None:
        return None
    # a hyphen inside a word ("Anti-Taliban forces") does not start the subject; a clause's "as" does ("Blow to
    # al-Assad as rebels wrest control of Daraa")
    start = max((i + 1 for i in range(verb) if (words[i] in _PUNCT_ENDS and i not in glued) or words[i].lower() in _CLAUSE_OPENERS), default=0)
    before = [w.lower() for w in words[start:verb]]
    if not before or any(w in _NOT_EVENT for w in before) or len(before) > 7:
        return None
    if any(w in _TOWN_PLURALS and i > 0 and (before[i - 1].isdigit() or before[i - 1] in _COUNT_WORDS) for i, w in enumerate(before)):
        return None  # "Four villages in Donetsk recaptured from Russian forces": the places taken, never the side
    if verb + 1 < len(words) and words[verb + 1].lower() == "of":
        return None  # "claim capture of X": a noun, read by the frames of nouns
    lemma = _VERB_FORMS.get(words[verb].lower()) or _PERFECT_ONLY[words[verb].lower()]
    if lemma in _LOSE and any(w in PART_OF_FORCE for w in before):
        return None  # "Some Ukrainian units withdraw from X": part of the force leaves, the town is still held
    b = _Builder(words, [t.pos_ == "ADJ" and t.text[:1].islower() for t in toks])
    root = verb
    speech = next((i for i in range(start, verb) if words[i].lower() in _SPEECH), None)
    if speech is not None:
        # "Ukraine says recaptured Urozhaine village from Russia", "SDF says it captured al-Omar oilfield"
        # "Haftar forces say have taken control of Sirte": the wire drops the pronoun, the auxiliary stays
        if speech == start or any(w.lower() not in _SPEECH_SUBJECTS | _PERFECT for w in words[speech + 1 : verb]):
            return None
        # the speaker is the side that took it: its own words are the claim ("it" and "forces" are the speaker's)
        b.heads[verb], b.deps[verb] = verb, "ROOT"
        b.phrase(start, speech, verb, "nsubj")
        for j in range(speech, verb):
            b.heads[j], b.deps[j] = verb, "aux" if words[j].lower() in _PERFECT else "dep"
    else:
        b.heads[verb], b.deps[verb] = verb, "ROOT"
        aux = [i for i in range(start, verb) if words[i].lower() in ("has", "have", "had")]
        subj_end = aux[0] if aux else verb
        for i in aux:
            b.heads[i], b.deps[i] = verb, "aux"
        b.phrase(start, subj_end, verb, "nsubj")
    i = verb + 1
    obj_head = None
    if lemma not in ("fall", "withdraw") and i < len(words):
        end = _chunk_end(words, i, glued)
        obj_head = b.phrase(i, end, verb, "dobj")
        i = end
    if (lemma in _CONTROL_ONLY or words[verb].lower() in _CONTROL_ONLY) and (obj_head is None or words[obj_head].lower() != "control"):
        return None  # "Army restores order in X", "Firm secures funding": a control verb without "control"
    if lemma in _EXPELLING and not _armed_loser(words, verb + 1, i, obj_head, lemma):
        return None  # "Russia expels US diplomats from Moscow", "Sappers clear Kherson of mines": no side driven out
    if lemma == "take" and (obj_head is None or words[obj_head].lower() != "control") and i < len(words) and (
        words[i].lower() not in ("from", ",", ":", "after", "as", "-", "–", "—", "near", "outside", "in")
    ):
        return None  # "Russia takes Tokyo to task": a bare "take" only ends the headline or meets its loser or town
    while i < len(words):
        low = words[i].lower()
        # "control over X" as "control of X" ("Syrian army gains control over Palmyra"): the object's own place
        over = low == "over" and obj_head is not None and words[obj_head].lower() == "control"
        if low in ("from", "to") or over or (low in _ANCHORS and obj_head is not None) or (low in _ANCHORS and lemma == "fall"):
            end = _chunk_end(words, i + 1, glued)
            if end == i + 1:
                break
            attach = obj_head if ((low in _ANCHORS or over) and obj_head is not None) else verb
            b.heads[i], b.deps[i] = attach, "prep"
            b.phrase(i + 1, end, i, "pobj")
            i = end
            continue
        break
    for j in range(len(words)):  # what is left (", officials say", "as RSF seizes control") hangs on the root
        if b.deps[j] == "dep" and b.heads[j] == j and j != root:
            b.heads[j] = root
            b.deps[j] = "punct" if words[j] in _PUNCT_ENDS else "dep"
    pos, tags, lemmas = [], [], []
    for j, w in enumerate(words):
        if j == verb:
            pos.append("VERB")
            tags.append("VBN" if w.lower() == "fallen" else "VBD" if w.lower() in ("took", "lost", "withdrew", "fell", "overran") or w.endswith("ed") else "VBZ" if w.endswith("s") else "VBP")
            # "Rebels take the citadel in Aleppo": a site taken is seized (a bare "take" asks for a named town)
            lemmas.append("seize" if lemma == "take" and obj_head is not None and words[obj_head].lower() in SITE_KINDS else lemma)
        elif b.deps[j] == "ROOT" or b.deps[j] == "aux":
            pos.append("VERB" if b.deps[j] == "ROOT" else "AUX")
            tags.append("VBZ")
            lemmas.append(w.lower().rstrip("s") if w.lower() in _SPEECH else w.lower())
        elif b.deps[j] in _CLOSED_CLASS:
            pos.append(_CLOSED_CLASS[b.deps[j]][0])
            tags.append(_CLOSED_CLASS[b.deps[j]][1])
            lemmas.append(w.lower())
        elif w in _PUNCT_ENDS or not w[:1].isalnum():
            pos.append("PUNCT")
            tags.append(",")
            lemmas.append(w)
        elif (w[:1].isupper() and w.lower() not in HEADLINE_LOWER and not (j == start and toks[j].pos_ in ("NOUN", "ADJ"))) or (
            toks[j].pos_ == "PROPN" and not w[:1].islower()
        ):
            pos.append("PROPN")
            tags.append("NNP")
            lemmas.append(w)
        else:
            orig: Token = toks[j]
            noun = orig.pos_ not in ("ADJ",) or b.deps[j] in ("nsubj", "dobj", "pobj")
            pos.append("NOUN" if noun else "ADJ")
            tags.append(("NNS" if w.endswith("s") and not w.endswith("ss") else "NN") if noun else "JJ")
            lemmas.append(orig.lemma_.lower() if noun else w.lower())
    spaces = [bool(t.whitespace_) for t in toks]
    try:
        return Doc(doc.vocab, words=words, spaces=spaces, heads=b.heads, deps=b.deps, pos=pos, tags=tags, lemmas=lemmas)
    except ValueError:
        return None
