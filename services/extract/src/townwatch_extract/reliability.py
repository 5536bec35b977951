"""Reliability of the extractor's confidence: fits the calibration map on a labelled corpus and measures it.

``python -m townwatch_extract.reliability [corpus] [--check DIR ...] [--out FILE] [--png FILE]`` (part of ``make eval``)
labels every news change event the extractor finds (right: the place matches a gold news event and so does the gaining
side when the gold names one), fits the map on the held-out split only (the development split is what the rules were
tuned on, where the extractor is nearly always right), checks it on the blind split (never tuned on) and on every
``--check`` folder of labelled cases (real reporting kept in a scratch folder, never committed), and prints the expected
calibration error before and after and the precision of single-outlet alerts at a desk's ``min_confidence`` of 0.7.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from townwatch_extract.calibration import CalibrationMap, ece, fit_platt, precision_at, shrunk
from townwatch_extract.corpus import BLIND, DEV, HELDOUT, Case, load_corpus
from townwatch_extract.errors import ExtractionError
from townwatch_extract.evaluation import place_matches
from townwatch_extract.extractor import EXTRACTOR_VERSION, Extractor

__all__ = ["FIT_SPLIT", "SHRINK", "Labelled", "fit", "labelled", "main"]

FIT_SPLIT = HELDOUT
# Half of the way from the score to the fit ("halfway", not tuned): our sentences are right far more often than real
# reporting (services/extract/README.md, Calibration), so the fit alone would overstate precision on it.
SHRINK = 0.5
# The ledger counts a side's own claim half (townwatch_alert.dedup.CLAIM_FACTOR): a single-outlet alert's confidence.
CLAIM_FACTOR = 0.5
DESK_THRESHOLD = 0.7


@dataclass(frozen=True)
class Labelled:
    """Every news change event found in a set of cases: its raw score, whether it is right, whether it is a claim."""

    score: np.ndarray
    right: np.ndarray
    claimed: np.ndarray

    def alert_confidence(self, calibration: CalibrationMap) -> np.ndarray:
        """The confidence a single-outlet alert of each event would carry."""
        return np.array([calibration(s) for s in self.score]) * np.where(self.claimed, CLAIM_FACTOR, 1.0)


def labelled(cases: list[Case], extractor: Extractor) -> Labelled:
    """Raw score, right and claimed for every news change event the extractor finds in ``cases``."""
    gz = extractor.gazetteer
    score: list[float] = []
    right: list[float] = []
    claimed: list[bool] = []
    for case in cases:
        try:
            events = [e for e in extractor.extract(case.article()) if e.kind == "change" and not e.historical]
        except ExtractionError:
            continue
        gold = list(case.news)
        for event in events:
            match = next((g for g in gold if place_matches(g, event, gz)
                          and (g.gaining is None or (event.gaining is not None and event.gaining.id == g.gaining))), None)
            if match is not None:
                gold.remove(match)
            score.append(event.raw_confidence if event.raw_confidence is not None else event.confidence)
            right.append(1.0 if match is not None else 0.0)
            claimed.append(event.claimed)
    return Labelled(np.array(score), np.array(right), np.array(claimed, dtype=bool))


def fit(data: Labelled, fitted_on: str) -> CalibrationMap:
    """Platt on ``data``, shrunk :data:`SHRINK` of the way toward the score."""
    return CalibrationMap.from_curve(
        shrunk(fit_platt(data.score, data.right), SHRINK), extractor_version=EXTRACTOR_VERSION,
        method=f"platt, shrunk {SHRINK} toward the score", fitted_on=fitted_on,
    )


def _row(name: str, data: Labelled, cal: CalibrationMap) -> str:
    after = np.array([cal(s) for s in data.score])
    p, n = precision_at(data.alert_confidence(cal), data.right, DESK_THRESHOLD)
    gap = after.mean() - data.right.mean() if len(after) else float("nan")
    return (f"{name:28s} {len(data.score):6d} {data.right.mean() if len(data.score) else float('nan'):9.3f} "
            f"{ece(data.score, data.right):7.3f} -> {ece(after, data.right):5.3f} {gap:+8.3f}   {p:.3f} ({n})")


def _diagram(path: Path, panels: list[tuple[str, Labelled]], cal: CalibrationMap) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, len(panels), figsize=(5 * len(panels), 5), dpi=100)
    for ax, (title, data) in zip(np.atleast_1d(axes), panels, strict=True):
        ax.plot([0, 1], [0, 1], color="grey", linestyle=":", label="perfect")
        for label, c in (("extractor score", data.score), ("calibrated", np.array([cal(s) for s in data.score]))):
            idx = np.minimum((c * 10).astype(int), 9)
            xs = [c[idx == b].mean() for b in range(10) if (idx == b).any()]
            ys = [data.right[idx == b].mean() for b in range(10) if (idx == b).any()]
            ax.plot(xs, ys, marker="o", label=label)
        ax.set(xlabel="confidence", ylabel="share right", xlim=(0, 1), ylim=(0, 1), title=title)
        ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m townwatch_extract.reliability", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default="tests/extract/corpus", type=Path)
    parser.add_argument("--check", type=Path, action="append", default=[], metavar="DIR",
                        help="also measure on this folder of labelled cases (e.g. real reporting in a scratch folder)")
    parser.add_argument("--out", type=Path, help="write the fitted map here (the shipped one: services/extract/src/townwatch_extract/data/calibration.json)")
    parser.add_argument("--png", type=Path, help="write the reliability diagram here")
    args = parser.parse_args(argv)
    cases = load_corpus(args.corpus)
    extractor = Extractor(calibration=None)
    splits = {s: labelled([c for c in cases if c.split == s], extractor) for s in (DEV, FIT_SPLIT, BLIND)}
    fitted = fit(splits[FIT_SPLIT], f"{args.corpus.name}:{FIT_SPLIT} ({len(splits[FIT_SPLIT].score)} events)")
    shipped = CalibrationMap.shipped()
    print(f"fitted: {fitted.method} on {fitted.fitted_on} -> {fitted.version}; "
          + " ".join(f"{x:.1f}->{fitted(x):.2f}" for x in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)))
    stale = max(abs(fitted(x) - shipped(x)) for x in fitted.x)
    print(f"shipped: {shipped.version} ({shipped.fitted_on}); largest gap to this fit {stale:.3f}"
          + ("" if stale < 0.02 else ": re-run with --out to refresh it"))
    print(f"\n{'set (measured with this fit)':28s} {'events':>6s} {'accuracy':>9s} {'ECE score -> calibrated':>23s} "
          f"{'mean gap':>8s}   precision of alerts at >= {DESK_THRESHOLD}")
    labels = {DEV: "corpus dev (rules tuned)", FIT_SPLIT: "corpus held-out (fitted)", BLIND: "corpus blind (check)"}
    for split, data in splits.items():
        print(_row(labels[split], data, fitted))
    for folder in args.check:
        name = str(folder) if len(str(folder)) <= 28 else "…" + str(folder)[-27:]
        print(_row(name, labelled(load_corpus(folder), extractor), fitted))
    print("mean gap: mean calibrated confidence minus accuracy (+ overstates); alerts: one outlet, a claim counting half")
    if args.out:
        args.out.write_text(fitted.to_json())
    if args.png:
        _diagram(args.png, [(f"corpus held-out (fitted, {len(splits[FIT_SPLIT].score)} events)", splits[FIT_SPLIT]),
                            (f"corpus blind (check, {len(splits[BLIND].score)} events)", splits[BLIND])], fitted)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
