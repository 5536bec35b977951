"""Control phrasing: frames for wire-copy idioms that report a change without a capture verb ("had full control of
X after ... withdrew", "X is now in the hands of Z", "X is now under the control of Z", "managed to control X", "made
territorial gains against Z in X", "X is returning to Ukrainian control", "raised the flag over X", "declared victory
over Z in X", a state bulletin's "restored security and stability to the villages of A and B", a side's "X is ours", a
monitor's "the clashes ended with the regime forces' control of X")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from townwatch_extract.brought_under import brought_under_frame
from townwatch_extract.flag_footage import shown_raisers
from townwatch_extract.frames import (
    Frame,
    PlaceRef,
    arrival_frame,
    place_refs,
    said_list_refs,
)
from townwatch_extract.freed_state import declared_free_frame, nation_again_frame
from townwatch_extract.handed_place import handed_frame
from townwatch_extract.lexicon import (
    CROWD_WORDS,
    DENY_LEMMAS,
    LATELY_WORDS,
    SETTLEMENT_KINDS,
    TriggerClass,
)
from townwatch_extract.reached_hold import complete_hold, perfect_hold, reached_by_day
from townwatch_extract.reported_hold import reported_hold
from townwatch_extract.slipped_control import SLIP_LEMMAS, slipped_frame
from townwatch_extract.syntax import (
    children,
    has_child,
    is_passive,
    negated_or_modal,
    objects_of,
    prep_objects,
    subject_of,
)
from townwatch_extract.victory_hailed import HAILING_VERBS, armed_foe, hailed_victory_frame
from townwatch_extract.victory_place import won_by_armed_side, won_settlement

__all__ = ["PHRASE_LEMMAS", "phrase_frame"]

# The state after a handover counts only with the handover in the same sentence ("after Ukrainian troops withdrew")
# or "now": "the army has full control of Damascus" alone is a status, not news.
_LEAVING = frozenset("withdraw withdrawal retreat abandon evacuate cede surrender vacate leave flee pullout".split())
_CONTROL_NOUNS = frozenset({"control", "command"})
_FULL = frozenset({"full", "complete", "total", "effective", "firm"})
# "managed to control X", "succeeded in controlling X", "were able to control X", "advanced to control X"
_RESULT_HEADS = frozenset({"manage", "succeed", "able", "advance", "claim"})  # and a side's "claimed to control X"
_FLAG_NOUNS = frozenset({"flag", "flags", "banner", "banners", "tricolor", "tricolour"})
_ARRIVING = frozenset({"enter", "enters", "arrive", "arrives", "storm", "storms"})
_FLAG_VERBS = frozenset({"raise", "hoist", "plant", "fly", "unfurl"})
_FLAG_PREPS = ("over", "above", "atop", "in")
_FLYING = frozenset({"fly", "wave"})
# the armed men who raise a flag, named by their unit ("the fighters of the 7th battalion"); the flag's owner words that
# name no side ("their flag", "its flag", "the national flag")
_RAISERS = frozenset("fighter soldier troop serviceman servicemen marine paratrooper unit defender".split())
_OWN_FLAG = frozenset({"their", "its", "his", "our", "national", "state", "black", "white", "new", "own"})
_TOWNSFOLK = frozenset("resident local villager inhabitant people townspeople civilian citizen".split())
_CEREMONY = re.compile(r"\b(?:day|anniversary|ceremony|celebrat\w*|parade|festival|games|olympic\w*|pride|memorial|commemorat\w*)\b", re.I)
# the gatherings a flag is waved at without a capture ("soldiers waving the flag at a rally / funeral / protest")
_GATHERING = re.compile(r"\b(?:rally|rallies|protests?|funerals?|march|marches|concerts?|match|stadium|rallied)\b", re.I)
_HANDS = frozenset({"control", "hands", "hand", "rule", "grip", "fold"})
# a side named by a common word before "control" ("is now under government / state / rebel control"): read as the
# headline's generic sides are, from the place's country
_HOLDER_WORDS = frozenset("government state regime army military junta rebel insurgent militant jihadist opposition separatist".split())

# a withdrawal told as a redeployment: "the army said its units had been redeployed outside the city"
_REDEPLOY = frozenset({"redeploy", "reposition"})
# a hold made firm by driving the other side out: "consolidated their hold on Tripoli ..., driving out rival militias"
_CONSOLIDATE = frozenset({"consolidate", "cement"})
_HOLD_NOUNS = frozenset({"hold", "grip", "control"})
_EXPELLING = frozenset("drive push force chase flush oust expel dislodge evict rout".split())
_FIGHTS = frozenset("battle fighting clashes fight".split())
PHRASE_LEMMAS = frozenset({
    "have", "be", "control", "hold", "gain", "return", "storm", *_FLAG_VERBS, *_FLYING, "declare", "claim", "restore", *_REDEPLOY, *_CONSOLIDATE,
    *HAILING_VERBS, "bring", "hand", *SLIP_LEMMAS,
})
# what a state bulletin says the army brought back to villages it retook ("restored security and stability to X")
_SECURITY = frozenset({"security", "stability", "safety"})
_ARMED_SUBJECTS = frozenset("army unit troop force soldier formation division brigade battalion regiment".split())


def _leaving_in(trigger: Token) -> bool:
    for tok in trigger.sent:
        lemma = tok.lemma_.lower()
        if lemma in _LEAVING and tok.pos_ in ("VERB", "NOUN"):
            return True
        if lemma == "pull" and any(c.lower_ in ("out", "back") for c in tok.children):
            return True
    return False


# "now" tells a change of hands told as a state; so does "again" ("X is again in government hands", "the militants
# were again in control of X", "Z again controls X": the place went back), never "still"
_FRESH = frozenset({"now", "again"})


def _now(tok: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in _FRESH for c in tok.children)


def _named_refs(tok: Token) -> list[PlaceRef]:
    """Place refs, plus a capitalised object the small model tagged as an adverb ("over Bakhmut")."""
    refs = place_refs(tok)
    if not refs and tok.pos_ == "ADV" and tok.text[:1].isupper() and tok.i > tok.sent.start:
        refs = [PlaceRef(tok)]
    return refs


def _state_frame(trigger: Token) -> Frame | None:
    """"Z had (full) control of X" / "Z was (now) in (full) control of X", with a handover or "now" beside it."""
    lemma = trigger.lemma_.lower()
    if lemma == "have":
        ctrl = next((o for o in objects_of(trigger) if o.lemma_.lower() in _CONTROL_NOUNS), None)
    else:
        backs = [c for c in trigger.children if c.dep_ == "advmod" and c.lower_ == "back"]  # "back in control of X"
        ctrl = next((o for t in (trigger, *backs) for o in prep_objects(t, ("in",)) if o.lemma_.lower() in _CONTROL_NOUNS), None)
    if ctrl is None or any(c.dep_ == "advmod" and c.lower_ == "still" for c in trigger.children):
        return None  # "Despite the retreat, Z are still in control of X (, which they captured recently)": a hold
    full = any(c.dep_ == "amod" and c.lower_ in _FULL for c in ctrl.children)
    back = any(c.dep_ == "advmod" and c.lower_ == "back" for c in trigger.children)  # "are back in control of X"
    # "Russian forces were now in control of X": "now" with "be" tells the change; "have" needs "full" with it;
    # a side's "claimed to be in control of X" is its claim of the change
    claimed = trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "claim" and not _held_claim(trigger.head)
    # "M23 fighters had been in control of X since Friday": a hold a day or two old is the change, as under_frame reads it
    # ("by 11 March, Z were in full control of X", "by Friday, Z had full control of X": a hold reached by a day)
    lately = (lemma == "be" and (_since_lately(trigger) or _by_lately(trigger))) or reached_by_day(trigger)
    # "residents said the troops now had control of X": reported speech's "now" with the past tells the change (verbs24)
    reported = _now(trigger) and trigger.tag_ == "VBD" and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _REPORTING
    if not (_leaving_in(trigger) or (_now(trigger) and (full or lemma == "be")) or (back and lemma == "be") or claimed or lately or reported
            or reported_hold(trigger)):  # a monitor's "Reported that Z is in control of X" (reported_hold.py)
        return None
    places = [r for o in prep_objects(ctrl, ("of", "over")) for r in place_refs(o)]
    if not places and lemma == "be":  # "were in control over the villages of A and B": the parse hangs "over" on "be"
        places = [r for o in prep_objects(trigger, ("over",)) if o.i > ctrl.i for r in place_refs(o)]
    if not places and back and lemma == "be":  # a monitor's "Government forces are back in control in Macomia"
        places = [r for t in (ctrl, trigger, *backs) for o in prep_objects(t, ("in",)) if o.i != ctrl.i for r in place_refs(o)]
    frame = Frame(trigger, TriggerClass.GAIN, "active", places=places, gaining=subject_of(trigger), needs_known=True)
    if claimed:
        frame.anchor = trigger.head
    return frame


# a claim to hold a place told as a standing one ("has long claimed to control X"), or a defender's ("claimed to
# control X despite the attack", "still"): who holds it, not a change
_HELD_CLAIM = frozenset({"long", "still", "always", "repeatedly", "despite", "remain", "remains", "continue", "continues"})


def _held_claim(verb: Token) -> bool:
    return any(t.lower_ in _HELD_CLAIM for t in verb.sent)


def _backs(trigger: Token) -> list[Token]:
    """"X is back under government control", "X is back in Iraqi hands": the parse hangs the place's new holder on
    "back"."""
    return [c for c in trigger.children if c.dep_ == "advmod" and c.lower_ == "back"]


def _hands_frame(trigger: Token) -> Frame | None:
    """"X is now / back in the hands of Z", "X was in Z's hands after ... withdrew": a handover told as a state."""
    hands = next((o for t in (trigger, *_backs(trigger)) for o in prep_objects(t, ("in",)) if o.lower_ == "hands"), None)
    subj = next(iter(children(trigger, ("nsubj",))), None) or next(
        (c for c in trigger.lefts if c.dep_ == "advmod" and c.text[:1].isupper() and c.lower_ not in ("now", "back", "again")), None
    )  # the small model reads a sentence-initial town as an adverb ("Bakhmut is now in ...")
    if hands is None or subj is None:
        return None
    back = any(c.dep_ == "advmod" and c.lower_ in ("now", "back", "again") for c in (*trigger.children, *hands.head.children))
    # "Nineveh was entirely in the hands of our forces", "by Wednesday X was in the hands of Z": a hold reached
    if not (back or _leaving_in(trigger) or complete_hold(trigger, hands.head, past=True) or reached_by_day(trigger)):
        return None
    gaining = next(iter(prep_objects(hands, ("of",))), None) or next(
        (c for c in hands.children if c.dep_ in ("poss", "amod", "compound") and c.lower_ not in ("the", "safe", "their", "its")), None
    )
    if gaining is None:
        return None
    places = place_refs(subj) or ([PlaceRef(subj)] if subj.pos_ in ("ADV", "PROPN") and subj.text[:1].isupper() else [])
    return Frame(trigger, TriggerClass.FALL, "active", places=places, gaining=gaining, needs_known=True)


# "has been under M23 control since yesterday evening": a hold that began a day or two ago is the change itself
_LATELY = LATELY_WORDS
_TAKING = frozenset("seize capture take overrun storm enter recapture retake".split())


def _since_lately(trigger: Token) -> bool:
    """"X has been under Z control since yesterday / since Monday / since early this morning" (never "since 2014",
    "since March", "since last year": who has held it)."""
    return any(
        o.lower_ in _LATELY or any(c.dep_ == "compound" and c.lower_ in _LATELY for c in o.children)
        for o in prep_objects(trigger, ("since",))
    )


# the hours of a day a hold was reached by ("were in control of the neighbourhood by midday on Thursday")
_HOURS = LATELY_WORDS | frozenset({"midday", "nightfall", "sunset", "sundown", "daybreak", "sunrise", "lunchtime"})


def _by_lately(trigger: Token) -> bool:
    """"Z were in control of X by midday on Thursday", "by Monday evening" (verbs24): a hold reached within the day
    told, so the change; never one still to come ("will be in control of X by Friday", "expected to be ... by
    Monday") nor a date ("by 2015", "by March": who held it then)."""
    if trigger.tag_ != "VBD" or trigger.dep_ == "xcomp" or any(c.dep_ in ("aux", "neg") for c in trigger.children):
        return False
    return any(
        o.lower_ in _HOURS or any(c.dep_ == "compound" and c.lower_ in LATELY_WORDS for c in o.children) or _day_end(o)
        for o in prep_objects(trigger, ("by",))
    )


def _day_end(tok: Token) -> bool:
    """"by the end of the day", "by the end of that day" (a monitor's day entry): the day told, never "the end of
    the year" or "of the war"."""
    return tok.lower_ == "end" and any(
        o.lower_ == "day" and any(d.lower_ in ("the", "that", "same") for d in o.children) for o in prep_objects(tok, ("of",))
    )


def _taker_clause(holder: Token) -> bool:
    """"X and Y are under the control of the militants who seized the police stations": the holder took it."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in _TAKING and c.tag_ in ("VBD", "VBN") for c in holder.children)


def _under_frame(trigger: Token) -> Frame | None:
    """"(most of) X is now under the control of Z", "X is now under Russian control": a handover told as a state,
    counted only with "now" / "back" or a withdrawal beside it (without them it says who holds X)."""
    under = next((o for t in (trigger, *_backs(trigger)) for o in prep_objects(t, ("under",)) if o.lemma_.lower() in _CONTROL_NOUNS | {"rule"}), None)
    subj = next(iter(children(trigger, ("nsubj",))), None)
    if under is None or subj is None:
        return None
    gaining = next(iter(prep_objects(under, ("of",))), None) or next(
        (c for c in under.children if c.dep_ in ("amod", "compound") and (c.text[:1].isupper() or c.lower_ in _HOLDER_WORDS)), None
    )
    said_own = gaining is None and _said_own_control(trigger, under)
    if said_own:
        gaining = subject_of(trigger.head)  # "M23 said Goma was under their control": the speaker's own word (claimed)
    if gaining is None:
        return None
    if not said_own and not (
        any(c.dep_ == "advmod" and c.lower_ in ("now", "back", "again") for c in trigger.children) or _leaving_in(trigger)
        or _since_lately(trigger) or _taker_clause(gaining)
        # "X and the airport were completely under the control of the militants": a hold reached (reached_hold.py)
        or complete_hold(trigger, under.head, past=True) or reached_by_day(trigger)
    ):
        return None
    return Frame(trigger, TriggerClass.FALL, "active", places=place_refs(subj), gaining=gaining, needs_known=True)


def _said_own_control(trigger: Token, under: Token) -> bool:
    """"Z said X was (now) under their control": the copula a saying verb reports, "control" owned by "its" / "their" /
    "our" (the speaker's side); never "still", "long", "since", a modal, a negation or a denial in the sentence."""
    head = trigger.head
    return trigger.dep_ == "ccomp" and head.lemma_.lower() in _SAYING and head.i < trigger.i and not negated_or_modal(head) and (
        any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in under.children)
    ) and not negated_or_modal(trigger) and not any(c.lower_ in _HELD_WORDS for c in trigger.children) and not any(
        t.lemma_.lower() in DENY_LEMMAS for t in trigger.sent
    )


# the day a town "was free from Z" (a bare day or "on" one), or "now" / "for the first time": the state is the news
_FREE_DAYS = LATELY_WORDS | {"day"}


def _free_frame(trigger: Token) -> Frame | None:
    """"For the first time in more than a year, Sinjar was free Friday from the Islamic State", "X is now free of
    Z": the side named after "from" / "of" lost the town, told as a state with a day or "now" (never "free of
    mines", "remains free of fighting": the side must be one the catalogue knows; never a modal or a negation)."""
    free = next((c for c in trigger.children if c.dep_ == "acomp" and c.lower_ == "free"), None)
    subj = next(iter(children(trigger, ("nsubj",))), None)
    if free is None or subj is None or negated_or_modal(trigger):
        return None
    side = next(iter(prep_objects(free, ("from", "of")) or prep_objects(trigger, ("from", "of"))), None)
    if side is None:
        return None
    days = [c for c in trigger.children if c.dep_ == "npadvmod" and c.lower_ in _FREE_DAYS] + [
        o for o in prep_objects(trigger, ("on",)) if o.lower_ in _FREE_DAYS
    ]
    first_time = any(t.lower_ == "first" and t.head.lower_ == "time" for t in trigger.sent)
    if not (days or _now(trigger) or _now(free) or first_time):
        return None
    places = place_refs(subj) or ([PlaceRef(subj)] if subj.pos_ == "PROPN" else [])
    return Frame(trigger, TriggerClass.LOSE, "active", places=places, losing=side, needs_known=True)


# a side's own word that a town is now its own ("Andriivka is ours", "X is ours again"): its first-person claim of the
# change (the extractor reads "ours" as it reads "we"); never a hold told as lasting or to come ("is still ours",
# "Crimea was, is and will be ours", "will always be ours"), a denial or a wish
_LASTING = frozenset("still always forever remain remains will would shall must".split())


def _ours_frame(trigger: Token) -> Frame | None:
    """"Andriivka is ours", said by a side's official: the town the side took."""
    ours = next((c for c in trigger.children if c.dep_ in ("attr", "acomp", "dobj", "oprd") and c.lower_ == "ours"), None)
    subj = next(iter(children(trigger, ("nsubj",))), None)
    if ours is None or subj is None or trigger.tag_ not in ("VBZ", "VBP") or has_child(trigger, "neg"):
        return None
    if any(t.lower_ in _LASTING for t in trigger.sent):
        return None
    frame = Frame(trigger, TriggerClass.GAIN, "active", places=[r for r in place_refs(subj) if not r.anaphor], gaining=ours,
                  needs_known=True)
    frame.ongoing_ok = True  # the present is the news itself, as a side tells it
    return frame


def _result_frame(trigger: Token) -> Frame | None:
    """"managed to / were able to / advanced to control X": the control verb under a verb of result."""
    head = trigger.head
    if trigger.dep_ != "xcomp" or head.lemma_.lower() not in _RESULT_HEADS:
        return None
    if head.lemma_.lower() == "advance" and head.tag_ not in ("VBD", "VBN"):
        return None  # "advancing to control X" is the push, not the result
    if head.lemma_.lower() == "claim" and _held_claim(head):
        return None
    anchor = head.head if head.lemma_.lower() == "able" else head
    obj = next(iter(objects_of(trigger)), None)
    frame = Frame(trigger, TriggerClass.GAIN, "active", places=place_refs(obj), gaining=subject_of(anchor), needs_known=True)
    frame.anchor = anchor
    return frame


# A monitor's past tense "regime forces controlled the villages of A and B after clashes with the factions" tells a
# capture; "controlled the area until 2019" or "the militia controlled the town for years" tells who held it.
_EVENT_CUES = frozenset("clash battle fighting fight attack offensive assault withdrawal retreat advance operation".split())
_HELD_WORDS = frozenset("until since previously formerly once long years still already had".split())


def _past_frame(trigger: Token) -> Frame | None:
    """"Z controlled (the villages of) X after clashes / after Y withdrew", "advanced and controlled X"; a hold told as
    reached: "Z fully controlled X", "after Z completely controlled X", "By 11 March, Z controlled X" (reached_hold)."""
    if _reached_past(trigger):
        if any(t.lower_ in _HELD_WORDS - {"had"} for t in trigger.sent):
            return None
        obj = next(iter(objects_of(trigger)), None)
        return Frame(trigger, TriggerClass.GAIN, "active", places=place_refs(obj), gaining=subject_of(trigger), needs_known=True)
    if trigger.tag_ != "VBD" or trigger.dep_ not in ("ROOT", "conj", "ccomp"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in trigger.children):
        return None
    sent = trigger.sent
    if any(t.lower_ in _HELD_WORDS for t in sent):
        return None
    after = _after_event(trigger)
    advanced = trigger.dep_ == "conj" and trigger.head.lemma_.lower() in ("advance", "storm", "attack", "push")
    if not (after or advanced or _leaving_in(trigger)):
        return None
    obj = next(iter(objects_of(trigger)), None)
    return Frame(trigger, TriggerClass.GAIN, "active", places=place_refs(obj), gaining=subject_of(trigger))


def _after_event(trigger: Token) -> bool:
    """"... after clashes / after the militants withdrew / following heavy fighting": the control came after an event."""
    return any(
        t.lower_ in ("after", "following", "amid")
        and any(d.lemma_.lower() in _EVENT_CUES or d.lemma_.lower() in _LEAVING for d in t.subtree)
        for t in trigger.subtree
    )


def _reached_past(trigger: Token) -> bool:
    """"Z fully controlled X" (the small model tags it a participle), "after Z completely controlled X", "the army
    has fully controlled the town", "By 11 March, Z (effectively) controlled X": the past of a hold told as reached;
    never the passive ("fully controlled by Z" describes), nor a hold told as lasting."""
    if trigger.dep_ not in ("ROOT", "conj", "ccomp", "advcl") or subject_of(trigger) is None or not objects_of(trigger):
        return False
    if trigger.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in ("after", "when") for c in trigger.children):
        return False  # (an "as" or "because" clause tells why, not the news)
    if reached_by_day(trigger):
        return True
    aux = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    # (a report's past perfect: "the SAF announced that it had controlled X following fierce battles with the RSF")
    reported = trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _REPORTING
    perfect = ("has", "have", "had") if reported else ("has", "have")
    if trigger.tag_ not in ("VBD", "VBN") or any(a.dep_ == "auxpass" or a.lower_ not in perfect for a in aux):
        return False
    # ("the army has controlled the town of X after fierce fighting": a perfect with the event it came after; "the
    # Houthis have controlled Sanaa" alone tells who holds it)
    return complete_hold(trigger) or (perfect_hold(trigger, reported) and _after_event(trigger))


