"""HTTP request metrics for the services' FastAPI apps: count and latency by route template, method and status.

Series (prometheus-fastapi-instrumentator's defaults, in the services' registry):
``http_requests_total{handler,method,status}``, ``http_request_duration_seconds{handler,method}`` (histogram),
``http_request_size_bytes`` and ``http_response_size_bytes`` (summaries by handler). ``handler`` is the route
template (``/towns/{place_key}``), never the raw path, so a town key or a token cannot explode the label set;
unmatched paths are ``none``.
"""

from __future__ import annotations

from fastapi import FastAPI
from prometheus_fastapi_instrumentator import Instrumentator, metrics

from townwatch_runtime.metrics import REGISTRY

__all__ = ["instrument_http"]

# Built once per process: the instrumentator registers its collectors when the function is built, and a second
# build against the same registry would silently record nothing (it swallows the duplicate-series error).
_DEFAULT = metrics.default(registry=REGISTRY)


def instrument_http(app: FastAPI) -> FastAPI:
    """Record every request ``app`` answers (the event stream's duration excluded: it is open for hours)."""
    Instrumentator(
        should_group_status_codes=False,
        should_group_untemplated=True,
        should_exclude_streaming_duration=True,
        excluded_handlers=["/metrics"],
        registry=REGISTRY,
    ).add(_DEFAULT).instrument(app)
    return app
