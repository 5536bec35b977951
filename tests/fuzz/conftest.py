"""Fixtures for the fuzz tests: hypothesis settings, and the in-memory publisher borrowed from the ingest tests."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, settings

from ..ingest.conftest import MemoryPublisher, publisher

__all__ = ["FUZZ", "MemoryPublisher", "publisher"]

FUZZ = settings(
    deadline=None,
    derandomize=True,  # the same examples on every run and in CI
    database=None,  # nothing written to .hypothesis/
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink),  # no 'explain': it reruns a failure hundreds of times
    # Each test shares its fixtures (a publisher, a Redis, an app) across its examples on purpose, and
    # checks each example against what that example changed; generated bodies can be large.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
"""The base settings of every fuzz test; each test sets its own ``max_examples``."""