def _after_frame(trigger: Token) -> Frame | None:
    """"trapped 450 fighters after controlling the A and B areas": a deed in the past that came after the control,
    so the control began then (the subject of the verb the "after" hangs on took it); never "after controlling the
    town for years" (a hold), nor under a verb still to come."""
    prep = trigger.head
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp" or prep.lower_ not in ("after", "following") or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    if not (verb.tag_ in ("VBD", "VBN") or (verb.tag_ == "VB" and verb.dep_ == "xcomp")) or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children
    ):
        return None  # (an infinitive's mood is its governor's: "managed to trap ..." is done, "plans to trap ..." is not)
    if any(t.lower_ in _HELD_WORDS or t.lower_ in ("for", "during") for t in trigger.subtree):
        return None
    obj = next(iter(objects_of(trigger)), None)
    frame = Frame(trigger, TriggerClass.GAIN, "active", places=place_refs(obj), gaining=subject_of(verb))
    frame.anchor = verb
    return frame


_REPORTING = frozenset("say confirm report tell add announce state".split())


# the verbs that confirm a passive hold as the news ("Pakistan confirmed that Spin Boldak was controlled by the Taliban")
_CONFIRMING = frozenset({"confirm", "acknowledge", "admit", "verify"})


def _confirmed_hold(trigger: Token) -> bool:
    """"officials confirmed that X was controlled by Z": the past passive of a hold a speaker confirms (a present one,
    "confirmed that X is controlled by Z", or one told as lasting, "had long been controlled", stays a description)."""
    return trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _CONFIRMING and is_passive(trigger) and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in trigger.children
    ) and not negated_or_modal(trigger.head)


