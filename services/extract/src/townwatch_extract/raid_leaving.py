"""Raid leaving: a side that leaves a place "after looting" it, or at the end of its own operation there, told as the end
of a raid rather than a loss."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

__all__ = ["attacked_before", "left_after_attack", "left_after_operation", "left_after_raid"]

# the leaving verbs a monitor closes a raid with ("withdrew from X after looting the market", "left the village after
# burning houses", "pulled out of X after abducting 12 civilians"); "retreat" has its own reading in the extractor
_LEAVING = frozenset("withdraw leave pull exit depart".split())
# what raiders do before they go; never a scorched-earth "after destroying the bridges" (a holder's withdrawal) or
# "after killing" (an operation told of either side)
_RAIDING = frozenset("loot pillage plunder ransack burn torch abduct kidnap rob steal rustle".split())


def left_after_raid(trigger: Token) -> bool:
    """True when the leaving verb's own "after" clause is a raid: "RSF fighters withdrew from X after looting the
    market", "the militants left the village after they burned houses". A leaving with no such clause ("withdrew
    from X after heavy fighting", "withdrew after two days of clashes") is left to the other readings."""
    if trigger.lemma_.lower() not in _LEAVING:
        return False
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "after":
            if any(c.dep_ == "pcomp" and c.lemma_.lower() in _RAIDING for c in child.children):
                return True
        elif child.dep_ == "advcl" and child.lemma_.lower() in _RAIDING and any(
            m.dep_ == "mark" and m.lower_ == "after" for m in child.children
        ):
            return True
    return False


# the deeds a side ends by leaving a place: its own raid, incursion or operation there ("withdrew from Khan Younis after
# a month-long ground operation", "pulled out of Jenin at the end of a 48-hour raid"); never "offensive" or "fighting"
# (an enemy's push, a battle lost: "withdrew from Avdiivka following a months-long Russian offensive")
_OPERATIONS = frozenset("operation raid incursion mission sweep foray".split())
_ENDING = frozenset("complete conclude finish end wrap".split())
_OWN = frozenset({"its", "their", "his", "our"})
_SIDE_WORDS = frozenset("army military government coalition rebel militant jihadist insurgent security counterterrorism".split())
# the words after a headline's leaving verb: its place, then "after" an operation of a few modifiers, no other side's
_OPERATION_AFTER = re.compile(
    r"[^,.;:]{0,60}?\b(?:after|following)\s+(?:an?\s+|its\s+|their\s+)?(?:(?!by\b|offensive\b|fighting\b|army\b|military\b|government\b)[\w-]+\s+){0,4}"
    r"(?:operation|raid|incursion|mission|sweep|foray)s?\b(?!\s+by\b)",
    re.I,
)


def _own_operation(noun: Token) -> bool:
    """Whether ``noun`` is an operation with no other side's name on it (not "an operation by the army", "the army's
    operation": an operation of the side's foe that drove it out)."""
    if noun.lemma_.lower() not in _OPERATIONS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return False
    if any(t.ent_type_ in ("NORP", "GPE", "ORG") or t.pos_ == "PROPN" or t.lower_ in _SIDE_WORDS
           for t in noun.doc[noun.left_edge.i : noun.i]):
        return False  # "after a Russian operation", "after an army operation": whose it is, a side the text names
    return not any(c.dep_ == "poss" and c.lower_ not in _OWN for c in noun.children)


