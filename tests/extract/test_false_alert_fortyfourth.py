"""False alerts of wire copy and monitors' notes (session 44, helper false44, issue 10).

(U) Takers made to leave in the passive after their capture, "initially seized X, but were forced back by militias",
"but were pushed back", "but were driven out", undo it (``undone._leaves``). Twins: the takers pushing the other side
back ("and pushed back government troops"), the other side driven out before the capture.
(G) A capture told as its takers' protest over their pay, "seize the Defence Ministry headquarters to protest unpaid
salaries", "took over the army headquarters to demand their salaries", "mutinous soldiers seized ...", is a mutiny, no
change of hands (``extractor._pay_grievance``). Twins: a purpose that is no pay ("to impose their rule", "to press
their demand for a homeland"), a protest told after "after" (not the takers' purpose).
(D) A claim answered by a later sentence in the passive, "The report was disputed", "The claim was quickly denied by
Islamic State", is no change (``contested._THESE_DENIED``). Twins: "was confirmed by residents", "was not disputed",
"Reports of civilian casualties were denied".
(B) A base written by its own number, "air defence Base 38 near the town of Saida", is named by it, not by the town
(``unit_site``). Twins: the base attacked; "the base 38 km from X" (a distance, no name).
(T) Ground lost inside a town, "ISIS lost additional territory in Mosul to the coalition", is no change of the town
unless it is the last of it (``frames``). Twins: the town lost, neighbourhoods lost (partial), a stronghold lost.
Sentences written for these tests, after the grammar of wire copy and monitors' notes of 1992-2023.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _news(extractor: Extractor, text: str, day: str) -> list[tuple[str, str | None, bool]]:
    """(place, gaining id, partial) of each change the article tells as news."""
    events = extractor.extract(make_article(text, published=dt.date.fromisoformat(day)))
    return [(e.place.name, e.gaining.id if e.gaining else None, e.partial) for e in events if e.kind == "change" and not e.historical]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # (U) the takers forced back in the passive
        ("The Houthis also initially seized the Mualla district of Aden, but were reportedly forced back by local militias "
         "on April 9.", "2015-04-10"),
        ("Syrian rebels captured the town of Kafr Nabudah on Monday but were pushed back by government troops hours later.",
         "2016-07-12"),
        ("Boko Haram fighters overran the town of Rann on Sunday but were driven out by soldiers backed by air strikes.",
         "2019-03-05"),
        # (G) a mutiny over pay
        ("SNA soldiers seize the Finance Ministry headquarters in Mogadishu to protest unpaid salaries; al Shabaab fighters "
         "attack a checkpoint near Afgoye.", "2018-06-12"),
        ("Unpaid soldiers took over the army headquarters in Bangui on Tuesday to demand their salaries, witnesses said.",
         "2018-06-12"),
        ("Mutinous soldiers seized the main military camp in Kati on Tuesday, firing into the air.", "2018-06-12"),
        ("Soldiers demanding their pay seized the army headquarters in Bangui on Tuesday.", "2018-06-12"),
        # (D) a claim disputed in the passive
        ("The monitor reported on Sunday that government forces captured the town of Harasta. The report was disputed by "
         "rebel commanders.", "2018-03-12"),
        ("The army said it had recaptured the town of Rutba from the militants. The claim was quickly denied by Islamic State.",
         "2016-05-20"),
        # (T) ground lost inside a town
        ("ISIS lost additional territory in Raqqa to the U.S.-backed Syrian Democratic Forces in June 2017.", "2017-06-20"),
        ("ISIS lost territory in Tal Afar to Iraqi forces on August 24.", "2017-08-26"),
    ],
)
def test_no_change_is_read(extractor: Extractor, text: str, day: str) -> None:
    assert _news(extractor, text, day) == []


@pytest.mark.parametrize(
    ("text", "day", "place", "gaining", "partial"),
    [
        # (U) twins: the takers push the other side back; the other side driven out first
        ("Syrian rebels captured the town of Kafr Nabudah on Monday and pushed back government troops towards the south, "
         "a monitor said.", "2016-07-12", "Kafr Nabudah", "x-rebels-sy", False),
        ("Boko Haram fighters overran the town of Rann on Sunday after soldiers were driven out of their base, residents "
         "said.", "2019-03-05", "Rann", "boko-haram", False),
        # (G) twins: a purpose that is no pay
        ("Al-Shabaab fighters seized the town of Bulo Burde on Tuesday to impose their rule on the district, residents said.",
         "2018-06-12", "Bulo Burde", "al-shabaab", False),
        ("Tuareg rebels seized the town of Gao on Sunday to press their demand for an independent homeland.", "2012-04-02",
         "Gao", "fla", False),
        # (D) twins: the report confirmed, the denial about casualties
        ("The army said it had recaptured the town of Rutba from the militants. The claim was confirmed by residents.",
         "2016-05-20", "Rutba", "iq-gov", False),
        ("The army said it had recaptured the town of Rutba from the militants. Reports of civilian casualties were denied "
         "by the army.", "2016-05-20", "Rutba", "iq-gov", False),
        # (B) a numbered base by its number
        ("Syrian rebels seized air defence Base 38 near the town of Saida in Daraa province on Sunday, the Observatory said.",
         "2013-03-25", "air defence Base 38", "x-rebels-sy", False),
        ("Syrian rebels seized Base 46 west of Aleppo on Thursday after a two-month siege, the Observatory said.",
         "2012-10-12", "Base 46", "x-rebels-sy", False),
        # (T) twins: the town, its neighbourhoods, a stronghold
        ("ISIS lost Tal Afar to Iraqi forces on August 24.", "2017-08-26", "Tal Afar", "iq-gov", False),
        ("ISIS lost several neighbourhoods in Tal Afar to Iraqi forces on August 24.", "2017-08-26", "Tal Afar", "iq-gov", True),
        ("The Taliban lost their stronghold at Musa Qala to Afghan forces on Monday, officials said.", "2010-02-16",
         "Musa Qala", "af-gov", False),
    ],
)
def test_the_change_twin_is_read(extractor: Extractor, text: str, day: str, place: str, gaining: str, partial: bool) -> None:
    assert (place, gaining, partial) in _news(extractor, text, day)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian rebels attacked Base 46 west of Aleppo on Thursday, the Observatory said.",
        "Syrian rebels seized the base 38 km from Saida on Saturday.",
    ],
)
def test_a_numbered_base_attacked_or_a_distance_is_no_named_base(extractor: Extractor, text: str) -> None:
    assert not any(p.startswith(("Base", "base")) for p, _g, _p in _news(extractor, text, "2012-10-12"))
