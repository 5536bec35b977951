"""Which side limited a bench phase: the load generator (the pipeline kept up with what it was offered) or the
pipeline (it was still draining a backlog after the last article was sent), and then its busiest service."""

from __future__ import annotations

from typing import Any

__all__ = ["KEPT_UP_S", "SHORT", "limiting_side"]

KEPT_UP_S = 1.0
"""A pipeline that finishes within this long (or a tenth of the send time) after the last article kept up."""
SHORT = 0.95
"""A set-rate phase whose generator offered less than this share of the rate asked is said to have fallen short."""

_SERVICES = ("ingest", "extract", "alert", "broker", "redis", "store")


def limiting_side(phase: dict[str, Any]) -> dict[str, Any]:
    """``{"side": "load generator" | "pipeline", "why": ..., "busiest": service, "busiest_cpu_percent": ...}``.

    The pipeline's busiest service is read over the drain after the last send (when the generator is quiet), else
    over the whole phase. Several extract workers are named ``extract``, ``extract-2``, … and counted apart."""
    drain = phase["drain_after_send_s"]
    resources = phase.get("resources_after_send") or phase["resources"]
    cpu = {name: res["cpu_percent_mean"] for name, res in resources.items() if name.startswith(_SERVICES)}
    busiest = max(cpu, key=cpu.__getitem__) if cpu else None
    bench_cpu = phase["resources"].get("bench", {}).get("cpu_percent_mean")
    target = phase.get("rate_target_per_s")
    if drain <= max(KEPT_UP_S, phase["send_s"] / 10):
        why = (f"the pipeline kept up: it finished {drain:.1f} s after the last of {phase['articles']} articles "
               f"offered at {phase['offered_per_s']:.0f}/s")
        if target and phase["offered_per_s"] < SHORT * target:
            why += f", short of the {target:g}/s asked"
        if bench_cpu is not None:
            why += f" (the bench process, which sends them, at {bench_cpu:.0f}% of a core)"
        side = "load generator"
    else:
        why = f"the pipeline was still draining {drain:.1f} s after the last article was sent"
        if busiest is not None:
            why += f"; busiest service meanwhile: {busiest} at {cpu[busiest]:.0f}% of a core"
        side = "pipeline"
    return {"side": side, "why": why, "busiest": busiest, "busiest_cpu_percent": cpu.get(busiest) if busiest else None}
