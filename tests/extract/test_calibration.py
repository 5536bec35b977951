"""Calibration: the isotonic fit (pure), ECE, and a fit on the development split checked on the held-out split."""

from __future__ import annotations

import numpy as np
import pytest

from townwatch_extract.calibration import CalibrationMap, ece, fit_isotonic, labelled, precision_at
from townwatch_extract.corpus import DEV, HELDOUT, load_corpus
from townwatch_extract.extractor import EXTRACTOR_VERSION, Extractor

from .conftest import CORPUS


def test_isotonic_fit_is_monotone_and_pools_violators() -> None:
    x, y = fit_isotonic(np.array([0.1, 0.2, 0.3, 0.4, 0.5]), np.array([0.0, 1.0, 0.0, 1.0, 1.0]))
    assert list(np.diff(y) >= 0) == [True] * (len(y) - 1)
    assert CalibrationMap("t", tuple(x), tuple(y))(0.25) == pytest.approx(0.5)  # 0.2 and 0.3 pooled
    assert CalibrationMap("t", tuple(x), tuple(y))(0.5) == 1.0


def test_ece_is_zero_when_confidence_is_accuracy_and_large_when_not() -> None:
    assert ece(np.array([0.75] * 4), np.array([1.0, 1.0, 1.0, 0.0])) == pytest.approx(0.0)
    assert ece(np.array([0.95] * 4), np.array([0.0, 0.0, 0.0, 1.0])) == pytest.approx(0.7)
    assert precision_at(np.array([0.9, 0.8, 0.3]), np.array([1.0, 0.0, 1.0]), 0.7) == (0.5, 2)


def test_the_shipped_map_is_versioned_monotone_data() -> None:
    shipped = CalibrationMap.shipped()
    assert shipped.version == EXTRACTOR_VERSION and shipped.x and len(shipped.x) == len(shipped.y)
    assert list(shipped.x) == sorted(shipped.x) and list(shipped.y) == sorted(shipped.y)
    assert all(0.0 <= v <= 1.0 for v in shipped.y)


def test_a_map_fitted_on_one_split_is_better_calibrated_on_the_other(extractor: Extractor) -> None:
    cases = load_corpus(CORPUS)
    dev = labelled([c for c in cases if c.split == DEV], extractor)
    held = labelled([c for c in cases if c.split == HELDOUT], extractor)
    assert len(dev[0]) >= 50 and len(held[0]) >= 30
    fitted = CalibrationMap("t", *map(tuple, fit_isotonic(*dev)))
    after = np.array([fitted(c) for c in held[0]])
    assert ece(after, held[1]) < ece(*held)
