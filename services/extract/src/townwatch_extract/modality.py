"""Modality: whether a trigger states a change that happened, or an intention, hypothesis, denial or ongoing fight."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Token

from townwatch_extract.dated_result import dated_result
from townwatch_extract.lexicon import (
    DENY_FINITE,
    DENY_FORMS,
    DENY_LEMMAS,
    SETTLED,
    VERB_CLASSES,
    TriggerClass,
)
from townwatch_extract.news_nominal import outcome_verb
from townwatch_extract.praise import celebrated_on_arrival, praised_deed

__all__ = ["FINISH_HEADS", "INTENT_WORDS", "Modality", "Mood", "is_background_clause", "ranked", "read_modality", "refuted"]


class Mood(StrEnum):
    EVENT = "event"
    NEGATED = "negated"
    DENIED = "denied"
    INTENT = "intent"
    HYPOTHETICAL = "hypothetical"
    ONGOING = "ongoing"


SAY_VERBS = frozenset(
    "say claim announce state declare report tell insist assert boast confirm add write post tweet note "
    "acknowledge admit quote".split()
)
_DENY = DENY_LEMMAS | {"disprove", "contradict"}
# what a side refusing to own a loss will not do ("refused to acknowledge that X had fallen"; "refused to confirm" is
# no comment)
_OWN_UP = frozenset({"acknowledge", "admit", "accept", "recognise", "recognize", "concede"})
# a denying verb read as an auxiliary keeps its inflection as its lemma ("denies")
_DENY_WORD = re.compile(r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|refute[sd]?|dismiss(?:es|ed)?)$")
_CLAIM_NOUNS = frozenset("claim report allegation rumour rumor suggestion assertion statement announcement".split())
# (and a narrated sequence's "proceeded to": "troops proceeded to clear the surrounding villages including A, B")
_FINISH_HEADS = frozenset({"manage", "succeed", "force", "compel", "help", "proceed"})
# the verbs whose perfect infinitive tells a deed done, hedged ("the army appears to have regained X", "the rebels
# seem to have taken X"); a plain infinitive under them stays an aim ("appears ready to take", "appears to be trying")
_HEDGED_PERFECT = frozenset({"appear", "seem"})
# what a side "had to" do, done when told in the past: a place given up ("the TNLA had to relinquish X", "troops had
# to withdraw from X"); "has to withdraw", "will have to withdraw" are still to come
_GIVEN_UP = frozenset("withdraw relinquish abandon retreat cede evacuate leave surrender".split())
_PERMIT_HEADS = frozenset({"allow", "enable"})
# the verbs whose bare infinitive tells what their subject makes possible ("could help the militants gain control")
_HELP_HEADS = frozenset({"help", "let", "make"})
_ABLE_DONE = ("was", "were", "been")  # the forms of "be" before "able to" that tell a deed done
_INTENT_WORDS = frozenset(
    "aim plan vow pledge seek try attempt hope want threaten intend prepare push launch begin start expect "
    "poise set likely able bid effort campaign offensive operation battle fight drive mission push race "
    "order call urge move struggle promise determine ready close verge brink near approach".split()
)
# Public for the prefilter, which skips "a campaign to retake X" without parsing it (prefilter.py).
FINISH_HEADS, INTENT_WORDS = _FINISH_HEADS, _INTENT_WORDS
_NOUN_INTENT_HEADS = frozenset(
    "prevent seek plan demand want attempt push prepare threaten resist stop avert await expect predict "
    "anticipate fear block delay hinder".split()
)
# the verbs whose subject noun is a deed under way, not done ("the battle's capture of X began"): still an intent
_BEGUN_HEADS = frozenset({"begin", "start", "launch", "continue", "await", "near", "stall"})
_GOOD_PREPS = frozenset({"after", "by", "upon", "following", "since", "in", "with", "on"})
# what a capture noun is said to be when it has not happened: "the fall of X is imminent", "is only a matter of time"
_PROSPECT_STATES = frozenset("imminent near nigh inevitable unavoidable likely possible looming close probable".split())
_NOUN_BAD_PREPS = frozenset({"for", "towards", "toward", "against", "ahead", "before", "prevent"})
_NOUN_BAD_MODS = frozenset({"planned", "expected", "imminent", "possible", "potential", "attempted", "failed", "feared", "looming", "impending", "likely", "would-be", "eventual", "future"})
_HEDGES = ("reportedly", "unconfirmed", "could not be independently verified", "could not independently verify",
           "could not be verified", "allegedly", "appeared to", "appears to", "was said to", "were said to",
           "reports said", "according to reports", "unverified", "purportedly", "appear to have", "seems to have",
           "seem to have", "seemed to have")
_CLAIM_MARKERS = ("could not be independently verified", "could not independently verify", "could not be verified",
                  "unverified", "did not confirm", "no independent confirmation", "has not been confirmed")
_MODAL_NEG = frozenset({"not", "n't", "never", "no"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "once", "until", "before", "whether", "lest"})


def _after_in_future(tok: Token) -> bool:
    """A present-tense "after / when / as soon as" clause under a future main verb ("will reach X after forces regain
    control of A"): the capture is still to come. A past form ("after forces regained") is told as done."""
    if tok.dep_ != "advcl" or tok.tag_ not in ("VBP", "VBZ", "VB") or not any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "when") for c in tok.children
    ):
        return False
    head = tok.head
    for _ in range(3):  # "will push on to Hit when they retake X": the future may sit on the verb the clause's verb hangs on
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in head.children):
            return True
        if head.dep_ not in ("xcomp", "conj", "advcl") or head.head == head:
            return False
        head = head.head
    return False


