"""Timeline: which captures an article tells as its news, and which as the background of that news.

Wire copy leads with the newest change and tells earlier ones further down: "X, which the army recaptured last
Sunday", "the towns of A and B have already fallen", "on 15 February the group seized the town" in a story about
its recapture. A capture carrying such a cue is background when the article tells another capture as news before
it (or in the same sentence); the same cue on the only capture of a story leaves it news.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from townwatch_extract.lexicon import CELEBRATION_WORDS, PARTIAL_NOUNS, VERB_CLASSES
from townwatch_extract.set_off import name_set_off
from townwatch_extract.syntax import capture_verb_misread, control_verb_misread
from townwatch_schemas import DatePrecision

if TYPE_CHECKING:
    from townwatch_extract.extractor import Candidate

__all__ = ["LEAD_GAP_DAYS", "background_cue", "settle", "told_as_state"]

LEAD_GAP_DAYS = 2
"""A weekday this many days or more before the report, told below news that names no day, is what that news followed."""

# Words that date a change back from the news ("last week", "already", "three days ago").
_DATED_BACK = re.compile(
    r"\b(?:last (?:week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december)|"
    r"earlier (?:this|last) (?:week|month|year)|(?:days|weeks|months|years|decades) (?:ago|earlier|before)|"
    r"an? (?:day|week|fortnight|month|year|decade) (?:ago|earlier|before)|recently|previously|already|"
    r"in recent (?:days|weeks|months))\b"
)
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "csubj"})
_TAKEN = frozenset({"capture", "captured", "seize", "seized", "occupy", "occupied", "liberate", "liberated",
                    "recapture", "recaptured", "retake", "retaken", "overrun", "conquer", "conquered"})
_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FRESH = frozenset({"newly", "just", "freshly"})
_RETAKE_VERBS = frozenset("retake recapture regain reclaim capture take seize liberate free".split())
# common nouns a past participle describes ("a village taken in the war by Russian forces")
_REPORT_VERBS = frozenset("say report write announce claim confirm state".split())
_HELD = frozenset({"occupy", "hold", "control"})
_DESCRIBED = frozenset("town city village hamlet settlement township stronghold area territory part district neighbourhood neighborhood".split())
# the change verbs a "from Z who ..." losing side hangs on ("retook X from fighters who seized it a day earlier")
_FROM_VERBS = frozenset("retake recapture regain reclaim take seize capture liberate free wrest win drive push expel oust clear".split())


def _clause(verb: Token) -> list[Token]:
    """A verb's clause without the clauses that hang on it ("..., which fell in 2014" is another clause); a bare
    participle stays ("in an offensive launched two weeks ago")."""
    skip: set[int] = set()
    for child in verb.children:
        bare = child.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)
        if (child.dep_ in _CLAUSE_DEPS and not bare) or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            skip.update(t.i for t in child.subtree)
    return [t for t in verb.subtree if t.i not in skip]


def _own_clause(trigger: Token) -> list[Token]:
    """The trigger's clause, with what it shares as the second verb of a pair ("launched an offensive last week and
    retook the town")."""
    words = _clause(trigger)
    if trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
        words += _clause(trigger.head)
    return words


def background_cue(trigger: Token) -> str | None:
    """Why the trigger's capture may be told as background, or None: the reading waits for the rest of the article."""
    if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in ("PROPN", "NOUN"):
        return "relative"  # "Palmyra, which the army recaptured ...": a clause describing a place
    words = " ".join(t.lower_ for t in _own_clause(trigger))
    if trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _REPORT_VERBS:
        # "Three days ago, war correspondents reported that Russian troops retreated from two villages"
        when = [c for c in trigger.head.children if c.dep_ in ("npadvmod", "advmod", "prep")]
        words += " " + " ".join(t.lower_ for c in when for t in c.subtree)
    if _DATED_BACK.search(words):
        return "dated"
    if (day := _WEEKDAY.search(words)) is not None:
        # background only against news told on another day (settle); "also" adds the capture to the news it follows
        return "day:" + day.group(0) + (":also" if any(c.lower_ == "also" for c in trigger.children) else "")
    # ("It has also taken control of X" after the lead's news is more news, not background: the labels of the spent
    # real sets, lab35 and lab36, give every one of eight such captures as news, none as background)
    return None


