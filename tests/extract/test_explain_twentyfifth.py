"""The extractor's trace (session 25, helper why25): ``Extractor.explain`` and ``townwatch extract --explain`` tell,
for each sentence read, its frames, how their places resolved, and the named guard that dropped each reading.

One sentence (or headline) per main guard, whose trace names that guard for the place it dropped; the twin of each
is told as news and gives its event with no guard named for its place. The trace changes nothing: ``explain`` gives
the events ``extract`` gives.

Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from townwatch_extract.cli import main as cli_main
from townwatch_extract.explanation import GUARDS, Trace
from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article

_DAY = dt.date(2024, 3, 14)


def _article(text: str, title: str | None = None, published: dt.date = _DAY) -> Article:
    return Article(id="x", text=text, title=title, published=published, received=dt.datetime(2024, 3, 14, tzinfo=dt.UTC))


def _guards_for(trace: Trace, place: str) -> list[str]:
    return [d.guard for d in trace.drops if place.lower() in d.place.lower() or (not d.place and d.guard.startswith("prefilter"))]


# (guard, text, title, the place it drops)
_DROPPED = [
    ("prefilter", "The market in Kunduz reopened on Tuesday after the holiday.", None, "Kunduz"),
    ("prefilter-sentence", "The Taliban plan to capture Kunduz before the winter, a commander said.", None, "Kunduz"),
    ("modality", "Government troops failed to recapture Kunduz from the Taliban on Tuesday.", None, "Kunduz"),
    ("modality", "The Taliban did not capture Kunduz on Tuesday, a spokesman said.", None, "Kunduz"),
    ("entry-unconfirmed", "Troops entered Kherson on Wednesday.", None, "Kherson"),
    ("place-unresolved", "The army took Zorkino on Tuesday.", None, "Zorkino"),
    ("contested", "Azerbaijan said its troops had taken Shusha. Armenia denied the claim and said the town was still held by its forces.", None, "Shusha"),
    ("brief-raid", "", "Taliban briefly seize Kunduz", "Kunduz"),
    ("place-unresolved", "Rebel fighters captured the village on Tuesday, residents said.", None, "village"),
    ("historical", "The Islamic State captured Mosul in June 2014, and the city is still scarred.", None, "Mosul"),
    ("headline-common-word", "", "Shell takes over Toyota in $5bn deal", "Toyota"),
    ("business", "Rebels took control of the Kunduz plant in a $5bn deal on Tuesday.", None, "Kunduz"),
    ("undone", "", "Taliban seize Kunduz, then leave", "Kunduz"),
    ("sport", "", "Afghanistan overrun Tottenham in second half", "Tottenham"),
]


@pytest.mark.parametrize(("guard", "text", "title", "place"), _DROPPED)
def test_the_trace_names_the_guard_that_dropped_a_reading(extractor: Extractor, guard: str, text: str, title: str | None, place: str) -> None:
    trace = extractor.explain(_article(text, title))
    if guard == "historical":
        assert any(place in k and k.endswith("historical") for s in trace.sentences.values() for k in s.kept)
    else:
        assert guard in _guards_for(trace, place), trace.render()
    assert not any(e.startswith(place) and "historical" not in e for e in trace.events), trace.render()


# the same words told as this report's news: an event, and no guard named for its place
_KEPT = [
    ("The Taliban captured Kunduz on Tuesday, a commander said.", None, "Kunduz"),
    ("Government troops recaptured Kunduz from the Taliban on Tuesday.", None, "Kunduz"),
    ("Troops entered Kherson on Wednesday and raised the flag over the city council.", None, "Kherson"),
    ("Russian troops took the village of Zorkino in the Donetsk region on Tuesday.", None, "Zorkino"),
    ("Azerbaijan said its troops had taken Shusha on Sunday.", None, "Shusha"),
    ("", "Taliban seize Kunduz", "Kunduz"),
    ("Rebels surrounded the town of Maarat al-Numan in Idlib province on Monday. Rebel fighters captured the town on "
     "Tuesday, residents said.", None, "Maarat al-Numan"),
    ("The Islamic State captured Mosul on Tuesday, residents said.", None, "Mosul"),
]


@pytest.mark.parametrize(("text", "title", "place"), _KEPT)
def test_a_reading_told_as_news_is_kept_with_no_guard_named(extractor: Extractor, text: str, title: str | None, place: str) -> None:
    trace = extractor.explain(_article(text, title))
    assert any(e.startswith(place) and "historical" not in e for e in trace.events), trace.render()
    assert not [d for d in trace.drops if place.lower() in d.place.lower()], trace.render()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Rebel fighters captured the village of Kafr Nabl on Tuesday. Troops entered Maaret al-Numan.", None),
        ("The army said it recaptured Kunduz. The Taliban said they still held the city.", "Army retakes Kunduz"),
        ("The Islamic State captured Mosul in June 2014. Iraqi forces retook Tal Afar on Tuesday.", None),
    ],
)
def test_explain_gives_the_events_extract_gives(extractor: Extractor, text: str, title: str | None) -> None:
    events = [e for e in extractor.extract(_article(text, title)) if e.kind == "change"]
    trace = extractor.explain(_article(text, title))
    assert len(trace.events) == len(events)
    assert [e.split(" +")[0] for e in trace.events] == [e.place.name for e in events]


def test_a_trace_shows_each_frame_and_how_its_place_resolved(extractor: Extractor) -> None:
    trace = extractor.explain(_article("Rebel fighters captured the village of Kafr Nabl and the town of Kunduz on Tuesday."))
    text = trace.render()
    assert "frame" in text and "trigger 'captured'" in text
    places = [p for s in trace.sentences.values() for f in s.frames for p in f.places]
    assert any(p.text == "Kunduz" and p.resolved is not None and "GeoNames" in p.resolved for p in places), text


def test_every_guard_a_trace_names_is_listed() -> None:
    trace = Trace()
    with pytest.raises(AssertionError):
        trace.drop("a-guard-nobody-wrote")
    assert all(isinstance(v, str) and v for v in GUARDS.values())


def test_the_command_prints_the_trace(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("date 2024-03-14\nThe Taliban did not capture Kunduz on Tuesday, a spokesman said.\n", encoding="utf-8")
    out = io.StringIO()
    assert cli_main(["--explain", str(path)], stdout=out, stderr=io.StringIO()) == 0
    assert "dropped by modality: place 'Kunduz'" in out.getvalue()
