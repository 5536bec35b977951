"""Contested claims: a change one side reports that the other side denies or says it still holds, in the same report.

The constructions, read from real wire copy (never copied here):

- the denial in the claim's own sentence: "the rebels said they had seized X, but the government denied this";
- the denial in the next sentence or the one after: "The army says it has recaptured X. But the rebels say they are
  still in control of the town."; "Kyiv dismissed reports that Russian troops had occupied the villages as false";
  "A government spokesman rejected that as fabricated propaganda";
- the denial told first: "Ukraine rejected Moscow's claim that it had captured a village. The Russian army said it had
  liberated X.";
- the defender's own words: "the army said it was holding back enemy forces in X", "this is not true";
- the other side's word after a comma in the claim's own sentence: "Z claims to have captured X, Y claims that its
  fighters still hold it"; a denial of losing any ground at all, whatever region it names ("denied losing any areas to
  the Turkish army in Tal Abyad"); "refused to acknowledge that the militants had seized the city".

Such a claim is no change for a desk (the denial is an event of its own, ``denial.py``). A denial of something else is
not a contest: "Rwanda denies backing the rebels", "the army did not deny losing X" (a denial negated), a denial that
names another place; nor is a dispute, in another sentence, whose own clause is about the region or another village
("fighting goes on across the X region", "parts of the region remain under Ukrainian control, including villages west
of X", "repelled an assault near the village of Z").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from townwatch_extract.denied_matter import without_other_matters
from townwatch_extract.fighting_there import fights_there, told_by_someone
from townwatch_extract.holding_on import keeps_against, keeps_told
from townwatch_extract.lexicon import DENY_FINITE, DENY_FORMS, DENY_LEMMAS
from townwatch_extract.untrue_claim import left_open, told_as_untrue

__all__ = ["contested", "disputed_elsewhere"]

# "refused to acknowledge that X had fallen": the other side will not own the loss (a refusal to confirm is no denial)
_DENIAL = re.compile(rf"\b(?:{DENY_FORMS}|denials?|disput(?:es|ed|ing)|contests|contradict(?:s|ed)?|refus(?:ed|es|ing) to (?:acknowledge|admit|accept|recogni[sz]e))\b", re.I)
_NEGATED = re.compile(r"\b(?:not|n't|never|no|nor|neither)\s+(?:\w+\s+)?$", re.I)
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|its|their)\s+$", re.I)
# after a past participle, a plain noun makes it an adjective ("disputed territories"); a verb takes an object
_ADJECTIVE_NEXT = re.compile(r"\s+(?!(?:the|this|that|it|these|those|a|an|all|such|any|claims?|reports?|rumou?rs?|as|by|on|in|at|"
                             r"to|from|that|reports?|statements?|assertions?)\b)[a-z]+(?:s|ies)\b(?!')")
# ("The Ethiopian government contests these.": a monitor's note after a list of claimed towns; "contested" alone is
# mostly the adjective: "X captured, Y contested", "the villages were still contested")
_BARE = re.compile(rf"\b(?:{DENY_FINITE}|disput(?:es|ed)|contest(?:s|ed))\s+(?:this|it|these|them)\b", re.I)
# "rejected that as fabricated propaganda", "dismissed it as lies": the claim called untrue
# a sentence that only places what was claimed: "All these cities are in the Amhara region.", "The towns lie in X."
_WHERE_THEY_LIE = re.compile(r"^\W*(?:all\s+)?(?:these|the|both)\s+(?:\w+\s+){0,2}?(?:cities|towns|villages|places|settlements|localities|city|town|village)"
                             r"\s+(?:are|is|lie|lies)\s+(?:all\s+)?(?:in|near|along)\b[^,;]*$", re.I)
_AS_UNTRUE = re.compile(rf"\b(?:{DENY_FINITE})\s+(?:this|that|it|them|the (?:claims?|reports?))\s+as\b", re.I)
# a rejection of talks, not of the claim: "rejects calls for a truce", "rejected the ceasefire proposal"
_PEACE_OBJECT = re.compile(r"\s*(?:the |a |an |all |any |new |fresh )?(?:calls?|demands?|offers?|proposals?|talks|truce|"
                           r"ceasefire|cease-fire|negotiations?|mediation|peace|dialogue)\b(?!\s+(?:claims?|reports?|statements?))", re.I)
# what a denial looks back to: the claim itself ("denied the claim", "dismissed reports", "disputed it")
# (never "allegations": "Rwanda denies the allegations" answers an accusation of backing, not a capture)
_CLAIM_WORDS = re.compile(r"\b(?:claims?|reports?|assertions?|statements?|announcement|story|stories)\b", re.I)
# ("rejected the RSF's version of events", "dismissed the army's account")
_THE_CLAIM = re.compile(r"\s*(?:the |these |those |such |all )?(?:[\w-]+'s? )?(?:claims?|reports?|assertions?|versions? of events|accounts?|story|stories)\b",
                        re.I)
_BACK = re.compile(r"^\s*(?:this|it|that|the claims?|the reports?)\b", re.I)
# a denial pointing back at the reports the story told, a few sentences after the claim and its source's details
# ("However, a police spokesman has rejected these reports."): the claim answered, wherever it named the place (not
# "denied these reports of civilian casualties": another matter)
_THESE_DENIED = re.compile(
    rf"\b(?:{DENY_FINITE}|dismissed|rebuffed)\s+(?:these|those|such)\s+(?:claims?|reports?)\b(?!\s+(?:of|about|on|that)\b)"
    # the same answer in the passive, the report its subject: "The report was disputed", "the claim was quickly denied
    # by the army" (not "was not denied", nor "reports of casualties were denied")
    r"|\b(?:the|this|that|these|those|such)\s+(?:claims?|reports?|accounts?)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:(?:quickly|swiftly|promptly|immediately|later|also|strongly|flatly)\s+)?(?:denied|disputed|rejected|dismissed|refuted|contested)\b",
    re.I,
)
_ANSWER_REACH = 4
# a denial about something other than ground: foreign backing, an accusation, casualties
_OTHER_MATTER = re.compile(r"\b(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|help|aid|involvement|accus\w*|allegations?|kill\w*|"
                           r"massacre\w*|target\w*|civilians?)\b", re.I)
_CHANGE = re.compile(
    r"\b(?:(?:re)?captur\w*|(?:re)?tak(?:e|en|ing|es)|(?:re)?took|seiz\w*|occup\w*|overr(?:an|un)\w*|fall(?:en)?|fell|"
    r"los(?:t|ing)|regain\w*|liberat\w*|enter\w*|control\w*|advanc\w*|pushed out|driven out|withdr\w*|abandon\w*|hands?)\b",
    re.I,
)
# the other side's own words: it still holds the place, or calls the claim untrue
_DEFENDER = re.compile(
    r"\b(?:holding back|not true|(?:does|did) not correspond to (?:the )?reality|as (?:\w+ )?(?:false|lies?|untrue)"
    r"|fabricated|(?:are|were|is|was) not in\b|never left|nobody has taken"
    # the claim called untrue by the outlet or the other side: "falsely stated that ...", "the reports were untrue"
    r"|falsely|(?:are|were|is|was) (?:untrue|false|baseless|unfounded|fake)\b"
    # a headline's "..., Z forces say claims false" (the verb "are" dropped; not a "false flag")
    r"|(?:claims?|reports?) (?:are |were )?(?:untrue|false|baseless|unfounded|fake)\b(?! flag)"
    # the other side says it holds on: "its troops continue to 'hold the city'" (holding back attempts to advance
    # near the place is fighting outside it, as "repelled an assault near the village" is: no dispute)
    r"|continu(?:e|es|ed|ing) to\W+(?:hold(?!\s+back\b[^.;]{0,60}?\b(?:near|around|outside|towards?|close\s+to)\b)|control)\b"
    # "its forces had not been pushed out of X"
    r"|(?:has|had|have) not been (?:pushed|driven|forced|kicked) out"
    # "the towns were under threat but had not fallen", "the town has not been captured"
    r"|(?:has|had|have) not (?:yet )?(?:fallen|been (?:captured|taken|seized|overrun))|(?:did|does) not fall\b"
    # "the city is not occupied", "the other side contested this version of events"
    r"|(?:is|are|was|were) not (?:occupied|captured|lost)\b|contest(?:s|ed)? (?:this|that|the|their|its) (?:version|account)"
    # "the town is not under the control of the Russian Federation"
    r"|(?:is|are|was|were|remains?|remained) not under (?:the )?(?:[\w'-]+ ){0,3}control"
    # the claim called a lie: "accused the Russians of using lies and propaganda in claiming victory"
    r"|accus\w*\b[^.;]{0,50}\b(?:lies|lying|propaganda|disinformation)\b"
    # a part taken is not the place: "controlling the army's headquarters does not mean controlling the city"
    r"|(?:does|did) not mean (?:(?:full |total )?control(?:ling)?|captur\w+|tak(?:ing|en)|the fall of)\b"
    # the other side tells the entry "without admitting the loss of the town"
    r"|without (?:admitting|acknowledging|conceding|confirming) (?:the |its |their )?(?:loss|fall|capture)\b)",
    re.I,
)
# what a defender's words look back to when they name neither the place nor a change: the claim, or the town itself
_LOOKS_BACK = re.compile(r"\b(?:claim(?:s|ed|ing)?|reports?|statements?|versions? of events|the (?:city|cities|towns?|villages?|settlements?))\b", re.I)
# the attack the claim tells of, said to have failed: "..., but state media said the attack had been repulsed"
_REPELLED = re.compile(
    r"\b(?:(?:attack|assault|offensive|attempt)s? (?:had |has |have )?(?:been |was |were )?(?:repulsed|repelled|foiled|thwarted|"
    r"beaten back)|(?:repulsed|repelled|foiled|thwarted|beat back|beaten back) (?:the |an |their |its )?(?:attack|assault|offensive|attempt))",
    re.I,
)
# the claim taken back by whoever made it: "but then edited her statement", "backtracked on an announcement"
_RETRACTED = re.compile(
    r"\b(?:edit(?:ed|s)|retract(?:ed|s)|withdr[ae]w|correct(?:ed|s)|delet(?:ed|es)|walk(?:ed|s) back|backtrack(?:ed|s)? on"
    r"|revis(?:ed|es))\s+(?:her|his|its|their|the|that|this|an?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:statement|claim|post|announcement|report|remarks?|message)s?\b",
    re.I,
)
# the other side said to hold the place still, in a statement of its own: "the interior ministry asserted that
# government forces remained in control of the area", "DeepState said the village was still under Kyiv's control"
_STILL_HELD = re.compile(
    r"\b(?:still|remain(?:s|ed)?)\s+(?:firmly\s+|fully\s+)?(?:in\s+(?:full\s+|firm\s+)?control|under\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}control"
    # ("officials said the city remained in government hands", "was still in the army's hands")
    r"|in\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}hands)",
    re.I,
)
# the other side saying the fight for the place goes on: "hours after Ukraine said the battle for the eastern city was
# continuing" (not "the battle for the city lasted months before Russia took it": no one says it goes on)
_FIGHT_GOES_ON = re.compile(
    r"\b(?:said|says|insisted|insists|maintained|maintains|stated|states)\s+(?:that\s+)?(?:the\s+)?(?:battle|fight|fighting)\s+"
    r"(?:for|over|in)\b[^,.;]{0,40}?\b(?:(?:is|was)\s+)?(?:not\s+over|continu\w*|still\s+(?:on|going)|ongoing|raging|under\s?way)",
    re.I,
)
_SAID = re.compile(r"\b(?:said|says|asserted|asserts|insisted|insists|maintained|maintains|stressed|told)\b", re.I)
_HELD_PLACE = re.compile(r"\b(?:control|hands)\s+(?:of|over)\s+(?:the\s+)?(?:area|town|city|village|settlement|district|crossing|locality)\b"
                         r"|\bthe\s+(?:area|town|city|village|settlement|district|crossing|locality)\s+(?:was|is|remains|remained)\b", re.I)
# two versions set side by side: "Both the Taliban and government forces claimed they were in control of X",
# "conflicting reports over who controls the town"; "Russia claims control of X, Ukraine says battle is not over"
_TWO_VERSIONS = re.compile(
    r"\bboth\b[^.;]{0,80}\bclaim(?:s|ed|ing)?\b[^.;]{0,40}\bcontrol"
    r"|\b(?:conflicting|contradictory|competing)\s+(?:claims|reports|accounts)\b",
    re.I,
)
_NOT_OVER = re.compile(
    r",\s*[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+says?\s+(?:the\s+)?(?:battle|fight|fighting)\b[^,.;]{0,30}"
    r"\b(?:(?:is\s+)?not\s+over|continu\w*|(?:is\s+)?(?:still\s+)?(?:ongoing|raging|under\s?way))",
    re.I,
)
# the other side's version after a "But": "But according to the government, the army defeated the rebel forces"
_OTHER_VERSION = re.compile(
    r"^\W*(?:but|however)\b[^.;]{0,120}\b(?:defeated|repelled|repulsed|routed|drove back|beat back|pushed back|fought off)\b", re.I
)
_STILL = re.compile(
    r"\b(?:still (?:in (?:full |firm )?control|control(?:s|led|ling)?|hold(?:s|ing)?|held|in the hands of|occupy\w*)"
    r"|remain(?:s|ed)? (?:fully |firmly )?(?:in (?:full |firm )?control|under (?:\w+ ){0,2}control)"
    r"|(?:still|remain(?:s|ed)?) (?:firmly )?in (?:the )?(?:[\w'’-]+ ){0,2}hands)",
    re.I,
)
# the taker's own holding told in a participle with no subject of its own: "..., while still controlling C"
_OWN_HOLDING = re.compile(r"\bwhile\s+still\s+control(?:ling)?$|\bwhile\s+still\s+holding$|\bwhile\s+still\s+in\s+control$", re.I)
# a change word whose object is a capitalised name: "denied that its troops had withdrawn from Y", "denies having lost
# the northern city of Y" names its own place
_NAMED_CHANGE = re.compile(_CHANGE.pattern + r"\s+(?:(?:control|hold|parts?|most)\s+)?(?:of\s+|from\s+|over\s+)?(?:the\s+)?"
                           r"(?:(?:[a-z-]+\s+){0,2}(?:town|city|village|district)\s+of\s+)?([A-Z][\w'-]+)")
_DENY_LEMMAS = DENY_LEMMAS | {"dispute"}
# a denial of losing any ground at all: "the SDF denied losing any areas to the Turkish army in Tal Abyad" covers every
# place the claim names, whatever the region it writes ("denied losing all its positions" concedes some)
_ANY_GROUND = re.compile(
    r"^\W*(?:that\s+)?(?:(?:it|they|its|their)\s+(?:[\w'-]+\s+){0,2})?(?:(?:had|has|have)\s+(?:been\s+)?)?"
    r"(?:los(?:t|ing|es?)|abandon\w*|ced(?:e|ed|ing)|surrender\w*|withdr\w*\s+from|g[ia]v(?:e|en|ing)\s+up)\s+"
    r"(?:control\s+(?:of|over)\s+)?any\s+(?:[\w-]+\s+)?(?:areas?|ground|territor(?:y|ies)|positions?|villages?|towns?|settlements?|land)\b",
    re.I,
)
# the other side's word, after the claim in the claim's own sentence, that it holds on: "Kenyan forces claim to have
# captured X, Al Shabaab claims that they still hold the town"
_OTHER_STILL = re.compile(r",\s*(?:[A-Z]|(?:al|el|ash|as)-)[^,;]{0,40}\b(?:says?|claims?|insists?)\b(?:\s+that)?\s+(?:[\w'-]+\s+){0,3}(?:still|remains?)\b")
# the outlet siding with the defender ("..., but state media said the attack had been repulsed"); "while the military
# said it repelled the attack" sets two versions side by side (a claimed change)
_BUT = re.compile(r"\b(?:but|however)\b", re.I)
# the other side's version set against the claim in its own sentence with a concession: "..., though / although the army
# said it had repelled the assault" (session 36; "while" stays two versions side by side, as above)
_SET_AGAINST = re.compile(r"\b(?:though|although)\b", re.I)
# the other town a repelled attack was on ("repelled an attack on Diafarabe")
_ATTACK_ON = re.compile(r"\s+(?:on|against|near|at)\s+(?:the\s+)?(?:(?:town|village|city|base)\s+of\s+)?([A-Z][\w'’-]+)")
_OPENS_CONTRAST = re.compile(r"^\W*(?:however|but)\b", re.I)
# a lead that tells the attack as beaten back ("pushed back a militant attack on X", "repelled an assault on X")
_BEATEN_BACK = re.compile(
    r"\b(?:repulsed|repelled|foiled|thwarted|beat back|pushed back|fought off|fended off)\b[^.;]{0,60}\b(?:attacks?|assaults?|offensive)\b"
    r"|\b(?:attacks?|assaults?|offensive)\b[^.;]{0,40}\b(?:repulsed|repelled|foiled|thwarted|beaten back|pushed back)\b",
    re.I,
)
_CONTRAST = re.compile(r"\b(?:but|however|though|although|yet|while|whereas)\b", re.I)
# the other side says it fights on in the place: "but Kyiv said its troops were still fighting in the town", "its
# forces continued to fight in X", "Fighting in X continues", "this does not mean we have completely left the city";
# its clause must name the place or call it "the town" (a fight going on in the region or another village is no
# dispute), and a partial capture with fighting left in the rest of the town stays a change
_FIGHTS_ON = re.compile(
    r"\b(?:(?:are|were|is|was)\s+still\s+(?:(?:fighting|resisting|holding\s+out)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:in|for|inside)\b|defending\b)"
    r"|(?:continu(?:e|es|ed)\s+to|still)\s+(?:fight|defend)\s+(?:in|for|inside)?\b"
    r"|(?:are|were)\s+fighting\s+on\s+(?:in|inside)\b"
    r"|there\s+(?:is|was)\s+still\s+(?:\w+\s+)?fighting\s+(?:in|for)\b"
    r"|fighting\s+(?:in|for)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,3}(?:continu(?:es|ed|ing)|(?:is|was)\s+(?:still\s+)?(?:ongoing|continuing|going\s+on))\b"
    r"|(?:(?:has|have|had)\s+not\s+(?:yet\s+)?|not\s+mean\s+(?:that\s+)?\w+\s+(?:has|have)\s+)(?:completely\s+|fully\s+|entirely\s+)?"
    r"left\s+the\s+(?:city|town|village|settlement)\b)",
    re.I,
)


def _fights_on(text: str, names: Sequence[str], kinds: set[str]) -> bool:
    """Whether ``text`` says the other side still fights in the place (``_FIGHTS_ON``), in a clause that names it or
    calls it "the town"/"the city" ("its troops were still fighting in the town"), never a region's or another
    place's fight."""
    for m in _FIGHTS_ON.finditer(text):
        clause = _clause(text, m.start(), m.end())
        if _elsewhere(clause, names):
            continue
        if any(n and _about_place(clause, n, kinds) for n in names) or _SETTLEMENT_WORD.search(clause):
            return True
    return False


