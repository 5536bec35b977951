"""Session 17's sites reading: military units and posts written by their number ("Light Infantry Battalion 552",
"the 17th Division HQ", "Border Guard Post No. 1003") change hands under their own names; shelled, attacked,
besieged or counted ones do not (our sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import LocationPrecision

from .conftest import make_article

PUB = dt.date(2024, 5, 6)


def _news(extractor: Extractor, text: str = "", title: str | None = None) -> list:
    article = make_article(text, published=PUB, title=title)
    return [e for e in extractor.extract(article) if not e.historical and e.kind == "change"]


@pytest.mark.parametrize(
    ("text", "names", "gaining"),
    [
        # a number after the unit, with or without "No."
        ("The Arakan Army seized Light Infantry Battalion 318 near Kyauktaw on Sunday.", ["Light Infantry Battalion 318"], "arakan-army"),
        ("The KIA said it had overrun Infantry Battalion 724 on Friday.", ["Infantry Battalion 724"], "kia"),
        ("The Kachin Independence Army captured Border Guard Post No. 2041 on Thursday.", ["Border Guard Post No. 2041"], "kia"),
        ("The Arakan Army took Light Infantry Battalion No. 417 on Monday.", ["Light Infantry Battalion No. 417"], "arakan-army"),
        ("The Arakan Army seized the Military Operations Command No. 22 on Saturday.", ["Military Operations Command No. 22"], "arakan-army"),
        # an ordinal before it
        ("The RSF took control of the 19th Infantry Division headquarters on Sunday.", ["19th Infantry Division headquarters"], "rsf"),
        ("The Arakan Army has completely captured the 618th light infantry battalion on Tuesday.",
         ["618th light infantry battalion"], "arakan-army"),
        # the seat of a numbered unit: "the headquarters of X", "X's headquarters"
        ("The Arakan Army took complete control of the headquarters of the junta's Light Infantry Battalion 733.",
         ["Light Infantry Battalion 733"], "arakan-army"),
        ("The KIA seized Infantry Battalion 318's headquarters on Thursday.", ["Infantry Battalion 318"], "kia"),
        # a unit's code
        ("The Arakan Army captured MOC-19 on Monday.", ["MOC-19"], "arakan-army"),
        # the unit as the subject of "fell to"
        ("Light Infantry Battalion 733 fell to the Arakan Army on Monday.", ["Light Infantry Battalion 733"], "arakan-army"),
        # lists of units: each one, and bare numbers after a plural
        ("The Arakan Army seized Light Infantry Battalion 218 and Light Infantry Battalion 219 on Tuesday.",
         ["Light Infantry Battalion 218", "Light Infantry Battalion 219"], "arakan-army"),
        ("The Arakan Army seized the junta's Light Infantry Battalions 611, 612 and 613 on Sunday.",
         ["Light Infantry Battalions 611", "Light Infantry Battalion 612", "Light Infantry Battalion 613"], "arakan-army"),
        ("The Arakan Army has overrun Light Infantry Battalion No. 418, Sabyin Airport and Light Infantry Battalion No. 71.",
         ["Light Infantry Battalion No. 418", "Light Infantry Battalion No. 71"], "arakan-army"),
    ],
)
def test_numbered_unit_taken(extractor: Extractor, text: str, names: list[str], gaining: str) -> None:
    events = _news(extractor, text)
    found = {e.place.name: e for e in events}
    for name in names:
        assert name in found, (name, [e.place.name for e in events])
        place = found[name].place
        assert place.site_kind in ("military unit", "border post") and place.geonames_id is None
        assert found[name].gaining is not None and found[name].gaining.id == gaining


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Sudanese army recaptures 19th Division HQ from RSF", "19th Division HQ"),
        ("Arakan Army captures Light Infantry Battalion 733", "Light Infantry Battalion 733"),
    ],
)
def test_numbered_unit_in_headline(extractor: Extractor, title: str, name: str) -> None:
    (event,) = _news(extractor, title=title)
    assert event.place.name.lower() == name.lower() and event.place.site_kind == "military unit"


def test_unit_without_town_is_site_only(extractor: Extractor) -> None:
    (event,) = _news(extractor, "The Kachin Independence Army captured Border Guard Post No. 2041 on Thursday.")
    assert event.place.location_precision == LocationPrecision.SITE_ONLY and event.place.site_kind == "border post"


def test_unit_near_a_town_takes_the_towns_place(extractor: Extractor) -> None:
    (event,) = _news(extractor, "The Arakan Army seized Light Infantry Battalion 318 near Kyauktaw on Sunday.")
    assert event.place.name == "Light Infantry Battalion 318"
    assert event.place.location_precision == LocationPrecision.NEAR and event.place.lat is not None


def test_unit_in_a_town_is_the_unit_at_the_town(extractor: Extractor) -> None:
    """"took control of the 19th Infantry Division headquarters in El Fasher": since session 18 (sites18, the held-out
    sets' rule 6) the numbered unit's seat is what was taken, placed at the town it is in; an unnumbered "division HQ in
    Zalingei" is still the town (test_sites_eighteenth)."""
    (event,) = _news(extractor, "The RSF took control of the 19th Infantry Division headquarters in El Fasher on Sunday.")
    assert event.place.name == "19th Infantry Division headquarters" and event.place.site_kind == "military unit"
    assert event.place.lat is not None


@pytest.mark.parametrize(
    "text",
    [
        # fighting, intent, siege, shelling, refuge: no change of the unit's base
        "The Arakan Army is attacking Light Infantry Battalion 733 in Buthidaung.",
        "The Arakan Army vowed to seize Light Infantry Battalion 733.",
        "Junta troops fled to the Infantry Battalion 318 base in Falam town.",
        "The RSF besieged the 19th Infantry Division headquarters in El Fasher.",
        "The RSF shelled the 19th Infantry Division headquarters on Monday.",
        "Drones struck the 19th Division headquarters in Babanusa on Monday.",
        "The army still holds the 19th Division headquarters in Babanusa.",
        "The Arakan Army attacked the headquarters of Light Infantry Battalion 733 on Monday.",
        # a unit as the doer, not the place
        "The 88th Light Infantry Division captured the village of Kinmun on Monday.",
        "Troops of Light Infantry Battalion 733 seized the village of Kinmun on Monday.",
        # a count, not a number that names a unit; unnumbered units
        "The KIA seized 20 outposts on Monday.",
        "The Arakan Army captured two battalion headquarters on Monday.",
        "The Arakan Army captured the battalion's headquarters on Monday.",
    ],
)
def test_numbered_unit_not_taken(extractor: Extractor, text: str) -> None:
    assert not any(e.place.site_kind in ("military unit", "border post") for e in _news(extractor, text))


@pytest.mark.parametrize(
    "title",
    ["Arakan Army shells Light Infantry Battalion 733", "RSF attack 19th Division HQ in Babanusa"],
)
def test_numbered_unit_headline_not_taken(extractor: Extractor, title: str) -> None:
    assert _news(extractor, title=title) == []


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a name conjoined after the site is the subject of the next verb, not a second place taken
        ("The fighting began on 19 March, as Houthi troops seized control of Taiz Airport and Hadi fled the country by boat.",
         "Taiz Airport", "Hadi"),
        ("The battle began on 25 March, as pro-Saleh troops seized control of Mukalla Airport and Bahah fled the city by car.",
         "Mukalla Airport", "Bahah"),
        # a governing body named after "of" is the camp's owner, not its town
        ("The TNLA said that it was able to seize the camp of the Military Council of Nam Hpat village.", None, "Military Council"),
        ("The TNLA said that it seized the camp of the Military Council in Nam Hpat village on Sunday.", None, "Military Council"),
    ],
)
def test_wrong_place_word(extractor: Extractor, text: str, wanted: str | None, unwanted: str) -> None:
    names = {e.place.name for e in extractor.extract(make_article(text, published=PUB)) if e.kind == "change"}
    assert unwanted not in names
    if wanted is not None:
        assert wanted in names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the twins: a real second place in the list, a town named like a body's seat
        ("Houthi fighters seized Aden and Lahj on Monday.", {"Aden", "Lahj"}),
        ("The Taliban captured Kunduz, Sar-e-Pol and Taloqan on Sunday.", {"Kunduz", "Sar-e-Pol", "Taloqan"}),
        ("The TNLA seized the Military Council's camp in Nam Hpat village on Sunday.", {"Nam Hpat"}),
    ],
)
def test_listed_places_still_read(extractor: Extractor, text: str, names: set[str]) -> None:
    assert names <= {e.place.name for e in _news(extractor, text)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "asserted control over": a site or a town taken, lists too
        ("The RSF asserted control over Dongola Airport on Saturday.", {"Dongola Airport"}),
        ("RSF fighters asserted control over Dongola Airport, Kassala Airport and Atbara Airport.",
         {"Dongola Airport", "Kassala Airport", "Atbara Airport"}),
        ("The RSF asserted control over Kadugli on Saturday.", {"Kadugli"}),
    ],
)
def test_asserted_control(extractor: Extractor, text: str, names: set[str]) -> None:
    assert names <= {e.place.name for e in _news(extractor, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The RSF sought to assert control over Dongola Airport on Saturday.",
        "The army asserted that it still controlled Dongola Airport on Saturday.",
        "The RSF tried to assert control over Kadugli on Saturday.",
    ],
)
def test_asserted_control_not_taken(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text) == []


def test_losing_control_passes_the_prefilter(extractor: Extractor) -> None:
    """"losing control of the town of X": the participle is a trigger form of its own, as "lost control" is."""
    text = ("The Sudanese Armed Forces have suffered two defeats over the past two days, losing control of the town of "
            "Umm Sumeima in North Kordofan State.")
    assert "Umm Sumeima" in {e.place.name for e in _news(extractor, text) if e.losing is not None and e.losing.id == "saf"}


def test_a_subject_list_before_its_verb_is_still_read(extractor: Extractor) -> None:
    """"A and B fell": the name before the verb is the verb's subject with the first one, not a new clause's."""
    names = {e.place.name for e in _news(extractor, "Kunduz and nearby Taloqan fell to the Taliban on Thursday.")}
    assert {"Kunduz", "Taloqan"} <= names
