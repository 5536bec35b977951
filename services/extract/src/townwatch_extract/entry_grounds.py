"""What in an entry's own sentence makes it a capture: a deal it goes in under, the town's defenders disarmed, a town
the sentence gives to the other side (its stronghold, fallen to it, besieged by the side going in), or a site of the
town taken (then only part of it)."""

from __future__ import annotations

from spacy.tokens import Token

from townwatch_extract.lexicon import SETTLED
from townwatch_extract.syntax import children, prep_objects

__all__ = [
    "WAY_VERBS", "entered_and_disarmed", "entered_by_deal", "entered_foes_town", "entered_seat_taken", "entered_site_taken",
    "held_quarters_town", "on_errand", "pushed_out_side", "rest_of_town", "seat_of_entered", "way_into",
]

# "entered the towns of A, B and C under the reconciliation agreement", "... as part of a surrender deal"
_DEALS = frozenset("agreement agreements deal deals accord accords settlement settlements arrangement arrangements".split())
# a deal whose terms are not a handover: "entered the talks under a ceasefire agreement" is no entry of a town
_NOT_HANDOVER = frozenset("aid humanitarian relief evacuation exchange prisoner trade grain".split())
# the town's own armed men disarmed by the side going in ("entered X and disarmed the local militia")
_DEFENDERS = frozenset("militia militias fighters defenders garrison garrisons guards police policemen rebels gunmen soldiers troops".split())
# a site of the town entered ("entered Sirte and took control of the city's sea port", a headline's "Enters X, Takes
# Control Over Sea Port"): only part of the town changed hands
_SITES = frozenset("port seaport harbour harbor airport palace square headquarters hq centre center".split())
_TAKE_CONTROL = frozenset("take seize gain assume establish secure".split())
_PLACE_POSS = frozenset({"its", "city", "town", "village"})


def _deal(obj: Token) -> bool:
    return obj.lemma_.lower() in _DEALS and not any(
        c.lemma_.lower() in _NOT_HANDOVER for c in obj.children if c.dep_ in ("compound", "amod")
    )


def entered_by_deal(trigger: Token) -> bool:
    """"the SAA entered the towns of A, B and C under the reconciliation agreement", "entered X as part of a deal":
    the other side agreed to give the towns up (an aid convoy's "under a humanitarian deal" is no handover)."""
    if any(_deal(o) for o in prep_objects(trigger, ("under",))):
        return True
    return any(
        p.lower_ == "as" and any(o.lower_ == "part" and any(_deal(d) for d in prep_objects(o, ("of",))) for o in children(p, ("pobj",)))
        for p in children(trigger, ("prep",))
    )


def entered_and_disarmed(trigger: Token) -> bool:
    """"a convoy entered the town of X and disarmed the local militia": the side going in took the town's arms."""
    return any(
        c.lemma_.lower() == "disarm" and c.dep_ == "conj" and not children(c, ("nsubj",))
        and any(o.lemma_.lower() in _DEFENDERS or o.lower_ in _DEFENDERS for o in children(c, ("dobj",)))
        for c in trigger.children
    )


# "fought their way into the city of X", "battled / forced / pushed their way into X": going in against resistance, an
# entry like "entered X" (a capture only with what makes an entry one)
WAY_VERBS = frozenset("fight battle force push shoot blast make".split())  # and "made their way into X" (verbs24)


def way_into(trigger: Token) -> bool:
    """"fought their way into X": the verb has "(their) way" for object and a place after "into"."""
    return trigger.lemma_.lower() in WAY_VERBS and any(
        o.lower_ == "way" and any(c.dep_ == "poss" for c in o.children) for o in children(trigger, ("dobj",))
    ) and bool(prep_objects(trigger, ("into",)))


# the other side put out by the side going in ("fought their way into X, pushing out the Houthi militia", "entered X
# and drove out the rebels"): the verbs that need "out", and those that alone say it
_OUT_VERBS = frozenset("push drive force chase kick flush".split())
_OUSTING = frozenset("oust expel dislodge evict rout".split())
# people a side makes leave a town, never the side that held it ("forcing out residents")
_NOT_SIDES = frozenset("civilian resident inhabitant villager people family population household farmer herder journalist "
                       "protester demonstrator crowd worker staff".split())