_SETTLEMENT_WORD = re.compile(r"\bthe\s+(?:city|town|village|settlement)\b(?!\s+of\s)", re.I)


# where a clause of a dispute ends: punctuation, or a conjunction that opens the next clause
_CLAUSE_END = re.compile(r"[,;:.()]|\s(?:and|but|while|whereas|as)\s|\s[-\u2013\u2014]\s")
# a name written as a landmark for another place: "west of X", "two kilometres from X"
_LANDMARK = re.compile(r"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of|(?:km|kilometres|kilometers|miles)\s+(?:from|of))\s+(?:the\s+)?$", re.I)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: from the last clause boundary before it to the first after."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    return text[before[-1] if before else 0 : after.start() if after else len(text)]


def _about_place(clause: str, low_name: str, kinds: set[str]) -> bool:
    """Whether a dispute's own clause is about the place: it names the place (not as a landmark for another one,
    "near the village of Z, west of X") or calls it by what the report calls it ("the village")."""
    clause = clause.lower()
    at = clause.find(low_name)
    if at >= 0 and not _LANDMARK.search(clause[:at]):
        return True
    return any(_called(clause, k) for k in kinds)


def _called(text: str, kind: str) -> bool:
    """Whether ``text`` says "the village" (the place the report calls a village), not "the village of Z" (another)."""
    return re.search(rf"\bthe {kind}\b(?!\s+of\s)", text) is not None