@dataclass
class Modality:
    """What the sentence says about the trigger."""

    mood: Mood
    pluperfect: bool = False
    speech: Token | None = None
    speaker: Token | None = None
    claim_verb: bool = False
    hedged: bool = False
    unverified: bool = False
    when_clause: bool = False


def _has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in _MODAL_NEG) for c in tok.children)


def _has_modal(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


# an operation to take a place that a past verb says is over ("completed the operation to recapture Fallujah")
_OPERATION_NOUNS = frozenset("operation offensive campaign mission battle".split())
_COMPLETING = frozenset("complete conclude finish end".split())


def _operation_completed(noun: Token) -> bool:
    """Whether ``noun`` is an operation the verb it is the object of tells completed, in the past ("completed the
    operation to liberate X", "concluded its offensive to retake X"; never "will complete", "began the operation")."""
    verb = noun.head
    return (
        noun.lemma_.lower() in _OPERATION_NOUNS and noun.dep_ == "dobj" and verb.lemma_.lower() in _COMPLETING
        and verb.tag_ in ("VBD", "VBN") and verb.pos_ in ("VERB", "AUX")
    )


def _verb_mood(tok: Token, depth: int = 0) -> Mood:
    """Mood of a verbal trigger (and, recursively, of the clause that governs it)."""
    if depth > 6:
        return Mood.EVENT
    if _has_neg(tok):
        return Mood.NEGATED
    if _has_modal(tok):
        return Mood.HYPOTHETICAL
    if any(c.dep_ == "advmod" and c.lower_ in ("nearly", "almost") for c in tok.children):
        return Mood.NEGATED  # "X district nearly fell / almost collapsed to the Taliban": it did not
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in tok.children):
        return Mood.HYPOTHETICAL
    if _after_in_future(tok):
        return Mood.HYPOTHETICAL  # "forces will reach the river after they regain control of A and B": still to come
    aux_lowers = [c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBG" and any(a in ("is", "are", "was", "were", "be", "been", "'re", "'s", "am") for a in aux_lowers) and not any(c.dep_ == "auxpass" for c in tok.children):
        return Mood.ONGOING
    if tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "ccomp", "conj") and any(
        c.dep_ == "auxpass" and c.lower_ == "being" and c.i < tok.i for c in tok.children
    ):
        return Mood.ONGOING  # "IS is being driven out of X", a headline's "IS 'being driven out of X'": a push under way
    head = tok.head
    if tok.dep_ in ("csubj", "csubjpass") and head != tok and (_has_modal(head) or _has_neg(head)):
        return Mood.HYPOTHETICAL  # "says retaking Mosul from IS can be done": the deed is the subject of a maybe
    infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
    if infinitive and head.i != tok.i and (
        (head.lemma_.lower() in SAY_VERBS and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children))
        or (head.lemma_.lower() in ("say", "report", "believe") and any(c.tag_ == "TO" and c.i == head.i + 1 for c in tok.children))
        # a headline's "Russia claims to capture Mariupol": the claim is of the deed, told in the present
        or (head.lemma_.lower() == "claim" and head.tag_ in ("VBZ", "VBD", "VBP") and any(c.tag_ == "TO" and c.i == head.i + 1 for c in tok.children))
        # "the ENDF appears to have regained control of X": a hedged report of a deed done (flagged by the hedge)
        or (head.lemma_.lower() in _HEDGED_PERFECT and any(c.tag_ == "TO" and c.i == head.i + 1 for c in tok.children)
            and any(c.dep_ == "aux" and c.lower_ == "have" and c.i == head.i + 2 for c in tok.children))
        # "the TNLA had to relinquish X", "they have had to retreat from X": a place given up under pressure, done
        or (head.lower_ == "had" and head.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in _GIVEN_UP
            and any(c.tag_ == "TO" and c.i == head.i + 1 for c in tok.children))
    ):
        # "RSF claims to have seized X" (a claim of a done deed), "troops said to recapture X" (a hedged report)
        return _verb_mood(head, depth + 1)
    if infinitive and head.lower_ == "able" and head.dep_ == "acomp" and head.head.lower_ in _ABLE_DONE:
        # "were able to recapture X", "have now been able to establish control over X" are done ("will be able to"
        # stays intent; "would have been able to" is read on "been", whose modal makes it hypothetical)
        return _verb_mood(head.head, depth + 1)
    if infinitive and head.lower_ in _ABLE_DONE and any(c.dep_ == "acomp" and c.lower_ == "able" and c.i < tok.i for c in head.children):
        return _verb_mood(head, depth + 1)  # "was able today to liberate X": the parser hangs the infinitive on "was"
    if infinitive and tok.dep_ in ("relcl", "acl") and head.dep_ in ("attr", "nsubj") and ranked(head):
        # "X is the ninth provincial capital to fall to Z", "The latest to fall is X": done, counted
        return _verb_mood(head.head, depth + 1)
    if infinitive and (_operation_completed(head) or (tok.dep_ == "advcl" and any(_operation_completed(o) for o in head.children))):
        # "completed the operation to recapture X": the operation is over (the parse hangs the infinitive on the
        # noun or on the verb)
        return _verb_mood(head.head if head.pos_ == "NOUN" else head, depth + 1)
    if infinitive:
        # "forced to withdraw" is done; "Iraqi forces to retake Tikrit" (a headline's future) only shares the lemma
        # "a collapse allowed the rebels to take X", "the strikes enabled troops to retake X": a past permission is done
        permitted = head.lemma_.lower() in _PERMIT_HEADS and (head.tag_ in ("VBD", "VBN") or (
            # "the anti-LNA forces withdrew, allowing the LNA to claim control of X" (verbs24): the participle clause of
            # a past deed, its permission as done as the deed
            head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp", "conj") and head.head.tag_ in ("VBD", "VBN")
        ))
        if dated_result(tok):
            return _verb_mood(head, depth + 1)  # "advanced from A to retake X on November 7": done that day (notes28)
        if head == tok or (head.lemma_.lower() not in _FINISH_HEADS and not permitted) or head.pos_ not in ("VERB", "AUX"):
            return Mood.INTENT
        return _verb_mood(head, depth + 1)
    if tok.dep_ == "pcomp" and outcome_verb(tok) is not None:
        return Mood.EVENT  # "the operations resulted in regaining control over X": done, as the outcome verb says
    if tok.dep_ == "pcomp" and (praise := praised_deed(tok)) is not None:
        return _verb_mood(praise, depth + 1)  # "Putin congratulates troops for capturing X": praised for a deed done
    if tok.dep_ == "pcomp":
        prep = head
        # "attacked the troops on Friday before taking over the town": a narrated sequence in the past
        narrated = prep.lower_ == "before" and prep.head.tag_ == "VBD"
        if prep.lower_ not in _GOOD_PREPS and not narrated:
            return Mood.INTENT
        if prep.lower_ == "in" and prep.head.lemma_.lower() != "succeed":
            return Mood.INTENT
        mood = _verb_mood(prep.head, depth + 1) if prep.head.pos_ in ("VERB", "AUX") else Mood.EVENT
        if mood == Mood.ONGOING and prep.lower_ in ("after", "following"):
            return Mood.EVENT  # "were clearing mines after driving Z from most of the city": done before what goes on
        return mood
    if tok.dep_ in ("ccomp", "xcomp") and head != tok and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in _HELP_HEADS and (
        _has_modal(head) or head.tag_ in ("VBZ", "VBP")
    ):
        # "an advance that could help the militants gain control of X", "the road helps the army take X": a bare
        # infinitive under a "help" still to come is a prospect, not a deed ("helped the army take X" stays done)
        return Mood.HYPOTHETICAL
    if head != tok and head.lemma_.lower() in _DENY:
        return Mood.DENIED
    if tok.dep_ in ("acl", "ccomp") and head.lemma_.lower() in _CLAIM_NOUNS and (head.head.lemma_.lower() in _DENY or any(
        # (a headline's "Zelenskyy denies claim Russia occupied X": the small model reads "claim" as the verb, "denies"
        # as its auxiliary)
        c.i < head.i and c.dep_ in ("aux", "advmod", "nsubj") and (c.lemma_.lower() in _DENY or _DENY_WORD.match(c.lower_))
        for c in head.children
    )):
        return Mood.DENIED  # "the army refuted claims that the group has taken over X"
    if tok.dep_ in ("ccomp", "xcomp", "conj", "advcl") and head != tok and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in _DENY:
            return Mood.DENIED
        if head.lemma_.lower() in ("fail", "refuse"):
            return Mood.NEGATED
        if tok.dep_ == "ccomp" and head.lemma_.lower() in _OWN_UP and head.dep_ == "xcomp" and head.head.lemma_.lower() == "refuse":
            return Mood.DENIED  # "refused to acknowledge that the militants had seized the city"
        if tok.dep_ == "ccomp" and head.lemma_.lower() in SAY_VERBS:
            if _has_neg(head):
                return Mood.EVENT if _claim_not_confirmed(tok, head) else Mood.DENIED
            return Mood.HYPOTHETICAL if _has_modal(head) else Mood.EVENT
        if tok.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _INTENT_WORDS and not _spliced_before(tok, head):
            return Mood.INTENT
        if tok.dep_ == "conj" and tok.tag_ == "VBD" and head.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children) and (
            head.head != head and head.head.pos_ in ("VERB", "AUX")
        ):
            # "continued to gain ground and took the port city of X": a finite past the parse joins to the infinitive
            # belongs with the verb that governs it ("vowed to advance and retake" keeps the bare form's intent)
            return _verb_mood(head.head, depth + 1)
        if tok.dep_ == "conj":
            # coordinated verbs share the governing clause ("vowed to advance and retake")
            inherited = _verb_mood(head, depth + 1)
            if inherited in (Mood.INTENT, Mood.HYPOTHETICAL, Mood.DENIED):
                return inherited
            if inherited == Mood.NEGATED and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children):
                return inherited  # "told their forces not to enter Kabul and take the city": the bare infinitive shares the "not"
    if tok.dep_ in ("acomp", "amod") and head != tok:
        return Mood.INTENT if head.lemma_.lower() in _INTENT_WORDS else Mood.EVENT
    return Mood.EVENT


