"""The extract service's wiring: settings → faust app → agent, in exactly one place."""

from __future__ import annotations

import faust

from townwatch_extract.agents import ArticleExtractor, attach
from townwatch_extract.settings import ExtractSettings
from townwatch_runtime.faust_app import make_app

__all__ = ["build_app"]


def build_app(settings: ExtractSettings, extractor: ArticleExtractor) -> faust.App:
    app = make_app(settings.app_id, settings)
    attach(app, extractor)
    return app
