"""Background labels: a paragraph a story heads "Background:" and a sentence opening "Recall that" retell older news."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["background_labels"]

# a paragraph label a wire or a news site sets over what its readers should remember ("Background:", "Context -",
# "For reference:"); its paragraph and the list under it are earlier news, whatever their tense or day ("Recap:" and
# "Catch up:" are left out: a live page sums up its own day under them)
_LABEL = re.compile(
    r"^[ \t]*(?:[-–—*•]+[ \t]*)?(?:background|context|for context|for reference|reminder|previously|what happened before)"
    r"[ \t]*(?::|[-–—]+)[ \t]*",
    re.I | re.M,
)
# a sentence that opens by calling back what the outlet told before: "Recall that ...", "As a reminder, ...", "It
# will be recalled that ...", "As Ukrinform reported earlier, ...", "As we reported previously, ..."
_OPENER = re.compile(
    r"(?:recall(?:,| that\b)|we recall\b|let us recall\b|let's recall\b|as a reminder\b|it (?:will|should|may) be recalled\b|"
    r"as (?:[\w.-]+ ){1,3}(?:reported|wrote|said|informed) (?:earlier|previously|before)\b|"
    r"as (?:[\w.-]+ ){1,3}(?:earlier|previously) (?:reported|wrote|informed)\b)",
    re.I,
)
# a line under a label that goes on with the label's list ("- On 28 August, ...")
_BULLET = re.compile(r"[ \t]*[-–—*•]")


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl < 0 else nl


def _label_spans(text: str) -> list[tuple[int, int]]:
    """The spans a label heads: its paragraph (on the label's line, or the line under a label alone), and the bulleted
    lines under it."""
    spans = []
    for m in _LABEL.finditer(text):
        end = _line_end(text, m.end())
        alone = not text[m.end() : end].strip()
        while end < len(text):
            nxt = end + 1 + len(text[end + 1 :]) - len(text[end + 1 :].lstrip("\n"))  # the next line with text
            if nxt >= len(text) or not (alone or _BULLET.match(text, nxt)):
                break
            alone = False
            end = _line_end(text, nxt)
        spans.append((m.start(), end))
    return spans


def background_labels(text: str) -> Callable[[int], bool]:
    """Whether the sentence of ``text`` that begins at a given offset opens with a call back ("Recall that Z took X")
    or lies under a background label ("Background: On 28 August Z took X"). The labels are found once per text."""
    spans = _label_spans(text)

    def labelled(start: int) -> bool:
        rest = text[start:]
        if _OPENER.match(text, start + len(rest) - len(rest.lstrip(" \t\n\"'“‘-–—*•"))):
            return True
        return any(lo <= start < hi for lo, hi in spans)

    return labelled