def _claim_not_confirmed(tok: Token, head: Token) -> bool:
    """A side's claim told first, then the other side's silence across a comma: "Russia claims capture of X, Kyiv
    hasn't confirmed" (a claim, not a denial: the claim's own verb sets the claimed flag). Not "Kyiv did not confirm
    that Russia took X" (the capture under the negated verb) nor a denial ("Kyiv denies")."""
    return (
        head.lemma_.lower() in _UNCONFIRMED
        and tok.i < head.i
        and tok.lemma_.lower() in _CLAIM_VERBS
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(t.text in {",", ";"} for t in tok.doc[tok.i : head.i])
    )


_UNCONFIRMED = frozenset({"confirm", "verify", "corroborate"})
_CLAIM_VERBS = frozenset({"claim", "say", "announce"})


def _spliced_before(tok: Token, head: Token) -> bool:
    """A finished clause the parser hangs on the next clause's verb across a comma: "Kherson has been fully captured by
    Russia, a military administration is being set up" (no intention: the capture is told in the perfect or the past
    before the verb it is read as the complement of)."""
    if tok.dep_ != "ccomp" or tok.i > head.i or not any(t.text in (",", ";") for t in tok.doc[tok.i : head.i]):
        return False
    # a semicolon closes a clause whatever its tense: "The Front captures the town of X; Russia calls for its
    # protection" (a chronology's present: the call is the next clause's, not an intention of the capture)
    return (tok.tag_ in ("VBD", "VBZ", "VBP") and any(t.text == ";" for t in tok.doc[tok.i : head.i])) or tok.tag_ == "VBD" or any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children
    )


