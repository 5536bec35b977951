"""Headline handling: Title Case brought to sentence case, the source after a colon cut off, and the verbless
"Z in control of X" read, so the parser and the frames see a headline as a sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from townwatch_extract.frames import Frame, PlaceRef, place_refs
from townwatch_extract.handover import handover_frames
from townwatch_extract.headline_circumstance import circumstance_frames
from townwatch_extract.headline_control import bare_control
from townwatch_extract.headline_fall import headline_falls
from townwatch_extract.headline_nominal import nominal_headline_frames
from townwatch_extract.headline_retreat import headline_retreats
from townwatch_extract.headline_victory import headline_victories
from townwatch_extract.lexicon import (
    CAPITALISED_OBJECT_FORMS,
    CELEBRATION_WORDS,
    FREED_OF_THINGS,
    PARTIAL_NOUNS,
    PLACE_NOUNS,
    SETTLED,
    STRONG_FORMS,
    WEAK_FORMS,
    TriggerClass,
)
from townwatch_extract.modality import SAY_VERBS
from townwatch_extract.syntax import prep_objects
from townwatch_extract.welcome import celebrates_other, undone
from townwatch_gazetteer.countries import country_capital, country_codes

__all__ = [
    "BARE_PARTICIPLE", "CONTROL_HEADLINE", "HEADLINE_LOWER", "answered_part", "colon_place_last", "colon_speaker", "crosses_clause",
    "explainer", "headline_frames", "headline_text", "sentence_case", "telegraphic_participle",
]

# "Iraqi forces retake Ramadi from Islamic State: PM", "... - officials", "... — state TV": a short tail naming the
# source. The words of the tail hold no trigger ("...: Russia takes Bakhmut" is not a source).
# ("... of Palma- Mozambique Gov": a dash glued to the town, then a blank, sets off the source as a spaced one does)
_SOURCE_TAIL = re.compile(r"(?:\s*:\s+|\s+[-—–]+\s*|(?<=[a-z])[-—–]\s+)(\S+(?:\s+\S+){0,4})\s*$")  # "... -information minister" too
_TAIL_WORDS = frozenset(w for f in STRONG_FORMS for w in f.split()) | frozenset(WEAK_FORMS) | {"retaken", "retake", "retakes", "enter"}
# ... by its verbs, not by the small words of the phrases ("- UK Ministry of Defence", ": head of the army" are sources)
_TAIL_VERB_WORDS = _TAIL_WORDS - {"a", "the", "of", "in", "into", "to", "its", "their", "is", "are", "against", "under", "up", "full", "way"}
SAY_VERB_FORMS = frozenset("say says said claim claims claimed".split())  # "Rebels say: we took Goma" keeps its speaker
# a kicker before a colon is blanked unless it holds a verb of the change ("Rebels take Goma: UN") or a saying verb;
# the phrases' function words are no verb ("Democratic Republic of the Congo: M23 rebels seize Bukavu")
# (and the verbs that take a bare town: "US forces secure Karbala: report", "Islamists flee Gao: residents" are a clause
# and its source, not a label and its story)
_HEAD_VERB_WORDS = (
    (_TAIL_WORDS - {"a", "the", "of", "its", "to", "into", "up", "out", "over", "back", "full", "way"}) | SAY_VERB_FORMS
    | CAPITALISED_OBJECT_FORMS
)
# up to "Democratic Republic of the Congo:"; "Masisi (DRC) :" with a space before its colon
_SOURCE_HEAD = re.compile(r"^\s*(\S+(?:\s+\S+){0,4})\s?:\s+(?=\S)")
# "Yemen – Giants Brigades free X", "DR Congo - M23 seize X": one to three capitalised words before a spaced dash
_DASH_HEAD = re.compile(r"^\s*([A-Z][\w'’.]*(?:\s+[A-Z(][\w'’.)]*){0,2})\s+[-—–]+\s+(?=\S)")
# a spaced dash opening a clause of its own: a capitalised word then a verb of being or having within two words
# a verbless headline's capture noun ("Fall of X: ...", headline_nominal): what follows a colon is no source
_NOMINAL_HEAD = re.compile(r"\W*(?:the\s+)?(?:fall|capture|recapture|retaking|liberation|seizure|takeover|reconquest)\s+of\b", re.I)
_CLAUSE_DASH = re.compile(r"(?<=\w) [-–—] (?=[A-Z]\w*(?: \w+)? (?:is|are|was|were|has|have|had|says?|said)\b)")
# "Taliban in control of Ghazni": the verbless headline of a new holder (prefilter form for titles).
# "Rebels claim they now control X": a side's word that it holds a place now.
CONTROL_HEADLINE = re.compile(
    r"\bin (?:full |complete |total )?control (?:of|over)\b|\b(?:claims?|says?) (?:it|they) now controls?\b"
    r"|\bdeclares? (?:full |complete |total )?control (?:of|over)\b|\bclaims?\s|\bin (?:the )?(?:[\w'’-]+ ){0,3}hands\b|\bin the grip of\b"
    r"|\bunder (?:[\w'’-]+ ){1,3}control\b|\bunder control of\b|\b(?:fully|completely|totally|entirely) controls?\b"
    # a bare present before a name or a share of it ("Rebels control most of X", "Army controls the town of X"; read
    # by ``headline_control.bare_control``)
    r"|\bcontrols?\s+(?:['‘’\"]?(?:most|much|half|parts?|all|the\s+(?:city|town|village|district))\s+of['‘’\"]?\s+)?(?-i:[A-Z])"
    # a handover pair ("re-enter X after Y leave", "return to X as Z retreat"): read by ``handover.py``
    r"|\b(?:re-?enters?|returns? to|controls?)\b.*\b(?:after|as|following)\b.*\b(?:leaves?|left|retreats?|withdraws?|withdrew|withdrawal)\b",
    re.I,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_STILL = frozenset({"still", "remain", "remains", "remained"})
_FUNCTION = frozenset(
    """a an the of to from in on at by for with after as and or but into over out back near amid says say said
    is are was were has have had be been its their his her it they after before against under forces troops army
    militants rebels fighters soldiers control key strategic last government military militia militias border
    struggle struggles fail fails vow vows plan plans try tries seek seeks aim aims bid set poised launch launches
    attempt attempts prepare prepares push pushes threaten threatens close closes near nears advance advances
    oil gas terminal terminals field fields camp historic town city village district held controls claimed briefly
    full regain retake retakes recapture recaptures captures capture seize seizes falls fall take takes claim claims
    claim says pull pulls withdraw withdraws drive drives oust ousts
    major main vital crucial important large largest big biggest huge""".split()
)
# (session 42: a Title Case line's "Seize Major Army Base", "Retakes Main Power Plant": a rank, never a town's name)
# units of an area or a distance ("Ukraine Retook 6,000 Sq Km of Territory"): never a town's name
_UNITS = frozenset("sq km kms kilometres kilometers kilometre kilometer miles hectares acres".split())
_LOWER = _FUNCTION | _UNITS | PLACE_NOUNS | PARTIAL_NOUNS | {f for f in STRONG_FORMS if " " not in f} | set(WEAK_FORMS)
HEADLINE_LOWER = frozenset(_LOWER)
"""Words a headline writes in lower case even when a place bears their name."""


def sentence_case(text: str) -> str:
    """Lower-case known common words of a Title Case line; other lines come back unchanged (same length)."""
    words = _WORD.findall(text)
    long_words = [w for w in words if len(w) > 3]
    # a short line ("El Fasher Falls to RSF", "Ramadi Captured by IS") is Title Case only when every long word is
    if len(long_words) < 2 or sum(w[0].isupper() for w in long_words) / len(long_words) < (0.75 if len(long_words) > 2 else 1):
        return text
    first = True

    def repl(m: re.Match[str]) -> str:
        nonlocal first
        word = m.group(0)
        keep = first
        first = False
        low = word.lower()
        if not keep and low in _LOWER and not word.isupper():
            return low
        return word

    return _WORD.sub(repl, text)


# Scare quotes around a headline's words ("Syrian army 'recaptures' Palmyra"): dropped (the length kept by blanks at the
# end); a pair only, so an apostrophe ("Syria's", "rebels' gains") stays.
_SCARE_QUOTES = re.compile(r"(?<![A-Za-z])['‘\"“]([A-Za-z][^'‘’\"“”]{0,80}?)['’\"”](?![A-Za-z])")


# "Libyan forces re-take Sirte", "troops re-capture Ramadi": the hyphen splits the verb for the parser; joined.
_RE_HYPHEN = re.compile(r"\b(re)-(?=(?:take|took|taken|taking|capture|captur|claim|gain|occup|enter)[a-z]*\b)", re.I)


# "Kunduz: Taliban take control of third Afghan provincial capital": the town is named only before the colon, and the
# rest ends on the common noun that stands for it.
_UNNAMED_PLACE_END = re.compile(r"\b(?:capital|city|town|village|stronghold)\s*$", re.I)
_UNNAMED_PLACE_CLAUSE = re.compile(r"\b(?:capital|city|town|village|stronghold)(?=\s+(?:as|after|amid|following|while)\s)", re.I)


# what a held town's line says after its label: "now under Z control", "in Z hands", "back in the hands of Z"
_HELD_NOW = re.compile(r"(?:(?:now|back|finally|fully|again|once again)\s+)*(?:under\s|in\s+(?:\S+\s+){0,2}hands\b)", re.I)


def _kicker(text: str) -> re.Match[str] | None:
    """The label a headline opens on before its colon ("Somalia: ...", "Masisi (DRC) : ...") or, with no colon head,
    before a spaced dash ("Yemen – ...")."""
    return _SOURCE_HEAD.match(text) or _DASH_HEAD.match(text)


def colon_place_last(text: str, is_town: Callable[[str], bool]) -> str:
    """A headline whose town is named only before its colon (or a spaced dash), and whose rest ends on "capital",
    "city" or "town", rewritten with the town last ("Taliban take control of third Afghan provincial capital Kunduz"),
    the length kept; any other line comes back unchanged. ``is_town`` says whether a name is a known town (no country,
    no side)."""
    head = _kicker(text)
    if head is None:
        return text
    name, rest = head.group(1).strip(), text[head.end():].rstrip()
    clause = _UNNAMED_PLACE_CLAUSE.search(rest)
    if not name[:1].isupper() or not (_UNNAMED_PLACE_END.search(rest) or clause) or not is_town(name):
        return text
    # "Lalibela: government forces recapture town as Fano forces withdraw": the name after the noun, before the clause
    moved = f"{rest} {name}" if clause is None else f"{rest[: clause.end()]} {name}{rest[clause.end() :]}"
    return moved + " " * (len(text) - len(moved))


def headline_text(text: str) -> str:
    """The headline without its source: after a colon or dash at its end ("...: PM"), or before a colon at its start
    ("State TV: ...", "Somalia: ..."), blanked to spaces so the length holds; scare quotes and a "re-" hyphen dropped."""
    quoted = _RE_HYPHEN.sub(r"\1", _SCARE_QUOTES.sub(r"\1", text))
    text = quoted + " " * (len(text) - len(quoted))  # a blank inside would split the parse ("army  recaptures")
    head = _kicker(text)
    if head is not None and _HELD_NOW.match(text, head.end()) and head.group(1)[:1].isupper():
        # "Avdiivka: now under Russian control", "Kunduz – in Taliban hands": the label is the town held (``_in_hands``)
        text = text[: head.end(1)] + " " * (head.end() - head.end(1)) + text[head.end():]
    elif head is not None and not {w.lower().strip(".,;'’\"") for w in head.group(1).split()} & _HEAD_VERB_WORDS:
        text = " " * head.end() + text[head.end():]
    # "Taliban captures Jalalabad - Kabul is now the only major city under govt control": a spaced dash between two
    # clauses, each with its own subject, is a semicolon (read as a hyphen, "Jalalabad - Kabul" is one name taken)
    text = _CLAUSE_DASH.sub(" ; ", text)
    m = _SOURCE_TAIL.search(text)
    if m is None or m.start() < 12:
        return text
    if {w.lower().strip(".,;'’\"") for w in m.group(1).split()} & _TAIL_VERB_WORDS or _NOMINAL_HEAD.match(text):
        return text  # ("Fall of Kabul: one year on": after a verbless capture noun the tail may say it is no news)
    return text[: m.start()]


# the words that open a headline's second clause ("Celebrations as Z retakes X", "Regime withdraws as Z captures X")
_CLAUSE_BREAKS = frozenset({",", ";"})


def crosses_clause(frame: Frame) -> bool:
    """Whether a headline frame was read across two clauses, so the parse misjoined them: a side named before the
    "as" of another clause ("Celebrations as Z retakes X": the celebrations take nothing), or a place reached by an arc
    that spans the comma of two headlines run together ("Z takes control of X, W bombs Y": Y hung on "control of")."""
    trigger = frame.trigger
    side = frame.gaining
    # (a clause with a subject of its own: "after taking X" is the side's own deed; only "as" opens another's here)
    if side is not None and side.i < trigger.i and trigger.tag_ != "VBG" and any(
        t.lower_ == "as" and t.dep_ == "prep" and t.head.i == side.i and any(n.pos_ in ("PROPN", "NOUN") for n in t.doc[t.i + 1 : trigger.i])
        for t in trigger.doc[side.i + 1 : trigger.i]
    ):
        return True
    if trigger.dep_ != "ROOT":
        return False
    for ref in frame.places:
        tok = ref.token
        # a place past the comma, reached from a phrase before it ("control of X, W bombs Y": Y hung on "of")
        while tok.i > trigger.i and tok.head.i != tok.i and tok.i != trigger.i:
            if tok.dep_ in ("pobj", "nmod") and tok.head.i < tok.i and any(t.text in _CLAUSE_BREAKS for t in tok.doc[tok.head.i + 1 : tok.i]):
                return True
            tok = tok.head
    return False


# "Russia captures Lyman, will Putin push on?", "Taliban take Kabul: what happens next?": a report, then the question
# it raises; "Taliban take Kabul?" and "Will Sudan's RSF take X? ..." report nothing.
_QUESTION_WORDS = r"(?:what|why|how|who|whom|where|when|which|will|would|can|could|should|is|are|was|were|does|do|did|has|have)\b"
_QUESTION_TAIL = re.compile(r"(?:\s*:\s+|\s+[-—–]+\s+|,\s+)" + _QUESTION_WORDS + r"[^?]*\?\W*$", re.I)
_QUESTION_OPEN = re.compile(r"\W*" + _QUESTION_WORDS, re.I)


# "Russian forces capture X: strategic gain or temporary win?", "Rebels take X - a turning point?": a report, then a
# verbless question on what it means (a question that holds a verb of the change asks whether it happened:
# "X: captured by rebels or not?")
_QUESTION_SUBTITLE = re.compile(r"(?:\s*:\s+|\s+[-—–]+\s+)([^:?|]*)\?\W*$")
# the verb forms that make such a question ask for the change itself ("gain", "win", "control" are its nouns too)
_ASKING_WORDS = _HEAD_VERB_WORDS - frozenset("gain gains win wins control fall capture takeover seizure liberation withdrawal".split())


def answered_part(title: str) -> str:
    """A headline with a question mark cut to the report before the question it ends on; "" when the line itself asks."""
    m = _QUESTION_TAIL.search(title)
    if m is None and (m := _QUESTION_SUBTITLE.search(title)) is not None and (
        {w.lower().strip(".,;'’\"") for w in m.group(1).split()} & _ASKING_WORDS or m.start() < 12
    ):
        m = None
    if m is None or "?" in title[: m.start()] or _QUESTION_OPEN.match(title):
        return ""
    return title[: m.start()]


# "How the Taliban took Kunduz", "What the fall of Avdiivka means for Ukraine", "Why Bakhmut fell": a line that opens
# on a question word and asks nothing explains a change already told; it reports none ("What we know: Z seize X" still
# reports, after its colon)
_EXPLAINER = re.compile(r"^\W*(?:how|why|what|who|where|when)\s+(?!(?:is|are|was|were|will|would|did|does|do)\b)[^:|]*$", re.I)


def explainer(title: str) -> bool:
    """Whether a headline (with no question mark) opens on a question word and explains rather than reports (also
    before a colon whose rest tells no change: "What Z's capture of X means for Y: a special edition")."""
    head, colon, rest = title.partition(":")
    return _EXPLAINER.match(title) is not None or (
        bool(colon) and _EXPLAINER.match(head) is not None and not {w.lower().strip(".,;'’\"") for w in rest.split()} & _HEAD_VERB_WORDS
    )


def colon_speaker(text: str) -> str | None:
    """"Islamic State: We have taken Ramadi": the words before a headline's colon when the rest opens on "we" (the side
    the wire names before its quote)."""
    head = _SOURCE_HEAD.match(text)
    if head is None or not re.match(r"\s*we\b", text[head.end() :], re.I):
        return None
    return head.group(1)


def headline_frames(doc: Doc) -> list[Frame]:
    """"Taliban in control of Ghazni", "Houthis in full control of Sanaa": a headline with no verb, whose subject is
    named as now holding the place."""
    out: list[Frame] = []
    for control in doc:
        if control.lower_ != "control" or control.dep_ != "pobj" or control.head.lower_ != "in":
            continue
        if any(t.lower_ in _STILL for t in control.doc[max(0, control.i - 5) : control.i]):
            continue  # "Rebels still in control of Raqqa": who holds it now, not a change
        holder = control.head.head
        # "Israel now in control of Khan Younis centre(, army says)": the parse gives "in" a subject of its own, at the
        # root or under the source's verb
        own = next((c for c in control.head.children if c.dep_ == "nsubj"), None)
        if own is not None and (control.head.dep_ == "ROOT" or holder.lemma_.lower() in SAY_VERBS):
            holder = own
        elif holder.lemma_.lower() in SAY_VERBS and control.head.dep_ == "prep":
            # "Islamic State says in full control of Palmyra": the speaker is the holder
            holder = next((c for c in holder.children if c.dep_ == "nsubj"), holder)
        if holder.pos_ not in ("PROPN", "NOUN") or not (
            holder.dep_ == "ROOT" or (own is not None and holder.i == own.i)
            or (holder.head.lemma_.lower() in SAY_VERBS and holder.dep_ in ("nsubj", "ccomp", "dobj", "dep"))
        ):
            continue  # "Taliban in control of Ghazni, officials say"; never "talks in control of..." under another verb
        places = [r for o in prep_objects(control, ("of", "over")) for r in place_refs(o)]
        if places:
            out.append(Frame(control, TriggerClass.GAIN, "active", places=places, gaining=holder, needs_known=True))
    out.extend(_said_participles(doc))
    out.extend(_reported_participles(doc))
    out.extend(_claimed_control(doc))
    out.extend(_in_hands(doc))
    out.extend(_declared_liberated(doc))
    out.extend(_announced_capture(doc))
    out.extend(_fallen_stronghold(doc))
    out.extend(_celebrated_in(doc))
    out.extend(_welcomed_arrival(doc))
    out.extend(handover_frames(doc))
    out.extend(_fully_controlled(doc))
    out.extend(nominal_headline_frames(doc))
    out.extend(headline_falls(doc))
    out.extend(headline_retreats(doc))
    out.extend(headline_victories(doc))
    out.extend(circumstance_frames(doc))
    return out


_FULLY = frozenset({"fully", "completely", "totally", "entirely"})


def _fully_controlled(doc: Doc) -> list[Frame]:
    """"Turkish sources: armed factions fully control Manbij": a headline's present "fully control X" tells the taking
    completed (a story's "the army fully controls the city" is read as a status by the control frames); so does a
    bare present a headline tells as news (``headline_control.bare_control``)."""
    out: list[Frame] = []
    for verb in doc:
        if verb.lower_ not in ("control", "controls") or verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ") or not (
            verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SAY_VERBS)
        ):
            continue
        if not (any(c.dep_ == "advmod" and c.lower_ in _FULLY for c in verb.children) or bare_control(verb)) or any(
            c.dep_ in ("neg", "aux") or c.lower_ in _STILL for c in verb.children
        ):
            continue  # "still fully control X", "could fully control X": a hold or a prospect
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        places = [r for o in verb.children if o.dep_ == "dobj" for r in place_refs(o)]
        if subject is not None and places:
            out.append(Frame(verb, TriggerClass.GAIN, "active", places=places, gaining=subject, needs_known=True))
    return out


# the crowd that celebrates names no side ("Residents celebrate in liberated X")
_CROWDS = frozenset("residents people crowds locals civilians villagers families thousands hundreds".split())
_JUST_TAKEN = frozenset("captured liberated recaptured retaken freed seized".split())
# what a celebration's object may be when it celebrates the capture itself ("celebrate victory in liberated X")
_WON_THINGS = frozenset("victory win liberation capture recapture freedom triumph".split())


def _celebrated_in(doc: Doc) -> list[Frame]:
    """"Syria rebels celebrate in captured Homs", "Ukrainians rejoice in liberated Izium after Russian forces retreat":
    a celebration in a town the line calls just taken; the side that celebrates took it (a crowd names no side)."""
    out: list[Frame] = []
    for head in doc:
        if head.lower_ not in CELEBRATION_WORDS:
            continue
        for town in prep_objects(head, ("in",)):
            if any(c.dep_ == "dobj" and c.i < town.i and c.lemma_.lower() not in _WON_THINGS for c in head.children):
                continue  # "Kurds celebrate Nowruz in liberated Kobane", "celebrate Eid in liberated X": a feast, no capture
            # the participle opens the town's phrase ("in recaptured Wad Madani")
            taken = next((c for c in town.children if c.dep_ == "amod" and c.lower_ in _JUST_TAKEN and c.i == town.left_edge.i), None)
            if taken is None or not town.text[:1].isupper():
                continue
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            gaining = subject if subject is not None and subject.lower_ not in _CROWDS else None
            out.append(Frame(taken, TriggerClass.GAIN, "active", places=place_refs(town) or [PlaceRef(town)], gaining=gaining))
    return out


# A headline's welcome of a side in a town: "Cheers in X as Z troops arrive", "Jubilation in X as rebels roll in",
# "Cheering crowds in X greet Z soldiers", "Z soldiers entering X are greeted with joy", "Celebration in X after Z
# evacuation" (wire, broadcast and agency headlines of Timbuktu 2013, Kherson 2022, Aleppo 2016; the cheer, the town
# after its "in", the side arriving, greeted or leaving). The welcome is the capture it reports, as a story's "residents
# cheered as the troops entered" is (welcome.py). Never a homecoming, a parade, a team, the dead brought home, aid or
# a raid; never a country's own capital, where troops arriving are an ally's help or a parade ("Cheers in Bamako as
# French troops arrive"); never a question, a prospect or a negation.
_CHEERS = CELEBRATION_WORDS | {"jubilant", "joy", "euphoria"}
_ARMED_ARRIVERS = frozenset("troops soldiers forces fighters rebels army militiamen tanks columns convoy convoys".split())
_ARRIVING = frozenset("arrive enter roll march sweep move reach pour".split())
_GREETING = frozenset("greet welcome hail cheer embrace hug salute".split())
# a side's leaving the cheer comes after ("after rebel evacuation", "as Russian withdrawal ends")
_LEAVING_NOUNS = frozenset("evacuation withdrawal pullout pull-out retreat departure exit flight".split())
# what the line welcomes that is no side taking the town
_NOT_ARRIVAL = frozenset(
    """home back return returns returning returned homecoming parade parades funeral funerals bodies body coffins wounded
    team squad players athletes fans aid peacekeepers monitors observers inspectors exercise exercises drill drills
    training food supplies reinforcements leave leaves left withdraw withdraws pull pulls depart departs could may might
    will would should not no never vow vows hope hopes civilians residents families refugees evacuees""".split()
)


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    """Every country's capital, folded ("bamako", "kabul"): a town whose welcome of troops is no capture."""
    return frozenset(name.casefold() for cc in set(country_codes().values()) if (name := country_capital(cc)))


def _welcome_town(tok: Token) -> bool:
    """Whether ``tok`` can be the town a headline's welcome is in: a capitalised name, never a national capital."""
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") and tok.text.casefold() not in _capital_names()


def _welcomed_arrival(doc: Doc) -> list[Frame]:
    """"Cheers in Timbuktu as Malian troops arrive", "Cheering crowds in Kherson greet Ukrainian troops", "Ukrainian
    soldiers entering Kherson are greeted with joy": a headline whose armed side arrives in a named town to its
    people's cheers took the town; "Celebration in Aleppo after rebel evacuation": the side that left lost it."""
    words = [t for t in doc if not (t.is_space or t.is_punct)]
    if "?" in doc.text or any(t.lower_ in _NOT_ARRIVAL for t in words) or celebrates_other(doc.text):
        return []
    if not any(t.lower_ in _CHEERS or (t.lemma_.lower() in _GREETING and t.pos_ == "VERB") for t in words):
        return []
    left = undone(doc.text)  # an arrival undone ("arrive, then retreat"), or a leaving the cheer is after
    greeted = None if left else _greeted_entry(doc)
    if greeted is not None:
        return [greeted]
    cheer = next((t for t in words if t.lower_ in _CHEERS), None)
    # the town: the capitalised object of the first "in" after the cheer (on the cheer, its crowd, or the verb)
    town = None if cheer is None else next((doc[t.i + 1] for t in doc[cheer.i : cheer.i + 4] if t.lower_ == "in" and t.i + 1 < len(doc)), None)
    if town is None or not _welcome_town(town):
        return []
    refs = [r for r in place_refs(town) if not r.anaphor] or [PlaceRef(town)]
    for armed in doc[town.i + 1 :]:
        if armed.lower_ in _LEAVING_NOUNS and armed.dep_ == "pobj" and armed.head.lower_ in ("after", "following"):
            # "Celebration prevails in Aleppo after rebel evacuation": the leaving side's word on the noun
            side = next((c for c in armed.children if c.dep_ in ("amod", "compound", "poss") and c.i < armed.i), None)
            if side is None:
                break
            return [Frame(armed, TriggerClass.LOSE, "nominal", places=refs, losing=side, nominal=True, needs_known=True)]
        if armed.lower_ not in _ARMED_ARRIVERS or left:
            continue
        before = doc[town.i + 1 : armed.i]
        verb = next((t for t in before if t.lemma_.lower() in _GREETING and t.pos_ == "VERB"), None)
        if verb is None and any(t.lower_ == "as" for t in before):
            # "as Z troops arrive", "as rebels roll in": the arrival right after the armed noun
            verb = next((t for t in doc[armed.i + 1 : armed.i + 3] if t.lemma_.lower() in _ARRIVING), None)
        if verb is None:
            break
        # the side: the armed noun with its own words ("Ukrainian troops"); a pair the parse split ("Malian, French
        # troops": "Malian" hung elsewhere) names no one side
        opening = verb.i if verb.i < armed.i else next(t.i for t in before if t.lower_ == "as")
        if any(t.text[:1].isupper() and t not in armed.subtree for t in doc[opening + 1 : armed.i]):
            break
        return [Frame(verb, TriggerClass.GAIN, "active", places=refs, gaining=armed, needs_known=True)]
    return []


def _greeted_entry(doc: Doc) -> Frame | None:
    """"Ukrainian soldiers entering Kherson are greeted with joy": an armed side, entering a named town, greeted."""
    for armed in doc:
        if armed.lower_ not in _ARMED_ARRIVERS or armed.dep_ != "nsubjpass" or armed.head.lemma_.lower() not in _GREETING:
            continue
        for verb in armed.children:
            if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in _ARRIVING:
                continue
            towns = [o for o in verb.children if o.dep_ == "dobj"] + prep_objects(verb, ("in", "into"))
            for town in towns:
                if _welcome_town(town):
                    refs = [r for r in place_refs(town) if not r.anaphor] or [PlaceRef(town)]
                    return Frame(verb, TriggerClass.GAIN, "active", places=refs, gaining=armed, needs_known=True)
    return None


def _fallen_stronghold(doc: Doc) -> list[Frame]:
    """"Al Shabaab stronghold Kismayo falls", "Islamic State stronghold of Raqqa falls": a town named as a side's
    stronghold that falls, to nobody named; the side whose stronghold it was lost it."""
    out: list[Frame] = []
    for tok in doc:
        if tok.lower_ not in ("falls", "fell", "fallen") or tok.dep_ != "ROOT" or any(
            c.dep_ in ("prep", "acomp", "xcomp", "dobj", "npadvmod") for c in tok.children
        ):
            continue  # "falls to Z" is read by the frames; "falls silent", "falls 5 percent" are no capture
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        stronghold: Token | None
        if subj.lower_ == "stronghold":  # "Islamic State stronghold of Raqqa falls"
            stronghold, names = subj, prep_objects(subj, ("of",))
        else:  # "Al Shabaab stronghold Kismayo falls"
            stronghold = next((c for c in subj.children if c.dep_ == "compound" and c.lower_ == "stronghold"), None)
            names = [subj] if subj.pos_ == "PROPN" else []
        if stronghold is None or not names:
            continue
        owners = [
            c for c in (*stronghold.children, *subj.children)
            if c.i < stronghold.i and c.dep_ in ("compound", "nmod", "amod", "nsubj", "poss") and c.text[:1].isupper()
        ]  # the parser hangs "Al Shabaab" on the stronghold or on the town
        owner = max(owners, key=lambda c: c.i) if owners else None
        places = [r for n in names for r in place_refs(n)]
        if owner is not None and places:
            out.append(Frame(tok, TriggerClass.LOSE, "active", places=places, losing=owner, needs_known=True))
    return out


_CAPTURE_WORDS = frozenset({"recapture", "capture", "liberation", "takeover"})
_ANNOUNCE = frozenset({"announce", "confirm", "claim"})


def _announced_capture(doc: Doc) -> list[Frame]:
    """"Syrian army announces recapture of Palmyra from Islamic State": the small model reads a headline's bare
    "recapture" as an adjective; who announces the capture of a town took it."""
    out: list[Frame] = []
    for tok in doc:
        if tok.lower_ not in _CAPTURE_WORDS or tok.pos_ != "ADJ" or tok.dep_ not in ("acomp", "dobj", "oprd"):
            continue
        verb = tok.head
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        places = [r for o in prep_objects(tok, ("of",)) for r in place_refs(o)]
        if any(t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 :]):
            continue  # "announces recapture of Palmyra is near": a prediction, the capture is another verb's subject
        if verb.lemma_.lower() in _ANNOUNCE and speaker is not None and places:
            losing = next(iter(prep_objects(tok, ("from",))), None)
            out.append(Frame(tok, TriggerClass.GAIN, "active", places=places, gaining=speaker, losing=losing, needs_known=True))
    return out


