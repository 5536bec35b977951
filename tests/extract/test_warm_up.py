"""The extractor's warm-up pays the first-use costs before the first real article."""

from __future__ import annotations

import datetime as dt

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article


def test_warm_up_loads_the_airport_table_and_reads_its_own_capture(extractor: Extractor) -> None:
    fresh = Extractor(nlp=extractor.nlp, catalogue=extractor.catalogue, gazetteer=extractor.gazetteer)
    assert "_airports" not in vars(fresh.sites)
    fresh.warm_up()
    assert "_airports" in vars(fresh.sites)  # the table an airport's first mention would otherwise build
    assert fresh.sites.airport("Konduz Airport", None, "AF") is not None


def test_warm_up_text_is_a_capture_the_extractor_reports(extractor: Extractor) -> None:
    article = Article(id="w", text=Extractor.WARM_UP_TEXT, published=dt.date(2024, 1, 1),
                      received=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
    events = extractor.extract(article)
    assert events and "Kunduz" in events[0].place.name
