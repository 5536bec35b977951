"""Confidence calibration: an isotonic map from the extractor's score to the measured chance that the event is right.

``python -m townwatch_extract.calibration [corpus]`` (part of ``make eval``) labels every news event the extractor
finds in the corpus (right: the place matches a gold news event and so does the gaining side when the gold names one),
fits the map on the development split, and checks it on the held-out split: it prints the expected calibration
error (ECE, 10 equal-width bins) before and after and the precision of events at or above 0.7, writes the
reliability diagram (``--png``) and the map (``--out``: ``data/calibration.json``, versioned with the extractor).

The fit is pool-adjacent-violators in numpy (a few lines; scikit-learn is not a dependency of the extractor).
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from townwatch_extract.corpus import DEV, HELDOUT, Case, load_corpus
from townwatch_extract.errors import ExtractionError
from townwatch_extract.evaluation import _place_matches
from townwatch_extract.extractor import EXTRACTOR_VERSION, Extractor

__all__ = ["CalibrationMap", "ece", "fit_isotonic", "labelled", "precision_at"]

BINS = 10


@dataclass(frozen=True)
class CalibrationMap:
    """Piecewise-linear, non-decreasing: ``x`` scores to ``y`` measured probabilities (``np.interp`` between)."""

    version: str
    x: tuple[float, ...]
    y: tuple[float, ...]
    fitted_on: str = ""

    def __call__(self, confidence: float) -> float:
        return float(np.interp(confidence, self.x, self.y)) if self.x else confidence

    def to_json(self) -> str:
        return json.dumps({"version": self.version, "fitted_on": self.fitted_on, "x": list(self.x), "y": list(self.y)}, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> CalibrationMap:
        raw = json.loads(text)
        return cls(raw["version"], tuple(raw["x"]), tuple(raw["y"]), raw.get("fitted_on", ""))

    @classmethod
    def shipped(cls) -> CalibrationMap:
        """The map that ships with this extractor (``townwatch_extract/data/calibration.json``)."""
        return cls.from_json(resources.files("townwatch_extract").joinpath("data/calibration.json").read_text("utf-8"))


def fit_isotonic(scores: np.ndarray, outcomes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Pool adjacent violators: the non-decreasing step function of ``scores`` closest to ``outcomes`` (least squares)."""
    order = np.argsort(scores, kind="stable")
    xs, ys = scores[order].astype(float), outcomes[order].astype(float)
    blocks: list[list[float]] = []  # [sum, count, x_min, x_max]
    for x, y in zip(xs, ys, strict=True):
        blocks.append([y, 1.0, x, x])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]:
            s, n, lo, hi = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += n
            blocks[-1][3] = hi
    knots_x, knots_y = [], []
    for s, n, lo, hi in blocks:
        knots_x += [lo, hi] if hi > lo else [lo]
        knots_y += [s / n] * (2 if hi > lo else 1)
    return np.array(knots_x), np.array(knots_y)


def ece(confidence: np.ndarray, correct: np.ndarray, bins: int = BINS) -> float:
    """Expected calibration error: the share-weighted gap between mean confidence and accuracy per bin."""
    if len(confidence) == 0:
        return 0.0
    idx = np.minimum((confidence * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = idx == b
        if mask.any():
            total += mask.mean() * abs(confidence[mask].mean() - correct[mask].mean())
    return float(total)


def precision_at(confidence: np.ndarray, correct: np.ndarray, threshold: float) -> tuple[float, int]:
    """Share of events at or above ``threshold`` that are right, and how many there are."""
    mask = confidence >= threshold
    return (float(correct[mask].mean()) if mask.any() else float("nan")), int(mask.sum())


def labelled(cases: list[Case], extractor: Extractor) -> tuple[np.ndarray, np.ndarray]:
    """(confidence, right) for every news change event the extractor finds in ``cases``."""
    gz = extractor.gazetteer
    conf: list[float] = []
    right: list[float] = []
    for case in cases:
        try:
            events = [e for e in extractor.extract(case.article()) if e.kind == "change" and not e.historical]
        except ExtractionError:
            continue
        gold = list(case.news)
        for event in events:
            match = next((g for g in gold if _place_matches(g, event, gz)
                          and (g.gaining is None or (event.gaining is not None and event.gaining.id == g.gaining))), None)
            if match is not None:
                gold.remove(match)
            conf.append(event.confidence)
            right.append(1.0 if match is not None else 0.0)
    return np.array(conf), np.array(right)


def _diagram(path: Path, before: tuple[np.ndarray, np.ndarray], after: np.ndarray) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    conf, right = before
    fig, ax = plt.subplots(figsize=(5, 5), dpi=100)
    ax.plot([0, 1], [0, 1], color="grey", linestyle=":", label="perfect")
    for label, c in (("extractor score", conf), ("calibrated", after)):
        idx = np.minimum((c * BINS).astype(int), BINS - 1)
        xs = [c[idx == b].mean() for b in range(BINS) if (idx == b).any()]
        ys = [right[idx == b].mean() for b in range(BINS) if (idx == b).any()]
        ax.plot(xs, ys, marker="o", label=label)
    ax.set(xlabel="confidence", ylabel="share right (held-out split)", xlim=(0, 1), ylim=(0, 1), title="Reliability, held-out corpus")
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m townwatch_extract.calibration", description=__doc__)
    parser.add_argument("corpus", nargs="?", default="tests/extract/corpus", type=Path)
    parser.add_argument("--out", type=Path, help="write the fitted map here (the shipped one: services/extract/src/townwatch_extract/data/calibration.json)")
    parser.add_argument("--png", type=Path, help="write the reliability diagram here")
    args = parser.parse_args(argv)
    cases = load_corpus(args.corpus)
    extractor = Extractor()
    dev = labelled([c for c in cases if c.split == DEV], extractor)
    held = labelled([c for c in cases if c.split == HELDOUT], extractor)
    x, y = fit_isotonic(*dev)
    fitted = CalibrationMap(EXTRACTOR_VERSION, tuple(round(v, 4) for v in x), tuple(round(v, 4) for v in y),
                            f"{args.corpus.name}:{DEV} ({len(dev[0])} events)")
    after = np.array([fitted(c) for c in held[0]])
    print(f"fitted on {DEV}: {len(dev[0])} events; checked on {HELDOUT}: {len(held[0])} events")
    print(f"held-out ECE: before {ece(*held):.3f}, after {ece(after, held[1]):.3f}")
    for name, c in (("score", held[0]), ("calibrated", after)):
        p, n = precision_at(c, held[1], 0.7)
        print(f"held-out precision at {name} >= 0.7: {p:.3f} ({n} events)")
    if args.out:
        args.out.write_text(fitted.to_json())
    if args.png:
        _diagram(args.png, held, after)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
