"""Background nominals: a change told as the setting of the news ("since the fall of X", "ten years after the
capture of X") is historical, whatever the sentence's own tense."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from townwatch_extract.lexicon import VERB_CLASSES

__all__ = [
    "after_clause", "after_head", "after_in_headline", "before_next_phase", "caption_after", "counted_after", "followed_nominal",
    "in_war_phase", "is_background_nominal", "is_since_clause", "later_in_backstory", "shortly_after", "told_before",
]

_DURATIONS = frozenset("day days week weeks month months year years decade decades".split())
_AFTER = frozenset({"after", "following", "before"})
_SHORT = frozenset("hour hours day days week weeks".split())
_SOON = frozenset({"shortly", "soon", "immediately", "hours", "days", "weeks"})
_ANNIVERSARY = frozenset({"anniversary", "jubilee"})
# words that put a clause's change before the news: "which was seized earlier this month", "previously occupied by"
_EARLIER = frozenset({"earlier", "previously", "formerly", "already", "once"})
# words that keep "earlier" inside the news day: "which rebels seized earlier today"
_SAME_DAY = frozenset({"today", "tonight", "morning", "afternoon", "evening"})
_PAST_SPANS = frozenset({"week", "month", "year", "summer", "winter", "spring", "autumn"})
_REPORT_VERBS = frozenset({"report", "say", "announce", "write", "tell", "state", "note", "confirm"})
# the onward move a capture in an "after" phrase staged: "pushing closer to Homs after capturing Aleppo and Hama"
_ONWARD = frozenset({"push", "advance", "move", "press", "head", "close", "march", "edge", "approach", "near", "converge",
                     "settle", "turn"})
_FOLLOWS = frozenset({"come", "follow"})


# a change a gathering commemorates, or one called recent, is older than the news ("the rally commemorated the group's
# recent seizure of X")
_CELEBRATE = frozenset({"commemorate"})  # ("rebels celebrate the capture of X" is the day's news)
_RECENT = frozenset({"recent", "earlier", "previous", "past"})


# the subject that points back at the news its sentence follows: "It followed the Taliban's seizure of X"
_NEWS_POINTERS = frozenset({"it", "this", "that"})


def _story_followed(verb: Token) -> bool:
    """A past "followed" whose subject is a pronoun standing for the news told before it ("The fall of A leaves only
    the capital. It followed the Taliban's seizure of B"): B came before A (never "Celebrations followed the capture of
    X", whose subject is a reaction to the day's news)."""
    return verb.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ in _NEWS_POINTERS for c in verb.children)


def is_background_nominal(noun: Token) -> bool:
    """Whether a nominal trigger is the time frame of its sentence rather than its news."""
    if any(c.dep_ == "amod" and c.lower_ in _RECENT for c in noun.children):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CELEBRATE:
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() == "follow" and (
        noun.head.tag_ in ("VBZ", "VBP") or _story_followed(noun.head)
    ) and not any(
        c.dep_ == "prt" for c in noun.head.children
    ) and not any(t.lower_ in _NEWS_DAYS for t in noun.head.subtree):
        # ("This follows the rebel group's capture of Uvira on Wednesday": a capture of this week's days is the news)
        return True  # "The pressure on A follows Z's capture of B, Aug. 7": what the news came after (never "celebrations
        # erupted following the capture of X", the day's news, nor "followed up its capture")
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "precede":
        return True  # "Z's capture of A preceded the army's withdrawal from X": what came before the news
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    low = prep.lower_
    if low == "since":
        return True
    if low == "by" and prep.head.lemma_.lower() == "precede":
        return True  # "the army's withdrawal from X, which was preceded by Z's seizure of A, B and C": older still
    if low == "of" and prep.head.lemma_.lower() in _ANNIVERSARY:
        return True  # "celebrated the first anniversary of their town's liberation": a change years back
    if low == "of" and prep.head.dep_ == "pobj" and prep.head.head.lower_ in ("on", "for", "at", "marking") and (
        prep.head.head.head.lemma_.lower() in _ANNIVERSARY
    ):
        return True  # "on the anniversary of the fall of X" read through a date noun
    if low in _AFTER:
        # "Ten years after the capture of X": a span of time counted back from the news
        return any(c.dep_ == "npadvmod" and c.lemma_.lower() in _DURATIONS for c in prep.children)
    return False


