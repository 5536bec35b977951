"""The backfill's running counts and its closing summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Tally"]


@dataclass
class Tally:
    """Counts kept across a resume (they live in the checkpoint)."""

    articles: int = 0
    """Input items read and extracted (bad and skipped ones included)."""
    bad: int = 0
    skipped: int = 0
    events: int = 0
    applied: int = 0
    decisions: Counter[str] = field(default_factory=Counter)
    alerts: int = 0
    """New alerts (changes of control) raised."""
    revisions: int = 0
    """Alert revisions written (new alerts, corroborations, contests)."""
    towns: list[str] = field(default_factory=list)
    """Place keys whose state the backfill set or changed."""
    extract_s: float = 0.0
    startup_s: float = 0.0
    """Of ``extract_s``: until the extraction workers were ready (the model loaded)."""
    screened: int = 0
    """Of ``articles``: answered by the run's own process while the workers loaded (no parse needed)."""
    apply_s: float = 0.0
    digests: int = 0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["decisions"] = dict(self.decisions)
        return out

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Tally:
        tally = cls(**{k: v for k, v in raw.items() if k in cls.__dataclass_fields__})
        tally.decisions = Counter(raw.get("decisions") or {})
        return tally

    @property
    def elapsed_s(self) -> float:
        return self.extract_s + self.apply_s

    def summary_lines(self) -> list[str]:
        rate = self.articles / self.elapsed_s if self.elapsed_s > 0 else 0.0
        decisions = ", ".join(f"{k} {v}" for k, v in sorted(self.decisions.items())) or "none"
        return [
            f"articles  {self.articles:,} read ({self.bad:,} bad, {self.skipped:,} before --since)",
            f"events    {self.events:,} extracted, {self.applied:,} applied ({decisions})",
            f"alerts    {self.alerts:,} changes of control, {self.revisions:,} revisions; {len(self.towns):,} towns",
            f"time      {self.elapsed_s:.1f} s (extract {self.extract_s:.1f} s, ledger {self.apply_s:.1f} s): {rate:,.0f} articles/s",
        ]
