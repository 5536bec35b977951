"""Session 27, second round (helper news28, issue 10): wire copy that lead27 misread (all 10 positives below fail on
lead27; the twins pass on both).

F1 (foil.is_contrasted_nominal): "The capture of X by Z caused alarm; however, Y made up for the loss by capturing W
on Wednesday": a capture noun, subject of a past verb of what it brought about, that "however" or "but" sets against a
change done later in the same sentence is that change's setting, not the day's news. Twins: a prospect after the
contrast ("vowed to retake the city"), no contrast ("and the army sent troops"), a contrast with no change ("said
little about it"), the capture told by a verb.
F2 (data/actors.yaml): a Russian defence ministry's "Western military group", "Southern military grouping", "Vostok
(East) group", "Zapad group" is Russia's forces. Twins: an attack, an attempt repelled, a failure, the group pushed
out of a village by Ukraine's forces. The bare "Southern group" after one named in full ("while the Southern group took
X") is a generic word of Russia's forces (resolved in Ukraine only); twins: "a southern group of Boko Haram fighters",
"the Central group of the Tigray forces".
T (tally.is_tally_description): "The loss of X, the only regional capital captured by Z since it launched its invasion,
was a heavy blow": a participle on a ranked noun that counts from a "since" describes the place by the war's tally
(historical). Twins: the same noun captured on a day, the capture told by the sentence's verb.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _read(extractor: Extractor, text: str, published: str) -> list[tuple[str, str | None, str | None, bool]]:
    article = Article(
        id="nn28", text=text, published=dt.date.fromisoformat(published), received=dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
    )
    return sorted(
        (e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.historical)
        for e in extractor.extract(article) if e.kind == "change"
    )


def _news(extractor: Extractor, text: str, published: str) -> set[str]:
    return {p for p, _g, _lo, h in _read(extractor, text, published) if not h}


FOIL = [
    # (published, text, the background capture, the day's news)
    ("2015-05-21", "The capture of Palmyra by the Islamic State caused alarm in Syria; however, the army and Hezbollah "
     "made up for the loss by capturing the town of Zabadani on Wednesday.", "Palmyra", {"Zabadani"}),
    ("2015-05-26", "The fall of Ramadi to Islamic State stunned Baghdad, but Iraqi troops retook the town of Husaybah on "
     "Sunday.", "Ramadi", {"Husaybah"}),
    ("2022-09-10", "The seizure of Kherson by Russian troops angered Kyiv; however, Ukrainian forces liberated Snihurivka "
     "on Friday.", "Kherson", {"Snihurivka"}),
]

FOIL_TWINS = [
    ("2015-05-21", "The capture of Palmyra by the Islamic State caused alarm in Syria; however, the army vowed to retake "
     "the city.", {"Palmyra"}),
    ("2015-05-21", "The capture of Palmyra by the Islamic State caused alarm in Syria, and the army sent more troops to "
     "Homs.", {"Palmyra"}),
    ("2015-05-21", "The capture of Palmyra by the Islamic State caused alarm in Syria; however, the government said little "
     "about it.", {"Palmyra"}),
    ("2015-05-21", "Islamic State fighters captured Palmyra on Wednesday; however, the army retook the town of Qaryatayn "
     "on Thursday.", {"Palmyra", "Qaryatayn"}),
]

GROUPINGS = [
    ("2025-08-22", "The Western military group captured the village of Kolodiazi, the ministry said.", "Kolodiazi"),
    ("2025-08-22", "Units of the Southern military grouping took control of the village of Dyliivka, the Defence Ministry "
     "said on Saturday.", "Dyliivka"),
    ("2025-01-27", "The Vostok (East) group captured Velyka Novosilka in the Donetsk region, the ministry said.",
     "Velyka Novosilka"),
    ("2025-08-22", "The Zapad group seized the village of Synkivka near Kupiansk, Russia's Defence Ministry said on Friday.",
     "Synkivka"),
]

# a ministry's list that goes on with the bare grouping ("while the Southern group took X"): Russia's forces in Ukraine
BARE_GROUPINGS = [
    ("2025-08-22", "The Western military group captured the settlement of Kolodiazi, while the Southern group took the "
     "village of Dyliivka.", [("Dyliivka", "ru-forces", "ua-forces", False), ("Kolodiazi", "ru-forces", "ua-forces", False)]),
    # twins: the same words of another war's sides
    ("2025-08-22", "A southern group of Boko Haram fighters captured the town of Ngala, Nigeria's army said.",
     [("Ngala", "boko-haram", "ng-gov", False)]),
    ("2021-07-12", "The Central group of the Tigray forces took the town of Alamata on Sunday.",
     [("Alamata", "tplf", "et-gov", False)]),
]

GROUPING_TWINS = [
    ("2025-08-22", "The Western military group attacked Ukrainian positions near Kupiansk, the ministry said.", []),
    ("2025-08-22", "The Southern military grouping tried to storm Chasiv Yar but was repelled, Ukraine's army said.", []),
    ("2025-08-22", "The Vostok group failed to capture Vuhledar after weeks of fighting, Ukrainian officials said.", []),
    ("2023-06-12", "Ukrainian forces pushed the Eastern military group out of the village of Staromaiorske, Kyiv said on "
     "Saturday.", [("Staromaiorske", "ua-forces", "ru-forces", False)]),
]


@pytest.mark.parametrize(("published", "text", "background", "news"), FOIL)
def test_capture_set_against_the_news_is_its_setting(
    extractor: Extractor, published: str, text: str, background: str, news: set[str],
) -> None:
    rows = _read(extractor, text, published)
    assert background in {p for p, _g, _lo, h in rows if h}, rows
    assert _news(extractor, text, published) == news


@pytest.mark.parametrize(("published", "text", "news"), FOIL_TWINS)
def test_capture_noun_without_a_later_change_stays_news(extractor: Extractor, published: str, text: str, news: set[str]) -> None:
    assert _news(extractor, text, published) == news


@pytest.mark.parametrize(("published", "text", "place"), GROUPINGS)
def test_russian_military_grouping_is_russia(extractor: Extractor, published: str, text: str, place: str) -> None:
    assert _read(extractor, text, published) == [(place, "ru-forces", "ua-forces", False)]


@pytest.mark.parametrize(("published", "text", "rows"), BARE_GROUPINGS + GROUPING_TWINS)
def test_russian_grouping_without_a_change(
    extractor: Extractor, published: str, text: str, rows: list[tuple[str, str, str, bool]],
) -> None:
    assert _read(extractor, text, published) == rows


TALLY = [
    ("2022-11-14", "The loss of Kherson, the only regional capital captured by Russia since it launched its invasion in "
     "February, was a heavy blow.", [("Kherson", "ru-forces", "ua-forces", True)]),
    ("2022-11-14", "Kherson, the only regional capital captured by Russia since the invasion began, was retaken by Ukraine "
     "on Friday.", [("Kherson", "ru-forces", "ua-forces", True), ("Kherson", "ua-forces", "ru-forces", False)]),
    # twins: a day of its own; the sentence's own verb
    ("2022-11-14", "Kherson, the only regional capital captured by Russia on Friday, lies on the Dnipro.",
     [("Kherson", "ru-forces", "ua-forces", False)]),
    ("2022-11-14", "Russia has captured Kherson, the only regional capital it has taken since it launched its invasion in "
     "February.", [("Kherson", "ru-forces", "ua-forces", False)]),
]


@pytest.mark.parametrize(("published", "text", "rows"), TALLY)
def test_war_tally_describes_the_place(
    extractor: Extractor, published: str, text: str, rows: list[tuple[str, str, str, bool]],
) -> None:
    assert _read(extractor, text, published) == rows