def _now_frame(trigger: Token) -> Frame | None:
    """A monitor's "Fano fighters now control A and B", "X is now controlled / held by Z": a change told with "now", as "X
    is now under the control of Z" is; "still control", a modal, a negation and a side's description ("JNIM, which
    now controls X, ambushed ...") tell who holds X. So does a confirmed past passive ("confirmed that X was controlled
    by Z")."""
    if not (_now(trigger) or _confirmed_hold(trigger) or reported_hold(trigger)) or trigger.dep_ in ("relcl", "acl", "amod") or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or c.lower_ in _HELD_WORDS for c in trigger.children
    ):
        return None
    if is_passive(trigger):  # "X is now controlled by Z"
        agent = next(iter(prep_objects(trigger, ("by",))), None)
        held = next(iter(children(trigger, ("nsubjpass",))), None)
        if agent is None or held is None:
            return None
        return Frame(trigger, TriggerClass.FALL, "passive", places=place_refs(held), gaining=agent, needs_known=True)
    if trigger.tag_ not in ("VBP", "VBZ") and not (trigger.tag_ == "VBD" and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in _REPORTING):
        return None  # (reported speech shifts the present back: "the official confirmed that Z now controlled X"; verbs24)
    obj = next(iter(objects_of(trigger)), None)
    if any(c.dep_ == "advmod" and c.lower_ == "only" for c in trigger.children) or (
        obj is not None and any(t.lower_ == "only" and t.i < obj.i for t in obj.subtree)
    ):
        return None  # "the CDF now controls only two bases, A and B": what a side has left, no place it took
    places = said_list_refs(trigger) or place_refs(obj)  # "We now control A, B and C, an MNLA official said"
    return Frame(trigger, TriggerClass.GAIN, "active", places=places, gaining=subject_of(trigger), needs_known=True)


