"""``python -m bench.store_soak`` drives a real object server with Tansu's request pattern and the real retention
sweep, and prints the server's memory over time and its trend."""

from __future__ import annotations

import re

import pytest

from bench.store_soak import _slope, main

SAMPLE = re.compile(r"^\s*\d+ s  RSS\s+([\d.]+) MiB  listed\s+(\d+)  spans\s+(\d+)  batches (\d+)  requests (\d+)")
SUMMARY = re.compile(r"^store RSS ([\d.]+) -> ([\d.]+) MiB over 0\.25 min at ([\d.]+) batches/s written \(([\d.]+) asked\), "
                     r"load average [\d.]+; trend first half ([+-][\d.]+) MiB/min, second half ([+-][\d.]+) MiB/min$")


def test_the_trend_is_a_least_squares_slope_in_mib_per_minute() -> None:
    rising = [{"t": 1000.0 + 30 * i, "rss_mib": 50.0 + i} for i in range(6)]  # 1 MiB every 30 s
    assert _slope(rising) == pytest.approx(2.0)
    assert _slope([{"t": 1000.0 + i, "rss_mib": 70.0} for i in range(5)]) == 0.0
    assert _slope(rising[:1]) == 0.0


@pytest.mark.integration
@pytest.mark.slow
def test_a_short_soak_samples_a_real_server_whose_retention_deletes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--minutes", "0.25", "--rate", "10", "--retention-s", "2", "--sweep-s", "1", "--every", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    samples = [tuple(map(float, m.groups())) for line in lines if (m := SAMPLE.match(line))]
    [summary] = [m for line in lines if (m := SUMMARY.match(line))]
    assert len(samples) >= 3, lines
    assert all(10 < rss < 2000 and requests > 0 for rss, _listed, _spans, _batches, requests in samples)
    batches = [s[3] for s in samples]
    assert batches == sorted(batches) and batches[-1] > 0  # the load ran all along
    # the sweep deleted what retention let go: the server lists fewer batches than were written
    assert samples[-1][1] < samples[-1][3], samples[-1]
    first, last, written, asked = (float(summary[i]) for i in (1, 2, 3, 4))
    assert first == samples[0][0] and 10 < last < 2000  # the summary is of the same samples (a later one may end it)
    assert asked == pytest.approx(10 * 1.22) and 0 < written <= asked * 1.1