_RANKS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth latest".split())


def ranked(noun: Token) -> bool:
    """"the ninth provincial capital", "the latest town", "was the third to come under ...": a noun counted in a
    series of done deeds, or the rank itself standing for it."""
    return noun.lower_ in _RANKS or any(c.dep_ == "amod" and (c.lower_ in _RANKS or (c.lower_.endswith("th") and c.lower_[:-2].isdigit()))
               for c in noun.children)


def _told_prospect(tok: Token) -> bool:
    """A capture noun the sentence tells still to come: its state ("the fall of Marib is imminent", "was near", "is only
    a matter of time") or a warning of it ("warned of the fall of X", "warns of X's fall"). "The fall of X is a blow",
    "is likely to increase pressure on Y" and "warned after the fall of X" tell it done."""
    head = tok.head
    if tok.dep_ == "nsubj" and head.lemma_.lower() == "be":
        return any(
            # (not "is likely to increase pressure on Y": what a capture brings about, news_nominal's)
            (c.dep_ in ("acomp", "attr", "advmod") and c.lower_ in _PROSPECT_STATES
             and not any(x.dep_ in ("xcomp", "ccomp") for x in c.children))
            or (c.dep_ == "attr" and c.lower_ == "matter" and any(p.lower_ == "of" for p in c.children))
            for c in head.children
        )
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "warn":
        return True
    return tok.dep_ == "dobj" and head.lemma_.lower() in ("warn", "forecast", "foresee")