# what a perfect "since <event>, Z has seized A, B and C" counts from: a long span, so its changes are the background
_SINCE_EVENTS = frozenset("coup war invasion uprising revolution independence conflict outbreak insurgency".split())


def _since_event(verb: Token) -> bool:
    """"since the coup, ... rebels have seized several towns, including X": a perfect counted from a long-past event
    (the phrase may hang on the first verb of the pair), a tally, not the day's news ("since Monday" is)."""
    heads = [verb, verb.head] if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else [verb]
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "since" and any(o.dep_ == "pobj" and o.lemma_.lower() in _SINCE_EVENTS for o in p.children)
               for h in heads for p in h.children)


def is_since_clause(verb: Token) -> bool:
    """"(massed there) since the city fell to the Taliban": the change that a state has lasted since; "since the coup,
    rebels have seized X" (``_since_event``)."""
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children) or _since_event(verb):
        return True
    if verb.dep_ == "pcomp" and verb.head.lower_ == "since":
        return True  # "a battleground since being seized by Islamists a week ago": the state's start, not the news
    # "has extended its reach since June 10, when it seized Mosul (and soon afterwards took Tikrit)"
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    head = verb.head
    return verb.dep_ in ("relcl", "advcl") and head.dep_ == "pobj" and head.head.lower_ == "since"