_SAYING = frozenset({"say", "announce", "declare", "claim", "confirm", "state"})
_SELF = frozenset({"it", "they", "we"})
# a side's own men in its word ("the army said its troops were in control of X", "confirmed its fighters were in
# complete control of the city of X"): the speaker's side, as "it" is
_OWN_MEN = frozenset("troops forces fighters units soldiers".split())


def _speaker(subj: Token) -> bool:
    """Whether ``subj`` is the speaker's own side: "it", "they", "we", or "its / their / our troops"."""
    if subj.lower_ in _SELF:
        return True
    return subj.lower_ in _OWN_MEN and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children)


def _said_frame(trigger: Token) -> Frame | None:
    """"Russia says it controls the Ukrainian town of Avdiivka", "said on Saturday that it has control of the city of
    X": a side's own word that it now holds a town is its claim of the change; never "still", "long", a modal, a
    negation or a share of the town ("says it controls 70 percent of X"). Reported speech's past is the speaker's
    present: "the SDF said they were in control of X", "said its forces were in full control of X" (notes41)."""
    if trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in _SAYING:
        return None
    subj = subject_of(trigger)
    if subj is None or not _speaker(subj) or _held_claim(trigger) or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") or c.lower_ in _HELD_WORDS for c in trigger.children
    ) or any(t.lemma_.lower() in DENY_LEMMAS for t in trigger.sent):
        return None  # ("Ukraine says it controls X, denies Russian claim": a defender's word)
    if trigger.lemma_.lower() == "control":
        objs = children(trigger, ("dobj",))
    elif trigger.lemma_.lower() == "be":  # "said it was in (full) control of X" (the parse may hang "over X" on "be")
        ctrl = next((o for o in prep_objects(trigger, ("in",)) if o.lemma_.lower() in _CONTROL_NOUNS), None)
        if negated_or_modal(trigger) or any(c.lower_ in ("longer", "more") for c in trigger.children):
            return None  # "said it was no longer in control of X": a loss in its word, not a gain
        objs = [] if ctrl is None else prep_objects(ctrl, ("of", "over")) or [
            o for o in prep_objects(trigger, ("over",)) if o.i > ctrl.i]
    else:  # "it has control of the city of X"
        objs = [o for c in children(trigger, ("dobj",)) if c.lemma_.lower() == "control" for o in prep_objects(c, ("of", "over"))]
    places = [r for o in objs for r in place_refs(o)]
    if not places or any(r.partial for r in places):
        return None
    return Frame(trigger, TriggerClass.GAIN, "active", places=places, gaining=subj, needs_known=True)


