"""Session 18 (helper precision18, issue 10): false alerts on real news. Changes a story retells after its lead, places
taken and given up again by the same side, claims called untrue or said to have failed, a victory with no side beaten,
an entry made to drive out the side that holds the town, and one capture told twice. Each family is written in our own words with the grammar of real wire copy, and each has twins that keep the
change.

R1 (recap.py): after a story's lead, a change dated to a calendar day three days or more before the story ("On August
6, the insurgents seized X" on August 12), or to a weekday five days or more before it ("on Sunday" on Saturday); a sentence opening "The next day," or "At the same time," dated by the day
the sentence before names; "last week" / "this month" / "earlier in the month" in the change's own clause; "Earlier,
the army said its soldiers had recaptured X". Twins: a weekday after the lead, a lead dated last week, "Earlier," with
a simple past, "At the same time" after yesterday's date.
U1 (undone.py): taken and given up again by the same side: "seized parts of X and then withdrew", "withdrew from the
village of X that they captured and held for several days", "withdrew from X, a day after briefly occupying it" (the
same side's other mentions of X dropped too), "briefly seize X". Twins: "then pushed on towards Y", a withdrawal after
a long hold, another side's capture before a withdrawal.
D1 (modality.py, contested.py): "dismissed statements by Z that its troops had captured X"; "falsely stated that ...";
"the reports were untrue"; "its troops continue to hold the town"; "its forces had not been pushed out of X"; "said
they had captured X, but state media said the attack had been repulsed"; "However, Z claimed ..." against a lead that
says the attack was pushed back. Twins: statements confirmed, a pull-back admitted, no contradiction, a lead of
fighting only.
V1 (control.py): "claims victory in X" with no side beaten is no change; "victory over Z in X" is.
E2 (frames.py, timeline.py): "entered X, seeking to drive out militants that have taken control of the city": the
militants' hold says who they are and confirms no entry. Twin: "entered X and taken control of the city".
M1 (extractor.py): one capture told twice, once by a name the gazetteer knows and once by an anaphor resolved to the
same name, is one event.
"""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor

from .conftest import assert_retold, headline_changes
from .conftest import news_rows as _news


def _news_places(extractor: Extractor, text: str, published: dt.date) -> list[str]:
    return [p for p, _g, _lo in _news(extractor, text, published)]


@pytest.mark.parametrize(
    ("text", "published", "news", "retold"),
    [
        # a calendar day after the lead, six days before the story
        ("Taliban fighters captured the city of Ghazni on Thursday, officials said. On August 6, the insurgents seized "
         "Zaranj, the capital of Nimroz province.", dt.date(2021, 8, 12), "Ghazni", "Zaranj"),
        # "The next day" dated by the tally before it
        ("Al-Shabaab fighters took the town of Mahaday on Sunday, residents said. On March 2, the group overran Bulo "
         "Burte. The next day, the militants seized the town of Jalalaqsi.", dt.date(2024, 3, 12), "Mahaday", "Jalalaqsi"),
        # "At the same time" after a sentence dated six weeks back
        ("The clashes follow a surprise offensive launched by rebel factions on November 27 from their northwestern "
         "stronghold. At the same time, Turkish-backed factions attacked Kurdish forces, seizing Tal Rifaat. Since "
         "then, fighting has gone on near the Tishrin dam.", dt.date(2025, 1, 10), None, "Tal Rifaat"),
        # "last week" in a clause after the lead
        ("Iraqi troops seized several villages from the militants on Sunday, the commander said. The villages near "
         "Rawa were bypassed when the troops retook the town of Anah last week.", dt.date(2017, 11, 12), None, "Anah"),
        # "this month" after an intent lead
        ("A rebel commander said his fighters aim to seize Manbij from the Kurdish-led forces. Manbij was captured "
         "this month from the Islamic State by the Syrian Democratic Forces.", dt.date(2016, 8, 28), None, "Manbij"),
        # "Earlier," with a pluperfect
        ("Officials say Malian troops have retaken a second town from the militants. Earlier, the army said its "
         "soldiers had recaptured Konna, east of Diabaly.", dt.date(2013, 1, 21), None, "Konna"),
        # a weekday after the lead, six days before the story
        ("Rebels in the Central African Republic beat back soldiers trying to retake the city of Bambari, both sides "
         "said on Saturday. Bambari was seized on Sunday by the rebels, who have taken a string of towns.",
         dt.date(2013, 1, 5), None, "Bambari"),
    ],
)
def test_a_change_retold_after_the_lead_is_background(
    extractor: Extractor, text: str, published: dt.date, news: str | None, retold: str
) -> None:
    assert_retold(extractor, text, published, news, retold)