_COUNTS = frozenset("hundred thousand dozen score".split())


def pushed_out_side(trigger: Token) -> Token | None:
    """The side an entry's own sentence says the side going in put out, with no place of its own ("entered X, pushing
    out the Houthi militia", "fought their way into X and drove out the rebels"); None when there is none, or when
    the putting out is still an aim ("trying to push out", "to drive out") or denied."""
    for tok in trigger.sent:
        lemma = tok.lemma_.lower()
        if tok == trigger or tok.pos_ != "VERB" or not (lemma in _OUSTING or (
            lemma in _OUT_VERBS and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
        )):
            continue
        # a participle clause of the entry (the parse may hang it on a "said" between them) or the entry's own
        # second verb, with no subject of its own
        if not (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and tok.i > trigger.i) and not (
            tok.dep_ == "conj" and tok.head == trigger and tok.tag_ in ("VBD", "VBN")
        ):
            continue
        if children(tok, ("nsubj", "aux", "neg", "mark")) or prep_objects(tok, ("from", "of")):
            continue  # "after trying to push out", "to drive out", "pushing them out of X" (a place of its own)
        side = next(iter(children(tok, ("dobj",))), None)
        if side is not None and side.lemma_.lower() in _COUNTS:
            side = next(iter(prep_objects(side, ("of",))), None)  # "forcing out hundreds of residents"
        if side is not None and side.pos_ in ("NOUN", "PROPN") and side.lemma_.lower() not in _NOT_SIDES:
            return side
    return None


def entered_site_taken(trigger: Token) -> bool:
    """"has entered the city of Sirte and has taken control over the city's sea port", "Enters X, Takes Control Over
    Sea Port": a site of the town entered (unnamed, or named as the town's) taken by the same side."""
    for verb in children(trigger, ("conj",)):
        if verb.lemma_.lower() not in _TAKE_CONTROL or children(verb, ("nsubj",)):
            continue
        for ctrl in children(verb, ("dobj",)):
            if ctrl.lemma_.lower() != "control":
                continue
            for site in prep_objects(ctrl, ("of", "over")) + prep_objects(verb, ("of", "over")):
                if site.lemma_.lower() not in _SITES or any(c.pos_ == "PROPN" for c in site.subtree):
                    continue
                # named as the town's ("the city's sea port", "its port") or bare in a headline ("Takes Control Over
                # Sea Port"); "the presidential palace" may be a site the story tells apart from the town
                owner = [c for c in site.children if c.dep_ == "poss"]
                if (owner and all(o.lower_ in _PLACE_POSS for o in owner)) or not any(c.dep_ in ("det", "poss") for c in site.children):
                    return True
    return False


# the seat of the town's government taken by the side going in ("entered Kabul and took control of the presidential
# palace", "entered X and seized the governor's compound"): the town is theirs, its seat part of that one event
# (labelling.md, Sites); a named building ("the Republican Palace") may stand apart from the town and stays a site
_SEATS = frozenset("palace compound office offices headquarters hq building buildings residence".split())
_SEAT_OWNERS = frozenset("presidential president governor government provincial governorate municipal municipality mayor".split())
_SEAT_VERBS = _TAKE_CONTROL | frozenset({"capture", "occupy", "overrun"})


def _seat(site: Token) -> bool:
    return site.lemma_.lower() in _SEATS and not any(c.pos_ == "PROPN" for c in site.subtree) and any(
        c.dep_ in ("amod", "compound", "poss") and c.lemma_.lower() in _SEAT_OWNERS for c in site.children
    )