def _gains_frame(trigger: Token) -> Frame | None:
    """"Z made territorial gains against Y in X" (never "gains near X": that is an advance towards X)."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in ("make", "achieve", "register", "secure", "score"):
        return None
    if negated_or_modal(verb) or any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return None  # "made no gains against Z in X", "could make gains": nothing changed hands
    territorial = any(c.lower_ == "territorial" for c in trigger.children)
    against = prep_objects(trigger, ("against",)) or prep_objects(verb, ("against",))
    if not (territorial or against):
        return None
    places = [r for o in prep_objects(trigger, ("in",)) or prep_objects(verb, ("in",)) for r in place_refs(o)]
    if not places and against:  # "made significant gains against the rebels in Daraya": the parse hangs the town on the foe
        places = [r for o in prep_objects(against[0], ("in",)) for r in place_refs(o)]
    frame = Frame(trigger, TriggerClass.GAIN, "active", places=places, gaining=subject_of(verb),
                  losing=against[0] if against else None, needs_known=True)
    frame.anchor = verb
    return frame


def _return_frame(trigger: Token) -> Frame | None:
    """"X is returning / returned to Ukrainian control", "X returned to the hands of Z", "returning X to government
    control"."""
    if negated_or_modal(trigger):
        return None
    target = next((o for o in prep_objects(trigger, ("to", "under")) if o.lemma_.lower() in _HANDS), None)
    if target is None:
        return None
    gaining = next(iter(prep_objects(target, ("of",))), None) or next(
        (c for c in target.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.lower_ not in _FULL), None
    )
    subj = next(iter(children(trigger, ("nsubj",))), None)
    # the transitive "allowed the rebels to leave, returning Homs to government control": the object is the place
    obj = next(iter(objects_of(trigger)), None)
    if obj is not None and trigger.dep_ in ("pcomp", "pobj", "acl", "relcl", "amod", "nsubj", "dobj", "compound"):
        return None  # "talks on returning X to government control" name a plan, not the deed
    if subj is None and obj is None:
        subj = _headline_returner(trigger)
    held = obj if obj is not None else subj
    if gaining is None or held is None:
        return None
    frame = Frame(trigger, TriggerClass.FALL, "active", places=place_refs(held), gaining=gaining)
    frame.ongoing_ok = True  # "is returning to Ukrainian control" is the news itself
    return frame


def _headline_returner(trigger: Token) -> Token | None:
    """A headline's verbless "Kherson returning to Ukrainian control: Zelensky", "Mosul Returning To Iraqi Control":
    the capitalised name that opens the line, right before the participle (the small model hangs either on the other,
    or both on a "says"), is the place; never "Hopes of X returning to ...", "Refugees returning to X"."""
    if trigger.tag_ != "VBG" or trigger.i == trigger.sent.start:
        return None
    name = trigger.doc[trigger.i - 1]
    if not (name.head == trigger or trigger.head == name) or name.dep_ not in ("ROOT", "npadvmod", "nsubj", "advmod", "ccomp", "compound"):
        return None
    opening = trigger.doc[trigger.sent.start : trigger.i]
    if not all(t.text[:1].isupper() or t.text == "-" for t in opening) or len(opening) > 3 or (name.text.isupper() and not trigger.text.isupper()):
        return None
    return name


