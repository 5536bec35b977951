"""Monitor notes, eighth reading: a name the tagger reads as an adjective before "town" ("Konekyan town"), "took
control on <day> of X", "liberated from occupation X city", "recovered the town of X from Z", "rebel forces" of a
country whose rebels have no actor entry, "pro-government forces" of the place's country, "entered the town of X
after Z withdrew" for a name GeoNames lacks, and a country's possessive before a generic alias ("Libya's UN-backed
government"); each with negative twins built from the same words."""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import note_sides


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        # N1: an unknown name ending like a demonym ("-an"), read as an adjective right before a singular settlement noun
        ("The MNDAA took control of Mongyan town on Monday after junta troops surrendered.", "Mongyan", "mndaa", "mm-junta"),
        ("The MNDAA captured Konekyan town on Monday after junta troops withdrew.", "Konekyan", "mndaa", "mm-junta"),
        # N2: "took control on <day> of X": the "of" hangs on the day
        ("Houthi fighters took control on Monday of the Harib district in Marib governorate.", "Harib", "houthis", "ye-gov"),
        ("The Houthis took control on Monday night of Harib.", "Harib", "houthis", "ye-gov"),
        # N3: a bulletin's shifted object, "liberated from occupation X city"
        ("The Azerbaijani army liberated from occupation Jabrayil city on Monday.", "Jabrayil", "az-forces", "am-forces"),
        ("The Azerbaijani army liberated from Armenian occupation Jabrayil city on Monday.", "Jabrayil", "az-forces", "am-forces"),
        ("The Azerbaijani army liberated from occupation the village of Hasangaydi on Monday.", "Hasangaydi", "az-forces", "am-forces"),
        # N4: "recovered the town of X (from Z)", "recovered control of X"
        ("Nigerian troops recovered the town of Dikwa from ISWAP fighters on Monday.", "Dikwa", "ng-gov", "iswap"),
        ("Nigerian troops recovered Monguno from Boko Haram on Monday.", "Monguno", "ng-gov", "boko-haram"),
        ("Nigerian troops recovered control of Bama on Monday.", "Bama", "ng-gov", None),
        # N5: "rebel forces" where no rebel group of the country is listed: unidentified rebels of that country
        # (South Sudan's rebels are now listed, the SPLA-IO: the tenth reading's test_news_tenth.py)
        ("Rebel forces captured Bambari on Monday after government troops fled.", "Bambari", "x-rebels-cf", "cf-gov"),
        # N6: "pro-government forces" are the government of the place's country (the alias is also Yemen's)
        ("Pro-government forces captured Jowhar on Monday after al-Shabaab fighters withdrew.", "Jowhar", "so-gov", "al-shabaab"),
        ("Pro-government forces captured Hodeidah from the Houthis on Monday.", "Hodeidah", "ye-gov", "houthis"),
        # N7: "entered the town of X after Z withdrew": the settlement noun makes a name GeoNames lacks a place
        ("Somali troops entered the town of Adan Jabal on Monday after al-Shabaab fighters withdrew.", "Adan Jabal", "so-gov", "al-shabaab"),
        # N8: a country's possessive before a generic alias: "Libya's UN-backed government"
        ("Libya's UN-backed government recaptured the town of Gharyan on Monday.", "Gharyan", "ly-gna", None),
        ("Yemen's internationally recognised government retook the town of Harib on Monday.", "Harib", "ye-gov", "houthis"),
    ],
)
def test_eighth_reading_families(extractor: Extractor, text: str, place: str, gaining: str | None, losing: str | None) -> None:
    assert note_sides(extractor, text).get(place) == (gaining, losing)


@pytest.mark.parametrize(
    "text",
    [
        # N1 twins: an attack on the same town; a demonym or a Title Case word before the noun names no place
        "Junta aircraft bombed Konekyan town on Monday.",
        "The MNDAA took control of a German town on Monday after junta troops surrendered.",
        "The MNDAA took control of a Chinese town on Monday after junta troops surrendered.",
        "The MNDAA took control of an Afghan town on Monday after junta troops surrendered.",
        "Rebels Seize Strategic Town",
        # N2 twins: "on <day> of" something that is no place; a part in the fighting
        "The army took control on Monday of the security arrangements for the Adale market.",
        "Houthi fighters took part on Monday in the clashes in the Harib district.",
        # N3 twins: a vow, people freed from captivity
        "The president vowed that the army would liberate from occupation Jabrayil city.",
        "Volunteers freed from captivity Hadrut residents who had been held in a cellar on Monday.",
        # N4 twins: bodies and weapons recovered, a town that recovered, an attempt
        "Nigerian troops recovered the bodies of six soldiers in Dikwa on Monday.",
        "Soldiers recovered rifles from Boko Haram fighters in Monguno on Monday.",
        "Monguno slowly recovered from the Boko Haram raid on Monday.",
        "The army is trying to recover the town of Dikwa from ISWAP fighters.",
        # N5 twin: an attack repelled
        "Rebel forces attacked Malakal on Monday before government troops pushed them back.",
        # N6 twin: pro-government forces shelling
        "Pro-government forces shelled Jowhar on Monday.",
        # N7 twins: an entry with no withdrawal, or before one (a bare unknown name still needs the gazetteer)
        "Somali troops entered the town of Adan Jabal on Monday.",
        "Somali troops entered Adan Jabal on Monday after al-Shabaab fighters withdrew.",
        "Somali troops entered the town of Jowhar on Monday before al-Shabaab fighters withdrew from the outskirts.",
        # N8 twin: the same government shelling the town
        "Libya's UN-backed government shelled Gharyan on Monday.",
    ],
)
def test_eighth_reading_negative_twins(extractor: Extractor, text: str) -> None:
    assert note_sides(extractor, text) == {}