def _noun_mood(tok: Token) -> Mood:
    if any(c.dep_ == "amod" and c.lower_ in _NOUN_BAD_MODS for c in tok.children) or any(
        t.lower_ in _NOUN_BAD_MODS for t in tok.doc[tok.left_edge.i : tok.i]
    ):
        return Mood.INTENT  # (and a headline's "Planned RSF capture of X", the parse's word a name before the side)
    if _has_neg(tok):
        return Mood.NEGATED
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _NOUN_BAD_PREPS:
        return Mood.INTENT
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ("lead", "prelude", "path", "way", "step") and (
        outcome_verb(tok) is None  # "an offensive which led to the capture of X": the outcome, done (news_nominal.py)
    ):
        return Mood.INTENT
    if _told_prospect(tok):
        return Mood.INTENT
    verb = head
    steps = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb and steps < 4:
        verb = verb.head
        steps += 1
    if verb.pos_ in ("VERB", "AUX"):
        # (the noun as the doer of the verb is none of its aims: "RSF capture of X threatens oil exports", "the fall
        # of X pushes the front west"; a deed begun is still one not done: "the capture of X began on Monday")
        doer = tok.dep_ == "nsubj" and head == verb and verb.lemma_.lower() not in _BEGUN_HEADS
        if not doer and (verb.lemma_.lower() in _NOUN_INTENT_HEADS or verb.lemma_.lower() in _INTENT_WORDS):
            return Mood.INTENT
        if verb.lemma_.lower() in _DENY:
            return Mood.DENIED
        if celebrated_on_arrival(tok, verb) and verb.head.lemma_.lower() not in _INTENT_WORDS:
            return Mood.EVENT  # "arrived in Mosul to congratulate the troops on the liberation of the city"
        mood = _verb_mood(verb)
        if mood != Mood.EVENT:
            return mood
    return Mood.EVENT


