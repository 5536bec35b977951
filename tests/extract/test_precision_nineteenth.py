"""Session 19 (helper precision19, issue 10): false alerts and background changes read as news in real reports. Each
family is written in our own words with the grammar of real wire copy and monitor notes, and each has twins that keep
the change.

D2 (contested.py): a claim the same report takes back or sets against the other side's version: "but later deleted her
post"; a monitor "said the village was still under Kyiv's control" three sentences on; the other side "insisted that
government forces remained in control of the town"; its units "repelled Russian assaults near X"; "claims ... that
its fighters had taken X were false" at the top of the story; "dismissing rebel claims they had taken control of the
town"; "But according to the government's account, troops defeated the rebel forces"; "Both the rebels and the army
claimed to be in control of X"; a headline "Z claims capture of X, Y says fighting continues"; "accused Moscow of
lies and propaganda in claiming victory in X". Twins: the post confirmed, the monitor's map confirming, a withdrawal
admitted, the taker's own units repelling counter-attacks, the claim confirmed, a headline without the other version.
H2 (background.py, dates.py, recap.py): "three days after seizing X" (not "a day after"); "had lost commanders after
capturing X"; "must return to the territory they hold after seizing X" (a demand presupposes the capture); a headline's
"Z fight back after Y seize X" (a main clause that is no change, by another side than the taker: since session 20 the
headline's own subject's capture is its news, "Rebels surround Y after seizing X"); "was captured by the militants last June"; "the separatists' recent seizure of X"; a capture dated days
back after a lead that calls the town held already. Twins: "a day after", a lead that does not call it held, a headline whose main clause is a change or a hold.
C2 (coreference.py): "retook another village ... the offensives last year that retook the city of X ... the flag over
the village of Y": Y, not the city; "seized another town in Iraq's Salahuddin province ... in neighbouring Syria ...
the town of Z": not Z.
U2 (undone.py): a brief capture given up again in another sentence of the report: the taker "fleeing into the forest"
after "an hour", "forcing the militants to vacate the town", "They withdrew hours later", the other side "back in
control" after a brief seizure; "withdrawn from X, a day after the forces entered the town". Twins: no short hold, the
other side leaving, the taker leaving another place, another side's entry.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import assert_retold, change_rows, headline_changes
from .conftest import news_rows as _news


def _news_places(extractor: Extractor, text: str, published: dt.date) -> list[str]:
    return [p for p, _g, _lo in _news(extractor, text, published)]


_DAY = dt.date(2024, 6, 11)


@pytest.mark.parametrize(
    "text",
    [
        # the claim taken back by whoever made it
        "The deputy minister said Ukrainian soldiers had retaken the village of Klishchiivka, but later deleted her post "
        "after units at the front said fighting went on.",
        # a monitor's map three sentences after the claim
        "Russia said on Sunday it had seized a village in the Kharkiv region. The ministry said its units had captured "
        "the village of Synkivka near Kupiansk. The claim could not be verified. A Ukrainian battlefield mapping group "
        "said the village was still under Kyiv's control.",
        # the other side says it still holds the town
        "Taliban fighters said they captured the border town of Torkham on Friday. The interior ministry on Friday "
        "insisted that government forces remained in control of the town.",
        # the other side beat back the taker's assaults at the place, in the story's last sentence
        "Russia's defence ministry on Tuesday claimed to have captured its first village in the Sumy region. The "
        "ministry said its forces had taken control of the village of Yunakivka. Kyiv denied that Russian troops had "
        "made any gains in the region. On Tuesday, Ukraine's army said its units repelled Russian assaults near "
        "Yunakivka.",
        # the claim called false at the top of the story
        "Ukraine's army said claims by the Wagner group that its fighters had taken the town of Vuhledar were false. "
        "Shelling went on through the night. Officials said more civilians had left. Wagner's chief said on Tuesday "
        "his men had taken control of Vuhledar.",
        # the denial before the claim in the claim's own sentence
        "\"Heavy fighting is going on in Bentiu,\" an army spokesman said, dismissing rebel claims they had taken "
        "control of the town.",
        # the other side's version after a "But"
        "A rebel spokesman says the rebels seized control of the town of Guereda by midday. But according to the "
        "government's account, army troops successfully defeated the rebel forces.",
        # both sides claim the town
        "Both the rebels and the army on Saturday claimed to be in control of the town of Kalemie after a night of "
        "fighting. Government officials said they were in control of Kalemie. However, rebel commanders said their "
        "fighters now controlled Kalemie after driving out the army.",
        # the claim called a lie
        "The governor accused Moscow of lies and propaganda in claiming victory in Toretsk. While the Russians reported "
        "that they had taken the town, the governor said, Russian units had pulled back some of their troops.",
    ],
)
def test_a_claim_taken_back_or_set_against_the_other_version_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The deputy minister said Ukrainian soldiers had retaken the village of Klishchiivka, and later posted a video "
         "from the village centre.", "Klishchiivka"),
        ("Russia said on Sunday it had seized a village in the Kharkiv region. The ministry said its units had captured "
         "the village of Synkivka near Kupiansk. The claim could not be verified. A Ukrainian battlefield mapping group "
         "said the village was now under Russian control.", "Synkivka"),
        ("Taliban fighters said they captured the border town of Torkham on Friday. The interior ministry on Friday "
         "said government forces had withdrawn from the town.", "Torkham"),
        # the taker's own units beat back the other side's counter-attacks
        ("Ukraine's army said on Tuesday its forces had retaken the village of Yunakivka. Later on Tuesday, its units "
         "repelled Russian assaults near Yunakivka.", "Yunakivka"),
        ("A rebel spokesman says the rebels seized control of the town of Guereda by midday. But according to the "
         "government's account, the army had already pulled out of the town.", "Guereda"),
    ],
)
def test_claim_twins_stay_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news_places(extractor, text, _DAY)


def test_a_headline_setting_the_other_version_against_the_claim_is_no_change(extractor: Extractor) -> None:
    assert headline_changes(extractor, "Russia claims capture of Chasiv Yar, Ukraine says fighting continues", published=_DAY) == []
    assert [e.place.name for e in headline_changes(
        extractor, "Russia claims capture of Chasiv Yar, Ukraine vows to fight on", published=_DAY)] == ["Chasiv Yar"]


@pytest.mark.parametrize(
    ("text", "published", "news", "retold"),
    [
        # a count of days back from the news to the capture
        ("Government troops entered Shaddadi on Monday, three days after seizing Markadah, the army said.",
         dt.date(2016, 2, 22), "Shaddadi", "Markadah"),
        # the capture before an earlier past
        ("Rebel fighters took the town of Brega on Friday, a spokesman said. The militia had lost several commanders "
         "after capturing Ajdabiya.", dt.date(2011, 3, 25), "Brega", "Ajdabiya"),
        # "last June"
        ("Families began returning to Fallujah on Sunday. The city of Ramadi was captured by Islamic State militants "
         "last June.",
         dt.date(2016, 7, 24), None, "Ramadi"),
        # the change a gathering commemorates, called recent
        ("Thousands marched in Aden on Friday in support of the separatists. The march commemorated the separatists' "
         "recent seizure of Aden.", dt.date(2019, 8, 16), None, "Aden"),
        # a lead that calls the town held: the capture dated days back is how the hold began
        ("Rebel fighters on Friday stopped an army column advancing on the town of Saraqeb, which has been under rebel "
         "control. The rebels seized control of Saraqeb on Monday, pushing the troops back to a nearby base.",
         dt.date(2012, 11, 9), None, "Saraqeb"),
    ],
)
def test_a_change_told_as_what_the_news_came_after_is_background(
    extractor: Extractor, text: str, published: dt.date, news: str | None, retold: str
) -> None:
    assert_retold(extractor, text, published, news, retold)


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        ("Government troops entered Shaddadi on Monday, a day after seizing Markadah, the army said.",
         dt.date(2016, 2, 22), "Markadah"),
        ("Rebel fighters on Friday stopped an army column advancing on the town of Saraqeb. The rebels seized control "
         "of Saraqeb on Monday, pushing the troops back to a nearby base.", dt.date(2012, 11, 9), "Saraqeb"),
        # "the last junta base" is no month
        ("The Arakan Army took control of Kyauktaw town after capturing the last junta battalion headquarters in the "
         "township.", dt.date(2024, 3, 27), "Kyauktaw"),
    ],
)
def test_background_twins_stay_news(extractor: Extractor, text: str, published: dt.date, place: str) -> None:
    assert place in _news_places(extractor, text, published)


def test_another_village_is_no_city_named_later(extractor: Extractor) -> None:
    text = ("Ukrainian troops have retaken another small village in the south, officials said on Monday. Russia still "
            "holds more land than before the offensives last year that retook the city of Kherson. The deputy minister "
            "said the Ukrainian flag was flying over the village of Rivnopil.")
    assert _news_places(extractor, text, dt.date(2023, 6, 13)) == ["Rivnopil"]


def test_another_town_in_one_country_is_no_town_of_another(extractor: Extractor) -> None:
    day = dt.date(2015, 5, 22)
    text = ("Militants have seized another town in Iraq's Salahuddin province, a police officer said, while in "
            "neighbouring Syria fighters shelled the town of Deir Hafer. Fighters later looted shops in Deir Hafer.")
    assert _news(extractor, text, day) == []
    twin = ("Militants have seized another town in Iraq's Salahuddin province, a police officer said. The fighters "
            "raised their flag over the town of Sharqat.")
    assert _news_places(extractor, twin, day) == ["Sharqat"]


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters temporarily seized the village of Kolbio on Tuesday. The fighters gathered residents at "
        "the mosque for about an hour before fleeing into the nearby forest.",
        "Al-Shabaab militants briefly took control of the town of Garbaharey on Monday, residents said. Army units "
        "later shelled the town, forcing the militants to vacate the town.",
        "ISWAP fighters who stormed the town of Damboa on Friday have withdrawn, residents said on Saturday. The "
        "insurgents overran Damboa in a dawn raid. They withdrew hours later after looting shops.",
        "Houthi fighters briefly seized the town of Mukayras on Sunday. Government troops are back in control, "
        "officials said on Monday.",
        "Government forces had withdrawn from Zinjibar, a day after the forces entered the town, the president "
        "announced on Sunday.",
    ],
)
def test_a_brief_capture_given_up_in_another_sentence_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, _DAY) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Al-Shabaab fighters seized the village of Kolbio on Tuesday. The fighters gathered residents at the mosque "
         "and warned them not to help the army.", "Kolbio"),
        ("Al-Shabaab fighters seized the village of Kolbio on Tuesday. Kenyan troops fled the village within hours.",
         "Kolbio"),
        ("Al-Shabaab fighters seized the village of Kolbio on Tuesday. Hours later they withdrew from the nearby "
         "village of Hosingo.", "Kolbio"),
        ("Government forces withdrew from Zinjibar on Sunday, a day after separatist fighters entered the town.",
         "Zinjibar"),
    ],
)
def test_undone_twins_stay_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news_places(extractor, text, _DAY)


def test_a_capture_a_demand_presupposes_is_no_news(extractor: Extractor) -> None:
    text = ("The minister said on Wednesday that the Kurdish-led forces must return to the territory they hold after seizing "
            "Tabqa.")
    rows = change_rows(extractor, text, dt.date(2016, 8, 25))
    assert "Tabqa" not in _news_places(extractor, text, dt.date(2016, 8, 25)), rows
    twin = "The minister said on Wednesday that the Kurdish-led forces returned to their bases after seizing Tabqa."
    assert "Tabqa" in _news_places(extractor, twin, dt.date(2016, 8, 25))


@pytest.mark.parametrize(
    ("title", "news", "retold"),
    [
        ("Government troops fight back after Houthis seize al-Bayda", [], "al-Bayda"),
        # (the headline's own subject's capture is news since session 20: test_precision_twentieth)
        # a main clause that is a change, or a hold, keeps the capture news
        ("Taliban captures Kandahar, hours after seizing Ghazni", ["Kandahar", "Ghazni"], None),
        ("Rebels control the gold mines after taking Hpakant from the army", ["Hpakant"], None),
    ],
)
def test_a_headline_capture_its_news_came_after(extractor: Extractor, title: str, news: list[str], retold: str | None) -> None:
    found = sorted(e.place.name for e in headline_changes(extractor, title, published=dt.date(2024, 12, 1)))
    assert found == sorted(news), found
    if retold is not None:
        article_rows = change_rows(extractor, "", dt.date(2024, 12, 1), title=title)
        assert (retold, True) in {(p, h) for p, _g, _lo, h in article_rows}, article_rows
