"""Session 21 (helper notes21, issue 10): monitor notes in the monitors' own one-line grammar, written in our own words.

H1 (syntax.subject_of): a handover note's new side read right when the parser hangs it on the town left ("Ukrainian
forces retreated from X and Russian forces took over the village", "Al Shabaab withdrew from X and Military Forces of
Somalia entered the village") or on a forced leaving ("JNIM forced the army to withdraw from X and took control of the
village"): before, the side that left was read as the one that took it. Twins: one side leaving one town and taking
another, a shelling after the leaving.
I1 (frames._is_read_as_auxiliary): "IS overran X", "IS captured X": the small model reads "IS" as the auxiliary of a
passive with the town for subject. Twins: "IS attacked X", a real passive "X is captured by Z" in a headline-like
clause.
T1 (frames._label_names): a monitor's label "Territory taken over by JNIM: A (district, region)": one or more names
after the colon. Twins: "Territory attacked by", a label with no name.
R1 (frames._other_side_left, extractor): a raid is no change: "entered X, preached at the mosque and left the town",
"briefly entered X before being pushed out by Z" (no reversal after a bare entry). Twins: an entry after the other side
withdrew, a brief capture taken back.
A1 (syntax.capture_verb_misread): "Security forces yesterday completely liberated X district": a capture verb read as an
adjective after a day or an adverb, on a named settlement noun. Twin: the same words with "shelled".
P1 (frames, EXPEL): "pushed out IS forces in the northern town of X": the side driven out of a named settlement told
with "in". Twin: "pushed out IS fighters in a fierce battle near X".
"""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # H1: the new side hung on the town left, as a plain noun phrase and as a monitor's label
        ("On 1 June 2024, Ukrainian forces retreated from Berdychi (Pokrovsk, Donetsk) and Russian forces took over the village.",
         "Berdychi", "ru-forces", "ua-forces"),
        ("On 1 June 2024, Al Shabaab withdrew from Galcad (Adale, Middle Shabelle) and Military Forces of Somalia (2022-) "
         "entered the village.", "Galcad", "so-gov", "al-shabaab"),
        ("On 2 June 2024, JNIM forced Military Forces of Burkina Faso (2022-) to withdraw from Nassoumbou (Djibo, Soum) and "
         "took control of the village.", "Nassoumbou", "jnim", "bf-gov"),
        # I1: the Islamic State's "IS" as the taker
        ("On 2 June 2024, IS overran Al Kishmah (Al Busayrah, Deir ez-Zor), forcing SDF fighters to withdraw.", "Al Kishmah", "isis", "sdf"),
        ("IS captured Palmyra on Monday after government forces withdrew, a monitor said.", "Palmyra", "isis", "sy-gov"),
        # T1: a monitor's label over one place and over two
        ("Territory taken over by JNIM: Dioura (Tenenkou, Mopti).", "Dioura", "jnim", None),
        ("Territory taken over by Al Shabaab: Moqokori (Tayeeglow, Bakool), Galcad (Adale, Middle Shabelle).", "Galcad", "al-shabaab", "so-gov"),
        # R1's twins: an entry the other side left to the entrant; a brief capture taken back stays a change
        ("On 1 June 2024, Al Shabaab entered Elbur (Elbur, Galgaduud) after Military Forces of Somalia (2022-) withdrew from the town.",
         "Elbur", "al-shabaab", "so-gov"),
        # A1: a day and an adverb between the subject and its verb
        ("Security forces yesterday completely liberated Sharqat district, north of Salahuddin province, and raised the flag over its buildings.",
         "Sharqat", "iq-gov", None),
        ("Iraqi troops yesterday captured Baiji town after two days of clashes.", "Baiji", "iq-gov", None),
        # P1: driven out of a settlement told with "in"
        ("Kurdish Peshmerga fighters have pushed out Islamic State forces in the northern Iraqi town of Sinjar, a day after "
         "their offensive began.", "Sinjar", "peshmerga", "isis"),
        ("Somali troops drove out Al Shabaab fighters in the town of Bardhere on Sunday.", "Bardhere", "so-gov", "al-shabaab"),
    ],
)
def test_note_changes(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    assert note_sides(extractor, text).get(place) == (gaining, losing)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # I1's twins
        ("IS attacked Palmyra on Monday, a monitor said.", "Palmyra"),
        ("IS fighters were repelled near Palmyra on Monday, a monitor said.", "Palmyra"),
        # T1's twins
        ("Territory attacked by JNIM: Dioura (Tenenkou, Mopti).", "Dioura"),
        # R1: raids
        ("On 1 June 2024, Al Shabaab entered Elbur (Elbur, Galgaduud), preached at the mosque and left the town.", "Elbur"),
        ("On 1 June 2024, ISWAP briefly entered Dikwa (Dikwa, Borno) before being pushed out by Military Forces of Nigeria (2023-).", "Dikwa"),
        # A1's twin
        ("Iraqi troops yesterday completely shelled Baiji town.", "Baiji"),
        # P1's twin: "in" a battle, not a town
        ("Kurdish Peshmerga fighters pushed out Islamic State fighters in a fierce battle near Sinjar.", "Sinjar"),
    ],
)
def test_note_no_change(extractor: Extractor, text: str, place: str) -> None:
    assert place not in note_sides(extractor, text)


@pytest.mark.parametrize(
    ("text", "place", "leaver"),
    [
        # H1's twins: the side that left takes another town (its own subject); the other side only shells the town left
        ("On 1 June 2024, Al Shabaab withdrew from Galcad (Adale, Middle Shabelle) and took control of Moqokori (Tayeeglow, Bakool).",
         "Galcad", "al-shabaab"),
        ("On 1 June 2024, Ukrainian forces retreated from Berdychi (Pokrovsk, Donetsk) and Russian forces shelled the village.",
         "Berdychi", "ua-forces"),
    ],
)
def test_leaver_never_gains(extractor: Extractor, text: str, place: str, leaver: str) -> None:
    gaining, losing = note_sides(extractor, text).get(place, (None, None))
    assert gaining != leaver and losing in (leaver, None)


def test_leaver_keeps_its_own_subject(extractor: Extractor) -> None:
    text = "On 1 June 2024, Al Shabaab withdrew from Galcad (Adale, Middle Shabelle) and took control of Moqokori (Tayeeglow, Bakool)."
    assert note_sides(extractor, text).get("Moqokori") == ("al-shabaab", "so-gov")


def test_label_without_a_name(extractor: Extractor) -> None:
    assert note_sides(extractor, "Territory taken over by JNIM: none reported.") == {}


def test_brief_capture_taken_back_stays(extractor: Extractor) -> None:
    # R1's other twin: a capture (not an entry) undone by the other side is the other side's change
    sides = note_sides(extractor, "On 1 June 2024, Al Shabaab briefly seized Qaaib (Adale, Middle Shabelle) before Military Forces "
                                  "of Somalia (2022-) pushed them out of the village.")
    assert sides.get("Qaaib", (None, None))[0] == "so-gov"
