"""A test double of the extract service: the real faust shell (settings, app, agent) around a fake extractor."""

from __future__ import annotations

import os
import time

from faust.worker import Worker

from townwatch_extract.app import build_app
from townwatch_extract.settings import ExtractSettings
from townwatch_runtime.metrics import serve_metrics
from townwatch_schemas import Article, ControlChange, Evidence, Place


class FakeExtractor:
    """One event per article, except articles whose text is 'boom', which make the core raise."""

    def extract_many(self, articles: list[Article]) -> list[list[ControlChange]]:
        """The batch path the stage prefers; 'boom' makes the whole call raise, as a bug one article triggers would."""
        return [self.extract(a) for a in articles]

    def extract(self, article: Article) -> list[ControlChange]:
        if article.text == "boom":
            raise ValueError("extractor failed on this article")
        time.sleep(float(os.environ.get("FAKE_EXTRACT_DELAY_S", "0")))
        return [
            ControlChange(
                event_id=f"e-{article.id}", article_id=article.id, place=Place(name=article.text, canonical_name=article.text),
                confidence=0.5, evidence=Evidence(sentence=article.text, start=0, end=len(article.text)), extractor_version="fake",
            )
        ]


if __name__ == "__main__":
    settings = ExtractSettings()
    serve_metrics(settings.metrics_host, settings.metrics_port, "extract")
    Worker(build_app(settings, FakeExtractor()), loglevel="WARNING", quiet=True, redirect_stdouts=False).execute_from_commandline()
