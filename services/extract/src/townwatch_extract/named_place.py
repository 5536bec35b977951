"""Unknown places: control grammar strong enough that its capitalised object is a place though GeoNames lacks it
(most villages), and the country that the known towns named beside it give it."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from townwatch_extract.frames import Frame
from townwatch_extract.lexicon import TriggerClass, given_name
from townwatch_extract.participle_list import ONE_OF_TAKEN, PARTICIPLE_LIST
from townwatch_extract.set_off import bearing_after, kind_set_off
from townwatch_extract.syntax import children, objects_of, prep_objects
from townwatch_gazetteer import Gazetteer, name_key

__all__ = ["grammar_names_place", "is_terrain", "listed_country", "nearby_country", "untagged_name"]

# "seized / gained / took / assumed / imposed / regained control of X": the control noun as the verb's object
_CONTROL_TAKERS = frozenset("take seize gain assume impose establish regain retake wrest secure restore extend".split())
# "is now under the control of Z", "are back in the hands of Z", "had full control of X after ... withdrew"
_STATE_LEMMAS = frozenset({"be", "have"})
# "took A, B and C from the RSF": the loser named after "from" says a side lost them
_FALLING = frozenset({"fall", "come", "pass"})
_HANDS = frozenset({"control", "hand", "hands"})
_TAKING = frozenset("take capture seize overrun retake recapture".split())
_TERRAIN = frozenset("valley mountain mountains hill hills heights ridge dam river road highway plain plains forest desert"
                     " checkpoint crossing junction bridge pass wadi".split())
_ARMED = frozenset("troop soldier force army unit fighter militant rebel militia insurgent jihadist garrison terrorist".split())


def _control_object(trigger: Token) -> bool:
    return trigger.lemma_.lower() in _CONTROL_TAKERS and any(o.lemma_.lower() == "control" for o in objects_of(trigger))


def is_terrain(name: str) -> bool:
    """"Dana Valley", "Khanasser road", "Jubb Safa checkpoint": ground or a work, not a settlement."""
    return any(w in _TERRAIN for w in name.lower().split())


def grammar_names_place(frame: Frame) -> bool:
    """Whether ``frame``'s grammar makes a capitalised object a place taken: a control phrase ("gained control of
    Khirbet X", "managed to control A, B and C", "X is now under the control of Z", "restored security to the villages
    of A and B"), a capture with its loser named ("took A and B from the RSF") or of a name set off by a bearing
    ("took X, west of Y"). The side must still be a known
    armed actor (the extractor's rule for unknown names), and the place resolver still refuses given names, countries,
    organisations of the catalogue and the words of roads, checkpoints and offices."""
    if any(t.lower_ in _TERRAIN for r in frame.places for t in r.token.subtree):
        return False  # "took control of the Dana Valley", "the Khanasser road": ground, not a settlement
    if not frame.nominal and frame.cls == TriggerClass.EXPEL and frame.construction != "passive" and _armed_side(frame.losing) and (
        all(frame.losing != r.token for r in frame.places)
    ):  # (never "cleared the village of X": the place, not a side)
        # "cleared Boko Haram terrorists from A and B", "drove ISWAP fighters out of X": an armed side driven from them
        return not children(frame.trigger, ("neg",))
    if frame.nominal or frame.cls not in (TriggerClass.GAIN, TriggerClass.FALL):
        return False
    trigger = frame.trigger
    lemma = trigger.lemma_.lower()
    if frame.construction == "passive":
        return False
    if frame.construction in (PARTICIPLE_LIST, ONE_OF_TAKEN):
        return True  # "the areas seized by Z include A, B and C": the list a taken plural sets off names its places
    if _control_object(trigger):
        return True
    if lemma == "control" and trigger.pos_ == "VERB":
        return True  # "managed to control X", "controlled the villages of A and B after clashes"
    if lemma == "restore":
        return True  # "restored security and stability to X" (the frame asks for the security words)
    if frame.cls == TriggerClass.FALL and lemma in _FALLING and any(
        o.lemma_.lower() in _HANDS for o in prep_objects(trigger, ("into", "under"))
    ):
        # "Kibati passed under the control of the M23", "X fell into the hands of Z" (a person falls into hands too)
        return all(r.token.ent_type_ != "PERSON" for r in frame.places)
    if lemma in _STATE_LEMMAS and frame.gaining is not None and any(
        c.dep_ == "advmod" and c.lower_ in ("now", "back") for c in trigger.children
    ) and not any(t.lower_ == "since" for t in trigger.subtree):
        return True  # "X is now under the control of Z", "X is now in the hands of Z" (never "... since May")
    if lemma in _TAKING and frame.places and all(bearing_after(r.token) or kind_set_off(r.token) is not None for r in frame.places):
        # "had taken Nelipivka, west of the city", "retook X, a town north of Y": a bearing or a set-off noun places it
        return not children(trigger, ("neg",))
    if lemma in _TAKING and _armed_side(frame.losing) and not prep_objects(trigger, ("by",)):
        return not children(trigger, ("neg",))
    return False


# the tagger's guesses that leave an unknown name free to be a place: a place's own tags, or none at all
_PLACE_ENTS = frozenset({"", "GPE", "LOC", "FAC"})


def untagged_name(tok: Token) -> bool:
    """Whether an unresolved capitalised name a capture verb takes may be a place by the tagger: a proper noun whose
    every word the model calls a place or nothing (never a person, an organisation, a people, a date, an operation),
    no acronym ("took the SNA"), no plural ("seized Land Cruisers") and no given name ("took Ahmed")."""
    words = [t for t in tok.subtree if t.dep_ == "compound" or t == tok]
    return tok.pos_ == "PROPN" and tok.tag_ != "NNPS" and all(
        t.ent_type_ in _PLACE_ENTS and t.text[:1].isupper() and not _ACRONYM.match(t.text) and not given_name(t.text) for t in words
    )


def _armed_side(losing: Token | None) -> bool:
    """Whether the side a place was taken from is armed: "from the RSF" / "from ISWAP fighters", not "from his home"
    nor "from Ahmed", nor "protesters" or "mines" cleared from a square."""
    return losing is not None and (losing.lemma_.lower() in _ARMED or (losing.pos_ == "PROPN" and losing.ent_type_ != "PERSON"))


# a town big enough that its name alone says the country ("east of Mosul", "the countryside of Homs")
_LANDMARK_POPULATION = 100_000
_NAME_LINKS = frozenset({"da", "de", "do", "dos", "del", "di", "al", "el", "ad", "as", "-"})


# a smaller town still says the country when it is the only place of its name and lies in a country at war, named
# where a bearing points ("30 km east of the provincial capital city of Tikrit", "near Sinjar") or a way leads ("sending
# the militia on a retreat toward Mueda", "on the road to Mueda")
_SMALL_LANDMARK_POPULATION = 20_000
_BEARING_WORDS = frozenset({"of", "near", "outside", "around", "toward", "towards", "to"})


# the nouns of an armed side a people's or a region's name qualifies ("Chin resistance forces", "Kachin rebels"): the
# name is whose side it is, never a landmark (GeoNames lists "Chin" among Qinzhou's names)
_SIDE_NOUNS = frozenset("forces troops army fighters rebels militia militias resistance insurgents militants soldiers groups".split())


def _qualifies_side(last: Token) -> bool:
    """Whether the last word of a capitalised run qualifies an armed side's noun, directly or through one more
    modifier ("Chin resistance forces")."""
    head = last.head
    return last.dep_ in ("compound", "amod", "nmod") and head.i > last.i and (
        head.lower_ in _SIDE_NOUNS or (head.dep_ in ("compound", "amod") and head.head.lower_ in _SIDE_NOUNS and head.head.i > head.i)
    )


def _landmark(run: list[Token], gazetteer: Gazetteer, war: frozenset[str]) -> str | None:
    """The country a run of capitalised words names as a landmark, or None. An acronym is none: GeoNames lists
    airport codes among a city's names ("SDF" is Louisville's, "SNA" Sanaa's), and a text's acronyms are its sides."""
    if len(run) == 1 and run[0].is_stop:
        return None  # a capitalised "The" inside a quote ('..., and The national army') is no Teresina
    name = " ".join(t.text for t in run)
    if len(run) == 1 and _ACRONYM.match(name):
        return None
    if _qualifies_side(run[-1]):
        return None
    geo = gazetteer.resolve(name)
    if geo is None:
        return None
    if geo.population >= _LANDMARK_POPULATION:
        return geo.country_code
    first = run[0]
    pointed = first.i > first.sent.start and first.nbor(-1).lower_ in _BEARING_WORDS
    if pointed and geo.population >= _SMALL_LANDMARK_POPULATION and geo.country_code in war and len(gazetteer.candidates(name)) == 1:
        return geo.country_code
    return None


def listed_country(names: list[str], gazetteer: Gazetteer, war: frozenset[str]) -> str | None:
    """The one country at war where the places of a list lie, by the names whose every namesake lies there ("captured
    Kafr Zita, Morek and Lahaya": Syria, so "Lahaya" is no Hague); None when none or several countries are named."""
    found: set[str] = set()
    for name in names:
        countries = {p.country_code for p in gazetteer.candidates(name)}
        if len(countries) == 1 and countries <= war:
            found |= countries
    return found.pop() if len(found) == 1 else None


_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d\d)?$")
_ACRONYM = re.compile(r"[A-Z0-9]{2,6}$")


def clock_word(tok: Token) -> bool:
    """"AM" or "PM" after a time ("at 5:30 AM"): the hour, never Amman nor Armenia's code."""
    return tok.text in ("AM", "PM") and tok.i > 0 and _CLOCK.match(tok.nbor(-1).text) is not None


def nearby_country(
    sent: Span, gazetteer: Gazetteer, skip: list[tuple[int, int]], war: frozenset[str] = frozenset(), home: str | None = None,
) -> str | None:
    """The country of the large known towns the sentence names beside an unknown one ("liberated the villages of A
    and B east of Mosul"), when they agree: what lets "the army" be that country's army. None when none is named,
    or the towns named lie in different countries; the names taken (``skip``) are never their own landmark ("Ibrahim
    al-Khalil", a village, is no Hebron); ``war``: the countries at war, where a smaller unique town counts too.
    ``home``, the war country the story's sides already put the village in, keeps a landmark that has a namesake
    there ("fled towards Al-Bayda" in a Yemeni story is Yemen's, not Libya's city) and outranks one of a country at
    peace or one known abroad by another spelling only ("in western Qairawan" beside the Hashd is no Kairouan)."""
    found: set[str] = set()
    run: list[Token] = []
    for tok in [*sent, None]:
        if tok is not None and tok.i > sent.start and not any(lo <= tok.i < hi for lo, hi in skip) and not clock_word(tok) and (
            tok.text[:1].isupper() or (run and tok.lower_ in _NAME_LINKS)  # "Mocimboa da Praia" is no Praia
        ):
            run.append(tok)
            continue
        if run:
            if not _allegiance(run) and not _speaker(run) and (cc := _landmark(run, gazetteer, war)) is not None:
                found.add(_at_home(run, cc, gazetteer, war, home))
            run = []
    return found.pop() if len(found) == 1 else None


_ALLEGIANCE_PREFIXES = frozenset({"pro", "anti"})
_ALLEGIANCE_WORDS = frozenset({"loyal", "backed", "allied", "aligned", "supported", "sponsored"})


def _allegiance(run: list[Token]) -> bool:
    """Whether a run of capitalised words is the capital of an allegiance ("pro-Moscow separatists", "anti-Kyiv
    rebels", "militias loyal to Damascus", "rebels backed by Moscow"): a side's patron, never a landmark beside the
    town taken."""
    first = run[0]
    if first.i < 2:
        return False
    link, word = first.doc[first.i - 1], first.doc[first.i - 2]
    return (link.text == "-" and word.lower_ in _ALLEGIANCE_PREFIXES) or (
        link.lower_ in ("to", "by", "with") and word.lower_ in _ALLEGIANCE_WORDS
    )


# the verbs whose subject a capital stands for its state in ("Russian forces captured Marinka, Moscow says")
_SPEAKING = frozenset("say claim announce confirm report state tell deny insist admit".split())


def _speaker(run: list[Token]) -> bool:
    """Whether a run of capitalised words is the subject of a verb of saying ("..., Moscow says", "Kyiv denied"): a
    capital speaking for its state, never a landmark beside the town taken (the Ukrainian village of Marinka has a
    namesake near Moscow)."""
    last = run[-1]
    return last.dep_ in ("nsubj", "nsubjpass") and last.head.lemma_.lower() in _SPEAKING


def _at_home(run: list[Token], cc: str, gazetteer: Gazetteer, war: frozenset[str], home: str | None) -> str:
    """The country a landmark names, read against ``home`` (the war country the sentence's village already lies in):
    home, when the landmark has a namesake there, lies in a country at peace or matches its town abroad only by
    another spelling of it; else its own."""
    if home is None or cc == home or home not in war:
        return cc
    name = " ".join(t.text for t in run)
    found = gazetteer.candidates(name)
    if cc not in war or any(p.country_code == home for p in found) or all(name_key(p.name) != name_key(name) for p in found):
        return home
    return cc