def _share_line(noun: Token) -> bool:
    """Whether ``noun`` is what a line's share is of ("Half of Mosul city taken", "Two-thirds of Mosul old city taken
    from ISIS"): the participle on the town is the headline's passive, as on a bare noun, not a description of it."""
    share = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and share.dep_ == "ROOT" and share.lower_ in PARTIAL_NOUNS


def told_as_state(trigger: Token, place: Token) -> bool:
    """A capture told as a state, never as news: "near the captured town of X", "the last stronghold occupied by Z"."""
    # the place's noun phrase, up to the noun it is "of" ("the captured town of X"), or the phrase an anaphor
    # heads ("another village near the captured town of X")
    phrase = [*place.subtree, *(place.head.head.children if place.head.dep_ == "prep" and place.head.lower_ == "of" else ())]
    celebrated = place.head.lower_ == "in" and place.head.head.lower_ in CELEBRATION_WORDS  # "rejoice in liberated X"
    if not celebrated and any(t.dep_ == "amod" and t.lower_ in _TAKEN and not any(c.lower_ in _FRESH for c in t.children)
           and not control_verb_misread(t)  # "The RSF seized control of X" misparsed: a verb
           and capture_verb_misread(t) is None  # "militants in Mali on Saturday captured Douentza": a verb
           for t in phrase):
        return True
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.lemma_.lower() in _DESCRIBED \
            and trigger.head.dep_ != "ROOT" and name_set_off(trigger.head) is None and not _share_line(trigger.head):
        # "attack town recently captured by militants", "two towns seized previously by IS": a description; a line
        # that is only the noun and its participle is a headline's passive ("Strategic town of X captured by Z"), and
        # so is a line that is only a name and that noun set off ("X, a strategic city recaptured by army")
        return True
    if trigger.dep_ == "relcl" and _describes_subject(trigger):
        return True  # "the rebels who overran the capital, Sanaa, are now closing in on X": who the side is, not news
    if trigger.dep_ in ("acl", "relcl") and _present_state(trigger):
        return True  # "to retake Kherson, which is currently occupied by Russian troops": who holds it now
    if trigger.dep_ == "relcl" and _retaken(trigger.head):
        # "an attempt to retake Heglig, which the southern army seized earlier this week", "liberated Kherson, which
        # Russia seized in March": the clause tells the hand the news takes the town from
        return True
    if trigger.dep_ == "relcl" and _expelled(trigger.head):
        # "entered X, seeking to flush out militia that have taken control of the city": the clause tells who the side
        # to be driven out is, not the news
        return True
    if trigger.dep_ == "relcl" and trigger.head.dep_ == "pobj" and trigger.head.head.lower_ == "against":
        # "security forces are battling against Taliban militants who seized the city of X": who the foe is
        return True
    if trigger.dep_ == "relcl" and _losing_side(trigger.head):
        # "retook parts of Kunduz from Taliban fighters who captured the provincial capital a day earlier": the
        # clause on the side the news takes the town from tells that side's earlier capture
        return True
    if trigger.dep_ in ("acl", "relcl"):
        # "had been the last stronghold occupied by Z": the clause describes what the place was before the news
        verb = trigger.head.head
        return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
    return False


def _describes_subject(trigger: Token) -> bool:
    """A capture in a relative clause on the subject of a present-tense verb that is no change ("the rebels who
    overran the capital are now besieging X", "fighters who seized the town last year still hold it"): it tells who
    the side is; the sentence's news is the other verb."""
    side, verb = trigger.head, trigger.head.head
    if side.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or VERB_CLASSES.get(verb.lemma_.lower()) is not None:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that", "which") for c in trigger.children):
        return False
    return verb.tag_ in ("VBP", "VBZ") or any(c.dep_ == "aux" and c.lower_ in ("are", "is", "'re", "'s") for c in verb.children)