def _speech_of(tok: Token) -> Token | None:
    cur = tok
    for _ in range(8):
        if cur.head == cur:
            break
        if cur.dep_ in ("ccomp", "conj", "advcl", "parataxis", "dep", "xcomp") or cur.head.lemma_.lower() in SAY_VERBS:
            cur = cur.head
            if cur.lemma_.lower() in SAY_VERBS and cur.pos_ in ("VERB", "AUX"):
                return cur
        else:
            cur = cur.head
    root = tok.sent.root
    if root.lemma_.lower() in SAY_VERBS:  # a trigger that is itself the say verb ("declared control of X") is a claim
        return root
    return None


def _speaker_of(speech: Token | None, tok: Token) -> Token | None:
    if speech is not None:
        for c in speech.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                # "We now control A, B and C, an official with the MNLA said": the parse makes the list the subject;
                # the speaker is the noun set off after it
                listed = c.i > tok.i and any(x.dep_ in ("appos", "conj") and x.pos_ == "PROPN" for x in c.children)
                # '"Our forces have liberated X," said Y, the M23 spokesman': the role set off after the speaker's
                # name is the side the speaker speaks for (the name alone is a person's)
                return next((a for a in c.children if a.dep_ == "appos" and a.pos_ == "NOUN" and (listed or _sided_role(a, c))), c)
    if speech is not None and (spoke := _role_before(speech)) is not None:
        return spoke
    for t in tok.sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            objs = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


# who speaks for a side: "a spokesperson for the Z front", "a commander of the Y brigade", "an official with X"
_ROLE_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman commander official leader chief representative officer head member".split()
)


def _sided_role(role: Token, name: Token) -> bool:
    """Whether ``role``, set off after a person's ``name`` that speaks, is a role word with its side beside it: "Y, the
    M23 spokesman", "Y, a spokesman for Haftar's forces" (not a bare "Y, the spokesman")."""
    return name.pos_ == "PROPN" and role.lemma_.lower() in _ROLE_NOUNS and any(
        c.dep_ in ("compound", "amod", "poss", "nmod") or (c.dep_ == "prep" and c.lower_ in ("for", "of", "with"))
        for c in role.children
    )


def _role_before(speech: Token) -> Token | None:
    """The speaker of a say verb the parse left with no subject, hung on the clause before it (as its conjunct, or
    with that clause as its complement): "The call came as a spokesperson for the Z front, the party that controls R,
    said they had taken Q" (the role whose phrase ends right before the verb, with the side it speaks for after "for",
    "of" or "with")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in speech.children) or speech.i <= speech.sent.start:
        return None
    j = speech.i - 1
    while j >= speech.sent.start and speech.doc[j].is_punct:
        j -= 1
    if j < speech.sent.start:
        return None
    cur = speech.doc[j]
    while cur.i != cur.head.i and cur.right_edge.i < speech.i:
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in _ROLE_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("for", "of", "with") for c in cur.children
        ):
            return cur
        cur = cur.head
    return None


def read_modality(trigger: Token, nominal: bool) -> Modality:
    """Mood, tense and attribution of one trigger."""
    mood = _noun_mood(trigger) if nominal else _verb_mood(trigger)
    aux = [c.lower_ for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    pluperfect = "had" in aux or "'d" in aux
    speech = _speech_of(trigger)
    speaker = _speaker_of(speech, trigger)
    low = trigger.sent.text.lower()
    claim_verb = speech is not None and speech.lemma_.lower() == "claim"
    if not claim_verb and any(t.lemma_.lower() == "claim" and t.pos_ in ("VERB", "NOUN") for t in trigger.sent):
        claim_verb = True
    when_clause = trigger.dep_ in ("advcl", "relcl", "conj") and any(
        c.lower_ in ("when", "since", "after") for c in trigger.children if c.dep_ in ("advmod", "mark")
    )
    return Modality(
        mood=mood,
        pluperfect=pluperfect,
        speech=speech,
        speaker=speaker,
        claim_verb=claim_verb,
        hedged=any(h in low for h in _HEDGES),
        unverified=any(h in low for h in _CLAIM_MARKERS),
        when_clause=when_clause,
    )


# After an attributed claim, words that contradict it: "..., an assertion the SDF rejected", "but the army said it
# remained in control", and in the next sentence "Kyiv denied the town had fallen".
_REFUTED_HERE = re.compile(
    rf"\b({DENY_FORMS}|"
    r"repel(?:led|s)?|repuls(?:es|ed)|remain(?:s|ed)? in (?:control|charge)|still (?:held|holds|holding|controls?|"
    r"controlled|in control)|(?:has|had|have) not (?:fallen|been (?:captured|taken|lost))|as lies|false claims?)\b",
    re.I,
)
_REFUTED_NEXT = re.compile(
    rf"\b({DENY_FINITE}|denying|(?:has|had|have) not (?:fallen|been "
    r"(?:captured|taken|lost)))\b",
    re.I,
)
_DURATIONS = frozenset("day days week weeks month months year years decade decades".split())


def refuted(trigger: Token, following: str) -> bool:
    """Whether the rest of the trigger's sentence, or the next sentence, contradicts the claim it reports."""
    sent = trigger.sent
    rest = sent.doc.text[trigger.idx + len(trigger.text) : sent.end_char]
    return bool(_REFUTED_HERE.search(rest) or _REFUTED_NEXT.search(following[:300]))