_FULL = frozenset({"full", "complete", "total"})
_SELF = frozenset({"it", "they", "we"})


def _claimed_control(doc: Doc) -> list[Frame]:
    """"Russian claims full control of Ukraine's Avdiivka town" (the small model reads "claims" as a noun), "Russia
    says it has full control over Ukrainian town of Avdiivka", "Resistance claims it now controls Myawaddy border
    town": a side that says it now holds the place."""
    out: list[Frame] = []
    for tok in doc:
        head, holder, places = tok.head, None, []
        if tok.lower_ == "control" and tok.dep_ == "dobj":
            places = [r for o in prep_objects(tok, ("of", "over")) for r in place_refs(o)]
            if head.lower_ in ("claims", "claim") and head.pos_ == "NOUN" and head.dep_ == "ROOT":
                holder = next((c for c in head.children if c.dep_ in ("amod", "compound", "nsubj") and c.text[:1].isupper()), None)
            elif head.lemma_.lower() == "declare" and head.pos_ == "VERB":
                # "Ukraine declares full control of Lyman": the side that declares it holds the town (a town only:
                # never "control of Luhansk region", "of inflation")
                places = [r for r in places if r.token.head.head.i == tok.i]
                holder = next((c for c in head.children if c.dep_ == "nsubj"), None)
            elif head.lemma_.lower() == "have" and any(c.lower_ in _FULL for c in tok.children):
                holder = _said_self(head)
        elif tok.lower_ == "control" and tok.dep_ == "pobj" and tok.head.lower_ in ("as", "after") and (
            said := next((c for c in tok.children if c.dep_ == "compound" and c.lower_ in ("claims", "claim") and c.tag_ in ("VBZ", "VBP")), None)
        ) is not None:
            # "Concerns high after RSF claims control of X", "Battle intensifies as RSF claims control of X": after "as" or
            # "after" the small model reads the clause's verb as a compound of "control", its subject still its own
            places = [r for o in prep_objects(tok, ("of", "over")) for r in place_refs(o)]
            holder = next((c for c in said.children if c.dep_ == "nsubj" or (c.dep_ == "compound" and c.pos_ == "PROPN")), None)
        elif tok.lower_ in ("control", "capture", "seizure") and tok.dep_ == "ROOT" and (
            said := next((c for c in tok.children if c.dep_ == "compound" and c.lower_ in ("claims", "claim")), None)
        ) is not None and said.i > 0:
            # "Al-Shabaab claims control of X", "RSF claims seizure of X": the whole line read as one noun phrase, the
            # side a compound before "claims"
            places = [r for o in prep_objects(tok, ("of", "over")) for r in place_refs(o)]
            side = doc[said.i - 1]
            holder = side if side.head.i in (said.i, tok.i) and side.dep_ in ("compound", "nsubj") and side.text[:1].isupper() else None
        elif tok.lower_ in ("controls", "control") and tok.tag_ in ("VBZ", "VBP") and any(c.lower_ == "now" for c in tok.children):
            places = [r for o in tok.children if o.dep_ == "dobj" for r in place_refs(o)]
            holder = _said_self(tok)
        elif tok.lower_ == "control" and tok.tag_ == "VB" and tok.dep_ == "xcomp" and head.lower_ in ("claims", "claim") and head.dep_ == "ROOT":
            # "Russia's Wagner claims to control Ukraine's Soledar" ("claim" may be read as a noun): holding it now
            places = [r for o in tok.children if o.dep_ == "dobj" for r in place_refs(o) if r.token.i == o.i or o.lemma_.lower() in _TOWN_NOUNS]
            holder = next((c for c in head.children if c.dep_ == "nsubj"), None)
        elif _claim_verb(tok) and tok.dep_ == "ROOT" and not any(
            t.lower_ == "as" and t.dep_ == "prep" and t.head.i in (tok.i, *(o.i for o in tok.children if o.dep_ == "dobj")) for t in doc
        ):
            # "Wagner Group claims strategic Ukrainian town of Soledar", "Russia claims Krasnohorivka": the town is
            # what is claimed (never "claims Kabul attack", whose object is the deed, nor "claims X as its capital",
            # a claim of sovereignty)
            # ("Al-Shabaab claims Baidoa": the small model may hang a bare name on the verb as a noun-phrase adverb)
            places = [
                r for o in tok.children
                if (o.dep_ == "dobj" or (o.dep_ == "npadvmod" and o.pos_ == "PROPN" and o.i == len(o.doc) - 1)) and not o.lower_.endswith("s'")
                for r in place_refs(o) if r.token.i == o.i or o.lemma_.lower() in _TOWN_NOUNS
            ]
            holder = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if holder is not None and places:
            out.append(Frame(tok, TriggerClass.GAIN, "active", places=places, gaining=holder, needs_known=True))
    return out