# the words of a dispute in a neighbouring sentence, whose own clause must name the place
_CUES = re.compile("|".join(f"(?:{p.pattern})" for p in (_DENIAL, _DEFENDER, _STILL_HELD, _RETRACTED, _STILL, _TWO_VERSIONS)), re.I)


# what a neighbouring dispute may be about instead of the claimed place: a region ("the Donetsk region was not under
# Russian control"), or another place named in it ("repelled an assault near the village of Z")
_AREA = re.compile(r"\b(?:region|province|oblast|governorate|countryside)\b", re.I)
# a stretch of a country or a region, not the claimed town: "But IS still controls parts of northern and western Iraq",
# "the militants still hold large swathes of Syria" (a settlement word or the claimed name is checked before)
_TERRITORY = re.compile(r"\b(?:parts?|swathes?|swaths?|areas?|pockets?|stretches|tracts?|much|territory)\s+of\s+(?:the\s+)?"
                        r"(?:(?:north|south|east|west|central)(?:ern|east|west)*\b|[A-Z])")
_SETTLEMENT = re.compile(r"\b(?:the|a|an|any|another)\s+(?:\w+\s+)?(?:town|city|village|settlement)s?\b(?!\s+of\s)", re.I)
_LOCATED = re.compile(r"\b(?:near|in|at|around|outside|towards?)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?([A-Z][\w'\u2019-]+)")
_NOT_PLACES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                        "august september october november december".split())


