"""The machine-readable reprocess report (``townwatch reprocess --json``): one JSON document of the summary and differences."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from townwatch.reprocess.runner import ReprocessReport

__all__ = ["DOCUMENT_VERSION", "document", "error_document"]

DOCUMENT_VERSION = 1


def document(report: ReprocessReport, *, applied: bool) -> dict[str, Any]:
    """``report`` as plain JSON types. ``missing[].alert`` and ``gone[].alert`` are Alerts as on alerts.v1
    (schemas/json/Alert.json); ``applied`` lists what ``--apply`` wrote to the live ledger (empty on a dry run)."""
    found = report.difference
    return {
        "version": DOCUMENT_VERSION,
        "window": report.window,
        "dry_run": not applied,
        "changed": applied and bool(report.raised or report.withdrawn),
        "summary": {
            "records": report.records, "articles": report.articles, "malformed": report.malformed,
            "refused": report.refused, "events": report.events, "shadow_alerts": report.shadow.alerts,
            "seeded_towns": report.seeded, "unseeded_towns": report.unseeded,
            "read_s": round(report.read_s, 3), "diff_s": round(report.diff_s, 3), "records_per_s": round(report.rate, 1),
            "missing": len(found.missing), "gone": len(found.gone),
            "only_evidence_gone": sum(1 for g in found.gone if g.only_evidence),
        },
        "missing": [
            {"place_key": m.alert.place.key, "alert": m.alert.model_dump(mode="json"), "event_ids": [e.event_id for e in m.events]}
            for m in found.missing
        ],
        "gone": [
            {"alert_id": g.alert.alert_id, "place_key": g.alert.place.key, "articles": list(g.articles),
             "only_evidence": g.only_evidence, "would_withdraw": g.only_evidence, "alert": g.alert.model_dump(mode="json")}
            for g in found.gone
        ],
        "applied": {
            "raised": [
                {"event_id": event_id, "decision": result.decision.value,
                 "alert_id": result.alert.alert_id if result.alert else None,
                 "revision": result.alert.revision if result.alert else None}
                for event_id, result in report.raised
            ],
            "withdrawn": [
                {"alert_id": a.alert_id, "revision": a.revision, "withdrawn": a.withdrawn} for a in report.withdrawn
            ],
        },
    }


def error_document(message: str) -> dict[str, Any]:
    """What ``--json`` prints when the run stops before changing anything (exit 2)."""
    return {"version": DOCUMENT_VERSION, "error": message, "changed": False}
