"""Who gained and who lost, places and false alerts of the eleventh news reading (news11): each family with its
negative twins (sentences written for these tests, keeping the grammar of real wire copy)."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import make_article


def _events(extractor: Extractor, text: str, published: dt.date, title: str | None = None) -> list[tuple[str, str | None, str | None, bool]]:
    article = make_article(text, published=published, title=title)
    return [
        (e.place.name, e.gaining.id if e.gaining else None, e.losing.id if e.losing else None, e.historical)
        for e in extractor.extract(article) if e.kind == "change"
    ]


def _news(extractor: Extractor, text: str, published: dt.date, title: str | None = None) -> list[tuple[str, str | None, str | None]]:
    return [(p, g, lo) for p, g, lo, h in _events(extractor, text, published, title) if not h]


# --- E1 the sentence's own "in Ukraine's Kharkiv region" places an unknown village, not the claimant's country ----

@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia takes control of village in Ukraine's Kharkiv region, defence ministry says",
            "MOSCOW (Reuters) - Russian forces have captured the village of Buhruvatka in Ukraine's Kharkiv region, "
            "Russia's defence ministry said on Tuesday. It added that Russian troops are continuing to advance in the area.",
        ),
        (
            "Russia declares control over three villages in Sumy, Ukraine",
            "On Sunday, the Russian Ministry of Defence declared its takeover of three more villages in Sumy, Ukraine, near "
            "the Russian border. In a statement, the ministry announced, \"Forces from the 'North' group have pushed into "
            "the enemy's lines, securing the villages of Pokrovka, Ryasne and Zhuravlivka in Sumy.\"",
        ),
    ],
)
def test_a_village_the_sentence_puts_in_ukraine_is_taken_from_ukraine(extractor: Extractor, title: str, text: str) -> None:
    news = _news(extractor, text, dt.date(2024, 6, 4), title)
    assert news
    assert all(g == "ru-forces" and lo == "ua-forces" for _p, g, lo in news), news
    assert len({p for p, _g, _lo in news}) == len(news), news  # one event per village, not one per country read


def test_a_village_the_sentence_puts_nowhere_keeps_no_inferred_country(extractor: Extractor) -> None:
    # twin: nothing places the village, and Russia is written most: the village is not moved to Ukraine
    news = _news(extractor, "Russian forces captured the village of Buhruvatka, Russia's defence ministry said on Tuesday.", dt.date(2024, 6, 4))
    assert [(p, g) for p, g, _lo in news] == [("Buhruvatka", "ru-forces")]


def test_the_ministry_is_the_ministry_the_article_named(extractor: Extractor) -> None:
    text = (
        "The Russian Ministry of Defence said its forces had pressed on near Kupiansk. In a statement, the ministry said, "
        '"Forces of the Western group have pushed into enemy positions, taking the village of Tabaivka in Kharkiv."'
    )
    news = _news(extractor, text, dt.date(2024, 1, 29))
    assert [(p, g) for p, g, _lo in news] == [("Tabaivka", "ru-forces")]


def test_the_ministry_of_two_states_named_is_no_one(extractor: Extractor) -> None:
    # twin: both ministries are named, so "the ministry" alone says nothing of whose forces
    from townwatch_extract.context import ArticleContext

    text = "The Russian Ministry of Defence and Ukraine's defence ministry gave rival accounts. The ministry said little."
    ctx = ArticleContext.build(text, extractor.gazetteer, extractor.catalogue)
    assert ctx.body_countries == frozenset({"RU", "UA"})


# --- E2 the army and its militia, one named in the headline and the other in the lede, took one town -------------

@pytest.mark.parametrize(
    ("title", "text", "gainers"),
    [
        (
            "Iraqi troops, militias seize strategic town",
            "Iraqi government forces and Shi'ite militias took control of the town of Baiji north of Baghdad on Sunday, "
            "driving out Islamic State fighters after weeks of fighting, officials said.",
            {"iq-gov"},
        ),
        (
            "Somali troops retake town from al Shabaab",
            "Somali National Army soldiers and African Union peacekeepers retook the town of Bulo Burde on Friday after "
            "al Shabaab fighters fled, officials said.",
            {"so-gov"},
        ),
    ],
)
def test_allied_gainers_of_one_town_make_one_event(extractor: Extractor, title: str, text: str, gainers: set[str]) -> None:
    news = _news(extractor, text, dt.date(2015, 3, 1), title)
    assert len(news) == 1, news
    assert news[0][1] in gainers


def test_foes_are_never_merged_as_partners() -> None:
    # twin: a town taken by IS and retaken by the army are two changes; only allies share one
    from types import SimpleNamespace

    from townwatch_extract.extractor import _allied_key

    def cand(side: str, allies: frozenset[str]) -> SimpleNamespace:
        return SimpleNamespace(gaining=SimpleNamespace(id=side, allies=allies), place=SimpleNamespace(key="g:1"), historical=False, partial=False)

    army = cand("iq-gov", frozenset({"pmf", "peshmerga"}))
    groups = {("g:1", "iq-gov", False, False): army}
    order = list(groups)
    assert _allied_key(cand("isis", frozenset()), order, groups) is None  # type: ignore[arg-type]
    assert _allied_key(cand("pmf", frozenset({"iq-gov"})), order, groups) == order[0]  # type: ignore[arg-type]