_TOWN_NOUNS = SETTLED | {"settlement"}  # "claims the town of X"; never "X region"
# lower-case nouns a town's line may write after its name ("Lalibela World Heritage site under ...")
_NAMED_SITES = frozenset("site airport base city town port".split())


def _claim_verb(tok: Token) -> bool:
    """A headline's present "claims"/"claim" read as the verb it is."""
    return tok.lower_ in ("claims", "claim") and tok.pos_ == "VERB" and tok.tag_ in ("VBZ", "VBP")


# "Kunduz in Taliban hands", "Ramadi in the hands of Islamic State", "Mosul back in Iraqi hands": a town that opens the
# line, now held by the side whose hands it is in.
# "Toretsk under Russian control", "Lalibela once again under Ethiopian army control as Fano retreat": the same line
# with the holder's control instead of its hands.
_HANDS_LEAD = frozenset({"back", "now", "firmly", "fully", "completely", "entirely", "finally", "once", "again"})
# "Nyala in the grip of the RSF": a grip as a side's hands (a holder that names no armed side, "in the grip of
# cholera", is no side: the frame needs a known one)
_HELD_BY = {"hands": "in", "control": "under", "grip": "in"}
_SHARE_LEAD = frozenset({"most", "much", "part", "parts", "half"})
# the present of a speaker before the town ("Army says X back under government control"; never "denies", "doubts")
_LEAD_SAYING = frozenset({"says", "say", "claims", "claim", "announces", "declares", "confirms"})
# how much of the share ("Considerable part of X under control of Z", "A large part of X in Z hands"; heads31)
_SHARE_SIZE = frozenset("a considerable large larger significant big bigger greater major substantial".split())
# a lead word that leaves part of the town held: "X mostly under control of Z", "X almost entirely in Z hands" (heads31)
_PARTLY_LEAD = frozenset({"mostly", "largely", "almost", "nearly", "partly", "partially"})
# the words between a town's region and its name ("Tigray's regional capital Mekelle", "Sennar state capital Singa")
_TOWN_KIND = frozenset("regional provincial state district capital city town key strategic".split())
# the generic noun of a holder named by its country ("Ethiopian army control"): the country word names the side
_HOLDER_NOUNS = frozenset({"army", "military", "government", "forces", "troops", "rebel", "rebels", "militia", "fighters"})


