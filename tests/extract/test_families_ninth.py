"""The issue's families, ninth reading, variant by variant: a bare name GeoNames lacks that the tagger reads as a date
("took over Mahaday on Sunday"), a name that is a person's (what police capture, a titled name), the headline's
reduced passive ("Mosul retaken", "Tal Afar retaken from Islamic State"), "were now in control of X", "the alliance"
as a side, a capture noun as the subject of its consequence ("The fall of X comes as ..."), and a lede's "a town"
named later by "hold X"; each with negative twins built from the same words."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.context import misread_date
from townwatch_extract.extractor import Extractor
from townwatch_extract.frames import SIDELESS_NOMINAL, frames_for

from .conftest import headline_changes, note_sides

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # F1: an unknown bare name the tagger calls a date, after a capture verb with a known side
        ("Al-Shabaab fighters took over Mahaday on Sunday, residents said.", "Mahaday", "al-shabaab", "so-gov"),
        ("Al-Shabaab fighters captured Mahaday on Sunday after government troops pulled out.", "Mahaday", "al-shabaab", "so-gov"),
        # F2 positive: the same verb on a town GeoNames lacks, taken by a named side
        ("The KIA captured Kawlin on Monday after junta troops surrendered.", "Kawlin", "kia", "mm-junta"),
        # F4: "were now in control of X" tells the change
        ("The ministry said Russian forces were now in control of Pobeda, south-west of Donetsk.", "Pobeda", "ru-forces", "ua-forces"),
        # F5: "the alliance" in Myanmar is the Three Brotherhood
        ("The alliance took over Lashio on Saturday.", "Lashio", "three-brotherhood", "mm-junta"),
        ("The takeover of Lashio by the alliance dealt a heavy blow to the junta.", "Lashio", "three-brotherhood", "mm-junta"),
        # F6: a capture noun as the subject of its consequence, no side named
        ("The fall of Nyala comes as the two sides gather for talks in Jeddah.", "Nyala", None, None),
        ("The capture of Khan Abad adds pressure on government forces holding Kunduz city.", "Khan Abad", None, None),
        ("The fall of Ghazni on Thursday cuts off a crucial highway.", "Ghazni", None, None),
        # F7: a lede's "a town", named in the next sentence as the town the side may not hold
        ("Opposition troops captured a town in central Myanmar on Monday. The fighters may struggle to hold Kawlin, analysts said.",
         "Kawlin", "pdf", "mm-junta"),
        ("The KIA captured a town in northern Myanmar on Monday. Analysts doubt the group can hold Kawlin for long.", "Kawlin", "kia", "mm-junta"),
        # F8: a ministry's inverted passive, the subject after the auxiliary
        ("Also liberated was the village of Vesele, the Russian defence ministry said.", "Vesele", "ru-forces", "ua-forces"),
    ],
)
def test_family_positive(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    assert note_sides(extractor, text).get(place) == (gaining, losing)


@pytest.mark.parametrize(
    "text",
    [
        # F1 twins: a real day or a holiday after the verb
        "Al-Shabaab fighters took over Friday prayers at the mosque, residents said.",
        "Al-Shabaab fighters seized Ramadan donations from traders on Sunday, residents said.",
        # F2 twins: what police take, and a name a title introduces earlier in the article
        "Police captured Kawlin on Sunday after a week on the run.",
        "President Nicolas Maduro left the palace at dawn. US forces seized Maduro hours later, officials said.",
        "Commander Mohamed Dheere was travelling near Jowhar. Al-Shabaab fighters captured Dheere on Sunday, his family said.",
        # F4 twins: who holds it, not a change
        "The ministry said Russian forces are still in control of Pobeda, south-west of Donetsk.",
        "Ukrainian forces were in control of Pobeda until last week, the ministry said.",
        # F5 twins: the alliance meeting, another alliance's duty
        "The alliance met Chinese envoys in Lashio on Saturday.",
        "The NATO alliance took over command in Kabul on Saturday.",
        # F6 twins: background with a year, a prospect, a modal, years since, a company
        "The fall of Mosul in 2014 shocked the region.",
        "A fall of Nyala would mean disaster for the army in Darfur.",
        "The fall of Nyala could come within days, analysts said.",
        "Ten years after the fall of Mosul, the city is rebuilding its old town.",
        "The takeover of Twitter gave Musk a platform.",
        # F7 twins: the town only attacked; the name held is the other side's
        "The KIA attacked a town in northern Myanmar on Monday. Analysts doubt the group can hold Kawlin for long.",
        "The KIA captured a police post in northern Myanmar on Monday. The junta said its troops still hold Kawlin.",
        # F8 twins: goods taken, villages attacked
        "Also captured were large stocks of weapons, the Russian defence ministry said.",
        "Also attacked were the villages of Pishchane and Tykhe, the Ukrainian general staff said.",
    ],
)
def test_family_twin(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}


@pytest.mark.parametrize(
    ("title", "place", "losing"),
    [
        ("Mosul retaken", "Mosul", None),  # the name hung on the participle as a noun-phrase modifier
        ("Tal Afar retaken from Islamic State", "Tal Afar", "isis"),  # "retaken" read as a past tense
        ("Ramadi recaptured from Islamic State", "Ramadi", "isis"),
        ("Robotyne recaptured from Russian forces", "Robotyne", "ru-forces"),
    ],
)
def test_headline_reduced_passive(extractor: Extractor, title: str, place: str, losing: str | None) -> None:
    changes = headline_changes(extractor, title, published=DAY)
    assert [(e.place.name, e.losing.id if e.losing else None) for e in changes] == [(place, losing)]


@pytest.mark.parametrize(
    "title",
    ["Police capture Smith after manhunt", "Drugs seized from smugglers", "Tokyo taken from Russia in penalty shootout",
     "Mosul retaken in 2017, says museum", "Senate retaken by Democrats"],
)
def test_headline_twins(extractor: Extractor, title: str) -> None:
    assert headline_changes(extractor, title, published=DAY) == []


def test_misread_date(extractor: Extractor) -> None:
    doc = extractor.nlp("Al-Shabaab fighters took over Mahaday on Sunday, residents said.")
    tags = {t.text: misread_date(t) for t in doc}
    assert tags["Sunday"] is False
    assert tags["Mahaday"] is (doc[[t.text for t in doc].index("Mahaday")].ent_type_ == "DATE")


def test_sideless_nominal_frame(extractor: Extractor) -> None:
    doc = extractor.nlp("The fall of Sheberghan means the insurgents can now move fighters to other cities.")
    frame = next(f for t in doc if (f := frames_for(t)) is not None)
    assert frame.construction == SIDELESS_NOMINAL and frame.gaining is None
    doc = extractor.nlp("The fall of Mosul in 2014 shocked the region.")
    assert all(frames_for(t) is None for t in doc)
