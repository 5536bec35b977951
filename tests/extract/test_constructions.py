"""Direction, modality, time and title handling on single constructions."""

from __future__ import annotations

import datetime as dt

import pytest

from townwatch_extract.extractor import Extractor
from townwatch_schemas import DatePrecision

from .conftest import make_article

PUB = dt.date(2017, 10, 5)  # a Thursday


def _one(extractor: Extractor, text: str, **kw):
    events = [e for e in extractor.extract(make_article(text, published=kw.pop("published", PUB), **kw)) if not e.historical]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        ("Iraqi forces captured Tal Afar from ISIS on Sunday.", 90393, "iq-gov", "isis"),
        ("Tal Afar was captured by Iraqi forces on Sunday.", 90393, "iq-gov", None),
        ("Tel Afar fell to the Popular Mobilization Forces on Sunday.", 90393, "pmf", None),
        ("Kurdish Peshmerga fighters drove Islamic State out of Sinjar on Sunday.", 448149, "peshmerga", "isis"),
        ("The capture of Mosul by Iraqi forces on Sunday ended three years of jihadist rule.", 99072, "iq-gov", None),
        ("Islamic State militants withdrew from Tikrit on Sunday, residents said.", 90150, None, "isis"),
    ],
)
def test_direction(extractor: Extractor, text: str, place: int, gaining: str | None, losing: str | None) -> None:
    event = _one(extractor, text)
    assert event.place.geonames_id == place
    assert (event.gaining.id if event.gaining else None) == gaining
    if losing is not None:
        assert event.losing is not None and event.losing.id == losing
    if gaining is not None and event.losing is not None:
        assert event.losing.id != gaining


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces launched a campaign to retake Mosul from ISIS.",
        "Iraqi commanders vowed to recapture Tal Afar within weeks.",
        "The fall of Mosul would mark the end of the caliphate in Iraq.",
        "Iraqi forces did not capture Tal Afar on Sunday.",
        "The army denied that ISIS had recaptured Tikrit.",
        "Iraqi troops are advancing on Mosul from the south.",
        "Hawija is still under ISIS control.",
        "If Iraqi forces capture Tal Afar, the militants will lose their last town.",
    ],
)
def test_non_events(extractor: Extractor, text: str) -> None:
    # no change of hands (a denial is its own event kind, tested in test_denial)
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical and e.kind == "change"] == []


def test_claim_by_the_gaining_side(extractor: Extractor) -> None:
    event = _one(extractor, "Al-Shabaab militants said they seized the town of Adan Yabaal from Somali troops on Sunday.")
    assert event.claimed and event.gaining is not None and event.gaining.id == "al-shabaab"


def test_official_source_scores_higher_than_hedged(extractor: Extractor) -> None:
    official = _one(extractor, "Iraqi forces captured Tal Afar from ISIS on Sunday, the military said in a statement.")
    hedged = _one(extractor, "Iraqi forces reportedly captured Tal Afar from ISIS on Sunday.")
    assert official.confidence > hedged.confidence


def test_weekday_resolves_against_publication(extractor: Extractor) -> None:
    event = _one(extractor, "Iraqi forces captured Tal Afar from ISIS on Sunday.")
    assert event.event_date == dt.date(2017, 10, 1) and event.date_precision == DatePrecision.DAY


def test_unknown_publication_date_is_never_guessed(extractor: Extractor) -> None:
    event = _one(extractor, "Iraqi forces captured Tal Afar from ISIS on Sunday.", published=None)
    assert event.event_date is None and event.date_precision == DatePrecision.UNKNOWN


def test_background_capture_is_historical(extractor: Extractor) -> None:
    events = extractor.extract(make_article("The caliphate collapsed in July, when Iraqi forces captured Mosul.", published=PUB))
    assert events and all(e.historical for e in events)
    assert events[0].event_date == dt.date(2017, 7, 1) and events[0].date_precision == DatePrecision.MONTH


