"""The --json document of a reprocess run (pure): every difference, the summary, and what --apply wrote."""

from __future__ import annotations

import json

from tests.alert.conftest import alert, control_change
from townwatch.reprocess.diff import Difference, Gone, Missing
from townwatch.reprocess.document import document
from townwatch.reprocess.runner import ReprocessReport
from townwatch_alert.dedup import Decision
from townwatch_alert.ledger import LedgerResult
from townwatch_schemas import Alert


def test_the_document_holds_the_differences_and_the_summary_as_json() -> None:
    missing = alert("hawija", alert_id="hawija-1")
    gone = alert("hatra", alert_id="hatra-1")
    event = control_change("hawija", "pmf", "isis", event_id="ev-hawija")
    report = ReprocessReport(window="2017-10-01 .. 2017-10-31", records=5, articles=4, malformed=1, events=3, seeded=2, unseeded=1,
                             difference=Difference([Missing(missing, [event])], [Gone(gone, ["art-1", "art-2"], only_evidence=True)]))
    doc = json.loads(json.dumps(document(report, applied=False)))  # plain JSON types only
    assert doc["dry_run"] is True and doc["changed"] is False
    assert doc["summary"] | {"read_s": 0, "diff_s": 0} == {
        "records": 5, "articles": 4, "malformed": 1, "refused": 0, "events": 3, "shadow_alerts": 0, "seeded_towns": 2,
        "unseeded_towns": 1, "read_s": 0, "diff_s": 0, "records_per_s": 0.0, "missing": 1, "gone": 1, "only_evidence_gone": 1}
    assert Alert.model_validate(doc["missing"][0]["alert"]) == missing and doc["missing"][0]["event_ids"] == ["ev-hawija"]
    assert doc["missing"][0]["place_key"] == missing.place.key and doc["gone"][0]["place_key"] == gone.place.key
    assert (doc["gone"][0]["alert_id"], doc["gone"][0]["articles"], doc["gone"][0]["would_withdraw"]) == ("hatra-1", ["art-1", "art-2"], True)
    assert doc["applied"] == {"raised": [], "withdrawn": []}


def test_after_apply_the_document_says_what_changed() -> None:
    raised = alert("hawija", alert_id="hawija-1").model_copy(update={"late": True})
    withdrawn = alert("hatra", alert_id="hatra-1").model_copy(update={"withdrawn": True, "revision": 2})
    report = ReprocessReport(raised=[("ev-hawija", LedgerResult(Decision.NEW, raised)), ("ev-old", LedgerResult(Decision.STALE, None))],
                             withdrawn=[withdrawn])
    doc = document(report, applied=True)
    assert doc["dry_run"] is False and doc["changed"] is True
    assert doc["applied"] == {
        "raised": [{"event_id": "ev-hawija", "decision": "new", "alert_id": "hawija-1", "revision": 1},
                   {"event_id": "ev-old", "decision": "stale", "alert_id": None, "revision": None}],
        "withdrawn": [{"alert_id": "hatra-1", "revision": 2, "withdrawn": True}],
    }
    assert document(ReprocessReport(), applied=True)["changed"] is False  # --apply with no difference changes nothing
