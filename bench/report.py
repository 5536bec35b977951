"""The benchmark's outputs: the JSON results file, the PNG chart of throughput, latency and RSS over time, and a
plain-text summary."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.hops import HOPS

__all__ = ["render_chart", "summary_lines", "write_json", "write_stamped"]


def write_json(path: Path, results: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, indent=2, sort_keys=False, default=str) + "\n")
    return path


def write_stamped(out: Path, name: str, results: dict[str, Any]) -> Path:
    """``results`` as ``<out>/<name>-<start stamp>.json`` and ``<out>/<name>-latest.json``; returns the stamped path."""
    stamp = results["started_at"].replace(":", "").replace("+0000", "Z")
    path = write_json(out / f"{name}-{stamp}.json", results)
    write_json(out / f"{name}-latest.json", results)
    return path


def render_chart(path: Path, results: dict[str, Any]) -> Path:
    """Three panels over time: articles/s in and through extract, each alert's end-to-end latency, RSS per process."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    timeline = results["timeline"]
    fig, (ax_tp, ax_lat, ax_rss) = plt.subplots(3, 1, figsize=(11, 10), sharex=True)
    ts = [row["t"] for row in timeline]
    ax_tp.plot(ts, [row["sent_per_s"] for row in timeline], label="sent to ingest", lw=1)
    ax_tp.plot(ts, [row["extracted_per_s"] for row in timeline], label="through extract", lw=1.5)
    ax_tp.set_ylabel("articles/s")
    ax_tp.legend(loc="upper right")
    for i, phase in enumerate(results["phases"].values()):
        for ax in (ax_tp, ax_lat, ax_rss):
            ax.axvspan(phase["t_start"], phase["t_end"], alpha=0.07, color="tab:blue")
        ax_tp.text(phase["t_start"], ax_tp.get_ylim()[1] * (0.92 - 0.08 * (i % 3)), " " + phase["name"], fontsize=8)
    points = results["latency_points"]
    ax_lat.scatter([p[0] for p in points], [p[1] for p in points], s=6, label="alert delivered (arrival → webhook)")
    ax_lat.axhline(1.0, color="tab:red", lw=0.8, ls="--", label="1 s goal")
    ax_lat.set_ylabel("end-to-end latency, s")
    ax_lat.set_yscale("log")
    ax_lat.legend(loc="upper right")
    by_name: dict[str, list[tuple[float, float]]] = {}
    for sample in results["resource_samples"]:
        by_name.setdefault(sample["name"], []).append((sample["t"], sample["rss_bytes"] / 2**20))
    for name, series in sorted(by_name.items()):
        ax_rss.plot([s[0] for s in series], [s[1] for s in series], label=name, lw=1)
    ax_rss.set_ylabel("RSS, MiB")
    ax_rss.set_xlabel("seconds since the pipeline started")
    ax_rss.legend(loc="upper left", fontsize=8, ncol=3)
    fig.suptitle(f"townwatch pipeline under load — {results['started_at']}")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _f(value: float | None, fmt: str = "{:.3f}") -> str:
    return "n/a" if value is None else fmt.format(value)


def _interval(lat: dict[str, Any]) -> str:
    """The p99's distribution-free 95 % interval, as far as the samples bound it (``latency.percentile_interval``)."""
    low, high = lat.get("p99_ci95_low"), lat.get("p99_ci95_high")
    if low is None and high is None:
        return ""
    return f"[95 % interval {_f(low)}-{_f(high) if high is not None else 'unbounded: too few samples'}] "