def shortly_after(verb: Token) -> Token | None:
    """"gained control of X just days after Moscow launched its invasion in February 2022": the clause a change
    closely follows, whose date is then the change's own (None when there is no such clause)."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
            continue
        if any((c.dep_ == "npadvmod" and c.lemma_.lower() in _SHORT) or (c.dep_ == "advmod" and c.lower_ in _SOON)
               for c in clause.children):
            return clause
    return None


def _said_earlier(clause: Token) -> bool:
    """An "earlier" that dates the clause before the news day: "earlier", "earlier this month", "last week"; never
    "earlier today" or "earlier on Sunday"."""
    if any(c.dep_ == "prep" and c.lower_ in ("on", "in") and any(
        g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lower_ in _SAME_DAY or g.lower_ == "day") for g in c.children
    ) for c in clause.children) or any(c.dep_ == "npadvmod" and c.lower_ in _SAME_DAY for c in clause.children):
        return False  # the day is named ("earlier on Sunday", "earlier today"): its date says whether it is news
    for c in clause.children:
        # ("earlier on Sunday", "earlier in the day" name the day: its date says whether it is news)
        if c.dep_ == "advmod" and c.lower_ in _EARLIER and not any(g.lower_ in _SAME_DAY or g.dep_ == "prep" for g in c.children):
            return True
        if c.dep_ == "npadvmod" and c.lemma_.lower() in _PAST_SPANS and any(
            g.lower_ in ("earlier", "last", "previous") for g in c.children
        ):
            return True
    return False


def told_before(trigger: Token, *, headline: bool = False) -> bool:
    """A change the sentence tells as older than its news: a relative clause or participle dated earlier ("Gwoza,
    which was seized earlier this month, ...", "the towns, which were previously occupied by Z"); a change an
    earlier report told ("As the agency earlier reported, troops took control of X"); the change a piece of news
    "comes a day after" ("The latest success comes a day after Baku liberated X"); or the capture an onward push
    followed ("pushing closer to Homs after capturing Aleppo and Hama", "Following the assault which enabled them to
    oust IS from X, the forces marched on"); one "before that" ("Before that, the rebels captured X")."""
    if trigger.dep_ in ("relcl", "acl") and _said_earlier(trigger):
        return True
    if _inside_earlier_clause(trigger) or _step_before_onward(trigger):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("before", "prior") and c.i < trigger.i and any(
        o.lower_ in ("that", "then", "this") for o in c.subtree if o.i != c.i
    ) for c in trigger.children):
        return True  # "Rebels took the capital on Sunday. Before that, they captured X": a step the news came after
    if any(c.dep_ == "advcl" and c.lemma_.lower() in _REPORT_VERBS and _said_earlier(c)
           and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for c in trigger.children):
        return True
    head = trigger.head
    if trigger.dep_ in ("relcl", "advcl") and any(c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children) and (
        head.dep_ == "npadvmod" and head.lemma_.lower() in _DURATIONS and head.head.lemma_.lower() in _FOLLOWS
    ):
        return True  # the parser hangs "a day after X liberated Y" on the "day" the news "comes"
    return trigger.dep_ == "pcomp" and head.lower_ == "after" and (
        (head.head.lemma_.lower() in _ONWARD and (headline or not _own_advance(head.head))) or _heading_on(head.head)
    )


def _own_advance(verb: Token) -> bool:
    """An onward move told as the clause's own news, with its own subject: "After taking X, the units advanced toward
    Y", "Troops are advancing south after taking X" tell the capture as the same day's news (the labels of lab34a,
    lab35 and lab36); a participle hanging on another move ("launched a new offensive, pushing closer to Hama after
    capturing X") tells it as the step the new phase came after. A headline's present ("Rebels push closer to Hama after
    capturing X", "Troops push west after taking X") tells where the side stands now, the capture behind it (the
    caller keeps it background)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _heading_on(verb: Token) -> bool:
    """A main clause that moves on while it fights: "After capturing X, the rebels fought heading towards Y" (the
    participle's onward move, toward a place)."""
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in _ONWARD
               and any(p.dep_ == "prep" and p.lower_ in ("towards", "toward", "to", "on") for p in c.children)
               for c in verb.children)


def _inside_earlier_clause(trigger: Token) -> bool:
    """A change told inside a relative clause dated before the news: "six generals who last week surrendered to Z,
    resulting in the group's capture of X" (the capture hangs on the clause the week dates)."""
    for anc in trigger.ancestors:
        if anc.dep_ in ("relcl", "acl") and anc.pos_ in ("VERB", "AUX"):
            return _said_earlier(anc)
        if anc.dep_ == "ROOT":
            break
    return False


def _step_before_onward(trigger: Token) -> bool:
    """A change told inside the "following" / "after" phrase an onward move starts from: "Following yesterday's assault
    which enabled the forces to oust IS from X, the forces marched on eastward" (the step before the news, as
    ``told_before``'s "pushing closer to Homs after capturing Aleppo")."""
    for anc in trigger.ancestors:
        if anc.dep_ == "pobj" and anc.head.lower_ in ("following", "after") and anc.head.dep_ == "prep":
            return anc.head.head.lemma_.lower() in _ONWARD
        if anc.dep_ == "ROOT":
            break
    return False


_ONE = frozenset({"a", "an", "one", "single"})
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten several few couple".split())
_COUNTED = frozenset("day days week weeks month months year years decade decades".split())


def _span_back(after: Token) -> bool:
    """Whether "after" is counted back by two days or more: "two days after", "less than a week after", "weeks after"
    ("a day after", "hours after" are still the news's own days)."""
    spans = [c for c in after.children if c.dep_ == "npadvmod"]
    spans += [c for c in after.head.children if c.dep_ == "npadvmod" and c.i < after.i and c.right_edge.i >= after.i - 1]
    for span in spans:
        lemma = span.lower_
        if lemma not in _COUNTED:
            continue
        if lemma.startswith("day"):
            counts = [c.lower_ for c in span.children if c.dep_ == "nummod"]
            if lemma == "day" or any(c in _ONE for c in counts):
                continue
            if counts and not (counts[0] in _NUMBER_WORDS or counts[0].isdigit()):
                continue
        return True
    return False


def counted_after(trigger: Token, day_line: bool = False) -> bool:
    """A change told as what the news came some time after: "combed X, killing dozens two days after seizing the
    town", "seized another town less than a week after capturing the provincial capital"; or a pluperfect's after:
    "the group had suffered setbacks after capturing X" (the capture before an earlier past). Not in a ``day_line``
    (note_line.perfect_by_day: "By the end of the day, rebels had retaken X after pushing the army out of the town"),
    whose pluperfect is measured to the news day, so what came just before it that day is news too."""
    if trigger.dep_ != "pcomp" or trigger.head.lower_ != "after":
        return False
    after = trigger.head
    if _span_back(after):
        return True
    head = after.head
    if not day_line and head.pos_ in ("VERB", "AUX") and head.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children):
        return True
    # inside what someone says must or should be done: "Kurdish forces must return to territory they hold after seizing
    # X" (the capture is what the demand presupposes)
    for verb in (head, *head.ancestors):
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            return True
        if verb.dep_ in ("ROOT", "ccomp"):
            break
    return False


