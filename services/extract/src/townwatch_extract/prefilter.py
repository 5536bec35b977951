"""The prefilter: an Aho-Corasick scan for trigger forms that picks the few sentences worth parsing."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

import ahocorasick
from spacy.lang.en.stop_words import STOP_WORDS

from townwatch_extract.actors import lower_same_length
from townwatch_extract.control import PHRASE_LEMMAS
from townwatch_extract.lexicon import (
    CAPITALISED_OBJECT_FORMS,
    CAPITALS,
    INSTALLATION_NOUNS,
    NEAR_SUPPORT,
    PARSE_SWAPS,
    PLACE_NOUNS,
    REPORTED_HOLD_FORMS,
    SITE_NOUNS,
    STATUS_FORMS,
    STRONG_FORMS,
    VERB_CLASSES,
    WEAK_FORMS,
)
from townwatch_extract.modality import FINISH_HEADS, INTENT_WORDS, SAY_VERBS
from townwatch_extract.news_nominal import CONDEMNED_NOUN, OUTCOME_PHRASE
from townwatch_extract.participle_list import (
    AMONG_PARTICIPLE,
    LISTING_AFTER_PARTICIPLE,
    ONE_OF_PARTICIPLE,
)
from townwatch_extract.presupposed_nominal import PRESUPPOSED_NOUN
from townwatch_extract.sentences import Sentence, SentenceIndex
from townwatch_gazetteer.countries import country_codes, country_name

__all__ = ["Prefilter"]

_WORD = re.compile(r"\w")
_LETTERS = re.compile(r"[a-z]+")
# Words that name an armed side without a catalogue alias; a trigger sentence needs a side to yield an event.
_SIDE_WORDS = re.compile(
    r"\b(forces|force|troops|army|armies|soldiers|military|militants?|rebels?|fighters|militias?|militiamen|"
    r"paramilitar\w*|jihadists?|islamists?|insurgents?|junta|regime|separatists?|extremists?|terrorists?|gunmen|groups?|"
    r"resistance|mercenaries|guerrillas?|marines|paratroopers|servicemen|they|it|its|their|we|our|ours|government|loyalists|defenders|units|"
    r"peacekeepers|tanks|brigades?|battalions?|regiments?|divisions?|armed\s+men|commandos|police|coalition|alliance|factions?|ministry|ministries|"
    r"invaders|occupiers|"  # Ukraine's and Azerbaijan's bare words for the other side (actors.yaml)
    r"state(?=\s+(?:control|rule)))\b",  # "X was now under state control": the state's side
    re.I,
)
# A capture told in the passive with no agent: "The town of X was captured on Monday" (sideless.sideless_passive)
# (also the second of two passives: "X was attacked on Monday, and completely captured on May 18")
_SIDELESS_PASSIVE = re.compile(
    r"\b(?:was|were|been|is|are)\s+(?:(?:\w+ly|also)\s+)?(?:\w+ed\b[^.;]{0,40}?,?\s+and\s+(?:was\s+|were\s+)?(?:\w+ly\s+)?)?"
    r"(?:captured|recaptured|seized|retaken|overrun|liberated|taken\s+under\s+control)\b(?!\s+by\b)", re.I
)
# "The prime minister declared the northern city fully liberated": an object complement of a declaring verb names no
# side and still yields an event (the passive frame, its side from the article's context), so it passes like a passive.
_DECLARED_FREED = re.compile(
    r"\b(?:declared?|declares|declaring|pronounced?|pronounces|pronouncing)\s+(?:the\s+|that\s+)?[^.;]{0,40}?"
    r"\b(?:\w+ly\s+)?(?:liberated|freed|recaptured|retaken|captured)\b(?!\s+by\b)", re.I
)
# A side named only by its demonym: "returning to Ukrainian control", "in Russian hands", "the Ukrainian flag", "Russian
# retreat from X" (headline_retreat).
# "The fall of Homs cuts Damascus off": a capture noun opening its sentence as the subject of what it brings about
# names no side and still yields an event (frames.SIDELESS_NOMINAL); the same reach as news_nominal.NEWS_NOUN_REACH,
# and the place's own name before the noun ("Tal Afar's capture comes a week after ...")
_NEWS_NOUNS = r"(?:fall|capture|recapture|takeover|seizure|liberation|retaking|retake|conquest)"
_NEWS_NOUN = re.compile(
    rf"^\W*(?:[\w'’-]+\W+){{0,2}}(?:the\s+{_NEWS_NOUNS}\s+of\b|(?-i:[A-Z][\w-]*)(?:[\s-](?-i:[A-Z][\w-]*)){{0,2}}['’]s\s+{_NEWS_NOUNS}\b)",
    re.I,
)
# ... unless a modal follows the name: "The fall of X would open the road to Y" is a hypothetical, which frames drops
# after the parse (the bench corpus's war stories carry one in five: 2.7x the sentences parsed, for no event)
_NEWS_NOUN_MODAL = re.compile(r"\bof\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:would|could|might|may|will|can|should|must)\b")
_DEMONYM_HOLD = re.compile(
    r"\b[A-Z][a-z]+(?:ian|ean|ese|ish|i|an|ic)\s+(?:control|hands|flags?|seizure|capture|recapture|takeover|occupation|[Rr]etreat|[Ww]ithdrawal|[Pp]ullout)\b"
    r"|\b[A-Z][a-z]+(?:'s|’s)\s+(?:(?:national|blue-and-yellow|state)\s+)?flags?\b"  # "Ukraine's flag was flying over X again"
)
# "Kherson is once again Ukrainian", "Aleppo is Syrian again": the nation a town is again names its side
# (freed_state.nation_again_frame)
_NATION_AGAIN = re.compile(r"\b(?:is|are)\s+(?:(?:once\s+)?again\s+[A-Z][a-z]+|[A-Z][a-z]+(?:['’]s)?\s+again)\b")
# A state that speaks by its country's or capital's name ("Kyiv said the village of X had also been liberated",
# "Ukraine said on Monday X was liberated"): the passive's own side is the speaker (extractor._OWN_SIDE_VERBS)
_STATE_SPEAKER = re.compile(r"\b([A-Z][a-z]+)\s+(?:said|says|announced|declared|reported|claimed)\b")


# A side named by its country or its people alone: a monitor's "Russians occupied X", "Russia captured X", "the
# Ukrainians retook X" (the parse reads them as that state's forces; the singular adjective needs a noun, a side word)
_NATION_WORD = re.compile(r"\b[A-Z][a-z]+\b")


# "The latest to fall is Kunduz": no side in the sentence, the side named before it took the town (frames.RANKED_FALL)
_RANKED_FALL = re.compile(r"\b(?:latest|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w-]+\s+){0,3}to\s+fall\b", re.I)


# "Kunlong, where the district command sat, fell on November 12": a named town that fell, no side in the sentence
# (frames.SIDELESS_FALL)
_FELL_ALONE = re.compile(
    r"^\W*[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,3}(?:,[^.]{1,120}?,)?\s+(?:fell|falls|has\s+fallen|had\s+fallen)\s+(?:on|in|after|within|overnight|with|without)\b"
)
# "Sheberghan, the capital of Jawzjan province, has fallen. The city is in the hands of the militants": a bare fall
# that the next sentence gives a holder (frames.SIDELESS_FALL, pending; entry.fall_holder)
# (and with the speaker after it: "Ramadi has fallen, a spokesman for the governor told AP on Sunday.")
_FELL_BARE = re.compile(
    r"^\W*[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){0,3}(?:,[^.]{1,120}?,?)?\s+(?:has|have|had)\s+(?:now\s+)?fallen"
    r"(?:,\s+(?:a|an|the)\s+[^.,]{1,100}?\b(?:said|says|told|announced|confirmed)\b[^.,]{0,60})?\W*$"
)
_HELD_NEXT = re.compile(
    r"\b(?:in\s+the\s+hands\s+of|in\s+[\w-]+\s+hands|under\b[^.]{0,40}\bcontrol|(?:hold|holds|control|controls)\s+(?:it|the\s+(?:city|town|village|district))"
    # "The city was completely taken" (entry.fall_told_taken)
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:taken|captured|seized|overrun|occupied))\b",
    re.I,
)
# "5 December - Hama captured.": a chronology line's clause of a name and a participle (headline.telegraphic_participle)
_TELEGRAPHIC = re.compile(
    r"^\W*(?:[A-Z][\w'’-]*\s+){1,3}(?:captured|seized|retaken|recaptured|liberated|freed|regained|reclaimed|taken|overrun|occupied)\W*$"
)


def _nation_side(sentence: str) -> bool:
    codes = country_codes()
    for m in _NATION_WORD.finditer(sentence):
        word = m.group().casefold()
        if (cc := codes.get(word)) is not None and (
            word == (country_name(cc) or "").casefold() or (word.endswith("s") and codes.get(word[:-1]) == cc)
        ):
            return True
    return False


def _state_speaks(sentence: str) -> bool:
    return any(
        (word := m.group(1).casefold()) in CAPITALS or country_codes().get(word) is not None
        for m in _STATE_SPEAKER.finditer(sentence)
    )


# A trigger sentence must also point at a place: a capitalised word after its first, a place noun ("the town",
# "the district headquarters"), "it"/"there", or a first word the gazetteer knows ("Kidal fell ...").
_PLACE_WORDS = PLACE_NOUNS | INSTALLATION_NOUNS | SITE_NOUNS | {"it", "there", "towns", "villages", "districts", "areas"}
_FIRST_WORD = re.compile(r"[\W_]*([\w’'-]+)")
_CAPITAL = re.compile(r"\b[A-Z]")
_UPPER = re.compile(r"[A-Z]")
# A trigger whose object is a measured quantity ("seized 85 kilograms of cocaine") can never take a place.
_QUANTITY = re.compile(
    r"\s+(?:about |some |nearly |almost |over |more than |around )?\d[\d,.]*\s*(?:kilo\w*|kgs?|tonnes?|tons?|grams?|"
    r"pounds?|lbs?|litres?|liters?|gallons?|barrels?|bags?|bricks?|packets?|packages?|cartons?|containers?)\b"
)
_STRONG, _WEAK, _STATUS, _CAP = 0, 1, 2, 3
# A headline's weak forms need no support word ("Army takes Hawija", "Kherson falls", "Troops enter Kupiansk"), except
# the verbs that name no change by themselves: "Film festival announces line-up", "Forces push towards Hodeidah",
# "Government forces clear the roads" are not parsed (the bench corpus's everyday and war headlines were a third of
# its parses). "Army announces pullout from X" / "confirms pull-out of X" keep their headline support.
# ... and a verb that takes a bare town with the name a word or two on: "Rebels flee port Brega" (a title-case
# headline recased: "Port" is no name's first word then), or after a settlement noun's "of": "M23 rebels leave
# strategic town of X" (lab43 heads)
_CAP_NAMED_LATER = re.compile(
    r"(?<![\w'’-])(?i:" + "|".join(sorted(CAPITALISED_OBJECT_FORMS)) + r")\s+(?:[a-z][\w'’-]*\s+){1,2}(?:of\s+)?[A-Z]"
)
_SAYING = frozenset({"from", "out", "pullout", "withdrawal", "fall", "capture", "liberation"})
# a headline's welcome of an armed side in a town, with no verb of capture: "Cheers in X as Z troops arrive",
# "Cheering crowds in X greet Z troops", "Celebration in X after Z evacuation" (headline._welcomed_arrival reads it)
_WELCOME_TITLE = re.compile(
    r"(?i:\b(?:cheers?|cheering|celebrations?|celebrating|jubilation|jubilant|rejoicing|joy|euphoria|greeted|welcomed)\b)"
    r".{0,40}?\bin [A-Z].*(?i:\b(?:troops|soldiers|forces|fighters|rebels|army|militiamen|tanks|columns|convoys?|"
    r"evacuation|withdrawal|pull-?out|retreat|departure|exit|flight)\b)"
)
_TITLE_SUPPORTED = [
    *"""announced announces confirmed confirms push pushed pushes drive driven drives driving drove force forced forces
    forcing chased kicked flush flushed flushes rout routs clear cleared clears purged purges purging cleansed cleanses
    consolidated consolidates cemented cements redeployed repositioned controlled""".split(),
    "led to", "resulted in", "results in", "ended in", "ended with", "ends with", "culminated in", "culminated with",
    "to control", "after controlling", *REPORTED_HOLD_FORMS,  # ("Ukraine says its troops control X": reported_hold.py)
]
_TITLE_SUPPORT: dict[str, frozenset[str]] = {
    form: WEAK_FORMS[form] | (_SAYING if form.startswith(("announce", "confirm")) else frozenset()) for form in _TITLE_SUPPORTED
}


def _inflections(lemmas: frozenset[str]) -> set[str]:
    """Regular word forms of ``lemmas`` (over-generating is harmless: a form that does not exist never matches)."""
    forms: set[str] = set()
    for w in lemmas:
        forms |= {w, w + "s", w + "es", w + "ed", w + "d", w + "ing"}
        if w.endswith("e"):
            forms.add(w[:-1] + "ing")
        if w.endswith("y"):
            forms |= {w[:-1] + "ied", w[:-1] + "ies"}
        if re.search(r"[^aeiou][aeiou][bdglmnprt]$", w):
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms


_IRREGULAR = {"seek": ("sought",), "begin": ("began", "begun"), "fight": ("fought",), "drive": ("drove", "driven")}
# "a campaign to retake X", "vowed to recapture X", "is expected to fall to the rebels": the trigger's infinitive under
# one of the rules' intention words, which modality.py reads as an intent (never an event) unless a verb of result
# governs it ("managed to", "forced to"). Derived from modality's lexicon, not copied: a sentence whose only triggers
# are such infinitives is not parsed for frames (it is still read for who holds what, as a status sentence).
_INTENT_HEADS = _inflections(INTENT_WORDS - SAY_VERBS - FINISH_HEADS - {"say", "report", "believe"}) | {
    f for w, fs in _IRREGULAR.items() if w in INTENT_WORDS for f in fs
}
_INTENDED = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(_INTENT_HEADS)) + r")\s+to\s+$")
# "forces" is left out: in war news it is the noun ("Russian forces launched a campaign to retake X"), and a verb
# "forces" would need a person as its object before the "to" ("forces the army to withdraw"), never an intent word.
# "were able to retake X" is a deed, as modality.py reads it
# (and an operation told over: "completed the operation to recapture X", modality._operation_completed)
_FINISHED = re.compile(r"\b(?:" + "|".join([*sorted(_inflections(FINISH_HEADS) - {"forces"}), "was able", "were able", "been able", "completed", "concluded"]) + r")\b")
# Only a trigger read as a plain verb on itself: not a phrase frame (whose modality is read on another word, "were
# able to control X") and not a form the parser is given swapped (PARSE_SWAPS).
_PLAIN_VERBS = frozenset(VERB_CLASSES) - PHRASE_LEMMAS - {w.split("-")[0] for w in PARSE_SWAPS} - set(PARSE_SWAPS)
_CAPITALISED_NEXT = re.compile(r"[ ]+[A-Z]")
_PARTICLES = ("out", "back", "over", "up")  # separable particles only ("fell sharply to" is no split "fell to")


def _split_phrasal(forms: tuple[str, ...]) -> tuple[dict[str, set[str]], re.Pattern[str]]:
    """Two-word trigger forms whose verb and particle the text may split ("pulls troops out of", "handed
    the town back"): verb, one to three words, particle. The parser reads these; the automaton alone would not.
    Returns the verbs (each with its particles) and the tail pattern matched right after a verb."""
    verbs: dict[str, set[str]] = {}
    for form in forms:
        verb, _, particle = form.partition(" ")
        if particle in _PARTICLES:
            verbs.setdefault(verb, set()).add(particle)
    particles = sorted({p for ps in verbs.values() for p in ps})
    return verbs, re.compile(r"(?:\s+[\w'’-]+){1,3}?\s+(" + "|".join(particles) + r")\b")


class Prefilter:
    """Finds trigger forms in a text on word boundaries, in one pass."""

    def __init__(self) -> None:
        roles: dict[str, tuple[int | None, str, bool]] = {}  # word -> (trigger kind or None, form, a split verb?)
        for kind, forms in ((_STATUS, STATUS_FORMS), (_WEAK, WEAK_FORMS), (_CAP, CAPITALISED_OBJECT_FORMS), (_STRONG, STRONG_FORMS)):
            for form in forms:  # a later kind wins (weak forms among the capitalised ones keep their support words too)
                roles[form] = (kind, form, False)
        # The verbs of split phrasal forms ride in the same automaton (one pass over the text finds both; a regex
        # alternation over the whole text was the prefilter's largest cost, a second automaton pass a third of it).
        self._split_verbs, self._split_tail = _split_phrasal(STRONG_FORMS)
        for verb in self._split_verbs:
            trigger, _form, _verb = roles.get(verb, (None, verb, True))
            roles[verb] = (trigger, verb, True)
        automaton = ahocorasick.Automaton()
        for word, role in roles.items():
            automaton.add_word(word, role)
        automaton.make_automaton()
        self._automaton = automaton
        self._last: tuple[str, list[tuple[int, int, str]]] = ("", [])  # the last text's hits (has_trigger, then select)

    def _hits(self, low: str, text: str) -> list[tuple[int, int, str]]:
        last_text, last_hits = self._last
        if last_text is text or (len(last_text) == len(text) and last_text == text):
            return last_hits
        hits = []
        for end_idx, (kind, form, split_verb) in self._automaton.iter(low):
            start = end_idx - len(form) + 1
            if start > 0 and _WORD.match(low[start - 1]):
                continue
            if end_idx + 1 < len(low) and _WORD.match(low[end_idx + 1]):
                continue
            if split_verb:
                m = self._split_tail.match(low, end_idx + 1)
                if m is not None and m.group(1) in self._split_verbs[form]:
                    hits.append((start, _STRONG, f"{form} {m.group(1)}"))
            if kind == _CAP:
                if _CAPITALISED_NEXT.match(text, end_idx + 1):
                    kind = _STRONG
                elif form in WEAK_FORMS:
                    kind = _WEAK
                else:
                    continue
            if kind is not None:
                hits.append((start, kind, form))
        hits.sort()
        self._last = (text, hits)
        return hits

    def has_trigger(self, text: str) -> bool:
        """Whether any strong or weak trigger form occurs (the cheap article-level test)."""
        return any(kind != _STATUS for _s, kind, _f in self._hits(lower_same_length(text), text))

    def has_candidate(self, text: str) -> bool:
        """Whether :meth:`pick` could choose a trigger sentence of ``text``: a strong form, or a weak one whose line
        holds a support word (or a bare "fallen"). Most news has a weak form with none ("took part", "return to"):
        the article needs no sentence split, gazetteer look-up or parse (a third of such an article's CPU)."""
        low = lower_same_length(text)
        line_words: dict[int, set[str]] = {}
        return any(
            kind == _STRONG or (kind == _WEAK and (_line_supports(low, start, form, line_words) or _near_supports(low, start, form)))
            for start, kind, form in self._hits(low, text)
        )

    def title_trigger(self, title: str) -> bool:
        """Whether a headline is worth parsing: a strong form, or a weak one that a headline may use bare ("Army
        takes Hawija") or with its support word ("Army announces control of X"); "Film festival announces line-up"
        is not parsed."""
        low = lower_same_length(title)
        if _CAP_NAMED_LATER.search(title) or _WELCOME_TITLE.search(title):
            return True
        words: set[str] | None = None
        for _s, kind, form in self._hits(low, title):
            if kind == _STRONG or (kind == _WEAK and form not in _TITLE_SUPPORT):
                return True
            if kind == _WEAK:
                words = set(_LETTERS.findall(low)) if words is None else words
                if not words.isdisjoint(_TITLE_SUPPORT[form]):
                    return True
        return False

    def select(
        self, text: str, sentences: list[Sentence], has_actor: Callable[[str], bool] | None = None,
        is_place: Callable[[str], bool] | None = None,
    ) -> tuple[set[int], set[int]]:
        """Indices of (trigger sentences, status sentences) among ``sentences`` of ``text`` (see :meth:`pick`)."""
        starts = [s.start for s in sentences]
        index = {s.start: i for i, s in enumerate(sentences)}

        def locate(pos: int) -> Sentence | None:
            idx = bisect_right(starts, pos) - 1
            return sentences[idx] if idx >= 0 and pos < sentences[idx].end else None

        triggers, status = self._choose(text, locate, has_actor, is_place)
        return {index[s.start] for s in triggers}, {index[s.start] for s in status}

    def pick(
        self, text: str, sentences: SentenceIndex, has_actor: Callable[[str], bool] | None = None,
        is_place: Callable[[str], bool] | None = None,
    ) -> tuple[list[Sentence], list[Sentence]]:
        """(Trigger sentences, status sentences) of ``text`` in text order; only the lines with a hit are split.

        A trigger sentence must also name a side (an actor alias via ``has_actor``, or a generic word such as
        "troops", "rebels", "they"): without one the parser could not yield an event from it anyway. With
        ``is_place`` (the gazetteer) it must also point at a place (see ``_points_at_place``); a trigger whose
        object is a measured quantity ("seized 85 kilograms") does not count, nor an intention's infinitive
        ("a campaign to retake X"): a sentence with only those is a status sentence.
        """
        triggers, status = self._choose(text, sentences.at, has_actor, is_place)
        return sorted(triggers, key=lambda s: s.start), sorted(status, key=lambda s: s.start)

    def _choose(
        self, text: str, locate: Callable[[int], Sentence | None], has_actor: Callable[[str], bool] | None,
        is_place: Callable[[str], bool] | None,
    ) -> tuple[list[Sentence], list[Sentence]]:
        low = lower_same_length(text)
        triggers: dict[int, Sentence] = {}
        intended: dict[int, Sentence] = {}
        status: dict[int, Sentence] = {}
        # the words of each line and sentence a weak trigger was found in, split once however many triggers it has
        line_words: dict[int, set[str]] = {}
        sentence_words: dict[int, set[str]] = {}
        for start, kind, form in self._hits(low, text):
            near = kind == _WEAK and _near_supports(low, start, form)
            if kind == _WEAK and not near and not _line_supports(low, start, form, line_words):
                continue
            sent = locate(start)
            if sent is None:
                continue
            if is_place is not None and _QUANTITY.match(low, start + len(form)):
                continue
            if kind == _STATUS:
                status[sent.start] = sent
                continue
            if kind != _STRONG:
                words = sentence_words.get(sent.start)
                if words is None:
                    words = sentence_words[sent.start] = set(_LETTERS.findall(low, sent.start, sent.end))
                if words.isdisjoint(WEAK_FORMS[form]) and not near and not _bare_fall_held(text, sent, locate):
                    continue
            if _intended(low, start, form, low[sent.start : sent.end]) and sent.start not in triggers:
                intended[sent.start] = sent
            else:
                triggers[sent.start] = sent
                intended.pop(sent.start, None)
        candidates = [*triggers.values(), *intended.values()]
        if has_actor is not None:
            candidates = [
                s for s in candidates if _SIDE_WORDS.search(s.text) or has_actor(s.text) or _DEMONYM_HOLD.search(s.text)
                or (_NEWS_NOUN.match(s.text) and not _NEWS_NOUN_MODAL.search(s.text)) or _state_speaks(s.text)
                or _nation_side(s.text) or _SIDELESS_PASSIVE.search(s.text) or _DECLARED_FREED.search(s.text) or _RANKED_FALL.search(s.text) or _TELEGRAPHIC.match(s.text)
                or _FELL_ALONE.match(s.text) or _FELL_BARE.match(s.text) or LISTING_AFTER_PARTICIPLE.search(s.text)
                or AMONG_PARTICIPLE.search(s.text) or ONE_OF_PARTICIPLE.search(s.text) or CONDEMNED_NOUN.search(s.text)
                or OUTCOME_PHRASE.search(s.text)  # "The operations resulted in regaining control over X" (news_nominal.OUTCOME)
                or PRESUPPOSED_NOUN.search(s.text)  # "What the fall of X means for Y" (presupposed_nominal.py)
                or _NATION_AGAIN.search(s.text)
            ]
        if is_place is not None and _UPPER.search(text):  # an all-lower-case text says nothing by its capitals
            candidates = [s for s in candidates if _points_at_place(s.text, low[s.start : s.end], is_place)]
        chosen = {s.start: s for s in candidates if s.start in triggers}
        status.update((s.start, s) for s in candidates if s.start in intended)
        return list(chosen.values()), [s for start, s in status.items() if start not in chosen]


def _line_supports(low: str, start: int, form: str, line_words: dict[int, set[str]]) -> bool:
    """Whether the line of the weak form at ``start`` holds one of its support words, or it is a bare "X has
    fallen." (whose sentence then decides): with none in the whole line there is none in the sentence, found without
    splitting it. ``line_words`` caches each line's words (by its start) however many weak forms it has."""
    line_start = low.rfind("\n", 0, start) + 1
    words = line_words.get(line_start)
    if words is None:
        end = low.find("\n", start)
        words = line_words[line_start] = set(_LETTERS.findall(low, line_start, len(low) if end < 0 else end))
    return not words.isdisjoint(WEAK_FORMS[form]) or form == "fallen"


def _near_supports(low: str, start: int, form: str) -> bool:
    """Whether one of the weak form's near support words (``NEAR_SUPPORT``) is among the four words after it."""
    near = NEAR_SUPPORT.get(form)
    if near is None:
        return False
    end = start + len(form)
    return not near.isdisjoint(_LETTERS.findall(low, end, end + 48)[:4])


def _bare_fall_held(text: str, sent: Sentence, locate: Callable[[int], Sentence | None]) -> bool:
    """"X has fallen." with the next sentence saying who holds it ("The city is in the hands of the militants")."""
    if not _FELL_BARE.match(text[sent.start : sent.end]):
        return False
    gap = len(text[sent.end : sent.end + 10]) - len(text[sent.end : sent.end + 10].lstrip())
    nxt = locate(sent.end + gap)
    return nxt is not None and nxt.start != sent.start and _HELD_NEXT.search(text, nxt.start, nxt.end) is not None


def _intended(low: str, start: int, form: str, sentence: str) -> bool:
    """Whether the trigger at ``start`` is an intention's infinitive ("launched a campaign to retake") that no verb
    of result in its sentence may turn into a deed ("managed in its push to retake")."""
    if form.split(" ", 1)[0] not in _PLAIN_VERBS or not _INTENDED.search(low, max(0, start - 40), start):
        return False
    return not _FINISHED.search(sentence)


def _points_at_place(sentence: str, low: str, is_place: Callable[[str], bool]) -> bool:
    """Whether a sentence may name the place of a change: without one no frame can yield an event from it."""
    first = _FIRST_WORD.match(sentence)
    after_first = first.end() if first else 0
    if _CAPITAL.search(sentence, after_first):
        return True
    if not _PLACE_WORDS.isdisjoint(re.findall(r"[a-z]+", low)):
        return True
    return first is not None and first.group(1).lower() not in STOP_WORDS and is_place(first.group(1))