def summary_lines(results: dict[str, Any]) -> list[str]:
    lines = [f"townwatch benchmark ({results['command']}) on {results.get('broker', 'tansu')}, started {results['started_at']}"]
    machine = results.get("machine", {})
    loads = [machine[k] for k in ("load_average_at_start", "load_average_at_end") if k in machine]
    if loads:
        lines.append(f"- {machine.get('cpus')} CPUs, {machine.get('extract_workers', 1)} extract worker(s); load average (1/5/15 min) "
                     + " -> ".join("/".join(f"{x:.1f}" for x in la) for la in loads) + " (start -> end)")
    base = results.get("baseline")
    for phase in results["phases"].values():
        lat = phase["latency_s"]
        hist = phase["latency_histogram_s"]
        lines.append(
            f"- {phase['name']}: {phase['articles']} articles, offered {_f(phase['offered_per_s'], '{:.1f}')}/s, "
            f"through the pipeline {_f(phase['throughput_per_s'], '{:.1f}')}/s; alerts delivered {lat['count']}, "
            f"latency p50 {_f(lat['p50'])} s, p95 {_f(lat['p95'])} s, p99 {_f(lat['p99'])} s {_interval(lat)}"
            f"(histogram: p50 {_f(hist['p50'])}, p95 {_f(hist['p95'])}, p99 {_f(hist['p99'])})"
        )
        if phase.get("caught_up") is False:
            backlog = phase["backlog_at_end"]
            lines.append(f"    DID NOT CATCH UP within the bounded wait: {backlog['messages_not_committed']} messages not committed, "
                         f"{backlog['notifications_pending']} notifications pending (-1: not read); {phase['extracted']:.0f} "
                         "articles through extract (the throughput above counts those)")
        if phase.get("broker_disk_mib") is not None:
            lines.append(f"    broker data on disk at the end: {phase['broker_disk_mib']:.1f} MiB")
        if disk := phase.get("broker_disk_mib_over_phase"):
            lines.append(f"    broker data on disk over the phase ({disk['readings']} readings): first {disk['first']:.1f}, "
                         f"min {disk['min']:.1f}, max {disk['max']:.1f}, last {disk['last']:.1f} MiB")
        split = phase.get("latency_breakdown_s")
        if split:
            a, b = split["arrival_to_alert"], split["alert_to_delivery"]
            lines.append(f"    arrival→alert p50 {_f(a['p50'])} s p99 {_f(a['p99'])} s; "
                         f"alert→webhook p50 {_f(b['p50'])} s p99 {_f(b['p99'])} s")
        hops = phase.get("hops_s")
        if hops and hops.get("traced"):
            lines.append("    per hop (p50 / p95 / p99 s, " + f"{hops['traced']} alerts traced): " + "; ".join(
                f"{name} {_f(hops[name]['p50'])} / {_f(hops[name]['p95'])} / {_f(hops[name]['p99'])}" for name in HOPS))
        limit = phase.get("limit")
        if limit:
            lines.append(f"    limit: {limit['side']} — {limit['why']}")
        for name, res in phase["resources"].items():
            # CPU per article depends on the machine's load much less than a rate: compare runs by it
            per_article = f"  {1000 * res['cpu_seconds'] / phase['articles']:6.2f} ms CPU/article" if "cpu_seconds" in res and phase["articles"] else ""
            lines.append(
                f"    {name:8s} CPU mean {res['cpu_percent_mean']:5.1f}% max {res['cpu_percent_max']:5.1f}%{per_article}  "
                f"RSS peak {res['rss_peak_mib']:7.1f} MiB  trend {res['slope_mib_per_min']:+.2f} MiB/min"
            )
    if base:
        lines.append(
            f"- raw aiokafka on the same broker: produce {base['produce_per_s']:.0f}/s, consume {base['consume_per_s']:.0f}/s, "
            f"both at once {base['round_trip_per_s']:.0f}/s; pipeline/raw ratio {_f(results.get('pipeline_to_raw_ratio'), '{:.3f}')}"
        )
    checks = results["checks"]
    lines.append(f"- deliveries {checks['deliveries']}, duplicate idempotency keys {checks['duplicate_keys']}, "
                 f"bad signatures {checks['bad_signatures']}, services alive at the end: {checks['services_alive']}")
    return lines
