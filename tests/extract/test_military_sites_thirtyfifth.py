"""Session 35 (helper camps35, issue 10): named military sites as places, in our own words.

A  an army's unnamed camps, bases or outposts placed only by a township or district: a site under the area's name,
   anchored near its namesake town (area_site.py); the township itself is never taken.
B  "took control of the (military) base", "overran the (Kenyan) camp" after a base named with its town in the sentences
   before (later_base.py); never after a camp for the displaced.
C  a camp with a name of its own placed "in" a town or a region: the camp, under its name (named_camp.py), a "camp"
   unless the text makes it an army's; an owner's camp ("the Wagner camp in X") stays its town's garrison.
D  a mount, its summit, or an outpost standing on a named height: the height (mountain_site.py).
Twins from the same vocabulary: attacks, shelling, raids, attempts, vows, shelters, business and sport idioms.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article

_DAY = dt.date(2016, 11, 22)


def _news(extractor: Extractor, text: str = "", title: str | None = None) -> list[tuple[str, str | None, str | None, str | None]]:
    article = make_article(text, published=_DAY, title=title)
    return [
        (e.place.name, e.place.site_kind, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None)
        for e in extractor.extract(article) if e.kind == "change" and not e.historical
    ]


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # A
        ("Ethnic rebels captured two army camps in Kutkai Township on Monday after a night of fighting, a rebel "
         "spokesman said in northern Shan State.", None, ("Kutkai army camps", "military camp", "x-rebels-mm", "mm-junta")),
        ("On 8 January 2017, the Myanmar army occupied four KIA outposts in Waingmaw Township (Kachin). Fatalities "
         "unknown.", None, ("Waingmaw outposts", "outpost", "mm-junta", "kia")),
        ("Taliban fighters overran an army base in Ghormach district of Faryab province on Monday night, an official "
         "said in Afghanistan.", None, ("Ghormach army base", "military base", "taliban", "af-gov")),
        ("", "Boko Haram fighters overrun military base in Gwoza LGA", ("Gwoza military base", "military base", "boko-haram", "ng-gov")),
        ("The KIA seized three strategic hilltop outposts from the Myanmar army in Mansi Township on Sunday.", None,
         ("Mansi hilltop outposts", "outpost", "kia", "mm-junta")),
        # C
        ("", "Nusra Front seizes Qarmeed camp in Idlib province", ("Qarmeed Camp", "camp", "hts", None)),
        ("", "JEM rebels take control of Abu Naga camp in Darfur", ("Abu Naga Camp", "camp", "jem", None)),
        ("JEM rebels took control of the Kalma camp in South Darfur on Saturday, residents said.", None,
         ("Kalma Camp", "camp", "jem", None)),
        # D
        ("Kurdish fighters retook Mount Zartak from Islamic State on Thursday with the help of coalition air strikes, "
         "a commander said.", None, ("Mount Zartak", "hill", "peshmerga", "isis")),
        ("", "Nusra Front fighters capture summit of Mount Hermon", ("Mount Hermon", "hill", "hts", None)),
        ("Government troops seized three KIA outposts on Gidon Hill near the border town of Laiza on Sunday, the army "
         "said in Kachin State.", None, ("Gidon Hill", "hill", "mm-junta", "kia")),
    ],
)
def test_a_military_site_is_taken_under_its_name(extractor: Extractor, text: str, title: str | None, expected: tuple) -> None:
    assert _news(extractor, text, title) == [expected]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Al-Shabaab fighters stormed an army base near the Somali town of El Adde on Friday. A spokesman for the group "
         "said its fighters had taken full control of the base.", "El Adde"),
        ("Fighters of the Macina Liberation Front attacked an army base in the central Malian town of Nampala on "
         "Tuesday. The group said its fighters took control of the military base before reinforcements arrived.", "Nampala"),
        # "the camp" and a people's word before it stand for the army's base named before ("the Kenyan camp")
        ("Al-Shabaab militants attacked a military base in the Somali town of El Adde on Friday. A spokesman said they "
         "had taken over the Kenyan camp and killed dozens of soldiers.", "El Adde"),
        ("Al-Shabaab militants attacked an army base in the Somali town of El Adde on Friday. The militants overran the "
         "camp after an hour of fighting.", "El Adde"),
    ],
)
def test_the_base_named_before_is_taken_in_a_control_phrase(extractor: Extractor, text: str, town: str) -> None:
    assert [p for p, *_ in _news(extractor, text)] == [town]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A twins
        ("On 8 January 2017, the Myanmar army attacked four KIA outposts in Waingmaw Township (Kachin). Fatalities unknown.", None),
        ("Ethnic rebels tried to capture two army camps in Kutkai Township on Monday but were driven back, a military "
         "source said in northern Shan State.", None),
        ("Taliban fighters shelled an army base in Ghormach district of Faryab province on Monday night, an official "
         "said in Afghanistan.", None),
        ("Soldiers took control of a camp for displaced people in Waingmaw Township on Tuesday, aid workers said in "
         "Kachin State.", None),
        ("", "KIA vows to capture all army camps in Hpakant Township"),
        ("The company captured a larger customer base in the Nad Ali district this year, its chief executive said.", None),
        # B twins
        ("Al-Shabaab fighters stormed an army base near the Somali town of El Adde on Friday. The army said it was still "
         "in control of the base.", None),
        ("Al-Shabaab fighters attacked an army base near the Somali town of El Adde on Friday. The militants failed to "
         "take control of the base.", None),
        ("Al-Shabaab fighters raided an army base near the Somali town of El Adde on Friday. They briefly took control "
         "of the base before withdrawing.", None),
        ("Al-Shabaab militants attacked a camp for displaced people in the Somali town of El Adde on Friday. The "
         "militants took control of the camp.", None),
        ("Hundreds of people fled to a camp in the Somali town of El Adde on Friday. The militants then took control of "
         "the camp, aid workers said.", None),
        ("Al-Shabaab militants raided an army base in the Somali town of El Adde on Friday. They overran the camp before "
         "withdrawing.", None),
        # C twins
        ("", "Government jets bomb Yarmouk camp in Damascus"),
        ("Gunmen raided the Abu Naga camp in Darfur on Saturday, looting shops before they left, residents said.", None),
        ("", "Juniors take over Lakeside summer camp in Ohio"),
        ("Government jets struck the Kalma camp in South Darfur on Saturday, residents said.", None),
        # D twins
        ("", "Army shells rebel outpost on Mount Hermon"),
        ("Rebels tried to capture the summit of Mount Hermon on Sunday but were repelled by the army, a monitor said.", None),
        ("The climbers reached the summit of Mount Kenya on Sunday after a five-day ascent.", None),
        ("Government troops seized two posts on the outskirts of Laiza on Sunday, the army said in Kachin State.", None),
    ],
)
def test_twins_are_no_change(extractor: Extractor, text: str, title: str | None) -> None:
    assert _news(extractor, text, title) == []