@pytest.mark.parametrize(
    ("text", "published", "place"),
    [
        # a weekday after the lead is more news
        ("Taliban fighters captured the city of Ghazni on Thursday, officials said. On Wednesday, the insurgents "
         "seized Zaranj, the capital of Nimroz province.", dt.date(2021, 8, 12), "Zaranj"),
        # "At the same time" after yesterday's date
        ("Rebel factions launched a surprise offensive on November 27 from their northwestern stronghold. At the same "
         "time, Turkish-backed factions attacked Kurdish forces, seizing Tal Rifaat.", dt.date(2024, 11, 28), "Tal Rifaat"),
        # a lead dated last week is the story's news
        ("Iraqi troops retook the town of Anah last week, the commander said on Sunday.", dt.date(2017, 11, 12), "Anah"),
        # "Earlier," with a simple past
        ("Officials say Malian troops have retaken a second town from the militants. Earlier, the army said its "
         "soldiers recaptured Konna after a day of fighting.", dt.date(2013, 1, 21), "Konna"),
        # a calendar day two days back
        ("Taliban fighters captured the city of Ghazni on Thursday, officials said. On August 10, the insurgents seized "
         "Zaranj, the capital of Nimroz province.", dt.date(2021, 8, 12), "Zaranj"),
        # a weekday two days back
        ("Rebels in the Central African Republic pushed towards the capital, officials said on Tuesday. Bambari was "
         "seized on Sunday by the rebels, who have taken a string of towns.", dt.date(2012, 12, 25), "Bambari"),
    ],
)
def test_recap_twins_stay_news(extractor: Extractor, text: str, published: dt.date, place: str) -> None:
    assert place in _news_places(extractor, text, published)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Rebels seized parts of the town of Rastan on Saturday and then withdrew to the hills, activists said.",
         dt.date(2012, 1, 22)),
        ("Chadian rebels withdrew on Saturday from the town of Adre, a day after briefly occupying it, aid workers said.",
         dt.date(2008, 2, 9)),
        # the same side's withdrawal told again in the next sentence
        ("Chadian rebels withdrew on Saturday from the town of Adre, a day after briefly occupying it, aid workers said. "
         "The rebels pulled out of Adre before dawn and headed north towards Biltine.", dt.date(2008, 2, 9)),
        ("Resistance fighters withdrew on Sunday from the village of Thazi that they captured and held for several "
         "days, local sources said.", dt.date(2023, 2, 6)),
    ],
)
def test_a_place_taken_and_given_up_again_is_no_change(extractor: Extractor, text: str, published: dt.date) -> None:
    assert _news(extractor, text, published) == []


def test_a_brief_seizure_headline_is_no_change(extractor: Extractor) -> None:
    assert headline_changes(extractor, "Insurgents briefly seize Bama before pulling out", published=dt.date(2014, 9, 3)) == []
    assert [e.place.name for e in headline_changes(
        extractor, "Boko Haram seizes Bama after fierce battle with troops", published=dt.date(2014, 9, 3))] == ["Bama"]


