"""A headline's section label that makes the line a feature, not a report: "Opinion: The fall of X", "Book review: ..."."""

from __future__ import annotations

import re

__all__ = ["feature_label"]

# the labels a news site files its comment, reviews and talk under; what follows the colon (or bar) is a piece's
# title, so a capture named there with no side ("Book review: The fall of Aleppo", "Podcast: Liberation of Mosul") is
# the piece's subject, never the report of a change (a line that names who took the town still reads)
_LABEL = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,2}?(?:opinion|analysis|review|reviews|podcast|comment|commentary|editorial|obituary|interview|"
    r"essay|column|letters?|explainer|documentary|book|film|books|films|quiz|long\s+read|big\s+read)\s*[:|]",
    re.I,
)


def feature_label(title: str) -> bool:
    """Whether ``title`` opens on a feature's section label ("Opinion:", "Book review:", "Analysis |")."""
    return _LABEL.match(title) is not None