# the verb a done capture's infinitive completes ("managed to free X")
_MANAGED = frozenset({"manage"})


def is_background_clause(trigger: Token) -> bool:
    """"Ten years after Islamic State overran Sinjar", "two months ago": a change dated back from the news."""
    # "reclaimed X yesterday, a day after capturing Y": an "after" with its own object dates the change after another
    # one, not back from the news
    # ("five months after the military managed to free the town": the span and its "after" hang on the verb the
    # capture's infinitive completes)
    clause = trigger.head if trigger.dep_ == "xcomp" and trigger.head.pos_ == "VERB" and trigger.head.lemma_.lower() in _MANAGED else trigger
    marks = [
        c for c in clause.children if c.dep_ in ("mark", "prep", "advmod") and c.lower_ in ("after", "since", "ago")
        and not (c.dep_ == "prep" and c.lower_ == "after" and any(g.dep_ in ("pcomp", "pobj") for g in c.children))
    ]
    spans = [c for c in [*clause.children, *(g for m in marks for g in m.children)] if c.dep_ == "npadvmod"]
    # ("after the RSF took X on Tuesday this week", "since they seized X earlier this week": the story's own week)
    if marks and any(t.lemma_.lower() in _DURATIONS and not _this_week(t) for t in spans):
        return True
    return _inside_dated_after(trigger) or _after_dated_clause(trigger) or _after_earlier_change(trigger) or _came_after(trigger) or (
        _countered_takers(trigger)
    )


def _this_week(tok: Token) -> bool:
    """"this week", "earlier this week": the week of the story, never a span back from it (labelling.md: "last week"
    is background, the story's own week its news)."""
    return tok.lower_ == "week" and any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children)


# the answer to a capture: "a counterattack against the fighters who seized X"
_COUNTERS = frozenset("counterattack counter-attack counteroffensive counter-offensive offensive operation push".split())


def _countered_takers(trigger: Token) -> bool:
    """"Afghan troops have begun a counterattack against Taliban fighters who seized control of Kunduz on Monday":
    the capture the news answers, told in a relative clause on the side the counterattack is against."""
    clause = trigger if trigger.dep_ == "relcl" or trigger.pos_ in ("VERB", "AUX") else trigger.head
    if clause.dep_ != "relcl" or clause.tag_ != "VBD":
        return False
    takers = clause.head
    return takers.dep_ == "pobj" and takers.head.lower_ == "against" and takers.head.head.lemma_.lower() in _COUNTERS


def _came_after(trigger: Token) -> bool:
    """"The fall of the city comes after insurgents claimed control of X", "The renewed offensive came after the rebels
    took Aleppo", "That was less than 24 hours after X fell": what the news "comes after" is the change it followed,
    told as its background."""
    for tok in (trigger, *trigger.ancestors):
        if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in tok.children) and (
            tok.head.lemma_.lower() in ("come", "follow")
            or (tok.head.lemma_.lower() == "be" and any(c.dep_ == "nsubj" and c.lower_ in ("it", "that", "this") for c in tok.head.children))
        ):
            return True
    return False


