"""Wire-copy detection: same outlet, near-identical text fingerprints, shared agency credits."""

from __future__ import annotations

import datetime as dt

from townwatch_alert.independence import count_independent, hamming, is_linked, origins
from townwatch_alert.town import Report

DAY = dt.date(2017, 6, 4)


def report(outlet: str, fingerprint: str | None = None, credits: list[str] | None = None) -> Report:
    return Report(event_id=f"e-{outlet}", article_id=f"a-{outlet}", outlet=outlet, fingerprint=fingerprint, credits=credits or [], effective_date=DAY)


def test_hamming_counts_differing_bits_and_rejects_bad_input() -> None:
    assert hamming("0f", "00") == 4
    assert hamming("ffffffffffffffff", "fffffffffffffffe") == 1
    assert hamming("abc", "abc") == 0
    assert hamming("xyz", "00") is None
    assert hamming("", "00") is None


def test_same_outlet_counts_once_whatever_the_case() -> None:
    assert is_linked(report("Reuters"), report("reuters "), max_distance=3)
    assert count_independent([report("Reuters"), report("REUTERS")], 3) == (1, [True, False])


def test_near_identical_text_is_a_copy_and_distant_text_is_not() -> None:
    a = report("Reuters", fingerprint="a5a5a5a5a5a5a5a5")
    near = report("Yahoo News", fingerprint="a5a5a5a5a5a5a5a4")  # 1 bit
    far = report("BBC", fingerprint="5a5a5a5a5a5a5a5a")  # 64 bits
    assert is_linked(a, near, 3)
    assert not is_linked(a, far, 3)
    assert not is_linked(a, near, 0)


def test_shared_agency_or_credited_outlet_is_a_copy() -> None:
    reuters = report("Reuters")
    trt = report("TRT World", credits=["Reuters"])
    afp_a = report("France 24", credits=["AFP"])
    afp_b = report("Al Arabiya", credits=["afp"])
    assert is_linked(reuters, trt, 3) and is_linked(trt, reuters, 3)
    assert is_linked(afp_a, afp_b, 3)
    assert not is_linked(reuters, afp_a, 3)


def test_generic_credits_link_nothing() -> None:
    trt = report("TRT World", credits=["agencies"])
    aa = report("Anadolu", credits=["Agencies", "staff"])
    assert origins(trt) == frozenset()
    assert not is_linked(trt, aa, 3)
    assert count_independent([trt, aa], 3) == (2, [True, True])


def test_article_crediting_two_agencies_does_not_merge_them() -> None:
    # The copy arrives first; the two originals later: still two independent outlets, the copy not counted.
    copy = report("Al Arabiya", credits=["Reuters", "AFP"])
    reports = [copy, report("Reuters"), report("AFP")]
    assert count_independent(reports, 3) == (2, [False, True, True])


def test_count_is_number_of_distinct_stories() -> None:
    reports = [
        report("Reuters", fingerprint="ffff000000000000"),
        report("TRT World", credits=["Reuters"]),
        report("AP", fingerprint="0000ffff00000000"),
        report("Yahoo", fingerprint="0000ffff00000001"),
        report("BBC"),
    ]
    count, flags = count_independent(reports, 3)
    assert count == 3
    assert flags == [True, False, True, False, True]
    assert count_independent([], 3) == (0, [])


def test_rewrite_crediting_unnamed_agencies_is_a_copy_when_the_text_is_close() -> None:
    # Real figures from the seeds: Reuters' Baaj story and TRT World's rewrite ("TRTWorld and agencies") differ by 17 bits.
    reuters = report("Reuters", fingerprint="23250338b574f8d4")
    trt_with_agencies = report("TRT World", fingerprint="32a713299704ec4c", credits=["agencies"])
    trt_without = report("TRT World", fingerprint="32a713299704ec4c")
    assert hamming("23250338b574f8d4", "32a713299704ec4c") == 17
    assert is_linked(reuters, trt_with_agencies, 3)
    assert not is_linked(reuters, trt_without, 3)
    unrelated = report("BBC", fingerprint="dcdafcc74a8b2b0b", credits=["agencies"])  # 60 bits from Reuters
    assert not is_linked(reuters, unrelated, 3)
