"""Session 22 (helper notes22, issue 10): monitor notes in the monitors' own one-line grammar, written in our own words.

R1 (frames._verb_frame, the "declared" reading): a reported passive under a verb of announcing ("the army announced
that X had been retaken from the militants", "announced yesterday that X had been seized by Kurdish forces"): before,
any participle under "announce" was read as "X was declared liberated" and looked for its place on "announce", so the
clause's own subject was lost. Twins: the same clause with an attack, a negation, a plan.
C2 (frames, EXPEL): "the group's forces have cleared A, B and C districts from the enemies": the towns are the object
when the "from" names a side by a common word. Twins: roads cleared of mines, an area cleared (no town named), a plan.
C3 (frames._adverb_read_name): '"X was cleared of Russians," the commander posted': a sentence-initial town the small
model tags as an adverb is the passive's subject. Twins: cleared of mines, shelled by.
F1 (entry.fall_told_taken, prefilter._FELL_BARE): "X has fallen, a spokesman told AP on Sunday. The city was completely
taken.": a bare fall with its speaker, confirmed by the next sentence's passive on the same town. Twins: nearly taken,
another town taken, a modal.
F2 (control._free_frame): "For the first time in a year, X was free Friday from Z", "X is now free of Z": the side
after "from" / "of" lost the town. Twins: free of violence, free for years long ago, a future.
D1 (frames._control_place): "retook control Sunday of X": the bare day between "control" and its "of". Twin: control
of a situation.
I2 (frames._is_read_as_leaver): "IS withdrew from X", "IS pulled out of X": the Islamic State's "IS" read as a
passive auxiliary before a leaving verb. Twin: "IS retreated from X" stays a raid's falling back (no taker named).
"""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # R1: a reported passive under "announce", with "from" and with "by", and the clause after the speaker
        ("The army announced on Tuesday that Tikrit had been retaken from the militants.", "Tikrit", "iq-gov", "isis"),
        ("Iraqi Kurdish officials announced yesterday that Sinjar had been seized by Kurdish forces.", "Sinjar", "peshmerga", None),
        ("Tikrit has been recaptured from the militants, the army announced on Tuesday.", "Tikrit", "iq-gov", "isis"),
        ("The Sudanese army announced that Wad Madani was retaken from the Rapid Support Forces on Saturday.", "Wad Madani", "saf", "rsf"),
        # C2: towns cleared "from" a side named by a common word
        ("A Taliban spokesman said Taliban forces have cleared Khanabad and Baghlan-e Jadid districts from the enemies.",
         "Khanabad", "taliban", None),
        ("Somali troops cleared Bulo Burte and Jalalaqsi from the militants on Sunday, the governor said.", "Jalalaqsi", "so-gov", "al-shabaab"),
        # C3: the town opening the line read as an adverb
        ('"Andriivka was cleared of Russians," the Ukrainian commander posted on Telegram.', "Andriivka", "ua-forces", "ru-forces"),
        # (no side writes the clearing: Russia's war in Ukraine gives its other side, data25)
        ("Bakhmut has been cleared of Russian troops, the commander said.", "Bakhmut", "ua-forces", "ru-forces"),
        # D1: a day between "control" and its "of"
        ("Iraqi soldiers backed by allied militiamen retook control Sunday of Baiji, a town that fell to the Islamic State in July.",
         "Baiji", "iq-gov", "isis"),
        ("Somali forces took control Monday of Bulo Burte after a day of fighting.", "Bulo Burte", "so-gov", "al-shabaab"),
        # F2: free of a side, with a day, "now" or "for the first time"
        ("For the first time in more than a year, Sinjar was free on Friday from the Islamic State, whose fighters fled.",
         "Sinjar", None, "isis"),
        ("Kobani is now free of Islamic State fighters, a Kurdish official said.", "Kobani", None, "isis"),
        # I2: "IS" before a leaving verb
        ("IS withdrew from Derna on Monday, a military spokesman said.", "Derna", None, "isis"),
        ("IS pulled out of Sirte overnight, residents said.", "Sirte", None, "isis"),
    ],
)
def test_note_changes(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    assert note_sides(extractor, text).get(place) == (gaining, losing)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # F1: a bare fall with its speaker, the next line telling the same town taken
        ("Ramadi has fallen, a spokesman for the provincial governor told AP on Sunday. The city was completely taken.", "Ramadi"),
        ("Sheberghan has fallen, an official said on Sunday. It has been overrun.", "Sheberghan"),
    ],
)
def test_fall_told_taken(extractor: Extractor, text: str, place: str) -> None:
    assert note_sides(extractor, text).get(place) == (None, None)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # R1's twins: an attack, a negation, a plan under the same verb
        ("The army announced on Tuesday that Tikrit had been attacked by the militants.", "Tikrit"),
        ("The army announced on Tuesday that Tikrit had not been retaken from the militants.", "Tikrit"),
        ("The army announced on Tuesday that Tikrit would be retaken from the militants within days.", "Tikrit"),
        # C2's twins: things cleared, an area with no town, a plan
        ("Engineers cleared the roads from mines near Baiji on Sunday.", "Baiji"),
        ("The army has cleared the area from the militants near Baiji.", "Baiji"),
        ("A Taliban spokesman said Taliban forces plan to clear Khanabad and Baghlan-e Jadid districts from the enemies.", "Khanabad"),
        # C3's twins
        ("Bakhmut was cleared of mines, the commander said.", "Bakhmut"),
        ("Bakhmut was shelled by Russian troops, the commander said.", "Bakhmut"),
        # F1's twins: nearly taken, another town taken, a modal, the fall alone
        ("Sheberghan has fallen, a spokesman said on Sunday. The city was nearly taken.", "Sheberghan"),
        ("Sheberghan has fallen, a spokesman said on Sunday. Kunduz was taken too.", "Sheberghan"),
        ("Sheberghan has fallen, a spokesman said on Sunday. The city could be taken soon.", "Sheberghan"),
        ("Sheberghan has fallen, a spokesman said on Sunday.", "Sheberghan"),
        # F2's twins: free of no side, free long ago, free only in future
        ("Sinjar was free of violence on Friday, residents said.", "Sinjar"),
        ("Sinjar was free from the Islamic State for two years before 2014.", "Sinjar"),
        ("Sinjar will be free of the Islamic State soon, the governor said.", "Sinjar"),
        # D1's twin: control of a situation
        ("The police took control Sunday of the situation in Baiji.", "Baiji"),
        # I2's twin: a raid's falling back, no taker named
        ("IS retreated from Derna on Monday, a military spokesman said.", "Derna"),
    ],
)
def test_note_no_change(extractor: Extractor, text: str, place: str) -> None:
    assert place not in note_sides(extractor, text)