_SPANS = frozenset("year years month months week weeks decade decades come".split())


def _lasting_after(hands: Token) -> bool:
    """Whether the hold is told with its span after it: "for three years", "for years to come", "until 2017" (never
    "for the first time in three years": the change)."""
    after = list(hands.doc[hands.i + 1 : hands.i + 8])
    for n, t in enumerate(after):
        if t.lower_ == "until":
            return True
        if t.lower_ == "for" and n + 1 < len(after) and after[n + 1].lower_ not in ("first", "the"):
            if any(u.lower_ in _SPANS for u in after[n + 1 : n + 5]):
                return True
    return False


def _in_hands(doc: Doc) -> list[Frame]:
    out: list[Frame] = []
    for hands in doc:
        if hands.lower_ not in _HELD_BY:
            continue
        prep = _HELD_BY[hands.lower_]
        at = hands.i - 1
        while at >= 0 and doc[at].lower_ != prep and hands.i - at <= 4:
            at -= 1
        if at < 1 or doc[at].lower_ != prep:
            continue
        start = at - 1
        share = None  # "Mekelle now 100% under control of Z", 'X "100%" under control': how much of the town
        partly = False
        while start >= 0 and (doc[start].lower_ in _HANDS_LEAD | _PARTLY_LEAD or doc[start].text in ("%", '"') or doc[start].lower_ == "percent" or doc[start].is_space
                              or (doc[start].like_num and start + 1 < at and doc[start + 1].text in ("%", "percent"))):
            if doc[start].like_num:
                share = doc[start].text
            partly = partly or doc[start].lower_ in _PARTLY_LEAD
            start -= 1
        name = doc[: start + 1]
        colon = next((t.i for t in reversed(name) if t.text in (":", ".")), None)
        if colon is not None and colon + 1 < len(name):
            name = doc[colon + 1 : start + 1]  # "Afghanistan: Sangin almost entirely in Taliban hands" (read "Afghanistan. Sangin ..."): the kicker's country (heads31)
        while len(name) and name[0].is_space:
            name = name[1:]  # a source head blanked before the town ("Strategic shift: Toretsk under ...")
        if _lasting_after(hands):
            continue  # "Mosul in IS hands for three years", "X under government control for years to come": a hold
        speaker = None
        said = next((t for t in reversed(name) if t.lower_ in _LEAD_SAYING and t.i > name.start), None)
        if said is not None and said.i + 1 < name.end and doc[said.i + 1].text[:1].isupper():
            # "Syrian army says Aleppo back under government control", "Russia says Mariupol fully under its control":
            # the town after its speaker (whose own "its" / "their" control names the holder)
            speaker, name = doc[name.start : said.i], doc[said.i + 1 : name.end]
        while len(name) > 3 and name[0].lower_ in _SHARE_SIZE and (name[1].lower_ in _SHARE_SIZE | _SHARE_LEAD):
            name = name[1:]  # "Considerable part of X under control of Z": the share's size (heads31)
        most = len(name) > 2 and name[0].lower_ in _SHARE_LEAD and name[1].lower_ == "of"
        if most:
            name = name[2:]  # "Most of Laukkai now under Z control": part of the town
        if not len(name) or any(t.lower_ in _STILL for t in doc[: hands.i]) or not all(
            t.text[:1].isupper() or t.text in ("-", "al", "el", "ad", "as", "ar") or t.lower_.startswith("al-")
            or (t.i > name.start and t.lower_ in _NAMED_SITES)
            # "Tigray's regional capital Mekelle": the town named last, after its region and kind
            or (name[-1].text[:1].isupper() and t.i < name.end - 1 and (t.lower_ in _TOWN_KIND or t.tag_ == "POS")) for t in name
        ):
            continue  # "Fate of Kunduz in Taliban hands", "Raqqa still in IS hands": no news of a change
        # "Kobane under full control of Kurdish fighters": how full the control is says nothing of whose it is
        between = [t for t in doc[at + 1 : hands.i] if t.lower_ not in ("the", "their", "its", "full", "complete", "total")]
        if prep == "under" and len(between) > 1 and between[-1].lower_ in _HOLDER_NOUNS and between[-2].text[:1].isupper():
            between = between[:-1]  # "under Ethiopian army control": Ethiopia's army
        holder = between[-1] if between else next((o for o in prep_objects(hands, ("of",))), None)
        if holder is None and speaker is not None and any(t.lower_ in ("its", "their", "our") for t in doc[at + 1 : hands.i]):
            holder = speaker.root  # the speaker's own control
        if holder is None and hands.i + 2 < len(doc) and doc[hands.i + 1].lower_ == "of":
            holder = doc[hands.i + 2 :][-1]
        # a one-name line is often misread ("Ramadi" as a verb, "Mosul" as an adverb): the name is the place
        places = place_refs(name.root) if name.root.pos_ in ("PROPN", "NOUN") else [PlaceRef(name[-1])]
        if not places and name.root.lower_ in _NAMED_SITES and name[0].pos_ == "PROPN":
            places = [PlaceRef(name[0])]  # "Lalibela World Heritage site": the town the line opens on
        if most or partly or (share is not None and share != "100"):
            places = [replace(r, partial=True) for r in places]  # "Marib 60% under control of Z": part of the town
        if holder is not None and places:
            out.append(Frame(hands, TriggerClass.GAIN, "active", places=places, gaining=holder, needs_known=True))
    return out