def _elsewhere(clause: str, names: Sequence[str]) -> bool:
    """Whether a neighbouring sentence's dispute clause is about somewhere else than the claimed places: it names none of
    them and no settlement ("the town", "a village"), but a region, or another place after "near", "in", "at" (when
    the claim names its place)."""
    low = clause.lower()
    if any(n and n in low for n in names) or _SETTLEMENT.search(clause):
        return False
    # (a claim told with "the town" has no name to tell another place by)
    return _AREA.search(clause) is not None or _TERRITORY.search(clause) is not None or (any(names) and any(
        m.group(1).lower() not in _NOT_PLACES and m.group(1).lower() not in names for m in _LOCATED.finditer(clause)
    ))


def _names_disputed(text: str, names: Sequence[str]) -> bool:
    """Whether a sentence names a claimed place in the clause of one of its dispute words: not in a clause about the
    region ("the Donetsk region was not under Russian control, and residents near X left"), nor as a landmark for
    other places ("parts of the region remain under Ukrainian control, including villages west of X")."""
    return any(any(n and _about_place(_clause(text, m.start(), m.end()), n, set()) for n in names) for m in _CUES.finditer(text))


# what a neighbouring keeping calls the claimed place when it does not name it: "at the airport", "over the settlement"
_KEPT_PLACE = re.compile(r"\bthe\s+(?:airport|air\s?base|base|town|city|village|settlement|district|crossing|dam)\b(?!\s+of\s)", re.I)