def test_partial_control(extractor: Extractor) -> None:
    event = _one(extractor, "Iraqi forces captured the eastern side of Mosul on Sunday.")
    assert event.partial and event.place.geonames_id == 99072


def test_unresolved_place_is_kept_as_written(extractor: Extractor) -> None:
    event = _one(extractor, "Iraqi forces captured the village of Qqarzaniyat al-Foo from ISIS on Sunday.")
    assert event.place.geonames_id is None and "Qqarzaniyat" in event.place.name


def test_same_change_twice_is_one_event(extractor: Extractor) -> None:
    text = "Iraqi forces captured Tal Afar on Sunday. Troops recaptured Tal Afar after a week of fighting, officers said."
    events = extractor.extract(make_article(text, published=PUB))
    assert len(events) == 1


def test_headline_with_summary(extractor: Extractor) -> None:
    article = make_article("The prime minister declared the city liberated.", title="Iraqi Forces Retake Tal Afar From ISIS", published=PUB)
    (event,) = extractor.extract(article)
    assert event.place.geonames_id == 90393 and event.gaining is not None and event.gaining.id == "iq-gov"
    assert event.evidence.sentence == article.title and event.evidence.start == event.evidence.end == 0


def test_prefilter_off_gives_the_same_events(extractor: Extractor) -> None:
    off = Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer, use_prefilter=False)
    article = make_article("Officials met on Monday. Iraqi forces captured Tal Afar from ISIS on Sunday. Markets were calm.", published=PUB)
    assert [e.event_id for e in off.extract(article)] == [e.event_id for e in extractor.extract(article)]


# --- held-out lessons: wider constructions, textual losing side, refuted claims, calibration ---------------
@pytest.mark.parametrize(
    ("text", "place", "gaining", "losing"),
    [
        ("Ukrainian troops entered Kherson on Friday after Russian forces withdrew from the city.", "Kherson", "ua-forces", "ru-forces"),
        ("The Taliban took Herat, Afghanistan's third-largest city, on Thursday.", "Herat", "taliban", "af-gov"),
        ("Hayat Tahrir al-Sham fighters swept into Hama on Thursday after government forces withdrew from the city.", "Hama", "hts", "sy-gov"),
        ("MOGADISHU (Reuters) - Somali forces captured the town of Adan Yabaal from al-Shabaab on Wednesday.", "Adan Yabaal", "so-gov", "al-shabaab"),
        ("Iraqi forces took control of Kirkuk on Monday as Kurdish Peshmerga units pulled out of the city.", "Kirkuk", "iq-gov", "peshmerga"),
        ("Qayyarah was retaken by Iraqi army units on Thursday, two years after Islamic State fighters swept into the town.", "Qayyarah", "iq-gov", "isis"),
        ("Ethiopia's government said federal troops had taken control of Dessie from Tigrayan fighters.", "Dessie", "et-gov", "tplf"),
    ],
)
def test_direction_in_wider_constructions(extractor: Extractor, text: str, place: str, gaining: str, losing: str | None) -> None:
    event = _one(extractor, text)
    assert place.lower() in (event.place.name.lower(), event.place.canonical_name.lower())
    assert event.gaining is not None and event.gaining.id == gaining
    assert (event.losing.id if event.losing else None) == losing


def test_coordinated_places_are_separate_events(extractor: Extractor) -> None:
    text = "Ethiopia's government said federal troops had taken control of the towns of Dessie and Kombolcha from Tigrayan fighters."
    events = [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]
    assert sorted(e.place.canonical_name for e in events) == ["Dessie", "Kombolcha"]
    assert all(e.gaining and e.gaining.id == "et-gov" and e.losing and e.losing.id == "tplf" for e in events)


