"""Session 29 (helper wire29, issue 10): wire headlines the parser missed on holdout28's spent heads. A side driven out
told with "force ... out of", the present "routs", a quote closing inside the phrasal verb, the gerund after "after"
and "nearly pushed out of" (E); a capture verb written with a hyphen, "over-run" (H); "falls to rebel assault" (A);
"almost entirely in Z hands" (M); "claim the stronghold of X" (C); a town "declared free of" a side (D); a headline
closing on its quoted verb phrase (Q); plural "areas in X" (P).

Twins keep the same words for intentions, failures, storms, rents, courts, sport, markets, elections, diseases,
landmines and the noun "forces" of a withdrawing army. The towns and sides are not those of the real headlines.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_extract.headline_expulsion import expulsion_reworded
from townwatch_extract.headline_idiom import reworded_headline

from .conftest import headline_changes, make_article, news_rows, sides


@pytest.mark.parametrize(
    ("published", "title", "want"),
    [
        # E: expulsion
        ("2016-06-20", "Iraqi troops force IS out of Fallujah", ("Fallujah", "iq-gov", "isis")),
        ("2016-06-20", "Iraqi Troops Force IS Out Of Fallujah", ("Fallujah", "iq-gov", "isis")),
        ("2015-03-16", "Nigerian troops rout Boko Haram from Bama", ("Bama", "ng-gov", "boko-haram")),
        ("2012-10-02", "Somali troops flush al-Shabaab out of Kismayo", ("Kismayo", "so-gov", "al-shabaab")),
        ("2015-06-16", "Kurdish fighters 'force IS out' of Tal Abyad", ("Tal Abyad", "sdf", "isis")),
        ("2015-06-17", "Kurds expand offensive after driving IS from Tal Abyad", ("Tal Abyad", "sdf", "isis")),
        ("2015-06-17", "Kurds Expand Offensive After Driving IS From Tal Abyad", ("Tal Abyad", "sdf", "isis")),
        # H: a hyphenated capture verb
        ("2015-03-16", "Nigerian troops over-run Bama", ("Bama", "ng-gov", "boko-haram")),
        ("2015-03-16", "Nigerian Troops Over-Run Bama, Stronghold Of Boko Haram", ("Bama", "ng-gov", "boko-haram")),
        # A: the attack's noun for the side that made it
        # (a named side's "Taliban assault" is read already: the common noun's is the case)
        ("2014-02-18", "Malakal falls to rebel assault", ("Malakal", "splm-io", "ss-gov")),
        ("2014-02-18", "Malakal falls to rebel offensive, army regroups", ("Malakal", "splm-io", "ss-gov")),
        # C: "claim" for taking a town named by its kind
        ("2015-03-16", "Nigerian troops claim Boko Haram stronghold of Bama", ("Bama", "ng-gov", "boko-haram")),
        # D: declared free of a side
        ("2016-06-26", "Iraqi forces declare Fallujah free of IS", ("Fallujah", "iq-gov", "isis")),
        ("2016-06-26", "Iraqi Forces Declare Fallujah Free Of IS", ("Fallujah", "iq-gov", "isis")),
    ],
)
def test_headline_change(extractor: Extractor, published: str, title: str, want: tuple[str, str | None, str | None]) -> None:
    assert sides(headline_changes(extractor, title, published=dt.date.fromisoformat(published))) == [want]


@pytest.mark.parametrize(
    ("published", "title", "place", "gaining"),
    [
        # M: most of the town held; E: "nearly pushed out of" is most of the town taken
        ("2015-09-29", "Kunduz almost entirely in Taliban hands", "Kunduz", "taliban"),
        ("2015-09-29", "Afghanistan: Kunduz Almost Entirely In Taliban Hands", "Kunduz", "taliban"),
        ("2016-06-20", "IS militants nearly pushed out of Fallujah by Iraqi troops", "Fallujah", "iq-gov"),
        # P: plural "areas in X" is a part of X
        ("2024-06-20", "Ukrainian troops retake key areas in Vovchansk", "Vovchansk", "ua-forces"),
        ("2024-06-20", "Ukrainian Troops Retake Key Areas In Vovchansk", "Vovchansk", "ua-forces"),
    ],
)
def test_most_of_a_town(extractor: Extractor, published: str, title: str, place: str, gaining: str) -> None:
    events = headline_changes(extractor, title, published=dt.date.fromisoformat(published))
    assert [(e.place.name, e.gaining.id if e.gaining else None, e.partial) for e in events] == [(place, gaining, True)]


@pytest.mark.parametrize(
    ("published", "title"),
    [
        ("2016-06-20", "Iraqi troops try to force IS out of Fallujah"),
        ("2016-06-20", "Iraqi troops vow to force IS out of Fallujah"),
        ("2016-06-20", "Iraqi troops fail to force IS out of Fallujah"),
        ("2016-06-20", "Floods force families out of Fallujah"),
        ("2016-06-20", "Court forces Fallujah mayor from office"),
        ("2015-03-16", "Nigerian troops rout Boko Haram in forest clash"),
        ("2015-03-16", "Barcelona rout Madrid in Clasico"),
        ("2012-10-02", "Somali troops vow to flush al-Shabaab out of Kismayo"),
        ("2012-10-02", "Plumbers flush out pipes in Kismayo"),
        ("2015-03-16", "Labour routs Tories from council seats"),
        ("2015-06-17", "Kurds regroup after failing to drive IS from Tal Abyad"),
        ("2016-06-27", "Farmers protest after forcing minister from Fallujah visit"),
        ("2015-03-16", "Nigerian troops attempt to over-run Bama"),
        ("2015-03-16", "Budget over-run at Lagos airport"),
        ("2014-02-18", "Malakal braces for rebel assault"),
        ("2014-02-18", "Malakal repels rebel assault"),
        ("2014-02-18", "Malakal falls silent after rebel assault"),
        ("2014-02-18", "Oil prices fall to new low after rebel attack"),
        ("2015-09-29", "Fate of Kunduz almost entirely in Taliban hands"),
        ("2015-09-29", "Kunduz no longer in Taliban hands"),
        ("2015-03-16", "Boko Haram claim attack on town of Bama"),
        ("2015-03-16", "Nigerian troops claim victory in town of Bama"),
        ("2015-03-16", "Nigerian troops vow to claim Boko Haram stronghold of Bama"),
        ("2015-03-16", "Ruling party claims stronghold of Kano in election"),
        ("2024-06-20", "Russian troops shell residential areas in Vovchansk"),
        ("2024-06-20", "Ukrainian forces try to retake areas in Vovchansk"),
        ("2024-06-20", "Floods hit low-lying areas in Vovchansk"),
        ("2016-06-26", "WHO declares Nigeria free of polio"),
        ("2016-06-26", "Kenya declares Nairobi free of cholera"),
        ("2016-06-26", "Kenya Declares Nairobi Free Of Cholera"),
        ("2016-06-26", "Mayor declares Fallujah free of landmines"),
    ],
)
def test_same_words_no_change(extractor: Extractor, published: str, title: str) -> None:
    assert headline_changes(extractor, title, published=dt.date.fromisoformat(published)) == []


def test_rewordings_keep_a_plain_line() -> None:
    line = "Ministers meet in Brussels to discuss the budget"
    assert expulsion_reworded(line) == line
    assert reworded_headline(line) == line
    assert expulsion_reworded("Army routs militants from Bama").startswith("Army drives militants from Bama")
    assert expulsion_reworded("Kurds advance after driving IS from Kobani").startswith("Kurds advance after retaking Kobani from IS")
    assert reworded_headline("Troops over-run Bama").startswith("Troops overrun Bama")
    assert reworded_headline("Bama falls to rebel assault").startswith("Bama falls to rebel forces")
    # the noun "forces" of a withdrawing army and the passive "forced to" are no expulsion
    for line in ("Russian Forces Withdraw From Kherson", "Russian forces pull out of Kherson", "Army forced to withdraw from Nyala"):
        assert expulsion_reworded(line) == line


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Q: a headline sent as the text, closing on its quoted verb phrase
        ("Iraqi Forces 'Recapture Baiji from ISIL'", [("Baiji", "iq-gov", "isis")]),
        ("Iraqi forces “recapture Baiji from ISIL”", [("Baiji", "iq-gov", "isis")]),
        # twins: a quoted clause that is a sentence, closing on its own stop, and a scare-quoted noun with no verb
        ('Iraqi officer says "we will recapture Baiji from ISIL."', []),
        ("Baiji residents fear 'return of ISIL'", []),
    ],
)
def test_headline_closing_on_a_quote(extractor: Extractor, text: str, want: list[tuple[str, str | None, str | None]]) -> None:
    events = extractor.extract(make_article(text, published=dt.date(2014, 12, 31), title=None))
    assert sides([e for e in events if not e.historical]) == want


def test_a_sideless_part_in_the_title_is_the_whole_the_body_tells(extractor: Extractor) -> None:
    # the title's "nearly pushed out" names no taker (the country between town and agent); the body tells it whole
    text = "Iraqi troops backed by air strikes drove Islamic State fighters out of Fallujah on Monday, officers said."
    rows = news_rows(extractor, text, dt.date(2016, 6, 27), title="IS militants nearly pushed out of Fallujah, Iraq by troops and air strikes")
    assert rows == [("Fallujah", "iq-gov", "isis")]