def _seat_taken(verb: Token) -> bool:
    if verb.lemma_.lower() not in _SEAT_VERBS or any(
        c.dep_ in ("nsubj", "neg") or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children
    ):
        return False
    objs = children(verb, ("dobj",))
    sites = [s for o in objs if o.lemma_.lower() == "control" for s in prep_objects(o, ("of", "over"))]
    return any(_seat(s) for s in [*objs, *sites, *prep_objects(verb, ("of", "over"))])


def entered_seat_taken(trigger: Token) -> bool:
    """"Taliban fighters entered Kabul and took control of the presidential palace": the side going in took the seat of
    the town's government, so the town (not only part of it)."""
    return any(_seat_taken(v) for v in children(trigger, ("conj",)))


def seat_of_entered(verb: Token) -> bool:
    """The verb that takes the seat of a town just entered ("entered Kabul and took control of the presidential
    palace"): the seat is part of the town's capture, not a second event."""
    return verb.dep_ == "conj" and verb.head.lemma_.lower() == "enter" and _seat_taken(verb)


# quarters of a town the other side holds ("entered rebel-held parts of X city", "entered neighbourhoods controlled by
# rival factions in the city of X"): part of the town changed hands; "entered the outskirts" is still an advance
_QUARTERS = frozenset("neighbourhood neighborhood district part area quarter section".split())
_HELD = frozenset({"hold", "control"})
# what is left of a town ("forces enter the remaining of the city of X", "entered the rest of X"): the side held the
# other part and now goes into this one
_REST = frozenset({"rest", "remaining", "remainder"})


def _held(quarter: Token) -> bool:
    for c in quarter.children:
        if c.lemma_.lower() not in _HELD or c.tag_ != "VBN":
            continue
        if c.dep_ == "amod" and any(h.text == "-" for h in c.children):
            return True  # "rebel-held parts"
        if c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children):
            return True  # "neighbourhoods controlled by rival factions"
    return False


def held_quarters_town(target: Token) -> Token | None:
    """The town whose quarters held by another side were entered: "parts of X city" (of), or "neighbourhoods
    controlled by rival factions in the city of X" (in, wherever the parse hangs it); None for another entry."""
    if target.lemma_.lower() not in _QUARTERS or target.tag_ != "NNS" or not _held(target):
        return None
    towns = prep_objects(target, ("of",)) or [t for t in target.subtree if t.dep_ == "pobj" and t.head.lower_ == "in"]
    return towns[0] if towns else None


def rest_of_town(target: Token) -> Token | None:
    """"enter the remaining of the city of X", "entered the rest of X": the town of the rest entered."""
    if target.lower_ not in _REST:
        return None
    towns = prep_objects(target, ("of",))
    return towns[0] if towns else None


# The other side's town, as the entry's own sentence tells it (verbs24): "entered X, the last major stronghold of Z"
# (an apposition that names another side's last hold there), "re-entered X, a month after it fell to Z" (the town's fall to the
# other side), "entered X after having besieged the town for two weeks" (the siege the side going in laid ended with
# its entry). A town named as the entering side's own ("entered X, their stronghold"), a stronghold with no side, a
# fall still to come or a siege laid by another side say nothing of who took it.
_HOLDS = frozenset({"stronghold", "bastion", "bulwark", "fiefdom", "heartland"})
_LAST = frozenset({"last", "final", "remaining"})
_FORMER = frozenset({"former", "erstwhile", "onetime", "one-time"})
# what a side goes into a town for when it is not taking it: "entered X to deliver aid", "... to evacuate civilians"
_ERRANDS = frozenset("deliver distribute evacuate negotiate inspect assess escort visit attend rescue bring hand".split())


def on_errand(trigger: Token) -> bool:
    """"troops entered X to deliver aid", "entered the town to evacuate the wounded": the entry's purpose is an errand."""
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _ERRANDS and any(a.lower_ == "to" for a in c.children)
               for c in trigger.children)
_OWN = frozenset({"their", "its", "his", "our"})
_SIEGING = frozenset({"besiege", "encircle", "blockade", "surround"})
_TOWN_WORDS = SETTLED | {"it", "settlement", "locality", "them", "towns", "villages"}