def _denies(text: str, names: Sequence[str], own: bool, *, fights: bool = True) -> bool:
    """Whether ``text`` denies the claim: a denial verb (not itself negated) over the claim, or the defender saying it
    still holds the place. ``own``: the rest of the claim's own sentence, where "but the government denied this" needs
    nothing more; ``fights``: whether a fight said to go on in the place disputes the claim (not a partial one's)."""
    if own:  # "captured X, while dismissing reports that a submarine was sunk": no dispute of X (denied_matter.py)
        text = without_other_matters(text, names, _DENIAL)
    low = text.lower()
    named = any(n and n in low for n in names) if own else _names_disputed(text, names)
    for m in _DENIAL.finditer(text):
        if _NEGATED.search(text[max(0, m.start() - 20) : m.start()]) or _ATTRIBUTIVE.search(text[max(0, m.start() - 6) : m.start()]):
            continue  # "did not deny", "would neither confirm nor deny"; "a disputed election"
        if m.group(0).lower().endswith("ed") and _ADJECTIVE_NEXT.match(text, m.end()):
            continue  # "over disputed territories", "rejected calls"
        tail = text[m.end() :]
        if _PEACE_OBJECT.match(tail):
            continue  # "RSF seizes X as army rejects calls for truce": the rejection is of something else
        if _ANY_GROUND.match(tail):
            return True
        other = _NAMED_CHANGE.search(tail)
        if not named and other is not None and other.group(1).lower() not in " ".join(names):
            continue  # "denied that its troops had withdrawn from Y": a denial about another place
        if own or named or _THE_CLAIM.match(tail):
            return True
        if _OTHER_MATTER.search(tail[:80]) and not _CHANGE.search(tail[:80]):
            continue
        if _CLAIM_WORDS.search(tail[:60]):
            return True
        if ((_BACK.match(tail) and _CHANGE.search(text)) or _CHANGE.search(tail)) and (
            own or not _elsewhere(_clause(text, m.start(), m.end()), names)
        ):
            return True  # (not "denied that Russia controls the whole Luhansk region")
    if _AS_UNTRUE.search(text):
        return True
    if any(own or not _elsewhere(_clause(text, m.start(), m.end()), names) for m in _DEFENDER.finditer(text)) and (
        own or named or _CHANGE.search(text) or _BACK.search(text) or "enemy" in low or _LOOKS_BACK.search(text)
    ):
        return True
    if own and (rep := _REPELLED.search(text)) is not None and (_BUT.search(text) or _SET_AGAINST.search(text)) and not (
        (on := _ATTACK_ON.match(text, rep.end())) is not None and on.group(1).lower() not in names
    ):  # (not "..., but the army repelled an attack on Diafarabe": an attack on another town)
        return True
    if _RETRACTED.search(text) and (own or named or _CHANGE.search(text) or _LOOKS_BACK.search(text)):
        return True
    if _TWO_VERSIONS.search(text) and (own or named or _LOOKS_BACK.search(text)):
        return True
    if fights and _fights_on(text, names, set()):
        return True
    if own and keeps_against(text, names):
        return True  # "..., although evidence suggests Ukrainian forces maintain their bridgehead in the area" (holding_on.py)
    if not own and keeps_told(text, names) and (named or any(n and n in low for n in names) or _KEPT_PLACE.search(text)) and not _elsewhere(text, names):
        return True  # "Ukraine insisted its troops were holding their positions at the airport" (holding_on.py)
    if own:
        # "Russia says it captured X, Kyiv says village still under its control"
        if _NOT_OVER.search(text) or (_STILL_HELD.search(text) and re.search(r",\s*[A-Z][^,;]{0,40}\bsays?\b", text)) or (
            _OTHER_STILL.search(text) and _STILL.search(text)
        ):
            return True
    elif (_STILL_HELD.search(text) and _SAID.search(text) and (named or _HELD_PLACE.search(text))) or (
        _OTHER_VERSION.match(text) and not _elsewhere(text, names)
    ) or (_FIGHT_GOES_ON.search(text) and (named or _LOOKS_BACK.search(text)) and not _elsewhere(text, names)):
        return True
    # "the army still holds the town, although ..." (in a neighbouring sentence, about the place, not a region)
    # (never the taker's own participle: "M23 captured A and B, while still controlling C" names what it also holds;
    # notes28)
    still = next((m for m in _STILL.finditer(text) if not _OWN_HOLDING.search(text, 0, m.end())), None)
    return bool(still and _CONTRAST.search(text) and (
        (own and not _holds_other(text, still.end(), names)) if own else not _elsewhere(_clause(text, still.start(), still.end()), names)
    ))