_MODALS = frozenset({"must", "should", "ought"})
# what a headline's main clause may do after a capture and still tell it as news ("control the mines after taking X")
_STILL_NEWS = frozenset({"control", "hold", "keep"})
# a feeling or a stir as the main clause's subject: a reaction to the capture, which is the news ("Fears grow after RSF
# takes control of X", "Tension rises after rebels seize Y"), not a later act the capture came before
_STIRS = frozenset(
    "fear concern worry alarm tension panic anger outrage anxiety unease jubilation celebration chaos uncertainty"
    " confusion dread shock".split()
)


def _doer(verb: Token) -> Token | None:
    """Who does ``verb``: its subject, or a passive's agent ("after being seized by the Houthis"); None when the verb
    has neither (a gerund's doer is its main clause's)."""
    for c in verb.children:
        if c.dep_ == "nsubj":
            return c
        if c.dep_ == "agent":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    return None


def after_in_headline(trigger: Token) -> bool:
    """A headline's capture by another side, told as what its news came after: "Yemeni forces fight back after Houthis
    seize X" (the news is the fight-back). The capture by the headline's own subject is its news, the aftermath of a
    fresh capture: "Paramilitary kills 19 after taking city of X", "Rebels surround Y after they seize X" (a capture
    dated back, "after seizing X last year", "weeks after", is background by its date or ``counted_after``; an onward
    push, "advance west after taking X", by ``told_before``). A main clause that is itself a change ("captures A, hours
    after taking B") or a hold ("control the mines after taking X") keeps any capture news."""
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children):
        head = trigger.head
    elif trigger.dep_ == "pcomp" and trigger.head.lower_ == "after":
        head = trigger.head.head
    else:
        return False
    lemma = head.lemma_.lower()
    if head.dep_ != "ROOT" or head.pos_ != "VERB" or lemma in VERB_CLASSES or lemma in _STILL_NEWS:
        return False
    taker, subject = _doer(trigger), _doer(head)
    if subject is not None and subject.lemma_.lower() in _STIRS:
        return False  # "Fears grow after RSF takes control of X": the stir the news made
    return taker is not None and taker.pos_ != "PRON" and subject is not None and taker.lemma_.lower() != subject.lemma_.lower()


# a change dated by a stage of a war rather than by a day: "Russia seized X in the early days of the invasion", "which
# the rebels took at the start of the war", "early in the conflict", "setbacks in the first weeks of the war, when the
# army took X": the story's background, whatever its tense
_PHASE_SPANS = frozenset("days weeks months stage stages phase phases year".split())
_PHASE_EDGES = frozenset("start beginning outset onset".split())
_EARLY = frozenset({"early", "first", "opening", "initial", "earliest"})
# only a long war's stages: an offensive's or an operation's "first days" may be this week's news ("seized X and Y in
# the first days of the offensive", three days after it began)
_WARS = frozenset("war invasion conflict uprising insurgency revolution rebellion".split())
_BEGIN = frozenset("begin start erupt break".split())
# a day the clause names itself keeps it news: "seized X on Monday, in the early days of the offensive"
_NEWS_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())