# the common words a stronghold is named after a side with ("the last rebel stronghold, X", "a jihadist bastion")
_SIDE_WORDS = frozenset("rebel rebels insurgent insurgents militant militants jihadist jihadists opposition separatist separatists".split())


def _holder(hold: Token) -> Token | None:
    """The side a stronghold is named after: "the stronghold of Z", "Z's stronghold", "the last rebel stronghold"
    (never "their stronghold")."""
    poss = next(iter(children(hold, ("poss",))), None)
    if poss is not None:
        return None if poss.lower_ in _OWN else poss
    side = next(iter(prep_objects(hold, ("of",))), None)
    if side is not None and side.pos_ == "PROPN":
        return side
    if side is not None and (named := next((c for c in side.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"), None)) is not None:
        return named  # "a former stronghold of the al-Shabab militant group": the group's name
    return next((c for c in hold.children if c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.lower_ in _SIDE_WORDS)), None)


def _named_after(trigger: Token) -> list[Token]:
    """The entered place's description set off after it ("entered Tarhuna, the last stronghold of Z"; the parse may
    hang it on the place or on the verb)."""
    objs = ([o for o in children(trigger, ("dobj",))] or prep_objects(trigger, ("into",)))[:1]
    if not objs:
        return []
    place = objs[0]
    if place.lemma_.lower() in _HOLDS:
        return [place]  # "marched into the final rebel stronghold, Zugdidi": the stronghold is the place's own phrase
    towns = [place, *prep_objects(place, ("of",))]  # "the city of Tarhuna, the last stronghold ..."
    return [c for t in towns for c in t.children if c.dep_ == "appos" and c.i > place.i] + [
        c for c in trigger.children if c.dep_ in ("npadvmod", "appos", "dep") and c.i > place.i
    ]


def _fell_to_other(trigger: Token) -> bool:
    """"just over a month after it fell to M23 rebels": the entered town (a pronoun or a town noun) fell to a side."""
    for tok in trigger.sent:
        if tok.lemma_.lower() != "fall" or tok.tag_ not in ("VBD", "VBN") or children(tok, ("neg",)):
            continue
        subj = next(iter(children(tok, ("nsubj",))), None)
        if subj is None or subj.lower_ not in _TOWN_WORDS or not any(m.lower_ == "after" for m in children(tok, ("mark",))):
            continue
        if prep_objects(tok, ("to",)):
            return True
    return False


def _besieged_before(trigger: Token) -> bool:
    """"entered Kanaker after having besieged the town for almost two weeks": the side going in laid the siege."""
    for prep in children(trigger, ("prep",)):
        if prep.lower_ not in ("after", "following"):
            continue
        for verb in children(prep, ("pcomp",)):
            if verb.lemma_.lower() in _SIEGING and not children(verb, ("nsubj", "neg")) and any(
                o.lower_ in _TOWN_WORDS for o in children(verb, ("dobj",))
            ):
                return True
    return False


def entered_foes_town(trigger: Token) -> bool:
    """Whether the entry's own sentence gives the entered town to another side: its stronghold, fallen to it, or
    besieged by the side going in (see above)."""
    subj = next(iter(children(trigger, ("nsubj",))), None)
    own = {t.lower_ for t in subj.subtree} if subj is not None else set()  # "Peshmerga fighters ... a Peshmerga stronghold"
    if on_errand(trigger):
        return False  # "entered X, a former stronghold of Z, to deliver aid": gone in for something else
    for desc in _named_after(trigger):
        # only the other side's last hold there ("the last major stronghold of Z", "the final rebel stronghold"): going
        # into "a militant stronghold" is also every raid's grammar (Jenin, Gaza)
        # (or one it has left: "entered the port city of X, a former stronghold of Z")
        if desc.lemma_.lower() in _HOLDS and any(c.lower_ in _LAST or c.lower_ in _FORMER for c in desc.children):
            holder = _holder(desc)
            if holder is not None and holder.lower_ not in own:
                return True
    return _fell_to_other(trigger) or _besieged_before(trigger)