# the name a holding word governs: "still controls Debre Tabor", "still holds the town of X"
_HELD_NAME = re.compile(r"\s+(?:of\s+|over\s+)?(?:the\s+)?(?:(?:[a-z]+\s+)?(?:town|city|village|district)\s+of\s+)?((?:al-|el-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


def _holds_other(text: str, end: int, names: Sequence[str]) -> bool:
    """Whether the holding told at ``text[end:]`` in the claim's own sentence is of another named place: "the army
    appears to have regained A and B, while the rebels still control C" sets a front line, no dispute of A or B;
    "..., but the rebels still hold the town" (no name) disputes it."""
    m = _HELD_NAME.match(text, end)
    return m is not None and not any(n and (m.group(1).lower() in n or n in m.group(1).lower()) for n in names)


def _denied_complement(trigger: Token) -> bool:
    """"... and denied insurgents had captured the school": the parser hangs the denial verb on the trigger's subject
    ("denied" read as an adjective of "insurgents") or leaves it just before the subject."""
    for subj in (c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")):
        if any(c.dep_ == "amod" and c.lemma_.lower() in _DENY_LEMMAS for c in subj.children):
            return True
        first = subj.left_edge.i
        if first > 0 and trigger.doc[first - 1].lemma_.lower() in _DENY_LEMMAS and trigger.doc[first - 1].pos_ == "VERB":
            return True
    return False


_CLAIM_NOUNS = frozenset("claim report assertion statement rumour rumor allegation announcement story".split())


def _dismissed_claim(trigger: Token) -> bool:
    """"..., dismissing rebel claims they had taken control of the town": the change told inside a claim that a
    denial verb (not negated) governs."""
    for anc in list(trigger.ancestors)[:4]:
        if anc.pos_ == "NOUN" and anc.lemma_.lower() in _CLAIM_NOUNS and anc.dep_ in ("dobj", "nsubjpass"):
            verb = anc.head
            return verb.lemma_.lower() in _DENY_LEMMAS and not any(c.dep_ == "neg" for c in verb.children)
    return False


def contested(trigger: Token, names: Sequence[str], before: str, after: Sequence[str], lead: str = "", *, partial: bool = False) -> bool:
    """Whether the claim ``trigger`` reports is denied by the rest of its sentence, the sentence before it or the two
    after it, or set against the story's ``lead`` ("Afghan forces pushed back a militant attack on X. ... However, the
    militants claimed they had captured parts of the city"). ``names``: the claimed places' names as written (an
    anaphor has none); a neighbouring denial counts when it names one of them or looks back to the claim, not when it
    names only another place. A ``partial`` claim ("seized most of X") stands beside a fight going on in the rest."""
    if _denied_complement(trigger) or _dismissed_claim(trigger) or _TWO_VERSIONS.search(trigger.sent.text):
        return True
    sent = trigger.sent
    rest = sent.doc.text[trigger.idx + len(trigger.text) : sent.end_char]
    low_names = [n.lower() for n in names if n]
    if told_as_untrue(trigger) or left_open(rest, low_names):
        return True  # "falsely claimed that Z had captured X"; "claimed X, although the town was still contested"
    if _denies(rest, low_names, own=True, fights=not partial):
        return True
    # "the military said X had been fully retaken, but officers said there was still fighting there": a side's word
    # answered in its sentence or the two after it (fighting_there.py)
    if not partial and told_by_someone(sent.text) and any(fights_there(text) for text in (rest, *after[:2]) if text):
        return True
    # "... had taken X. Armenia at once denied this.": a bare "this" looks back to the sentence just before, unless
    # that sentence tells of backing or an accusation ("with Rwanda's support ... Rwanda denies this")
    if after and _BARE.search(after[0]) and not _OTHER_MATTER.search(sent.text):
        return True
    # "The TDF states that they captured A, B and C. All these cities are in the Amhara region. The Ethiopian
    # government contests these.": past a sentence that only says where the claimed places lie
    if len(after) > 1 and _BARE.search(after[1]) and _WHERE_THEY_LIE.match(after[0]) and not _OTHER_MATTER.search(sent.text):
        return True
    for text in (before, *after[:2]):
        if text and _denies(text, low_names, own=False, fights=not partial):
            return True
    if _answers_entry(trigger, before, low_names):
        return True
    # a claim told as the other version ("However, Z claimed ...") of a lead that says the attack was beaten back
    return bool(lead) and bool(_OPENS_CONTRAST.match(sent.text)) and bool(_BEATEN_BACK.search(lead)) and (
        not low_names or any(n in lead.lower() for n in low_names)
    )


# a side's word that it is in control of a place the sentence before tells entered ("Government troops entered X on
# Saturday. The SDF said its forces were in full control of X."): the defender's answer to the entry, or the taker's
# word that the entry reads already; never a change of its own (notes41: control._said_frame's "be")
_ENTERED = re.compile(r"\b(?:entered|enters|entering|stormed|storms|moved into|move into|moves into|pushed into|advanced into)\b", re.I)
_SAYING_LEMMAS = frozenset({"say", "announce", "declare", "claim", "confirm", "state"})


def _answers_entry(trigger: Token, before: str, low_names: Sequence[str]) -> bool:
    if trigger.lemma_.lower() != "be" or trigger.dep_ != "ccomp" or trigger.head.lemma_.lower() not in _SAYING_LEMMAS:
        return False
    low = before.lower() if before else ""
    return bool(low) and bool(_ENTERED.search(before)) and any(n in low for n in low_names)


# what a sentence naming the place says when the place is still fought over or the claim is untrue
_STRONG = re.compile(
    r"\b(?:not true|(?:does|did) not correspond to (?:the )?reality|(?:are|were|is|was) (?:untrue|false|baseless|unfounded|fake)\b"
    r"|(?:is|are|was|were|remains?|remained) not under (?:the )?(?:[\w'-]+ ){0,3}control)",
    re.I,
)
# the other side beat back attacks at the place: "its forces 'repelled' Russian attacks ... 'in the vicinity' of X"
_REPELLED_BY = re.compile(r"\b(?:repulsed|repelled|foiled|thwarted|beat back|fought off|fended off)\W+(?:the\s+)?([\w'-]+)\s+(?:\w+\s+)?(?:attacks?|assaults?)\b", re.I)


# the other side's rebuttal told as a counter: "Kyiv's General Staff countered that Russian forces launched 21 attacks
# targeting five settlements, including X" (not "countered with a drone strike on X")
_HOLDING_BACK = re.compile(r"\bholding back\b", re.I)
_COUNTERED = re.compile(r"\bcounter(?:ed|s|ing)\s+(?:that|by saying)\b", re.I)


def disputed_elsewhere(name: str, taker: str | None, sentences: Sequence[str], own: int, *, partial: bool = False) -> bool:
    """Whether a sentence of the report other than the change's own (index ``own``) disputes the place ``name``: calls
    the claim untrue, says the place is still held, or tells the taker's attacks on it beaten back ("Russia said it
    captured X. ... On Monday, Ukraine's military said its forces repelled Russian attacks in the vicinity of X.").
    The dispute must be about the place itself, in its own clause: a region fought over or still held ("fighting goes
    on across the Luhansk region", "parts of the region remain under Ukrainian control"), or an assault repelled near
    another village ("near the village of Z, west of X"), leave the claim standing. ``taker``: the taking side's name
    ("Russian forces"), to tell the other side's repelled attacks from the taker's own. A sentence saying the fight
    for the place goes on ("Fighting in X continues") disputes a whole capture, not a ``partial`` one. The change's
    own sentence disputes it only by taking it back first ("backtracked on an announcement that Kyiv had retaken X")."""
    low_name = name.lower()
    stem = taker.lower()[:5] if taker else ""
    whole = " ".join(sentences).lower()
    # the kind of place the report calls it ("the village of X", "X town"), for a sentence that says "the village"
    kinds = {k for k in ("village", "town", "city", "settlement") if f"{k} of {low_name}" in whole or f"{low_name} {k}" in whole}
    for i, text in enumerate(sentences):
        if own < i <= own + _ANSWER_REACH and _THESE_DENIED.search(text) and not _OTHER_MATTER.search(text):
            return True  # "... the Taliban overran X. ... However, a police spokesman has rejected these reports."
        if i == own:
            # "backtracked on an announcement earlier in the day that Kyiv had retaken X": the claim told as taken back
            if (m := _RETRACTED.search(text)) is not None and low_name in text[m.end() :].lower():
                return True
            continue
        if low_name not in text.lower():
            low = text.lower()
            if any(_called(low, k) for k in kinds) and _STILL_HELD.search(text) and _SAID.search(text):
                return True  # "DeepState said the village was still under Kyiv's control"
            continue
        if (m := _COUNTERED.search(text)) is not None and low_name in text[m.end() :].lower():
            return True
        if _RETRACTED.search(text) or _TWO_VERSIONS.search(text) or (not partial and _fights_on(text, [low_name], kinds)):
            return True
        if any(_about_place(_clause(text, m.start(), m.end()), low_name, kinds) for m in _STRONG.finditer(text)):
            return True
        if _SAID.search(text) and any(_about_place(_clause(text, m.start(), m.end()), low_name, kinds)
                                      for pattern in (_STILL_HELD, _HOLDING_BACK) for m in pattern.finditer(text)):
            return True  # (the defender "holding back enemy forces" in X, said in any sentence of the report)
        # the taker's assaults beaten back at the place: the first place named after them is it
        if stem and any(m.group(1).lower().startswith(stem) and _about_place(_clause(text, m.end(), m.end()), low_name, kinds)
                        for m in _REPELLED_BY.finditer(text)):
            return True
        for m in _DENIAL.finditer(text):
            if _NEGATED.search(text[max(0, m.start() - 20) : m.start()]) or _ATTRIBUTIVE.search(text[max(0, m.start() - 6) : m.start()]):
                continue
            tail = text[m.end() :]
            if _CHANGE.search(tail) and _about_place(_clause(text, m.end(), m.end()), low_name, kinds):
                return True
    return False