def _retaken(place: Token) -> bool:
    """Whether a place is what a change verb takes, or an infinitive sets out to take ("retook X", "to retake the
    town of X"): a clause on that place tells who had taken it before, not the news."""
    tok = place
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head  # "the town of X"
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _RETAKE_VERBS


def _losing_side(noun: Token) -> bool:
    """Whether a noun is the side a change verb takes a place "from" ("recaptured X from fighters ...")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "from" or prep.dep_ != "prep":
        return False
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "retook parts of X from fighters who ..."
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _FROM_VERBS


_EXPEL_VERBS = frozenset("flush drive push oust expel dislodge evict rout chase kick clear".split())


def _expelled(noun: Token) -> bool:
    """Whether a noun is the side a verb of driving out acts on ("to flush out militia who ...")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _EXPEL_VERBS


def _present_state(verb: Token) -> bool:
    """"which is (currently) occupied by Z", "which are still held by Z": a present passive telling a state."""
    if not any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children):
        return False
    return verb.lemma_.lower() in _HELD or any(c.dep_ == "advmod" and c.lower_ in ("currently", "still") for c in verb.children)


def _background(c: Candidate, news: list[Candidate], published: dt.date | None = None) -> bool:
    """Whether a capture with a cue is told after (or beside) news about another place that it dates back from."""
    if c.cue is None:
        return False
    before = [n for n in news if n.place.key != c.place.key and n.start <= c.start and n is not c]
    if c.cue.startswith("day:"):
        # "ISIS took Ramadi on Sunday" below a lead about Friday's capture of another town
        # several days before the lead's day; a roundup of the last two days is still news ("on Friday they took Y")
        _, name, *also = c.cue.split(":")
        day = _DAYS.index(name)
        if any(
            n.start < c.start and (m := _WEEKDAY.search(n.sentence.lower())) is not None and (_DAYS.index(m.group(0)) - day) % 7 >= 3
            for n in before
        ):
            return True
        # "Rebels have captured X ... On Friday, they took the nearby town of Y" in Sunday's story: news told above with
        # no day of its own is the report's, and a weekday two days or more before the report came before it (not "On
        # Friday, they also took Y": added to the news's tally; a lead that names its day keeps the rule above, where
        # "on Sunday ... on Friday" is a roundup of the last days)
        if also or published is None or c.event_date is None or c.precision != DatePrecision.DAY:
            return False
        return (published - c.event_date).days >= LEAD_GAP_DAYS and any(
            n.start < c.start and n.sentence != c.sentence and n.event_date is None and _WEEKDAY.search(n.sentence.lower()) is None
            for n in before
        )
    return bool(before)


def settle(found: list[Candidate], published: dt.date | None = None) -> list[Candidate]:
    """The article's background captures marked historical: cues read against the news told before them, and the
    earlier hand of a town told twice (the newest change leads; "the army retook X ... the group had seized X on
    15 February" tells the seizure as what the news undid)."""
    news = [c for c in found if not c.historical and (c.cue is None or c.cue.startswith("day:"))]
    out = [replace(c, historical=True) if not c.historical and _background(c, news, published) else c for c in found]
    first: dict[str, int] = {}
    for i, c in sorted(enumerate(out), key=lambda p: p[1].start):
        if c.historical or c.gaining is None or c.gaining.id.startswith("x-"):
            continue
        at = first.setdefault(c.place.key, i)
        lead = out[at]
        if at == i or lead.gaining is None or c.gaining.id == lead.gaining.id or c.gaining.id in lead.gaining.allies:
            continue
        if _dated_later(c, lead):
            # a timeline told in order ("On 10 October, M23 captured X. On 18 November, the army retook X"): the
            # later day is the news, the earlier hand what it undid
            out[at] = replace(lead, historical=True)
            first[c.place.key] = i
        elif c.start > lead.start:
            out[i] = replace(c, historical=True)
    return out


def _dated_later(c: Candidate, lead: Candidate) -> bool:
    """Whether a change told after another of the same place is dated to a later day than it."""
    if c.event_date is None or lead.event_date is None:
        return False
    return c.precision == lead.precision == DatePrecision.DAY and c.event_date > lead.event_date
