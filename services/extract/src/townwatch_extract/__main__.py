"""Runs the extract service: ``python -m townwatch_extract`` (console script ``townwatch-extract``)."""

from __future__ import annotations

import asyncio
import sys

from townwatch_extract.settings import ExtractSettings
from townwatch_runtime.metrics import serve_metrics
from townwatch_runtime.preflight import check_kafka, exit_if_unreachable
from townwatch_runtime.service_cli import configure_logging, load_settings, parse_service_args
from townwatch_runtime.topic_admin import ensure_topics

__all__ = ["main"]


PROG = "townwatch-extract"


def main(argv: list[str] | None = None) -> int:
    """Start the worker; exits 2 with one line on stderr when a setting is invalid."""
    args = parse_service_args(PROG, __doc__ or "", argv, distribution="townwatch-extract")
    settings = load_settings(PROG, ExtractSettings, log_format=args.log_format)
    configure_logging("extract", settings.log_level, settings.log_format)
    exit_if_unreachable("extract", (check_kafka, settings.kafka_bootstrap_servers))
    if settings.kafka_create_topics:
        asyncio.run(ensure_topics(settings))
    from townwatch_extract.app import build_app
    from townwatch_extract.budget import BudgetedExtractor
    from townwatch_extract.extractor import Extractor

    # Load the model and gazetteer, and pay their first-use costs, before joining the group, so a slow start never
    # stalls a rebalance and the first articles do not wait for them.
    model = Extractor(muted_places=frozenset(settings.muted_places), calibration=settings.extractor_calibration(), classifier=settings.extractor_classifier(), classifier_model=settings.classifier_model)
    model.warm_up()
    extractor = BudgetedExtractor(model, settings.budget())
    try:
        serve_metrics(settings.metrics_host, settings.metrics_port, "extract")
    except OSError as exc:
        print(f"{PROG}: error: {exc.strerror}", file=sys.stderr)
        return 2
    app = build_app(settings, extractor)
    worker = _worker(app, settings)
    worker.execute_from_commandline()
    return 0


def _worker(app, settings: ExtractSettings):
    from townwatch_runtime.worker import Worker

    return Worker(app, shutdown_timeout_s=settings.shutdown_timeout_s, loglevel=settings.log_level, quiet=True,
                  redirect_stdouts=False, override_logging=False)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