def _flag_frame(trigger: Token) -> Frame | None:
    """"Z raised/hoisted its flag over X"; "the Z flag was raised over X" (by Z)."""
    flag = next((o for o in objects_of(trigger) if o.lower_ in _FLAG_NOUNS), None)
    passive = flag is None
    if passive:
        flag = next((s for s in children(trigger, ("nsubjpass",)) if s.lower_ in _FLAG_NOUNS), None)
        if flag is None and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.lower_ in _FLAG_NOUNS:
            flag = trigger.head  # a headline's "Russian flag raised over Grozny": the reduced passive hangs on the flag
            if _CEREMONY.search(trigger.sent.text):
                return None  # "Ukrainian flag raised in Kyiv for Independence Day": a ceremony, not a capture
        if flag is None and trigger.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
            # a headline's "Ukraine's flag raised over Kherson": the reduced passive read as a root with the flag
            # for its subject
            flag = next((s for s in children(trigger, ("nsubj",)) if s.lower_ in _FLAG_NOUNS), None)
            if flag is not None and _CEREMONY.search(trigger.sent.text):
                return None
    if flag is None and trigger.lemma_.lower() in _FLYING:
        # "the Ukrainian flag flies over X again", "the national flag is now flying over X": told as news only
        # with "now"/"again" or in the past ("the flag flies over Kyiv" is a description)
        flag = next((s for s in children(trigger, ("nsubj",)) if s.lower_ in _FLAG_NOUNS), None)
        fresh = any(c.dep_ == "advmod" and c.lower_ in ("now", "again", "once") for c in trigger.children)
        if flag is not None and not (fresh or trigger.tag_ == "VBD"):
            return None
    if flag is None:
        return None
    if not passive and _CEREMONY.search(trigger.sent.text) and any(c.dep_ == "prep" and c.lower_ == "for" for c in (*trigger.children, *flag.children)):
        return None  # "troops raised the national flag over X for Independence Day": a ceremony, not a capture
    agent = next(iter(prep_objects(trigger, ("by",))), None) if passive else None
    if agent is not None and agent.lemma_.lower() in CROWD_WORDS:
        return None  # "a Palestinian flag was raised by protesters in the town of X": a protest, not a capture
    # "the Ukrainian flag was raised by local residents in the town of X": the parse hangs the town on the raisers
    targets = prep_objects(trigger, _FLAG_PREPS) or prep_objects(flag, _FLAG_PREPS) or (
        prep_objects(agent, ("in",)) if agent is not None else []
    ) or _where_town(trigger)
    # "a video showed soldiers in X waving the flag": the noun shown and the town it is shown in (flag_footage.py)
    shown = shown_raisers(trigger) if not passive else None
    if shown is not None and (_CEREMONY.search(trigger.sent.text) or _GATHERING.search(trigger.sent.text)):
        return None  # "a video showed soldiers in Kyiv waving the flag at a parade": a ceremony, not a capture
    if shown is not None and not targets:
        targets = shown[1]
    places = [r for t in targets for r in _named_refs(t)] or [
        r for t in targets + prep_objects(trigger, ("on",)) + prep_objects(flag, ("on",)) for r in _landmark_town(t)
    ]  # ("raised the flag on the administration building in X": "on" a landmark only, never "on Monday")
    if not places and shown is not None:
        places = [r for t in shown[1] for r in _named_refs(t)]  # "showed fighters in X hoisting the flag over the square"
    if passive:
        if agent is not None and agent.lemma_.lower() in _TOWNSFOLK:
            if _CEREMONY.search(trigger.sent.text):
                return None  # "the flag was raised by residents in Kyiv for Independence Day": a ceremony
            agent = None  # residents who raise the flag welcome its side back: the flag's own word names the side
        gaining = agent or next((c for c in flag.children if c.dep_ in ("amod", "compound", "poss")), None)
    else:
        gaining = shown[0] if shown is not None else subject_of(trigger)
        if gaining is not None and gaining.lemma_.lower() in _ARRIVING and gaining.pos_ == "NOUN":
            # a headline's "Syria army enters, raises flag in Daraa": the first verb read as a noun, its side the
            # compound before it
            gaining = next((c for c in reversed(list(gaining.children)) if c.dep_ == "compound" and c.i < gaining.i), None)
        elif gaining is not None and gaining.lemma_.lower() in _RAISERS and not any(c.dep_ in ("amod", "compound", "poss") for c in gaining.children):
            # "The fighters of the 7th battalion ... raised the flag of Ukraine in the settlement of X": soldiers named
            # by their unit raise their nation's flag, whose own word names the side
            gaining = next((c for c in flag.children if c.dep_ in ("amod", "compound", "poss") and c.lower_ not in _OWN_FLAG), None) or next(
                (o for o in prep_objects(flag, ("of",)) if o.pos_ == "PROPN"), gaining
            )
    # a settlement named with its kind ("in the settlement of X") is a place even where GeoNames lacks it
    frame = Frame(trigger, TriggerClass.GAIN, "passive" if passive else "active", places=places, gaining=gaining,
                  needs_known=not places or not all(r.kind_noun in SETTLEMENT_KINDS for r in places))
    frame.ongoing_ok = trigger.lemma_.lower() in _FLYING  # "is now flying over X" is the news itself
    return frame


# the landmarks a headline names after their town ("Raqqa stadium", "Mosul mosque"); never a site that changes hands
# on its own ("Kirkuk airport": sites.py)
_LANDMARKS = frozenset("stadium mosque square hall building citadel castle tower roundabout church cathedral".split())


def _landmark_town(target: Token) -> list[PlaceRef]:
    """The town of an unnamed landmark a flag is raised over ("over the stadium in Raqqa", "in Raqqa's main square",
    "atop the town hall of X"): a flag over a town's landmark is raised over the town."""
    if target.pos_ != "NOUN":
        return []
    owners = [c for c in target.children if c.dep_ == "poss" and c.pos_ == "PROPN"] + [
        o for o in prep_objects(target, ("in", "of", "at")) if o.pos_ == "PROPN"
    ] + [  # a headline's "raise flag over Raqqa stadium", "over Mosul mosque": the town's name before the landmark
        c for c in target.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == target.i - 1 and target.lower_ in _LANDMARKS
    ]
    return [r for o in owners for r in place_refs(o) if not r.anaphor and not r.site]


