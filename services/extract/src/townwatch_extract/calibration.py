"""Confidence calibration: the shipped map from the extractor's score to the measured chance that an event is right.

The map is data (``data/calibration.json``, with its own version) that :class:`~townwatch_extract.extractor.Extractor`
applies to every change event; ``python -m townwatch_extract.reliability`` (``make eval``) fits it and measures it.
The fits here are pure numpy (a few lines each; scikit-learn is not a dependency of the extractor):

- ``fit_platt``: logistic regression on the score's logit, with Platt's prior-corrected targets (smooth; what ships);
- ``fit_isotonic``: pool-adjacent-violators (kept for comparison: on 65 events it jumps to 1.0 and overstates);
- ``shrunk``: the fitted curve moved only part of the way from the score, so a fit on our own sentences cannot
  claim the precision they show (real reporting is harder: services/extract/README.md, Calibration).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

__all__ = ["CalibrationMap", "ece", "fit_isotonic", "fit_platt", "precision_at", "shrunk"]

BINS = 10
KNOTS = tuple(round(i / 20, 2) for i in range(21))  # the map is stored as its values at 0, 0.05, ..., 1


@dataclass(frozen=True)
class CalibrationMap:
    """Piecewise-linear, non-decreasing: ``x`` scores to ``y`` measured probabilities (``np.interp`` between)."""

    version: str
    x: tuple[float, ...]
    y: tuple[float, ...]
    fitted_on: str = ""
    extractor_version: str = ""
    method: str = ""

    def __call__(self, confidence: float) -> float:
        return float(np.interp(confidence, self.x, self.y)) if self.x else confidence

    def to_json(self) -> str:
        return json.dumps({
            "version": self.version, "extractor_version": self.extractor_version, "method": self.method,
            "fitted_on": self.fitted_on, "x": list(self.x), "y": list(self.y),
        }, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> CalibrationMap:
        raw = json.loads(text)
        return cls(raw["version"], tuple(raw["x"]), tuple(raw["y"]), raw.get("fitted_on", ""),
                   raw.get("extractor_version", ""), raw.get("method", ""))

    @classmethod
    def from_curve(cls, curve: Callable[[np.ndarray], np.ndarray], *, extractor_version: str, method: str, fitted_on: str) -> CalibrationMap:
        """The map sampled at :data:`KNOTS`, made non-decreasing; its version is a digest of its values."""
        y = np.clip(np.maximum.accumulate(curve(np.array(KNOTS))), 0.0, 1.0)
        ys = tuple(round(float(v), 4) for v in y)
        digest = hashlib.sha256(json.dumps([KNOTS, ys]).encode()).hexdigest()[:8]
        return cls(f"cal-{digest}", KNOTS, ys, fitted_on, extractor_version, method)

    @staticmethod
    @cache
    def shipped() -> CalibrationMap:
        """The map that ships with this extractor (``townwatch_extract/data/calibration.json``)."""
        return CalibrationMap.from_json(resources.files("townwatch_extract").joinpath("data/calibration.json").read_text("utf-8"))


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


def _logit(p: np.ndarray) -> np.ndarray:
    q = np.clip(p, 1e-3, 1 - 1e-3)
    return np.log(q / (1 - q))


def fit_platt(scores: np.ndarray, outcomes: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """Platt scaling: ``sigmoid(a * logit(score) + b)`` by Newton's method, targets ``(n1+1)/(n1+2)`` and
    ``1/(n0+2)`` (Platt 1999) so that a small all-right sample does not fit a certainty."""
    z = _logit(np.asarray(scores, dtype=float))
    right = np.asarray(outcomes, dtype=float)
    n1, n0 = right.sum(), len(right) - right.sum()
    target = np.where(right > 0, (n1 + 1) / (n1 + 2), 1 / (n0 + 2))
    a, b = 1.0, 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-(a * z + b)))
        w = p * (1 - p)
        grad = np.array([((p - target) * z).sum(), (p - target).sum()])
        hess = np.array([[(w * z * z).sum(), (w * z).sum()], [(w * z).sum(), w.sum()]]) + 1e-9 * np.eye(2)
        step = np.linalg.solve(hess, grad)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-10:
            break
    return lambda v: 1 / (1 + np.exp(-(a * _logit(np.asarray(v, dtype=float)) + b)))


def shrunk(curve: Callable[[np.ndarray], np.ndarray], weight: float) -> Callable[[np.ndarray], np.ndarray]:
    """``score + weight * (curve(score) - score)``: the fitted curve moved toward the score (``weight`` 1 = the fit)."""
    return lambda v: np.asarray(v, dtype=float) + weight * (curve(v) - np.asarray(v, dtype=float))


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
