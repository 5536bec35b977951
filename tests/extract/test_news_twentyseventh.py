"""False alerts and background in real wire copy (session 27, helper news27), families read in new real reports:

- a claim the other side answers by rejecting "the taker's version of events", by saying that a part taken "does not
  mean controlling" the place, or by telling the entry "without admitting the loss of the town", is contested: no
  change (contested.py). Twins: the same words about something else ("rejected calls for a ceasefire", "does not mean
  the war is over", "without admitting any casualties") leave the capture standing, and a rejection of talks in the
  claim's own sentence ("RSF seizes X as army rejects calls for truce") is no denial either;
- a sideless "the fall of X" after the report told X's capture as history ("captured the provincial capital, X, earlier
  this month. The fall of X marked a major defeat") is that history again, not the day's news (echo.py). Twins: the
  same "fall of X" after a capture told as the day's news, and a retaking told after the old fall;
- a withdrawal from X in a sentence that says the other side has only "started to enter the suburbs" is no change yet
  (frames.py). Twins: the other side in the city centre; the suburbs of another town;
- "while Ukrainian soldiers mainly / still occupied the plant" tells who held what, not a capture (frames.py). Twin:
  the plant occupied on a day.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _read(extractor: Extractor, text: str, published: str) -> tuple[set[str], set[str]]:
    article = Article(
        id="n27", text=text, published=dt.date.fromisoformat(published), received=dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
    )
    events = [e for e in extractor.extract(article) if e.kind == "change"]
    return {e.place.name for e in events if not e.historical}, {e.place.name for e in events if e.historical}


CONTESTED = [
    # the other side rejects the taker's version of events
    ("2025-10-26", "The RSF said it had taken full control of Tawila on Sunday. The army has not commented, but a spokesman "
     "for the local defence committee rejected the RSF's version of events.", set()),
    ("2024-03-02", "M23 rebels said on Friday they had captured the town of Kamituga. A government spokesman rejected the rebels' "
     "account and said fighting went on.", set()),
    # a part taken does not mean the place
    ("2025-10-26", "The RSF says it has taken full control of Tawila. \"Taking the army's base does not mean controlling "
     "Tawila,\" a spokesman for the army-aligned fighters said.", set()),
    # twins: the same words about something else
    ("2025-10-26", "The RSF took full control of Tawila on Sunday, residents said. A spokesman for the army rejected calls "
     "for a ceasefire.", {"Tawila"}),
    ("2024-03-02", "M23 rebels captured the town of Kamituga on Monday, residents said. Losing Kamituga does not mean the "
     "war is over, the governor said.", {"Kamituga"}),
]

CONTESTED += [
    ("2019-06-26", "GNA forces said on Wednesday they had retaken Gharyan. The spokesman for Haftar's forces accused sleeper "
     "cells of letting GNA forces into part of Gharyan, without admitting the loss of the town.", set()),
    ("2019-06-26", "GNA forces retook Gharyan on Wednesday, residents said. The spokesman for Haftar's forces accused sleeper "
     "cells of helping them, without admitting any casualties.", {"Gharyan"}),
]

CONTESTED += [
    ("2025-10-26", "RSF seizes Tawila as army rejects calls for truce", {"Tawila"}),
    ("2025-10-26", "RSF says it seized Tawila; army rejects claim", set()),
]

EDGE = [
    ("2024-12-07", "The monitor said Syrian troops had withdrawn from Homs, and that HTS forces had started to enter the "
     "suburbs.", set()),
    ("2024-12-07", "The monitor said Syrian troops had withdrawn from Homs, and that HTS forces had started to enter the "
     "suburbs of the city.", set()),
    ("2022-06-24", "Russian troops recently seized most of the city, while Ukrainian soldiers mainly occupied the Azot "
     "industrial plant.", set()),
    # twins
    ("2024-12-07", "The monitor said Syrian troops had withdrawn from Homs on Saturday, and that HTS forces had entered the "
     "city centre.", {"Homs"}),
    ("2024-12-07", "Syrian troops withdraw from Homs as rebels reach suburbs", set()),
    ("2024-12-07", "Syrian troops withdrew from Homs on Saturday after HTS forces reached the suburbs of Hama.", {"Homs"}),
    ("2022-06-24", "Russian troops occupied the Azot industrial plant on Friday, the governor said.", {"Azot industrial plant"}),
]

ECHO = [
    # a sideless fall after the capture told as history
    ("2015-05-26", "The army launched an operation to drive Islamic State out of the province, where the militants seized "
     "Baiji earlier this month. The fall of Baiji marked a major defeat for Iraqi forces.", set(), {"Baiji"}),
    ("2016-02-10", "Islamic State fighters captured Baiji in 2014. The fall of Baiji was a heavy blow to the government.",
     set(), {"Baiji"}),
    # twins: the capture told as the day's news; a retaking after the old fall
    ("2015-05-26", "Islamic State seized Baiji on Sunday. The fall of Baiji marked a major defeat for Iraqi forces.",
     {"Baiji"}, set()),
    ("2015-05-26", "Baiji fell to Islamic State in 2014. The fall of Baiji was a heavy blow. On Sunday Iraqi forces "
     "retook Baiji.", {"Baiji"}, {"Baiji"}),
]


@pytest.mark.parametrize(("published", "text", "news"), CONTESTED)
def test_contested_versions(extractor: Extractor, published: str, text: str, news: set[str]) -> None:
    assert _read(extractor, text, published)[0] == news


@pytest.mark.parametrize(("published", "text", "news", "history"), ECHO)
def test_fall_echoes_history(extractor: Extractor, published: str, text: str, news: set[str], history: set[str]) -> None:
    assert _read(extractor, text, published) == (news, history)


@pytest.mark.parametrize(("published", "text", "news"), EDGE)
def test_edge_and_holding(extractor: Extractor, published: str, text: str, news: set[str]) -> None:
    assert _read(extractor, text, published)[0] == news
