"""The command-line front every service shares: ``--help``, ``--version``, ``--log-format`` and logging set-up."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Literal, TypeVar

from pydantic import ValidationError
from pythonjsonlogger.json import JsonFormatter

__all__ = ["configure_logging", "distribution_version", "load_settings", "parse_service_args"]

SettingsT = TypeVar("SettingsT")

LogFormat = Literal["text", "json"]
_NOISY = ("faust", "mode", "aiokafka", "uvicorn.access")


def distribution_version(distribution: str) -> str:
    """The installed version of ``distribution``, or ``unknown`` when it is not installed as a package."""
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "unknown"


def parse_service_args(
    prog: str,
    description: str,
    argv: Sequence[str] | None,
    *,
    distribution: str,
    add_arguments: Callable[[argparse.ArgumentParser], None] | None = None,
) -> argparse.Namespace:
    """Parse a service's command line. ``--help`` and ``--version`` print and exit 0 before anything starts.

    Every service takes ``--log-format text|json`` (overrides ``TOWNWATCH_LOG_FORMAT``); ``add_arguments`` adds
    the service's own options. The rest of the configuration is ``TOWNWATCH_*`` environment variables.
    """
    parser = argparse.ArgumentParser(
        prog=prog,
        description=description,
        epilog="Configured by TOWNWATCH_* environment variables; see the service's README.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{prog} {distribution_version(distribution)}")
    parser.add_argument("--log-format", choices=["text", "json"], help="overrides TOWNWATCH_LOG_FORMAT")
    if add_arguments is not None:
        add_arguments(parser)
    return parser.parse_args(argv)


def load_settings(prog: str, settings_class: Callable[..., SettingsT], **overrides: Any) -> SettingsT:
    """Build the service's settings; an invalid one exits 2 with one line naming the variable, no traceback."""
    try:
        return settings_class(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        err = exc.errors()[0]
        name = "TOWNWATCH_" + "_".join(str(p) for p in err["loc"]).upper()
        print(f"{prog}: error: invalid setting {name}: {err['msg']}", file=sys.stderr)
        raise SystemExit(2) from None


def configure_logging(service: str, level: str, log_format: LogFormat) -> None:
    """Log to stderr at ``level`` in ``text`` or ``json`` form; quiet the chatty stream libraries unless DEBUG."""
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(
            JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s", static_fields={"service": service})
        )
    else:
        handler.setFormatter(logging.Formatter(f"%(asctime)s {service} %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    if root.getEffectiveLevel() > logging.DEBUG:  # faust, mode and aiokafka narrate every step at INFO
        for noisy in _NOISY:
            logging.getLogger(noisy).setLevel(logging.WARNING)
