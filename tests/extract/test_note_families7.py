"""Monitor notes, seventh reading: a name set off after an unnamed place noun, "the X district of the province of Y",
"freed X ... from Z", "extended their control over X", a side's own "X was liberated", the loser in a relative clause
or an "after clashing with Z", a backer that is not the side, Kurdish forces by country, "they" after a side held
against, positions held in a town, a plural place noun's names after a colon."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # a name after the place noun and its location, set off by a comma; the loser from "after clashing with Z"
        ("Houthi fighters retook the second city in Daleh province, Damt, on Monday after clashing with government troops.",
         "Damt", "houthis", "ye-gov"),
        ("Government troops seized the last large town in the area, Lawdar, on Monday.", "Lawdar", "ye-gov", "houthis"),
        ("PDF fighters captured a district capital, namely Kawlin, on Monday.", "Kawlin", "pdf", "mm-junta"),
        # "the X district of the (northern) province of Y": X is the place, Y only where it lies
        ("The Yangi Qala district of the northern province of Takhar was taken over by the Taliban on Monday after "
         "clashes with Afghan forces.", "Yangi Qala", "taliban", "af-gov"),
        # "freed the village of X in Y province from Z": the "from" hangs on the province
        ("Iraqi forces on Monday freed the village of Imam Gharbi in Salahudin province from Islamic State militants.",
         "Imam Gharbi", "iq-gov", "isis"),
        # "extended their control over X"
        ("GNA forces said they had extended their control over the entire city of Tarhuna, a stronghold of the LNA.",
         "Tarhuna", "ly-gna", "lna"),
        # '"X was liberated," the Russian defence ministry said': a side says "liberated" of its own gains
        ('"The village of Ivanivka in the Kharkiv region was liberated," the Russian defence ministry said on Monday.',
         "Ivanivka", "ru-forces", "ua-forces"),
        # the side's ministry named only by its demonym: the prefilter passes "ministry" as a side word
        ("The town of Hadrut was liberated on Monday, the Azerbaijani Defense Ministry said.", "Hadrut", "az-forces", "am-forces"),
        ("According to the Azerbaijani Defense Ministry, the town of Hadrut was liberated on Monday.", "Hadrut", "az-forces", "am-forces"),
        # the loser told in a relative clause: "the district that was seized by the Taliban"
        ("Government forces on Monday recaptured the Kohistan district that was briefly seized by the Taliban two days "
         "earlier.", "Kohistan", "af-gov", "taliban"),
        # "regime forces backed by Russian warplanes" are the regime's, not Russia's
        ("Regime forces backed by Russian warplanes regained control of Kafr Nabudah in the Hama countryside on Monday.",
         "Kafr Nabudah", "sy-gov", None),
        # "Kurdish fighters" are the Peshmerga in Iraq (and not their own foe), the SDF in Syria
        ("Kurdish fighters regained control over the town of Zumar in northern Iraq on Monday.", "Zumar", "peshmerga", None),
        ("Kurdish fighters regained control over the town of Manbij in northern Syria on Monday.", "Manbij", "sdf", None),
        # "positions held by Z in the city of X": the town that has them
        ("Government forces retook several positions held by Houthis in the coastal city of Dhubab on Monday.",
         "Dhubab", "ye-gov", "houthis"),
        # a plural place noun with its names after a colon; "Dergachi district" only says where they lie
        ("Ukrainian units drove Russian troops out of the settlements: Bezruky, Slatyne, Prudianka, Dergachi district, on "
         "Monday.", "Slatyne", "ua-forces", "ru-forces"),
        ("On Monday Ukrainian forces liberated the following villages: Ternova, Rubizhne and Staryi Saltiv.",
         "Staryi Saltiv", "ua-forces", "ru-forces"),
        # "they" after "the grip of IS": the side acting, not the side held against
        ("Iraqi forces pressed on in their bid to loosen the grip of Islamic State. On Monday they drove the militants out "
         "of Jurf al-Sakhar.", "Jurf al-Sakhar", "iq-gov", "isis"),
    ],
)
def test_note_family7(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None) -> None:
    sides = note_sides(extractor, text)
    assert place in sides, sides
    assert sides[place] == (gaining, losing)
    assert not [p for p in sides if p in ("Takhar", "Daleh", "Salahudin", "Kharkiv", "Hama", "Dergachi")], sides  # never the area


@pytest.mark.parametrize(
    "text",
    [
        # the same vocabulary without a change of hands
        "Houthi fighters tried to retake the second city in Daleh province, Damt, on Monday.",
        "Houthi fighters clashed with government troops near Damt on Monday.",
        "Houthi fighters retook the town, Reuters reported on Monday.",  # a name after the comma that is no place
        "Government troops seized the town, Ukraine's defence ministry said on Monday.",
        "The Taliban attacked the Yangi Qala district of the northern province of Takhar on Monday.",
        "Iraqi forces on Monday freed dozens of hostages held in Salahudin province from Islamic State militants.",
        "Iraqi forces are trying to free the village of Imam Gharbi in Salahudin province from Islamic State militants.",
        "The LNA extended its curfew over the city of Tarhuna on Monday.",
        "GNA forces tried to extend their control over Tarhuna on Monday.",
        # "captured" is said of the enemy's gains too; residents are no side
        '"The village of Ivanivka in the Kharkiv region was captured," the Ukrainian military said on Monday.',
        '"The village of Ivanivka in the Kharkiv region was liberated," residents said on Monday.',
        "The town of Hadrut was captured on Monday, the Azerbaijani Defense Ministry said.",
        "The town of Hadrut was shelled on Monday, the Azerbaijani Defense Ministry said.",
        "Government forces on Monday attacked Taliban positions near the Kohistan district.",
        "Regime forces backed by Russian warplanes shelled Kafr Nabudah in the Hama countryside on Monday.",
        "Kurdish fighters repelled an attack on the town of Zumar in northern Iraq on Monday.",
        "Government forces attacked positions held by Houthis in the coastal city of Dhubab on Monday.",
        "On Monday Russian forces shelled the following villages: Ternova, Rubizhne and Staryi Saltiv.",
        # a colon after a plural that lists no places
        "On Monday Ukrainian forces liberated the villages: residents said they had been waiting for months.",
    ],
)
def test_note_family7_negative(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}