_DECLARED_FREE = frozenset({"liberated", "freed", "recaptured", "retaken"})


def _declared_liberated(doc: Doc) -> list[Frame]:
    """"Tal Afar declared liberated from ISIS", "Mosul declared liberated": the small model reads the participle as an
    adjective the headline's "declared" governs; the town is its subject, "from Z" the side that lost it."""
    out: list[Frame] = []
    for tok in doc:
        if tok.lower_ not in _DECLARED_FREE or tok.pos_ != "ADJ" or tok.dep_ not in ("oprd", "ccomp", "acomp", "xcomp"):
            continue
        head = tok.head
        if head.lower_ != "declared" or head.dep_ != "ROOT":
            continue
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        places = place_refs(subj) if subj is not None and subj.pos_ == "PROPN" else []
        losing = next(iter(prep_objects(tok, ("from",)) or prep_objects(head, ("from",))), None)
        if losing is not None and losing.lower_ in FREED_OF_THINGS:
            continue  # "Government declares Kabul liberated from polio": no side put out
        if places:
            out.append(Frame(tok, TriggerClass.GAIN, BARE_PARTICIPLE if losing is None else "passive", places=places, losing=losing))
    return out


def _said_self(verb: Token) -> Token | None:
    """The speaker of "Z says it has ..." / "Z claims it now controls ...": the side that speaks of itself."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _SELF or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAY_VERBS:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


# "Ramadi retaken, Iraqi PM says", "Kherson liberated, Zelensky says", "Ninety percent of Falluja retaken, commander
# says": a bare participle whose place the parser hangs on it as a name, said by the side that took it.
_BARE_PARTICIPLES = frozenset("retaken recaptured liberated freed regained reclaimed captured seized".split())
# Alone, only the participles that say the place changed hands back ("retaken"), not "seized" (drugs, a ship).
_BARE_ALONE = frozenset("retaken recaptured liberated regained".split())
BARE_PARTICIPLE = "bare participle"
"""The construction of a headline participle with no side at all ("Palmyra retaken")."""


# A chronology line's telegraphic clause after its date head: "5 December - Hama captured.", "March 3: Sake seized."
# (a name and a participle, nothing else): the head says it is an event of that day, whoever took it.
_TELEGRAPHIC = _BARE_PARTICIPLES | {"taken", "overrun", "occupied", "freed"}


def telegraphic_participle(doc: Doc) -> list[Frame]:
    """"Hama captured." alone after a date head: the named place taken, no side named (``BARE_PARTICIPLE``)."""
    words = [t for t in doc if not t.is_punct and not t.is_space]
    if not 2 <= len(words) <= 4 or words[-1].lower_ not in _TELEGRAPHIC or words[-1].tag_ not in ("VBN", "VBD"):
        return []
    part = words[-1]
    names = words[:-1]
    if any(c.dep_ in ("dobj", "aux", "auxpass", "neg", "agent") for c in part.children) or not all(
        t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() for t in names  # "Homs" tagged a plural noun
    ):
        return []
    head = next((c for c in part.children if c.dep_ in ("nsubj", "nsubjpass", "compound", "npadvmod") and c.i < part.i), None)
    places = place_refs(head) if head is not None else []
    return [Frame(part, TriggerClass.GAIN, BARE_PARTICIPLE, places=places)] if places else []


# Who speaks for no side by name: an officer or an official with no country or group before the noun.
_ANONYMOUS_SPEAKERS = frozenset(
    "commander commanders general officer officers official officials spokesman spokeswoman spokesperson source sources "
    "military governor mayor police monitor witnesses residents".split()
)


def _anonymous_speaker(speaker: Token) -> bool:
    """"commander", "army commander", "officials": a speaker noun with no capitalised word that could name its side
    ("Iraqi commander" and "Kurdish officials" name theirs and stay the gaining side)."""
    return (speaker.lemma_.lower() in _ANONYMOUS_SPEAKERS or speaker.lower_ in _ANONYMOUS_SPEAKERS) and not any(
        c.text[:1].isupper() for c in speaker.children if c.dep_ in ("amod", "compound", "poss", "nmod")
    )


def _reported_participles(doc: Doc) -> list[Frame]:
    """"Berdychi reported captured", "Avdiivka reportedly captured": a place named as taken on hearsay, nobody named
    taking it (``BARE_PARTICIPLE``: only a known town of a country at war counts)."""
    out: list[Frame] = []
    for part in doc:
        if part.lower_ not in _BARE_PARTICIPLES or part.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("agent", "aux", "auxpass", "dobj", "neg") for c in part.children
        ):
            continue
        if part.dep_ == "ROOT" and any(c.dep_ == "advmod" and c.lower_ == "reportedly" for c in part.children):
            holder = part  # "Avdiivka reportedly captured"
        elif part.dep_ in ("ccomp", "xcomp", "oprd") and part.head.lower_ == "reported" and part.head.dep_ == "ROOT" and not any(
            c.dep_ in ("neg", "aux") for c in part.head.children
        ):
            holder = part.head  # "Berdychi reported captured": the parse hangs the town on "reported"
        else:
            continue
        names = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < part.i and c.text[:1].isupper() and c.pos_ not in ("PRON", "DET")]
        # a one-name line is often misread ("Bakhmut" tagged an adverb): the capitalised subject is the place
        places = [r for n in names for r in (place_refs(n) or [PlaceRef(n)])]
        if places:
            out.append(Frame(part, TriggerClass.GAIN, BARE_PARTICIPLE, places=places))
    return out


def _share_subject(subject: Token) -> Token | None:
    """The share a bare participle's subject names, read through to its town: "Most of Ramadi retaken" (the small
    model tags "Most" an adjective), a wire's "Ninety per cent of Ramadi retaken" (the number the subject, "cent" the
    object of "per") (heads27)."""
    if subject.lower_ == "most" and prep_objects(subject, ("of",)):
        return subject
    if subject.pos_ == "NUM":
        return next((c for c in prep_objects(subject, ("per",)) if c.lower_ == "cent" and prep_objects(c, ("of",))), None)
    return None


def _said_participles(doc: Doc) -> list[Frame]:
    out: list[Frame] = []
    for part in doc:
        # the small model may tag "Falluja retaken" a two-word name: a lower-case "retaken" is no proper noun
        misnamed = part.tag_ == "NNP" and part.text.islower()
        if part.lower_ not in _BARE_PARTICIPLES or (part.tag_ not in ("VBN", "VBD") and not misnamed) or any(
            c.dep_ in ("agent", "aux", "auxpass", "dobj", "neg") for c in part.children
        ):  # the small model tags "Kherson liberated, Zelensky says" VBD; no object makes it the reduced passive
            continue
        head = part.head
        partial = False
        if head.lower_ == "of" and head.head.lower_ in PARTIAL_NOUNS:  # "Ninety percent of Falluja retaken"
            partial, head = True, head.head.head
        # "Ajdabiya retaken from Gaddafi forces": a "from Z" names only the loser (a name the table lacks leaves it sideless)
        bare = head.i == part.i and part.dep_ == "ROOT" and part.lower_ in _BARE_ALONE and not any(
            c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ != "from") for c in part.children
        )
        # "Rebels say Brega retaken", "Russia says key city Bakhmut captured": the speaker before, the participle its
        # clause
        forward = head.i < part.i and part.dep_ == "ccomp" and head.lemma_.lower() in SAY_VERBS
        if not bare and (head.lemma_.lower() not in SAY_VERBS or (head.i < part.i and not forward)):
            continue
        if any(o.lower_ in FREED_OF_THINGS for o in prep_objects(part, ("from", "of"))):
            continue  # "Government declares Kabul liberated from polio": no side put out
        speaker = next((c for c in head.children if c.dep_ == "nsubj" and (c.i > part.i or (forward and c.i < head.i))), None)
        # "Mosul retaken": the small model may hang the name on the participle as a noun-phrase modifier
        subjects = [c for c in part.children if c.dep_ in ("nsubj", "nsubjpass", "compound", "npadvmod") and c.i < part.i]
        names = [
            c for c in subjects
            if c.pos_ in ("PROPN", "NOUN")
            # "Ninety percent of Ramadi retaken" (and with its source: "..., Iraqi commander says")
            and (c.text[:1].isupper() or (c.lower_ in PARTIAL_NOUNS and (bare or bool(prep_objects(c, ("of",))))))
        ]
        if not names:
            names = [share for c in subjects if (share := _share_subject(c)) is not None]  # "Most of X retaken"
        # ("Most of Ramadi retaken, army says": a share of the subject's is the town in part)
        # (the parse may hang the town on the participle, leaving the share's "of" with no object)
        partial = partial or any(
            c.lower_ in PARTIAL_NOUNS and c.dep_ == "nsubj" and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children) for c in subjects
        )
        places = [r for n in names for r in place_refs(n, partial)]
        if forward and not names:
            # "key city Bakhmut", "Ukrainian city of Bakhmut", "town of Avdiivka": the name the parser hung on the place
            # noun, read through it (an unnamed "the city" stands for no town here)
            places = [r for c in subjects if c.lower_ in PLACE_NOUNS for r in place_refs(c, partial) if not r.anaphor]
        if speaker is not None and part.lower_ in _BARE_ALONE and _anonymous_speaker(speaker):
            speaker = None  # "Falluja retaken, commander says": a voice that names no side says only that it changed
            bare = True
        if bare and places and speaker is None:
            # "Palmyra retaken", "Ninety percent of Ramadi retaken": nobody named; reported with no side
            out.append(Frame(part, TriggerClass.GAIN, BARE_PARTICIPLE, places=places, losing=next(iter(prep_objects(part, ("from",))), None)))
        elif speaker is not None and places:
            out.append(Frame(part, TriggerClass.GAIN, "passive", places=places, gaining=speaker, needs_known=True))
    return out
