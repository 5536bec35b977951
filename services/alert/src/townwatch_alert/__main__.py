"""The alert service's process entry point (``townwatch-alert``): preflight, then the roles this process runs."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from townwatch_alert.settings import AlertSettings
from townwatch_runtime.preflight import check_kafka, check_redis, exit_if_unreachable

__all__ = ["main"]

log = logging.getLogger("townwatch_alert")


async def run(settings: AlertSettings) -> None:
    """Run the roles of ``settings.role`` until cancelled (skeleton: wiring lands with agents.py)."""
    if settings.role in ("all", "notifier"):
        from townwatch_alert.notifier import attach  # noqa: F401  (B's module)
    if settings.role in ("all", "api"):
        from townwatch_alert.api import create_app  # noqa: F401  (B's module)
    raise NotImplementedError("process wiring is not written yet")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="townwatch-alert", description=__doc__)
    parser.add_argument("--role", choices=["all", "ledger", "notifier", "api"], help="overrides TOWNWATCH_ROLE")
    args = parser.parse_args(argv)
    overrides = {"role": args.role} if args.role else {}
    settings = AlertSettings(**overrides)
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    checks: list[tuple[object, ...]] = [(check_redis, settings.redis_url_value())]
    if settings.role != "api":
        checks.append((check_kafka, settings.kafka_bootstrap_servers))
    exit_if_unreachable("alert", *checks)
    asyncio.run(run(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
