"""Session 25 (helper precision25, issue 10): false alerts and background read as news in the nine spent real sets.
Each family is written in our own words with the grammar of real wire copy and monitor notes, and each has twins that
keep the change.

D25 (contested.py): the other side's word in the report takes the claim back: it "denied losing any areas" (a denial
of every place, whatever region it names), "refused to acknowledge that the militants had seized the city", "denied
that its soldiers have abandoned the area", or, in the claim's own sentence, "Z claims that they still hold the town".
Twins: a denial of losing men, a refusal to comment, a loss confirmed, the other side's claim about its dead.
F25 (extractor.py, frames.is_foothold): a foothold told in wire copy is an assault under way, not part of a town taken
(the real sets' labels, holdout20 and holdout24a); a coder note's "gained a foothold in part of X (district, region)"
stays the part of X taken.
T25 (recap.py): a perfect after the lead that adds up a campaign ("has occupied A, B and C towns and more than 80
junta positions") is its tally, told as background; twins: the tally as the lead, a small count.
R25 (recap.py): a span counted back in a story's sentence after its lead ("was in the town of X two weeks ago when
fighters liberated it") retells an older change, as a calendar day does; twins: two days back, and the same span in
the lead.
B25 (coreference.py): a word of a body's name ("the Institute for the Study of War") is no place a "the city" stands
for.
C25 (coreference.py, extractor.py): a claim attached to the wrong place: a lede's "seized a key town" is the town whose
"apparent loss" or "fall" the next sentence tells, not the town that sentence says the loser still holds; a participle
that tells its main verb's change again ("seized the city of X, driving the militants from their last stronghold") is X,
not a town named in the next sentence. Twins: the participle's own named town.
K25 (extractor.py, quarter.unnamed_district): a story's "seized a central Aden district" names no district (as a
headline's "recapture west Mosul district"); twin: "Aden's Crater district".
O25 (background.told_before): "After capturing X, the rebels also fought heading towards Y": the capture is the step
before the onward move; twin: the capture as the main clause.
S25 (spelling.py): a place written in one side's spelling, then under its own name ("..., the ministry said, using the
Russian name for the village of X"): the event is X, one with X told elsewhere in the report. Twins: "using drones",
the region's name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import assert_retold, change_rows, news_rows

_DAY = dt.date(2024, 6, 11)


def _news_places(extractor: Extractor, text: str, published: dt.date = _DAY) -> list[str]:
    return [p for p, _g, _lo in news_rows(extractor, text, published)]


@pytest.mark.parametrize(
    "text",
    [
        # D25: a denial of losing any ground at all, whatever region it names
        "Turkish state media said the army had captured the villages of Qasr Harun and Tal Dhiyab, along with several "
        "farms. The Kurdish-led forces denied losing any territory to the Turkish army in the Ras al-Ain countryside.",
        # D25: the side that lost will not own it, two sentences on
        "Militants loyal to the Islamic State have taken over most of the coastal city of Bin Jawad. A local council "
        "member said the militants controlled two thirds of the city. The government said it had sent reinforcements, "
        "but refused to acknowledge that the militants had seized the city.",
        # D25: "the area" the other side denies abandoning
        "The Russian defence ministry said on Tuesday its forces had captured the village of Krasnohorivka in the east. "
        "Kyiv, however, has denied that its troops have abandoned the area.",
        # D25: the other side's word after a comma in the claim's own sentence
        "Ethiopian troops claim to have captured the town of Bardale, al-Shabaab claims that its fighters still hold "
        "the town.",
        # F25: a foothold in wire copy
        "Russian troops have established a foothold in part of the village of Novoselivka in the Donetsk region, a "
        "Ukrainian army spokesman said.",
        "A Ukrainian officer said Russian units had broken through the defences and secured a foothold in the village of "
        "Tonenke.",
    ],
)
def test_no_change_told(extractor: Extractor, text: str) -> None:
    assert _news_places(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # D25 twins: a denial about men, a refusal to comment, a loss confirmed, the other side's dead
        ("Turkish state media said the army had captured the villages of Qasr Harun and Tal Dhiyab. The Kurdish-led "
         "forces denied losing any fighters in the Ras al-Ain countryside.", "Qasr Harun"),
        ("Militants loyal to the Islamic State have taken over the coastal city of Bin Jawad. The government said it had "
         "sent reinforcements, but refused to comment on the fighting.", "Bin Jawad"),
        ("The Russian defence ministry said on Tuesday its forces had captured the village of Krasnohorivka in the east. "
         "Kyiv has confirmed that its troops have abandoned the area.", "Krasnohorivka"),
        ("Ethiopian troops claim to have captured the town of Bardale, al-Shabaab claims that it killed ten soldiers.",
         "Bardale"),
    ],
)
def test_change_kept(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news_places(extractor, text)


def test_coder_note_foothold_is_part_of_town(extractor: Extractor) -> None:
    # F25 twin: a coder note's foothold (its hierarchy in brackets) stays the part of the town taken
    rows = change_rows(extractor, "On 2 June 2024, Russian forces established a foothold in part of Novoselivka "
                       "(Pokrovsk, Donetsk) after several assaults.", dt.date(2024, 6, 4))
    assert [(p, g, h) for p, g, _lo, h in rows] == [("Novoselivka", "ru-forces", False)]


@pytest.mark.parametrize(
    ("text", "published", "news", "retold"),
    [
        # R25: a span counted back after the lead
        ("Families are returning to villages east of Mosul that the army retook last month. Our correspondent was in "
         "the town of Bartella two weeks ago when Iraqi special forces liberated it from the militants.",
         dt.date(2016, 11, 10), None, "Bartella"),
        ("Aid convoys reached Kunduz province on Friday. A doctor was in the town of Dasht-e-Archi ten days ago when the "
         "Taliban captured it.", dt.date(2021, 8, 20), None, "Dasht-e-Archi"),
    ],
)
def test_span_back_after_lead_is_retold(extractor: Extractor, text: str, published: dt.date, news: str | None, retold: str) -> None:
    assert_retold(extractor, text, published, news, retold)


@pytest.mark.parametrize(
    "text",
    [
        # R25 twins: two days back is still the news's days; the same span in a lone lead is the story's own news
        "Families are returning to villages east of Mosul. Our correspondent was in the town of Bartella two days ago "
        "when Iraqi special forces liberated it from the militants.",
        "Our correspondent was in the town of Bartella two weeks ago when Iraqi special forces liberated it from the "
        "militants.",
    ],
)
def test_span_back_twins_stay_news(extractor: Extractor, text: str) -> None:
    assert "Bartella" in _news_places(extractor, text, dt.date(2016, 11, 10))


def test_body_name_is_no_place(extractor: Extractor) -> None:
    # B25: "War" of the institute's name is no town the city stands for
    text = ("The US Institute for the Study of War said this morning that Ukrainian troops probably withdrew from "
            "Rubizhne on purpose, which is why the Russians captured the city on May 12.")
    places = _news_places(extractor, text, dt.date(2022, 5, 13))
    assert "War" not in places
    assert "Rubizhne" in places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # S25: the own name the report gives after one side's spelling
        ("The defence ministry said its troops had freed the settlement of Ivanovka in the Donetsk region, using the "
         "Russian spelling of the Ukrainian village Ivanivka.", ["Ivanivka"]),
        ("Moscow said on Sunday its forces had taken a new village near Kurakhove. \"Units of our eastern group have "
         "liberated the settlement of Dachnoye,\" the ministry said, using the Russian name for the village of "
         "Dachne.", ["Dachne"]),
        # twins: no other name given
        ("The defence ministry said its troops had freed the settlement of Ivanovka in the Donetsk region, using "
         "drones and artillery.", ["Ivanovka"]),
        ("The defence ministry said its troops had freed the settlement of Ivanovka, using the Russian name for the "
         "region.", ["Ivanovka"]),
    ],
)
def test_own_name_after_another_spelling(extractor: Extractor, text: str, places: list[str]) -> None:
    assert sorted(set(_news_places(extractor, text, dt.date(2024, 11, 10)))) == places


@pytest.mark.parametrize(
    ("text", "published", "want", "not_want"),
    [
        # C25: the town whose loss the next sentence tells, not the one the loser keeps
        ("Residents say an ethnic army has overrun a strategic border town in Kachin State. The apparent loss of "
         "Lweje to the Kachin Independence Army leaves the junta with one crossing on that stretch of the border, "
         "Muse.",
         dt.date(2024, 10, 21), "Lweje", "Muse"),
        # C25: the participle's stronghold is the main verb's city
        ("Government forces said on Sunday they had captured the northern city of Tabqa from the militants, driving the "
         "fighters from their last major stronghold in the province. Its main remaining position is the town of "
         "Maskanah near the lake.", dt.date(2017, 11, 3), "Tabqa", "Maskanah"),
    ],
)
def test_claim_on_its_own_place(extractor: Extractor, text: str, published: dt.date, want: str, not_want: str) -> None:
    places = _news_places(extractor, text, published)
    assert want in places
    assert not_want not in places


def test_participle_own_town_kept(extractor: Extractor) -> None:
    # C25 twin: a participle naming its own town tells a second change
    text = ("The army said on Friday it had seized the eastern city of Deir ez-Zor from the jihadists, driving them from "
            "the town of Mayadin as well.")
    assert {"Deir ez-Zor", "Mayadin"} <= set(_news_places(extractor, text, dt.date(2017, 11, 3)))


_TALLY_LEAD = "Resistance fighters attacked junta bases around Kutkai on Wednesday, a spokesman said. "


def test_campaign_tally_after_lead_is_retold(extractor: Extractor) -> None:
    # T25: the campaign's tally after a lead about another town
    text = _TALLY_LEAD + "The alliance has occupied Namtu, Mantong and Hsenwi towns and more than 120 junta outposts."
    assert_retold(extractor, text, dt.date(2024, 1, 12), None, "Mantong")


@pytest.mark.parametrize(
    "text",
    [
        # T25 twins: the tally as the story's lead; a small count after the lead
        "The alliance has occupied Namtu, Mantong and Hsenwi towns and more than 120 junta outposts, a spokesman said.",
        _TALLY_LEAD + "The alliance has occupied Namtu, Mantong and Hsenwi towns and three junta outposts.",
    ],
)
def test_tally_twins_stay_news(extractor: Extractor, text: str) -> None:
    assert "Mantong" in _news_places(extractor, text, dt.date(2024, 1, 12))


def test_unnamed_district_of_a_city(extractor: Extractor) -> None:
    # K25: a district the story leaves unnamed; twin: the district named
    day = dt.date(2015, 4, 2)
    assert _news_places(extractor, "Houthi fighters and their allies seized a central Aden district on Thursday, residents said.", day) == []
    assert _news_places(extractor, "Houthi fighters seized Aden's Crater district on Thursday, residents said.", day) == ["Crater"]


def test_capture_before_onward_fight(extractor: Extractor) -> None:
    # O25: the capture an onward fight started from; twin: the capture told as the main clause
    day = dt.date(2023, 12, 8)
    text = "After capturing Kitshanga, M23 rebels also fought heading towards Mweso, where the army had retreated."
    assert_retold(extractor, text, day, None, "Kitshanga")
    twin = "M23 rebels captured Kitshanga and fought heading towards Mweso, where the army had retreated."
    assert _news_places(extractor, twin, day) == ["Kitshanga"]