def _war_of(noun: Token) -> bool:
    """Whether ``noun`` is "... of the war/invasion/offensive" (a stage of a war)."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in _WARS for o in p.children)
               for p in noun.children)


def _phase(noun: Token) -> bool:
    """"the early days / first weeks / initial stage / start / beginning of the war": a stage counted from a war's
    start ("the first day of the offensive" is one day, and may be the news's)."""
    low = noun.lower_
    if low in _PHASE_EDGES:
        return _war_of(noun)
    return low in _PHASE_SPANS and any(c.dep_ in ("amod", "advmod") and c.lower_ in _EARLY for c in noun.children) and _war_of(noun)


def _phase_dated(verb: Token) -> bool:
    """Whether ``verb`` is dated by a stage of a war: "in/at/during <phase>", or "early in the war"."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "during") and any(o.dep_ == "pobj" and _phase(o) for o in c.children):
            return True
        if _in_war(c) and any(a.dep_ == "advmod" and a.lower_ == "early" for a in c.children):
            return True  # "early in the war" ("early" hung on "in")
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "after" for m in c.children) and c.lemma_.lower() in _BEGIN and any(
            s.dep_ == "nsubj" and s.lemma_.lower() in _WARS for s in c.children
        ):
            return True  # "seized the plant shortly after the war began"
        if c.dep_ == "advmod" and c.lower_ == "early":
            # the parser hangs "in the war" on "early" or on the verb just after it
            nxt = verb.doc[c.i + 1] if c.i + 1 < len(verb.doc) else None
            if any(_in_war(p) for p in c.children) or (nxt is not None and nxt.head == verb and _in_war(nxt)):
                return True
    return False


def _in_war(prep: Token) -> bool:
    """"in the war", "in the invasion": a prepositional phrase on a war."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in _WARS for o in prep.children)


def in_war_phase(trigger: Token) -> bool:
    """A change told as happening in a stage of a war, not on a day of the news: "Russia captured X in the early days of
    the invasion", "X, which the rebels seized at the start of the war", "took X early in the war", "suffered setbacks in
    the early days of the war, when the army took X" (the clause a "when" hangs on the stage). A clause that names its
    own day ("on Monday") keeps it news, and so does an offensive's stage ("in the first days of the offensive")."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if any(t.lower_ in _NEWS_DAYS for t in clause.subtree if t.head == clause or t.head.head == clause):
        return False
    if _phase_dated(clause):
        return True
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in clause.children):
        return False
    head = clause.head
    return (clause.dep_ == "relcl" and _phase(head)) or (clause.dep_ == "advcl" and _phase_dated(head))


# what a side does next once a capture is behind it: a new campaign, a shift of its war, a return to power ("After
# capturing X, the RSF launched an offensive in Kordofan", "After the RSF was pushed out of X, it shifted its campaign
# to Y", "the movement regained power after being driven from X"): the capture is the step before the story's news
_NEXT_PHASE = frozenset("launch shift turn redirect refocus expand extend begin start open".split())
_POWER = frozenset({"power", "rule", "government"})
_HOLD_WORDS = frozenset({"control", "grip", "hold", "reach"})  # "extended its control to Y" is a change of its own
_POWER_VERBS = frozenset({"regain", "return", "seize", "take", "win", "retake"})


def after_head(trigger: Token) -> Token | None:
    """The clause an "after" phrase or clause holding ``trigger`` hangs on ("After capturing X, they launched ..." ->
    "launched"; "regained power after being driven from X" -> "regained"), or None."""
    found = after_clause(trigger)
    return found[1] if found is not None else None


def after_clause(trigger: Token) -> tuple[Token, Token] | None:
    """The "after" word of an "after" phrase or clause holding ``trigger``, and the clause it hangs on, or None."""
    while trigger.dep_ == "conj" and trigger.head.pos_ in ("VERB", "AUX"):
        trigger = trigger.head  # "after they captured X and seized Y"
    if trigger.dep_ == "advcl" and (mark := next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ == "after"), None)):
        return mark, trigger.head
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "after" and trigger.head.dep_ == "prep":
        return trigger.head, trigger.head.head
    return None


def followed_nominal(noun: Token) -> bool:
    """A capture noun in the "after" / "following" phrase that opens a sentence whose main verb tells another change:
    "Following Raqqa's liberation from ISIS earlier this week, the Syrian army recaptured X", "After the SDF's capture
    of Raqqa, troops retook Y". The noun is the step the news followed, not the news; one dated on the news's own day
    stays ("Following the capture of A on Monday, troops took B on Tuesday"), and so does one a reaction follows
    ("Following the fall of X, residents celebrated": no change in the main clause)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("after", "following") or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.i < prep.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in VERB_CLASSES:
        return False
    if any(c.dep_ in ("aux", "neg") and (c.tag_ == "MD" or c.dep_ == "neg") for c in verb.children):
        return False  # ("After the fall of X, troops will move on Y": a prospect, whatever came before)
    return not any(t.lower_ in _NEWS_DAYS for t in noun.subtree)


def before_next_phase(trigger: Token) -> bool:
    """A capture told as what a side's next phase came after: the main clause launches, shifts or extends a campaign
    ("After capturing X, the group launched an offensive on the region"), or returns a side to power ("regained power
    after being driven from X by foreign troops"). A clause that names the news's day is judged by its date instead
    (the caller's)."""
    head = after_head(trigger)
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = head.lemma_.lower()
    if lemma in _NEXT_PHASE:
        # "launched an offensive", "shifted its campaign", "turned its attention": a move of the war, never a capture
        return lemma not in VERB_CLASSES and any(c.dep_ in ("dobj", "prep", "prt") for c in head.children) and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in _HOLD_WORDS for c in head.children
        )
    if lemma in _POWER_VERBS:
        return any((c.dep_ == "dobj" and c.lemma_.lower() in _POWER)
                   or (c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() in _POWER for o in c.children))
                   for c in head.children)
    return False


