"""Start-up reachability checks that fail with one clear line naming what could not be reached, and where."""

from __future__ import annotations

import socket
import sys
from collections.abc import Callable
from urllib.parse import urlparse

__all__ = ["Check", "Unreachable", "check_kafka", "check_redis", "exit_if_unreachable"]

Check = tuple[Callable[..., None], *tuple[object, ...]]
"""A reachability check and its arguments: ``(check_kafka, bootstrap_servers)``, ``(check_redis, url, timeout)``."""


class Unreachable(RuntimeError):
    """A dependency could not be reached at start-up."""

    def __init__(self, what: str, where: str, why: str) -> None:
        super().__init__(f"cannot reach {what} at {where}: {why}")
        self.what, self.where, self.why = what, where, why


def _tcp(host: str, port: int, timeout: float) -> None:
    with socket.create_connection((host, port), timeout=timeout):
        pass


def check_kafka(bootstrap_servers: str, timeout: float = 3.0) -> None:
    """Raise ``Unreachable`` unless at least one bootstrap server accepts a TCP connection."""
    errors = []
    for server in bootstrap_servers.split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            _tcp(host.strip("[]") or "localhost", int(port or 9092), timeout)
            return
        except (OSError, ValueError) as exc:
            errors.append(f"{server}: {exc.strerror if isinstance(exc, OSError) and exc.strerror else exc}")
    raise Unreachable("the Kafka broker", bootstrap_servers, "; ".join(errors))


def check_redis(url: str, timeout: float = 3.0) -> None:
    """Raise ``Unreachable`` unless Redis at ``url`` accepts a TCP connection (or its unix socket exists)."""
    parsed = urlparse(url)
    safe = parsed._replace(netloc=f"{parsed.hostname or ''}:{parsed.port or 6379}").geturl()
    try:
        if parsed.scheme == "unix":
            with socket.socket(socket.AF_UNIX) as sock:
                sock.settimeout(timeout)
                sock.connect(parsed.path)
        else:
            _tcp(parsed.hostname or "localhost", parsed.port or 6379, timeout)
    except OSError as exc:
        raise Unreachable("Redis", safe, exc.strerror or str(exc)) from None


def exit_if_unreachable(service: str, *checks: Check) -> None:
    """Run each check with its arguments; on the first failure print one line to stderr and exit 2."""
    for check, *args in checks:
        try:
            check(*args)
        except Unreachable as exc:
            print(f"townwatch-{service}: error: {exc}", file=sys.stderr)
            raise SystemExit(2) from None
