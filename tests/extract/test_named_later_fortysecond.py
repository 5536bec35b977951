"""Session 42 (helper places42, issue 10): places a lede takes unnamed and names beside it, and a town's own site.

1. An airport, air base, dam or oil field a capture takes unnamed ("seized a military airport in X province", "seized
   the country's largest oil field") is the site the next three sentences name with a head word of its own kind ("The
   capture of the Y military airport", "workers at the Z field", "in full control of W airport"), kept as a site.
2. A site inside a town the same side takes whole in the same report is part of that capture ("the town of X and X
   airport"), never a second event; an airport taken with the town entered only in part stays its own event.
3. "A district centre" taken unnamed is the district the next sentences write as "X district centre"; a small counted
   "two districts" is the districts written after it as "X district ...", as many as the count says.

Twins: an airport shelled or besieged, an oil field a side plans to seize, an airbase raided for hours, a district centre
attacked, two districts threatened, a count the names do not match. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _rows(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None, bool]]:
    """(place, site kind, gaining id, partial) of each change told as news, sorted."""
    events = extractor.extract(make_article(text))
    return sorted((e.place.name, e.place.site_kind, e.gaining.id if e.gaining else None, e.partial)
                  for e in events if e.kind == "change" and not e.historical)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # 1: an unnamed site, named after it
        ("Rebels overran a military airport in Syria's northern Idlib province on Monday, a monitor said. The capture of the "
         "Abu al-Duhur military airport came after a siege of two years.",
         [("Abu al-Duhur military airport", "airport", "x-rebels-sy", False)]),
        ("Rebels overran a military airport in Syria's northern Idlib province on Monday, a monitor said. The Abu al-Duhur "
         "military airport had been besieged for two years.",
         [("Abu al-Duhur military airport", "airport", "x-rebels-sy", False)]),
        ("The Sudanese army seized the country's second largest oil field on Sunday, sources said. \"A new page has opened,\" "
         "the army said. A source said the militia had left too. Workers at the Balila field said production had stopped.",
         [("Balila field", "oil field", "saf", False)]),
        ("Rebels took control of a strategic military airbase in northern Syria after weeks of fighting. Activists said "
         "Kuweires airport had housed the helicopters that bombed their towns.",
         [("Kuweires airport", "air base", "x-rebels-sy", False)]),
        ("Islamic State militants captured a dam on the Euphrates on Tuesday, officials said. The fall of the Ramadi dam "
         "leaves farmland downstream without water.",
         [("Ramadi dam", "dam", "isis", False)]),
        # 1: twins
        ("Rebels shelled a military airport in Syria's northern Idlib province on Monday, a monitor said. The capture of the "
         "Abu al-Duhur military airport would open the road south.", []),
        ("The paramilitary force is preparing to seize the country's largest oil field, commanders said. Workers at the "
         "Balila field said they were ready to leave.", []),
        ("Rebels overran a military airbase in northern Syria for several hours before withdrawing with weapons. Activists "
         "said the raid on Kuweires airport killed a dozen soldiers.", []),
        ("Rebels seized a military airport in northern Syria on Monday, a monitor said.", []),
        # 2: a town and its own airport, one event; the airport kept where the town is entered in part
        ("Government forces have taken control of the town of Dessie and Dessie airport, officials said.",
         [("Dessie", None, "et-gov", False)]),
        ("The eastern forces seized Gharyan airport on Sunday and took control of parts of Gharyan, residents said.",
         [("Gharyan", None, "lna", True), ("Gharyan Airport", "airport", "lna", False)]),
        # 3: an unnamed district seat; a counted pair of districts
        ("Taliban fighters overran a district centre in northern Takhar province on Friday, officials said. The battle for "
         "Darqad district centre left six policemen dead.",
         [("Darqad", None, "taliban", False)]),
        ("The Taliban have taken control of two districts in Afghanistan after heavy fighting. The first assault hit the "
         "Qaisar District government headquarters late on Saturday. The militants later stormed the Pashtun Kot district "
         "headquarters.",
         [("Pashtun Kot", None, "taliban", False), ("Qaisar", None, "taliban", False)]),
        # 3: twins
        ("Taliban fighters attacked a district centre in northern Takhar province on Friday, officials said. The battle for "
         "Darqad district centre left six policemen dead.", []),
        ("The Taliban are threatening to take two districts in Afghanistan, officials warned. Attacks hit the Qaisar District "
         "government headquarters late on Saturday. Fighters also shelled the Pashtun Kot district headquarters.", []),
        ("The Taliban have taken control of two districts in Afghanistan after heavy fighting. Clashes were also reported in "
         "the Qaisar district, the Almar district and the Shirin Tagab district.", []),
    ],
)
def test_named_later_fortysecond(extractor: Extractor, text: str, rows: list) -> None:
    assert _rows(extractor, text) == rows