@pytest.mark.parametrize(
    ("text", "published", "place", "losing"),
    [
        ("Rebels seized parts of the town of Rastan on Saturday and then pushed on towards Talbiseh, activists said.",
         dt.date(2012, 1, 22), "Rastan", None),
        # a withdrawal after a long hold is a change
        ("Islamic State fighters withdrew from Tikrit on Tuesday after holding the city for nine months, officials said.",
         dt.date(2015, 4, 1), "Tikrit", "isis"),
    ],
)
def test_undone_twins_stay_news(extractor: Extractor, text: str, published: dt.date, place: str, losing: str | None) -> None:
    rows = _news(extractor, text, published)
    assert place in [p for p, _g, _lo in rows], rows
    if losing is not None:
        assert (place, losing) in {(p, lo) for p, _g, lo in rows}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's army on Friday dismissed statements by Russia's defence ministry that Russian troops had captured "
        "the village of Robotyne.",
        "The militants said in an online statement they had captured the village of Jubb al-Jarrah, but state media said "
        "the attack had been repulsed.",
        "The army chief falsely stated that 300 villages had come under Russian control this year. Excerpts of his "
        "report: Russian troops took control of the village of Hryshyne.",
        "Residents said Boko Haram fighters had seized the town of Gwoza after heavy fighting. However, a vigilante "
        "leader said the reports were untrue and the attackers had been pushed back.",
        "Russia said its forces had taken the town of Marinka. Ukraine said its troops continue to hold the town.",
        # the denial told first: "its forces had not been pushed out of X"
        "Russia said on Saturday that its forces had not been pushed out of Robotyne, a village near the frontline town "
        "of Orikhiv, a day after Ukraine said it had freed the site. Ukraine's General Staff said on Friday that the "
        "village was back under Ukrainian control.",
        # the claim told as the other version of a lead that says the attack was pushed back
        "Afghan forces pushed back a Taliban attack on the outskirts of Kunduz city, the provincial capital of Kunduz "
        "province, the ministry said in a statement. According to the statement, the clashes broke out after the "
        "militants attacked parts of Kunduz city at dawn on Sunday. However, the Taliban group claimed its fighters "
        "have captured parts of the city, adding that many soldiers were killed in the clashes.",
    ],
)
def test_a_claim_called_untrue_or_failed_is_no_change(extractor: Extractor, text: str) -> None:
    assert _news(extractor, text, dt.date(2023, 8, 25)) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ukraine's army on Friday confirmed statements by Russia's defence ministry that Russian troops had captured "
         "the village of Robotyne.", "Robotyne"),
        ("The militants said in an online statement they had captured the village of Jubb al-Jarrah, and state media "
         "said the army had pulled back.", "Jubb al-Jarrah"),
        ("Russia said its forces had taken the town of Marinka. Ukraine said its troops had pulled back to new "
         "positions.", "Marinka"),
        # a lead of fighting only: the claim stands
        ("Afghan forces fought a Taliban attack on the outskirts of Kunduz city, the provincial capital of Kunduz "
         "province, the ministry said in a statement. According to the statement, the clashes broke out after the "
         "militants attacked parts of Kunduz city at dawn on Sunday. However, the Taliban group claimed its fighters "
         "have captured parts of the city, adding that many soldiers were killed in the clashes.", "Kunduz"),
    ],
)
def test_claim_twins_stay_news(extractor: Extractor, text: str, place: str) -> None:
    assert place in _news_places(extractor, text, dt.date(2023, 8, 25))


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Fano militia claims victory in Gondar", None),
        ("Fano militia claims victory over federal forces in Gondar", "Gondar"),
    ],
)
def test_victory_headlines(extractor: Extractor, title: str, place: str | None) -> None:
    found = [e.place.name for e in headline_changes(extractor, title, published=dt.date(2023, 8, 6))]
    assert found == ([place] if place else []), found


def test_an_entry_to_drive_out_the_holders_is_no_capture(extractor: Extractor) -> None:
    day = dt.date(2014, 10, 16)
    assert _news(extractor, "Army units have entered Sirte, seeking to drive out militants that have taken control of "
                 "the city, officials said.", day) == []
    assert _news_places(extractor, "Army units have entered Sirte and taken control of the city, officials said.", day) == ["Sirte"]


def test_one_capture_told_twice_is_one_event(extractor: Extractor) -> None:
    # the town the first sentence tells by an anaphor is the one the gazetteer finds by the name in the second
    text = ("Islamic State fighters have won back a town in northern Syria that Kurdish units took two weeks ago, "
            "activists said on Monday. The war monitor said the militants seized Ein Issa and nearby farms before dawn "
            "on Monday.")
    assert _news_places(extractor, text, dt.date(2015, 7, 6)) == ["Ein Issa"]