def _change_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and VERB_CLASSES.get(tok.lemma_.lower()) in (TriggerClass.GAIN, TriggerClass.EXPEL, TriggerClass.FALL)


def _after_earlier_change(trigger: Token) -> bool:
    """"recaptured X on Tuesday after it was overrun by Z", "seized more towns, expanding their hold after taking
    control of X": a change the news followed, told in an "after" clause hanging on a reported change."""
    clause = trigger.head if trigger.dep_ in ("acomp", "attr") else trigger  # "after it was overrun" parsed "was capture"
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
        # only the same place told again ("it"): "entered X after rebels captured Y" may be two of the day's changes
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lower_ == "it" and _change_verb(clause.head):
            return True
        # "After Ethiopian forces captured the town of Lalibela earlier this month, Tigrayan forces recaptured the
        # town": the main clause takes back the same place ("it", "the town") the clause says was taken
        return _change_verb(clause.head) and _retakes_same(clause.head)
    if clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.lower_ == "after":
        # the gerund hangs on a verb that is no change ("expanding their hold") under one that is ("have seized")
        governor = clause.head.head
        return not _change_verb(governor) and any(_change_verb(a) for a in _governors(governor))
    return False


def _governors(tok: Token) -> list[Token]:
    """The verbs ``tok``'s clause hangs under, up to a coordination: "moved ... while taking the road and managed to
    trap ..." ("managed" coordinated with "taking" is not under it)."""
    out = []
    while tok.head != tok and tok.dep_ != "conj":
        tok = tok.head
        out.append(tok)
    return out


_AGAIN_VERBS = frozenset("recapture retake regain reclaim".split())
_PLACE_WORDS = SETTLED | {"hamlet", "settlement", "capital", "stronghold", "it"}


def _retakes_same(verb: Token) -> bool:
    """Whether a change verb's object is the place an earlier clause named: "it", or a bare definite "the town" (no
    name of its own) after a verb of taking back."""
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        if obj.lower_ == "it" and obj.dep_ == "dobj":
            return True
        if (
            verb.lemma_.lower() in _AGAIN_VERBS and obj.lemma_.lower() in _PLACE_WORDS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
            and not any(c.pos_ == "PROPN" or c.dep_ == "prep" for c in obj.children)
        ):
            return True
    return False


_PAST_MARKS = re.compile(r"\b(?:last (?:month|year)|(?:months|years) ago|a year ago)\b")


def _inside_dated_after(trigger: Token) -> bool:
    """"comes less than a month after the provincial capital, also called X, fell to the rebels": the change sits in
    a clause dated back from the news. Read on the words when the parse loses the clause: a duration right before
    "after"/"since", and no finite verb between it and the trigger."""
    sent = trigger.sent
    for tok in reversed(sent[: trigger.i - sent.start]):
        if (tok.tag_ in ("VBD", "VBZ", "VBP", "MD") and not (tok.dep_ in ("aux", "auxpass") and tok.head.i == trigger.i)) \
                or tok.text in (";", ":"):
            return False  # the change's own auxiliary is no other verb: "a year after the city was captured"
        if tok.lower_ == "with" and tok.dep_ == "prep" and trigger.head.head.i == tok.i:
            return False  # "came back last week after a lull, with insurgents forcing ... from X": its own clause
        if tok.lower_ in ("after", "since"):
            before = [t.lemma_.lower() for t in sent[max(0, tok.i - sent.start - 2) : tok.i - sent.start]]
            if before[-2:] in (["a", "day"], ["one", "day"]):
                return False  # "a day after capturing X": the day before the news it follows, still news
            return any(b in _DURATIONS for b in before)
    return False


def _after_dated_clause(trigger: Token) -> bool:
    """"captured X after fighting intensified last month": the change follows something dated before the news."""
    for clause in trigger.children:
        if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in clause.children):
            words = " ".join(t.lower_ for t in clause.subtree)
            if _PAST_MARKS.search(words):
                return True
    return False
