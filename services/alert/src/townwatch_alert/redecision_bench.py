"""Benchmark of a town's re-decision: how long folding N stored reports takes when one arrives out of canonical order.

``python -m townwatch_alert.redecision_bench [N ...]`` prints the time of one re-decision from N reports (default
10, 50, 200) of one change by N outlets over five days, the late report being the earliest: the cost that
``TOWNWATCH_TOWN_REPORTS_MAX`` bounds (every corroboration in the fold compares every pair of its reports).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time

from townwatch_alert.dedup import DedupPolicy
from townwatch_alert.redecision import refold, settle
from townwatch_schemas import Actor, ActorKind, ControlChange, DatePrecision, Evidence, Place

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
BAAJ = Place(name="Baaj", canonical_name="Al-Ba'aj", geonames_id=99250, country_code="IQ", lat=36.0297, lon=41.7182)
PMF = Actor(id="pmf", name="Popular Mobilization Forces", text="Popular Mobilization", kind=ActorKind.NON_STATE)
ISIS = Actor(id="isis", name="Islamic State", text="ISIS", kind=ActorKind.NON_STATE)


def reports(n: int) -> list[ControlChange]:
    """``n`` reports of PMF taking Baaj from ISIS, by ``n`` outlets, over five days, of three strengths."""
    sentence = "Shiite paramilitaries have captured the Iraqi town of Baaj from ISIS."
    out = []
    for i in range(n):
        day = dt.date(2026, 11, 1) + dt.timedelta(days=i % 5)
        out.append(ControlChange(
            event_id=f"ev-{i:05d}", article_id=f"art-{i:05d}", source=f"Outlet {i}", url=f"https://example.org/{i}",
            published=day, article_received=NOW - dt.timedelta(days=1), place=BAAJ, gaining=PMF, losing=ISIS,
            event_date=day, date_precision=DatePrecision.DAY, confidence=0.6 + (i % 3) / 10,
            text_fingerprint=f"{(i * 0x9E3779B97F4A7C15) % 2**64:016x}",
            evidence=Evidence(sentence=sentence, start=0, end=len(sentence)), extractor_version="bench",
        ))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10, 50, 200])
    args = parser.parse_args()
    policy = DedupPolicy()
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for n in args.sizes:
        events = reports(n)
        state = refold(events[1:], NOW, policy).state
        started = time.perf_counter()
        settle(state, events[1:], events[0], NOW, policy)
        print(f"re-decision from {n:5d} reports: {(time.perf_counter() - started) * 1000:9.1f} ms")


if __name__ == "__main__":
    main()