# a caption's picture: a person or a crowd doing something now, after a change told in the past ("A fighter gestures
# after rebel forces took control of X village"): the capture is older than the photograph
_NOW = frozenset({"VBZ", "VBP"})
# what a picture shows people doing, even where the verb can tell an entry elsewhere ("walks through the streets")
_POSES = frozenset("walk stand sit ride drive patrol march".split())


def caption_after(trigger: Token) -> bool:
    """A change in the past-tense "after" clause of a present-tense main clause that is no change itself: a photo's
    caption ("A fighter gestures after the rebels took control of X", "Residents walk in X after troops seized it").
    A headline's present ("Residents flee after rebels seize X") keeps both clauses present, and is the caller's to
    exclude; a caption dated on the news's day is the caller's too."""
    if _lost_present(trigger):
        return True
    head = after_head(trigger)
    if head is None or head.tag_ not in _NOW or head.pos_ == "AUX":
        return False  # ("troops are in control of X after taking it": a state the news tells, not a picture)
    lemma = head.lemma_.lower()
    if lemma in VERB_CLASSES and (lemma not in _POSES or any(c.dep_ == "prt" or c.lower_ == "into" for c in head.children)):
        return False  # "Troops move into X after ...": a change of its own ("walk through the streets" is a picture)
    verb = trigger
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    gerund = verb.dep_ == "pcomp" and verb.tag_ == "VBG"
    return (past or gerund) and any(c.dep_ == "nsubj" for c in head.children)


def _lost_present(trigger: Token) -> bool:
    """A caption the small parser read as one clause: "A fighter gestures after rebel forces took control of X" gives
    "gestures" as a plural noun subject of "took", left of the clause's own "after" (the present verb it lost)."""
    if trigger.tag_ != "VBD":
        return False
    mark = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    return mark is not None and any(
        c.dep_ == "nsubj" and c.i < mark.i and c.tag_ in ("NNS", "VBZ") and c.lower_.endswith("s") for c in trigger.children
    )


_YEAR_WORD = re.compile(r"\b((?:19|20)\d\d)\b")


def later_in_backstory(trigger: Token, previous: str, published: dt.date | None) -> bool:
    """A change told "later" in the sentence after one set in an earlier year, with no time of its own: "X was a base
    for pirates until 2011. It was later taken over by al-Shabab" goes on with the place's history, not the news (never
    "Rebels attacked X on Monday. They later captured it": the sentence before is the news's own day)."""
    if published is None or not previous or not any(c.dep_ == "advmod" and c.lower_ == "later" for c in trigger.children):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in trigger.sent):
        return False  # ("It was later retaken on Monday": its own day says when)
    return any(int(m.group(1)) < published.year for m in _YEAR_WORD.finditer(previous))
