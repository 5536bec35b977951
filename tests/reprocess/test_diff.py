"""The pure difference between the live ledger and the shadow ledger of the current extractor."""

from __future__ import annotations

import datetime as dt

from tests.alert.conftest import ISIS, PMF, alert, control_change
from townwatch.reprocess.diff import diff, same_change

WINDOW = dt.timedelta(days=14)


def test_a_shadow_alert_the_live_ledger_lacks_is_missing_with_its_reports() -> None:
    event = control_change("hawija", "pmf", "isis", article_id="art-Reuters")
    other = control_change("hawija", "isis", "pmf", article_id="art-Reuters")  # another change in the same article
    shadow = alert("hawija", alert_id="hawija-pmf")
    found = diff([], [], [shadow], {"art-Reuters": [event, other]}, WINDOW)
    assert [m.alert.alert_id for m in found.missing] == ["hawija-pmf"]
    assert found.missing[0].events == [event]
    assert found.gone == []


def test_a_live_alert_of_the_same_change_covers_the_shadow_one() -> None:
    live = alert("hawija", alert_id="live-1", outlets=("AFP",))
    shadow = alert("hawija", alert_id="shadow-1", outlets=("Reuters",))
    assert not diff([live], ["live-1"], [shadow], {}, WINDOW).missing
    # same change, no shared article, far apart in time: the live one is another change of the same town
    old = alert("hawija", alert_id="live-0", outlets=("AFP",), event_date=dt.date(2015, 1, 1))
    assert [m.alert.alert_id for m in diff([old], ["live-0"], [shadow], {}, WINDOW).missing] == ["shadow-1"]
    # another gainer is another change
    other = alert("hawija", alert_id="live-2", gaining=ISIS, losing=PMF, outlets=("Reuters",))
    assert [m.alert.alert_id for m in diff([other], ["live-2"], [shadow], {}, WINDOW).missing] == ["shadow-1"]


def test_a_withdrawn_shadow_alert_is_not_missing() -> None:
    assert not diff([], [], [alert("hawija", withdrawn=True)], {}, WINDOW)


def test_an_alert_whose_only_re_read_evidence_is_gone_would_be_withdrawn() -> None:
    live = alert("baaj", alert_id="baaj-1", outlets=("Reuters",))
    found = diff([live], ["baaj-1"], [], {"art-Reuters": []}, WINDOW)
    assert [(g.alert.alert_id, g.articles, g.only_evidence) for g in found.gone] == [("baaj-1", ["art-Reuters"], True)]


def test_evidence_is_a_news_report_of_the_same_change() -> None:
    live = alert("baaj", alert_id="baaj-1", outlets=("Reuters",))
    still = control_change("baaj", "pmf", "isis", article_id="art-Reuters")
    assert not diff([live], ["baaj-1"], [], {"art-Reuters": [still]}, WINDOW).gone
    for changed in (control_change("baaj", "pmf", "isis", article_id="art-Reuters", historical=True),
                    control_change("baaj", "isis", "pmf", article_id="art-Reuters"),
                    control_change("hawija", "pmf", "isis", article_id="art-Reuters"),
                    control_change("baaj", "pmf", "isis", article_id="art-Reuters", kind="denial", denying=ISIS)):
        assert [g.alert.alert_id for g in diff([live], ["baaj-1"], [], {"art-Reuters": [changed]}, WINDOW).gone] == ["baaj-1"]


def test_sources_outside_the_window_keep_the_alert_standing() -> None:
    live = alert("baaj", alert_id="baaj-1", outlets=("Reuters", "AFP"))
    found = diff([live], ["baaj-1"], [], {"art-Reuters": []}, WINDOW)  # AFP's article was not re-read
    assert [(g.articles, g.only_evidence) for g in found.gone] == [(["art-Reuters"], False)]
    # nothing re-read: nothing gone
    assert not diff([live], ["baaj-1"], [], {}, WINDOW)


def test_superseded_withdrawn_or_already_withdrawn_sources_are_left_alone() -> None:
    live = alert("baaj", alert_id="baaj-1", outlets=("Reuters",))
    assert not diff([live], [], [], {"art-Reuters": []}, WINDOW).gone  # no longer the town's current alert
    assert not diff([alert("baaj", alert_id="baaj-1", withdrawn=True)], ["baaj-1"], [], {"art-Reuters": []}, WINDOW).gone
    two = alert("baaj", alert_id="baaj-2", outlets=("Reuters", "AFP"))
    two = two.model_copy(update={"sources": [two.sources[0].model_copy(update={"withdrawn": True}), two.sources[1]]})
    assert not diff([two], ["baaj-2"], [], {"art-Reuters": []}, WINDOW).gone  # Reuters already withdrawn


def test_same_change_without_a_named_gainer_compares_the_loser() -> None:
    lost = alert("baaj", gaining=None, losing=ISIS)
    assert same_change(lost, lost.place.key, None, ISIS)
    assert not same_change(lost, lost.place.key, None, PMF)
    assert not same_change(lost, lost.place.key, PMF, ISIS)
