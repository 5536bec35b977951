"""Flight from a town: "Islamists flee Diabaly", "Al-Shabaab quits Kismayo", a loser-only change an armed side makes.

A headline tells a town lost by its holders with "flee" or "quit" and a bare town as object, the gainer unnamed (or
named in another clause). People flee towns far more often than armies do, so the verb counts only with an armed
subject: a force noun ("troops", "militants", "Islamists") or a group's name; never residents, a count ("thousands"),
a people's demonym ("Ukrainians flee Mariupol"), a leader ("Ghani flees Kabul": the man, not his army) or a state
("Mali quits ECOWAS"). The frame then asks, as "leave X" does, for a known town and a known side. A flight under way
("Chechen fighters fleeing Grozny") has left nothing yet.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from townwatch_extract.actors import packaged_catalogue
from townwatch_extract.syntax import subject_of

FLIGHT_VERBS = frozenset({"flee", "quit"})
"""The verbs of a side's flight from a town (frames read them as "leave": a bare town as object)."""

# the heads of an armed subject: forces and the words a wire calls fighters by
_ARMED_HEADS = frozenset(
    "troop soldier force army unit fighter militant rebel militia militiaman insurgent jihadist islamist loyalist "
    "guerrilla garrison defender extremist gunman terrorist marine paratrooper mercenary".split()
)
# a people's name ("Ukrainians", "Syrians", "Afghans", "Sudanese", "Iraqis"): the residents, not a side (a headline
# rebuilt from its words has no entity types to ask, so the word itself decides; "Houthis" is a movement's name)
_PEOPLE = re.compile(r"(?:ians|ans|eans|ese|is|ish)$")
_PEOPLES = frozenset("kurds turks serbs croats arabs jews tutsis hutus tamils uighurs uyghurs rohingya armenians".split())
_NOT_PEOPLES = frozenset({"houthis", "huthis"})
# people who flee: never a side, whatever their modifiers ("Iraqi civilians", "Syrian families")
_PEOPLE_HEADS = frozenset(
    "resident civilian family people child woman refugee villager thousand hundred dozen million inhabitant citizen "
    "student worker official diplomat minister president leader family tourist journalist".split()
)


# a head of state or government named by title: a man who flees, not a side
_TITLES = frozenset("president prime minister premier pm king emir leader ruler dictator".split())


def personal_departure(trigger: Token) -> bool:
    """Whether the subject of a leaving verb is one man: a title ("Afghan president Ashraf Ghani leaves Kabul"), a
    person's name as the tagger reads it, or a leader the catalogue names a side by ("Zelensky flees Kyiv", "Putin
    leaves Moscow": a headline rebuilt from its words has no entity types, so the catalogue's ``people`` decide)."""
    subject = subject_of(trigger)
    if subject is None:
        return False
    if any(t.lower_ in _TITLES or t.ent_type_ == "PERSON" for t in subject.subtree):
        return True
    words = [t for t in subject.subtree if t.dep_ in ("compound", "flat", "punct") or t == subject]
    # as written, so a hyphen the tokenizer splits off stays in ("Bashar al-Assad")
    name = subject.doc[words[0].i : subject.i + 1].text if words else subject.text
    return name.casefold() in packaged_catalogue().person_names


def armed_flight(trigger: Token) -> bool:
    """Whether ``trigger`` (a flight verb) has an armed side for subject ("Islamist fighters flee X", "Taliban quit X",
    "Al-Shabaab flees X"), not people leaving a town."""
    if trigger.tag_ == "VBG":
        return False  # "Chechen fighters fleeing Grozny", "were fleeing X": a flight under way, no town left yet
    subject = subject_of(trigger)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in _PEOPLE_HEADS or subject.like_num:
        return False
    if personal_departure(trigger):
        return False  # "President Assad flees Damascus", "Bashar al-Assad flees X", "Zelensky flees Kyiv": a leader leaves, not his army
    if lemma in _ARMED_HEADS or subject.lower_.rstrip("s") in _ARMED_HEADS:
        return True
    if subject.pos_ not in ("PROPN", "NOUN") or subject.ent_type_ in ("PERSON", "GPE", "LOC") or not subject.text[:1].isupper():
        return False  # "Ghani flees Kabul", "Russia quits the council", "Mali quits ECOWAS", "many flee X"
    # a group's own name ("Al-Shabaab", "Taliban", "Houthis"), never a people's ("Ukrainians", "Afghans", "Kurds")
    low = subject.lower_
    return low in _NOT_PEOPLES or not (low in _PEOPLES or _PEOPLE.search(low))
