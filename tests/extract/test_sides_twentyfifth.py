"""Session 25 (helper side25, issue 10): a side the frame reads no side for (main's 'no-side' misses).

Of the 495 gold events main (ef3b51a) missed in the nine spent sets, 90 had a frame with a place and no side; in about
a dozen the sentence names the side as the verb's doer but the small model attaches it elsewhere: on the verb's
auxiliary ("Troops have this afternoon captured X": "Troops" the subject of "have"), as the object of an opening
phrase ("After days of fighting the Taliban have made another gain, capturing X": "the Taliban" read as what was
fought), as an apposition of the place in an opening phrase ("According to a report from Idlib, the Syrian Arab Army,
alongside the NDF, seized X"), or as the noun an "-ing" participle modifies ("residents reported rebels seizing
X"). ``syntax.stray_subject`` reads that doer (structure only: auxiliary, participle's noun, the name that ends
right before a finite verb), never across a relative or reported clause, and never the object of a verb of preventing
("failed to stop rebels seizing X"). Twins: the same sentences with no capture, an intention, a prevention.

A capital written before a force noun ("Moscow troops", "into the hands of Kiev forces", "Damascus loyalists") is that
capital's state (context.resolve_actor, with lexicon.CAPITALS: capitals more than one side held are not in it). Twins: a
capital that backs ("Moscow-backed separatists"), an attempt, shelling.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.nlp import load_nlp
from townwatch_extract.syntax import stray_subject

from .conftest import change_rows, headline_changes, sides

_DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer read as the object of the opening phrase ("fighting the Houthis"), the capture a participle after it
        ("After several days of fighting the Houthis have made another major gain in Marib province, capturing the "
         "hilltop town of Raghwan, and forcing the government troops who were defending it into retreat.",
         ("Raghwan", "houthis", "ye-gov")),
        # the doer hung on the auxiliary by a time phrase between them
        ("Troops have this morning recaptured Damboa after a long battle with the insurgents.", ("Damboa", "ng-gov", None)),
        # the doer hung on the auxiliary past its bracketed apposition and a set-off phrase
        ("Reports say al-Shabaab (the Somali affiliate of al-Qaeda) has, for the moment, seized the port town of Barawe "
         "and is threatening Merca.", ("Barawe", "al-shabaab", "so-gov")),
        # the doer read as an apposition of the place an opening phrase names, a companion set off before the verb
        ("According to a field report from Hama, the Syrian Arab Army, alongside the Tiger Forces, seized the village of "
         "Kafr Nabuda after heavy clashes with the rebels.", ("Kafr Nabuda", "sy-gov", None)),
        # the capture's own participle on its doer noun
        ("Residents reported M23 rebels seizing the mining town of Rubaya on Tuesday.", ("Rubaya", "m23", "cd-gov")),
        ("Citing the newest battlefield update from Hama, the Syrian Arab Army, alongside the Tiger Forces, seized the "
         "village of Kafr Nabuda after heavy clashes with the rebels.", ("Kafr Nabuda", "sy-gov", None)),
    ],
)
def test_stray_doer_takes_the_place(extractor: Extractor, text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert [r[:3] for r in change_rows(extractor, text, _DAY) if not r[3]] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the same sentences with no capture, an intention, a prevention
        "Residents reported M23 rebels shelling the mining town of Rubaya on Tuesday.",
        "After several days of fighting the Houthis have made another major push in Marib province, hoping to capture "
        "the hilltop town of Raghwan.",
        "Troops have this morning attacked Damboa after a long battle with the insurgents.",
        "Reports say al-Shabaab (the Somali affiliate of al-Qaeda) has, for the moment, surrounded the port town of Barawe "
        "and is threatening Merca.",
        "According to a field report from Hama, the Syrian Arab Army, alongside the Tiger Forces, shelled the village of "
        "Kafr Nabuda after heavy clashes with the rebels.",
        "Government forces tried to stop the rebels seizing Raghwan.",
    ],
)
def test_stray_doer_twins_take_nothing(extractor: Extractor, text: str) -> None:
    assert [r for r in change_rows(extractor, text, _DAY) if not r[3]] == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the capture's own participle on its doer noun
        ("Video shows M23 rebels seizing Rubaya", [("Rubaya", "m23", "cd-gov")]),
        # twins: shelling; the participle kept from happening; a capture after 'after' under a participle of the
        # headline's noun stays the advance's background, as it is under a verb ("Rebels push closer to Y after capturing X")
        ("Video shows M23 rebels shelling Rubaya", []),
        ("Congo army fails to stop M23 rebels seizing Sake", []),
        ("M23 rebels fighting Congo army close in on Goma after seizing Sake", []),
    ],
)
def test_participle_noun_in_headline(extractor: Extractor, title: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert sides(headline_changes(extractor, title, published=_DAY)) == expected


@pytest.mark.parametrize(
    ("text", "verb", "doer"),
    [
        ("Troops have this morning recaptured Damboa.", "recaptured", "Troops"),
        ("After days of fighting the Houthis have made a gain, capturing Raghwan.", "capturing", "Houthis"),
        # a subject of its own, and a relative clause's object, are not stray
        ("The army, which fought the rebels, recaptured Damboa.", "recaptured", None),
        ("Government forces tried to stop the rebels seizing Raghwan.", "seizing", None),
    ],
)
def test_stray_subject_reads_structure(text: str, verb: str, doer: str | None) -> None:
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    found = stray_subject(tok)
    assert (found.text if found is not None else None) == doer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital before a force noun is its state's forces (as "Moscow says" is its government), wherever the
        # phrase sits: the subject, or the hands a place passed into
        ("Moscow troops captured the village of Pisky near Donetsk.", [("Pisky", "ru-forces", "ua-forces")]),
        ("A second small village, Novoivanivka, west of Vuhledar, had passed into the hands of Kyiv forces, the governor "
         "said.", [("Novoivanivka", "ua-forces", "ru-forces")]),
        ("The monitor said Baghdad troops seized the village of Tal Abtah west of Mosul.", [("Tal Abtah", "iq-gov", None)]),
        ("The monitor said Damascus loyalists seized the town of Kafranbel in southern Idlib province.", [("Kafranbel", "sy-gov", None)]),
        # direction: the capital's forces as the loser
        ("Damascus loyalists were driven out of the town of Kafranbel in southern Idlib province by rebels.",
         [("Kafranbel", "x-rebels-sy", "sy-gov")]),
        # twins: a capital that backs, an attempt, shelling
        ("Moscow-backed separatists captured the village of Pisky near Donetsk.", [("Pisky", "x-separatists-ua", None)]),
        ("Moscow troops are trying to capture the village of Pisky near Donetsk.", []),
        ("The monitor said Baghdad troops shelled the village of Tal Abtah west of Mosul.", []),
    ],
)
def test_capital_before_force_noun(extractor: Extractor, text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert [r[:3] for r in change_rows(extractor, text, _DAY) if not r[3]] == expected