def test_headline_reduced_passive(extractor: Extractor) -> None:
    article = make_article("The militants' last scrap of territory is gone.", title="Islamic State ousted from Raqqa by SDF", published=PUB)
    (event,) = [e for e in extractor.extract(article) if not e.historical]
    assert event.losing is not None and event.losing.id == "isis" and event.gaining is not None and event.gaining.id == "sdf"


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops entered Kharkiv on Sunday, and street fighting was reported near the city centre.",
        "Ten years after Islamic State overran Sinjar, survivors gathered on Saturday to mourn the dead.",
        "Manchester City took control of the title race with a win at Anfield.",
        "The Houthis seized the Galaxy Leader cargo ship in the Red Sea.",
    ],
)
def test_more_non_events(extractor: Extractor, text: str) -> None:
    assert [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical] == []


def test_losing_side_is_the_opposed_side_the_story_names(extractor: Extractor) -> None:
    text = "Afghan forces have lost ground all summer. The Taliban seized Ghazni on Thursday, officials said."
    (event,) = [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]
    assert event.gaining is not None and event.gaining.id == "taliban"
    assert event.losing is not None and event.losing.id == "af-gov"
    assert event.losing_inferred and not event.gaining_inferred  # the wire event says it is a reading


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban seized Ghazni on Thursday, officials said.",  # no other side named
        "The Taliban seized Ghazni on Thursday. US-led coalition aircraft flew overhead.",  # not an opposed side here
        "The Taliban seized Ghazni. Afghan forces and the NRF had clashed in the north.",  # two named as often
    ],
)
def test_losing_side_is_not_guessed_without_one_opposed_side(extractor: Extractor, text: str) -> None:
    # (dated where no two-sided war of the catalogue was fought in Afghanistan: after the NRF's fight of 2021)
    (event,) = [e for e in extractor.extract(make_article(text, published=dt.date(2023, 6, 1))) if not e.historical]
    assert event.gaining is not None and event.gaining.id == "taliban" and event.losing is None, event.losing
    assert not event.losing_inferred and not event.gaining_inferred


def test_gaining_side_from_the_story_but_not_from_a_contrary_turn(extractor: Extractor) -> None:
    text = "The RSF has pressed its offensive in Gezira state. The Sudanese army said its forces had withdrawn from Wad Madani."
    (event,) = [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]
    assert event.losing is not None and event.losing.id == "saf"
    assert event.gaining is not None and event.gaining.id == "rsf"
    assert event.gaining_inferred and not event.losing_inferred
    twin = "Somali troops withdrew from Bardhere as Al-Shabaab fighters could not enter the town."
    (event,) = [e for e in extractor.extract(make_article(twin, published=PUB)) if not e.historical]
    assert event.gaining is None


def test_losing_side_from_a_status_statement(extractor: Extractor) -> None:
    text = "Hawija, held by Islamic State since 2014, is the militants' last town in the north. Iraqi forces captured Hawija on Thursday."
    (event,) = [e for e in extractor.extract(make_article(text, published=PUB)) if not e.historical]
    assert event.losing is not None and event.losing.id == "isis"


def test_confidence_is_calibrated(extractor: Extractor) -> None:
    official = _one(extractor, "Iraqi forces captured Tal Afar from ISIS on Sunday, the military said in a statement.")
    plain = _one(extractor, "Iraqi forces captured Tal Afar from ISIS on Sunday.")
    claimed = _one(extractor, "Islamic State said its fighters seized Tal Afar from Iraqi forces on Sunday.")
    hedged = _one(extractor, "Iraqi forces reportedly captured Tal Afar from ISIS on Sunday.")
    assert official.confidence > plain.confidence > claimed.confidence > hedged.confidence  # the map keeps the order
    assert official.raw_confidence > plain.raw_confidence > claimed.raw_confidence > hedged.raw_confidence  # type: ignore[operator]
    assert claimed.claimed and claimed.raw_confidence is not None and claimed.raw_confidence <= 0.6
    repeated = " ".join(["Iraqi forces captured Tal Afar from ISIS on Sunday, the military said in a statement."] * 6)
    assert (_one(extractor, repeated).raw_confidence or 1.0) <= 0.9
