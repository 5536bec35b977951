"""The extract service's settings (environment variables prefixed ``TOWNWATCH_``)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from townwatch_extract.budget import Budget
from townwatch_extract.classifier import ClassifierModel, ClassifierUse
from townwatch_runtime.settings import ServiceSettings

__all__ = ["ExtractSettings"]


class ExtractSettings(ServiceSettings):
    """Built once at start-up and passed down."""

    app_id: str = "townwatch-extract"
    """faust app id = the Kafka consumer group; workers with the same id share the partitions."""

    budget_max_sentences: int = Field(default=400, ge=1)
    """Per-article budget: candidate sentences parsed; an article over budget is dead-lettered (reason ``budget``)."""
    budget_max_sentence_chars: int = Field(default=20_000, ge=100)
    """Per-article budget: characters in the longest sentence (checked before any analysis)."""
    budget_max_seconds: float = Field(default=10.0, gt=0)
    """Per-article budget: wall time of the whole extraction (every stage, interrupted by a watchdog)."""

    muted_places: list[str] = Field(default_factory=list)
    """Place keys (``Place.key``: ``gn:<GeoNames id>``) whose events the extractor drops: an operator's mute for a place
    that keeps raising false alerts. Lift it and run ``townwatch reprocess`` to find what the mute hid."""

    calibration: Literal["shipped", "off"] = "shipped"
    """``shipped``: events carry the calibrated confidence (``data/calibration.json``) and the raw score in
    ``raw_confidence``; ``off``: ``confidence`` is the raw score (and ``calibration_version`` is empty)."""

    classifier: Literal["off", "recall", "precision"] = "off"
    """The learned sentence classifier (``classifier.py``, trained at set-up): ``recall`` reads a sentence no rule
    reads by its verb's argument roles when the classifier scores it a change told as news; ``precision`` drops a
    rule's event whose sentence it scores very low; ``off`` (the default: neither gained F1 on the spent real sets
    without a false alert more, services/extract/README.md) does not load it."""

    classifier_model: ClassifierModel = "words"
    """Which learned model the ``classifier`` setting uses: ``words``, the spaCy bag of words (``classifier.py``), or
    ``minilm``, a logistic gate on all-MiniLM-L6-v2 sentence embeddings run in numpy (``gate.py``, ``embedding.py``;
    services/extract/README.md, "A learned gate")."""

    def extractor_classifier(self) -> ClassifierUse | None:
        """The ``classifier`` argument of :class:`~townwatch_extract.extractor.Extractor`."""
        return None if self.classifier == "off" else self.classifier

    def extractor_calibration(self) -> Literal["shipped"] | None:
        """The ``calibration`` argument of :class:`~townwatch_extract.extractor.Extractor`."""
        return "shipped" if self.calibration == "shipped" else None

    def budget(self) -> Budget:
        return Budget(self.budget_max_sentences, self.budget_max_sentence_chars, self.budget_max_seconds)