def _where_town(verb: Token) -> list[Token]:
    """The town a "where" clause hangs on ("the recapture of Vysokopillya, where Ukrainian forces raised the flag"):
    the flag raised in it (none for a clause on another word, "the square where")."""
    where = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
    if verb.dep_ != "relcl" or where is None:
        return []
    # the name right before "where": the head's own, or its apposition ("70 miles northeast of Kherson, Vysokopillya,
    # where ...": the parse hangs the clause on the landmark, the town is the name set off after it)
    town = max([verb.head, *(c for c in verb.head.children if c.dep_ == "appos" and c.i < where.i)], key=lambda t: t.i)
    if town.dep_ == "pobj" and town.head.lower_ == "of" and town.head.head.lemma_.lower() in SETTLEMENT_KINDS:
        town = town.head.head  # "the village of X, where": the kind noun, which names the place with its kind
    return [town] if town.pos_ == "PROPN" or place_refs(town) else []


def _victory_frame(trigger: Token) -> Frame | None:
    """"Z declared/claimed victory over Y in X"; "Z declares (the) defeat of Y in X"."""
    victory = next((o for o in objects_of(trigger) if o.lemma_.lower() in ("victory", "defeat")), None)
    if victory is None:
        return None
    if victory.lemma_.lower() == "defeat":
        losing = prep_objects(victory, ("of",))  # "declares defeat" alone concedes; "defeat of IS in X" is the news
        if not losing:
            return None
    else:
        losing = prep_objects(victory, ("over", "against")) or prep_objects(trigger, ("over", "against"))
        if not losing and not (trigger.lemma_.lower() == "declare" and (
            won_settlement(victory)
            # "the army declared victory in Aleppo as the last rebels left": with the other side's leaving told (alone,
            # "Syrian army declares victory in Aleppo" may be a battle won in a town still split)
            or (won_by_armed_side(victory, subject_of(trigger)) and _leaving_in(trigger))
        )):
            # "claims victory in X": a battle won, told with no side beaten out of X, is no change of hands (but
            # "declaring victory in the pivotal city of X" is the town won: victory_place.py; a claimed one stays a
            # battle's, as a headline's "troops claim victory in town of X")
            return None
        if losing and not armed_foe(losing[0]):
            return None  # "declared victory over corruption in Mosul": a metaphor, no side beaten
    # with an armed foe beaten the place may be where it was beaten "at": "declared victory over IS at its coastal
    # stronghold of X" (not "at a ceremony", which names no place)
    preps = ("in", "at") if losing else ("in",)
    places = [r for o in prep_objects(victory, preps) or prep_objects(trigger, preps) for r in place_refs(o)]
    if not places and losing:  # "declares victory over Islamic State in Ramadi": the parser hangs the town on the loser
        places = [r for o in prep_objects(losing[0], ("in",)) for r in place_refs(o)]
    return Frame(trigger, TriggerClass.GAIN, "active", places=places, gaining=subject_of(trigger),
                 losing=losing[0] if losing else None, needs_known=True)


def phrase_frame(trigger: Token) -> Frame | None:
    """The frame of a control idiom headed by ``trigger``, or None."""
    lemma = trigger.lemma_.lower()
    is_verb = trigger.pos_ in ("VERB", "AUX")
    frame: Frame | None = None
    if lemma in ("have", "be") and is_verb:
        frame = _state_frame(trigger) or (
            _hands_frame(trigger) or _under_frame(trigger) or _free_frame(trigger) or _ours_frame(trigger) or _said_frame(trigger)
            or nation_again_frame(trigger) or declared_free_frame(trigger)  # "X is once again Ukrainian" (freed_state.py)
            if lemma == "be" else _said_frame(trigger)
        )
    elif lemma == "control" and is_verb:
        frame = _result_frame(trigger) or _past_frame(trigger) or _now_frame(trigger) or _after_frame(trigger) or _said_frame(trigger)
    elif lemma == "hold" and is_verb and (is_passive(trigger) or reported_hold(trigger)):
        frame = _now_frame(trigger)  # "the town is now held by the Kurds", as "now controlled by" (verbs24); "Z reportedly holds X"
    elif lemma == "gain" and trigger.pos_ == "NOUN":
        frame = _gains_frame(trigger)
    elif lemma == "control" and trigger.pos_ == "NOUN":
        frame = _outcome_frame(trigger)
    elif lemma == "hand" and is_verb:
        frame = handed_frame(trigger)  # "the withdrawal hands Russia X" (handed_place.py)
    elif lemma == "return" and is_verb:
        frame = _return_frame(trigger) or arrival_frame(trigger)
    elif lemma == "storm" and is_verb:
        frame = arrival_frame(trigger)
    elif lemma == "restore" and is_verb:
        frame = _flag_frame(trigger) or _restore_frame(trigger)  # "restored the state flag in X" as "raised" it
    elif (lemma in _FLAG_VERBS or lemma in _FLYING) and is_verb:
        frame = _flag_frame(trigger)
    elif lemma in ("declare", "claim") and is_verb:
        frame = _victory_frame(trigger) or brought_under_frame(trigger)  # "declared X under its control" (brought_under.py)
    elif lemma in HAILING_VERBS:
        frame = hailed_victory_frame(trigger)  # "Iraq announces victory over ISIS in Mosul" (victory_hailed.py)
    elif lemma in _REDEPLOY and is_verb:
        frame = _redeploy_frame(trigger)
    elif lemma in _CONSOLIDATE and is_verb:
        frame = _consolidate_frame(trigger)
    elif lemma == "bring" and is_verb:
        frame = brought_under_frame(trigger)  # "brought X under its control" (brought_under.py)
    elif lemma in SLIP_LEMMAS and is_verb:
        frame = slipped_frame(trigger)  # "X slipped from government control" (slipped_control.py)
    return frame if frame is not None and frame.places else None


# A monitor's control won as what fighting ended in ("the clashes ended with the regime forces' control of X",
# "resulted in the control of the army over X", "led to their control of X") or what a side confirms ("the forces
# confirmed control of the X area"); each verb with the preposition of its outcome.
_OUTCOME_HEADS = {"end": ("with", "in"), "conclude": ("with", "in"), "culminate": ("with", "in"), "result": ("in",), "lead": ("to",)}
_PRONOUNS = frozenset({"its", "their", "his", "her"})


