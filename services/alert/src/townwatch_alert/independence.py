"""Wire-copy detection: whether two reports are one story (same outlet, near-identical text, or a shared agency).

Two reports are *linked* when any of these holds:

- they come from the same outlet (an outlet counts once, however many times it reports);
- their 64-bit SimHash text fingerprints differ in at most ``max_distance`` bits (the same text, re-published),
  or in at most ``REWRITE_MAX_DISTANCE`` bits when one of them credits unnamed agencies (an agency story rewritten);
- they credit a common agency, or one credits the other's outlet (a wire story, rewritten or not).

The independent outlets are a largest-possible set of reports no two of which are linked. Generic credits
("agencies", "wires", "staff") name no agency and link nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from townwatch_alert.town import Report

__all__ = ["GENERIC_CREDITS", "REWRITE_MAX_DISTANCE", "count_independent", "credits_unnamed_agencies", "hamming", "is_linked", "origins"]

REWRITE_MAX_DISTANCE = 20
"""For a report crediting unnamed agencies, text this close (of 64 bits; unrelated texts differ by ~32) is a rewrite."""
GENERIC_CREDITS = frozenset({"agencies", "agency", "wires", "wire", "wire services", "staff", "news agencies", "afp and agencies"})


def _norm(name: str) -> str:
    return " ".join(name.casefold().replace(".", "").split())


def hamming(a: str, b: str) -> int | None:
    """Bits that differ between two hex fingerprints; None when either is missing or not hex."""
    try:
        return (int(a, 16) ^ int(b, 16)).bit_count()
    except (TypeError, ValueError):
        return None


def origins(report: Report) -> frozenset[str]:
    """The agencies a report credits, normalised, generic words left out."""
    return frozenset(n for n in (_norm(c) for c in report.credits) if n and n not in GENERIC_CREDITS)


def credits_unnamed_agencies(report: Report) -> bool:
    """True when the report says it used agency copy without naming the agency ("TRTWorld and agencies")."""
    return any(_norm(c) in GENERIC_CREDITS for c in report.credits)


class _Traits:
    """What linking looks at in one report, worked out once (``count_independent`` compares every pair)."""

    __slots__ = ("fingerprint", "origins", "outlet", "unnamed")

    def __init__(self, report: Report) -> None:
        self.outlet = _norm(report.outlet)
        self.fingerprint: int | None = None
        if report.fingerprint:
            try:
                self.fingerprint = int(report.fingerprint, 16)
            except ValueError:
                self.fingerprint = None
        self.origins = origins(report)
        self.unnamed = credits_unnamed_agencies(report)


def _linked(a: _Traits, b: _Traits, max_distance: int) -> bool:
    if a.outlet == b.outlet:
        return True
    if a.fingerprint is not None and b.fingerprint is not None:
        limit = REWRITE_MAX_DISTANCE if a.unnamed or b.unnamed else max_distance
        if (a.fingerprint ^ b.fingerprint).bit_count() <= max(limit, max_distance):
            return True
    return bool(a.origins & b.origins) or a.outlet in b.origins or b.outlet in a.origins


def is_linked(a: Report, b: Report, max_distance: int) -> bool:
    """True when ``a`` and ``b`` cannot count as two independent outlets."""
    return _linked(_Traits(a), _Traits(b), max_distance)


def count_independent(reports: Sequence[Report], max_distance: int) -> tuple[int, list[bool]]:
    """The number of independent outlets among ``reports``, and for each report whether it counts as one.

    The counted reports are a set no two of which are linked, chosen greedily with the least-linked reports
    first (originals before copies; ties in arrival order), so an article crediting Reuters and AFP does not
    hide that Reuters and AFP themselves are two outlets. Flags may change as reports arrive.
    """
    n = len(reports)
    traits = [_Traits(r) for r in reports]  # once per report, not once per pair (a town's re-decision compares many)
    links: list[set[int]] = [set() for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if _linked(traits[i], traits[j], max_distance):
                links[i].add(j)
                links[j].add(i)
    counted: set[int] = set()
    excluded: set[int] = set()
    for i in sorted(range(n), key=lambda k: (len(links[k]), k)):
        if i not in excluded:
            counted.add(i)
            excluded |= links[i]
    return len(counted), [i in counted for i in range(n)]