def left_after_operation(trigger: Token) -> bool:
    """True when the leaving verb's "after" / "following" / "at the end of" phrase is the side's own operation: "Israel's
    military has withdrawn from eastern Khan Younis following a month-long ground operation", "troops pulled out of
    Jenin after completing a large-scale operation", "... at the end of a two-day raid": the end of a raid, no change.
    "withdrew after months of fighting", "following a Russian offensive", "after an operation by the army" are not."""
    if trigger.lemma_.lower() not in _LEAVING:
        return False
    if any(c.dep_ == "dep" and c.lower_ in ("after", "following") for c in trigger.children):
        # a headline's parse leaves the phrase in pieces ("Israel Withdraws From X After Month-Long Major Operation"):
        # read the words after the verb instead
        rest = trigger.doc.text[trigger.idx + len(trigger.text) :]
        return _OPERATION_AFTER.match(rest) is not None
    for prep in trigger.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("after", "following", "at"):
            continue
        for obj in prep.children:
            if prep.lower_ == "at" and obj.dep_ == "pobj" and obj.lower_ == "end":
                obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), obj)
            if obj.dep_ == "pobj" and _own_operation(obj):
                return True
            if obj.dep_ == "pcomp" and obj.lemma_.lower() in _ENDING and any(
                o.dep_ == "dobj" and _own_operation(o) for o in obj.children
            ):
                return True
    return False


# a side's own attack on a place, told before it leaves it: "Fano forces launched an attack in Gondar ... and withdrew
# from the city", "Al-Shabaab attacked army positions in X. The militants withdrew from the town"
_ATTACKING = frozenset("attack raid storm assault ambush".split())
_ATTACK_NOUNS = frozenset("attack attacks raid raids assault assaults incursion incursions".split())
_LAUNCHING = frozenset("launch carry conduct stage mount".split())


def _attacks(verb: Token) -> bool:
    """"attacked X", "raided X", "launched an attack in X": an active attack verb (never "was attacked")."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in verb.children):
        return False
    low = verb.lemma_.lower()
    return low in _ATTACKING or (low in _LAUNCHING and any(c.dep_ == "dobj" and c.lower_ in _ATTACK_NOUNS for c in verb.children))


def _attacker(verb: Token) -> Token | None:
    """The subject of an attack verb, or of the verb it is joined to ("militants raided X and looted it")."""
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject
        verb = verb.head
    return None


def left_after_attack(trigger: Token, leaver: Callable[[Token], bool]) -> bool:
    """True when the side leaving a place (``leaver``: whether a subject names it) attacked before, in the same sentence
    or the one before: "Fano forces launched an attack in Gondar and withdrew from the city", "Al-Shabaab attacked army
    positions in X. The militants withdrew from the town after two hours": the attackers never held it, no change.
    "The militants withdrew from X after the army attacked the town" (another side's attack) is not."""
    if trigger.lemma_.lower() not in _LEAVING | {"retreat"}:
        return False
    sent = trigger.sent
    before = list(trigger.doc[sent.start : trigger.i])
    if sent.start > 0:
        before = list(trigger.doc[sent.start - 1].sent) + before
    for verb in before:
        if not _attacks(verb):
            continue
        if verb.sent == sent and trigger.dep_ == "conj" and trigger.head.i == verb.i and not any(c.dep_ == "nsubj" for c in trigger.children):
            return True  # "raided X and withdrew": one subject for both
        subject = _attacker(verb)
        if subject is not None and leaver(subject):
            return True
    return False


# the sentence before a leaving, whose side attacked: "Al-Shabaab attacked army positions in X." (never "was attacked")
_ATTACKED = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\b(?:attacked|raided|stormed|assaulted|ambushed|"
    r"(?:launched|carried out|conducted|staged|mounted) an? (?:[\w-]+ ){0,2}(?:attack|assault|raid|incursion))\b",
    re.I,
)


def attacked_before(sentence: str, last_side: Callable[[str], str | None], side_id: str) -> bool:
    """Whether the sentence before a leaving tells the leaving side's attack: the last side ``last_side`` finds in the
    words before an active attack verb is ``side_id`` ("Al-Shabaab attacked army positions in X." before "The
    militants withdrew from the town"); each leaving side is the one a sentence of its own names by a generic word."""
    for m in _ATTACKED.finditer(sentence):
        if last_side(sentence[: m.start()]) == side_id:
            return True
    return False