def _outcome_frame(trigger: Token) -> Frame | None:
    """The frame of a control noun that is the outcome a past verb tells ("ended with Z's control of X") or the object
    of a side's confirmation ("confirmed their full control of X"); never a negated or modal verb ("could lead to the
    army's control of X"), an aim ("aimed at control of X") or a change of control that did not happen."""
    if trigger.dep_ == "pobj":
        verb = trigger.head.head
        if trigger.head.lower_ not in _OUTCOME_HEADS.get(verb.lemma_.lower(), ()):
            return None
    elif trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "confirm":
        verb = trigger.head
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN", "VBZ") or negated_or_modal(verb):
        return None
    of = prep_objects(trigger, ("of",))
    # "the control of regime forces over X": the "of" names the side, the "over" the place (which the parse may hang
    # on the side)
    over = prep_objects(trigger, ("over",)) or [o for x in of for o in prep_objects(x, ("over",))]
    targets, side = (over, next(iter(of), None)) if over else (of, None)
    poss = next(iter(children(trigger, ("poss",))), None)
    if poss is not None and poss.lower_ in ("latter", "former"):
        poss = _one_of_pair(trigger, poss.lower_ == "latter")  # "clashes between A and B ended with the latter's control"
    gaining = side or (poss if poss is not None and poss.lower_ not in _PRONOUNS else None)
    if gaining is None and verb.lemma_.lower() == "confirm":
        gaining = subject_of(verb)  # "the forces confirmed (their) control of X": their own
    places = [r for o in targets for r in place_refs(o)]
    if gaining is None or not places:
        return None
    frame = Frame(trigger, TriggerClass.GAIN, "active", places=places, gaining=gaining)
    frame.needs_known = not all(r.kind_noun is not None for r in places)
    frame.anchor = verb
    return frame


def _one_of_pair(trigger: Token, latter: bool) -> Token | None:
    """The side "the latter" ("the former") stands for: the second (first) of the pair the sentence puts "between"."""
    for tok in trigger.sent:
        if tok.lower_ == "between" and tok.i < trigger.i:
            first = next(iter(prep_objects(tok.head, ("between",))), None) if tok.dep_ == "prep" else None
            if first is not None and first.conjuncts:
                return first.conjuncts[-1] if latter else first
    return None


def _restore_frame(trigger: Token) -> Frame | None:
    """"Army units restored security and stability to the villages of A and B", "restored control over A and B": a
    state bulletin's recapture, told
    by an armed subject (police restoring order to streets, or power restored to a town, are no change of hands)."""
    objs = objects_of(trigger)
    control = next((o for o in objs if o.lemma_.lower() == "control"), None)  # "restored control over A and B"
    if control is None and not any(o.lemma_.lower() in _SECURITY or any(c.lemma_.lower() in _SECURITY for c in o.conjuncts) for o in objs):
        return None
    if negated_or_modal(trigger):
        return None
    subj = subject_of(trigger)
    if subj is None or not (subj.lemma_.lower() in _ARMED_SUBJECTS or (subj.pos_ == "PROPN" and subj.lower_ not in ("police",))):
        return None
    targets = (prep_objects(control, ("over", "of")) or prep_objects(trigger, ("over",))) if control is not None else prep_objects(trigger, ("to",))
    places = [r for o in targets for r in place_refs(o)]
    return Frame(trigger, TriggerClass.GAIN, "active", places=places, gaining=subj)


def _redeploy_frame(trigger: Token) -> Frame | None:
    """"The army said it had redeployed its forces outside Hama", "units stationed there were repositioned outside the
    city": a side's own word for leaving a town, counted only done and only "outside" a place (never "redeployed to
    X", "redeployed troops inside X", a plan or a denial)."""
    if trigger.tag_ not in ("VBD", "VBN") or negated_or_modal(trigger):
        return None
    outside = [o for t in (trigger, *objects_of(trigger)) for o in prep_objects(t, ("outside",))]
    if not outside and trigger.dep_ == "conj":  # "were redeployed and repositioned outside the city"
        outside = [o for c in trigger.head.children if c.dep_ == "conj" for o in prep_objects(c, ("outside",))]
    places = [r for o in outside for r in place_refs(o)]
    if is_passive(trigger) or (trigger.dep_ == "conj" and is_passive(trigger.head)):
        units = next(iter(children(trigger, ("nsubjpass",)) or children(trigger.head, ("nsubjpass",))), None)
        losing = next((c for c in units.children if c.dep_ == "poss"), units) if units is not None else None
        # "its units in Hama had been redeployed outside the city": the town the units were in is the one left
        stationed = [r for o in prep_objects(units, ("in",)) for r in place_refs(o)] if units is not None else []
        if stationed and all(r.anaphor for r in places):
            places = stationed
    else:
        losing = subject_of(trigger)
    if losing is None or losing.lower_ in ("its", "their") or losing.lemma_.lower() in _ARMED_SUBJECTS:
        # a side's own word for its own units: "the army said its units / military units were redeployed"
        losing = _announcer(trigger) or losing
    return Frame(trigger, TriggerClass.LOSE, "active", places=places, losing=losing)


def _driven_out(trigger: Token) -> bool:
    """Whether the sentence has the other side driven out ("driving out rival militias", "expelled the rebels") or a
    battle behind the hold ("after a weeks-long battle")."""
    for tok in trigger.sent:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in _EXPELLING and (lemma not in ("drive", "push", "force", "chase", "flush") or any(
            c.lower_ in ("out", "back") for c in tok.children
        )):
            return True
        if lemma in _FIGHTS and tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following"):
            return True
    return False


def _consolidate_frame(trigger: Token) -> Frame | None:
    """"Islamist militias said they have consolidated their hold on Tripoli, driving out rival militias": the side took
    the town in the fighting the sentence tells ("consolidated his hold on power", "tighten grip on the economy", or a
    hold made firmer with no one driven out is no change)."""
    if trigger.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or any(c.dep_ == "neg" for c in trigger.children):
        return None
    hold = next((o for o in objects_of(trigger) if o.lemma_.lower() in _HOLD_NOUNS), None)
    if hold is None or not _driven_out(trigger):
        return None
    places = [r for o in prep_objects(hold, ("on", "over", "of")) for r in _named_refs(o)]
    return Frame(trigger, TriggerClass.GAIN, "active", places=places, gaining=subject_of(trigger), needs_known=True)


_ANNOUNCING = frozenset("say announce state confirm admit acknowledge".split())


def _announcer(trigger: Token) -> Token | None:
    """The named subject of the verb of saying a clause hangs on ("the army said ..."), or None."""
    for head in trigger.ancestors:
        if head.lemma_.lower() in _ANNOUNCING and head.pos_ == "VERB":
            return next((c for c in children(head, ("nsubj",)) if c.pos_ in ("NOUN", "PROPN")), None)
    return None
