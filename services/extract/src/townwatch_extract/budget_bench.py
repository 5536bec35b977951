"""Benchmark of the per-article budget on the hostile articles of issue 11: how long each takes to be stopped.

``python -m townwatch_extract.budget_bench [--seconds S]`` prints, for each article, the limit it hit and the time it
took with the default budget, then with only the wall-time limit (the other limits lifted) and how far past ``S`` it
stopped: the margin the watchdog cannot cut (one call into C already running).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import time

from townwatch_extract.budget import Budget, BudgetedExtractor, BudgetExceeded
from townwatch_schemas import Article

__all__ = ["hostile_articles"]

CAPTURE = "Iraqi forces captured the town of Hawija from Islamic State fighters on Tuesday."
_MIXED = (
    "\u0633\u064a\u0637\u0631\u062a \u0627\u0644\u0642\u0648\u0627\u062a \u0639\u0644\u0649 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 "
    "\u202e Hawija \u202c \u05d4\u05e6\u05d1\u05d0 \u05db\u05d1\u05e9 \u0627\u0644\u062d\u0648\u064a\u062c\u0629 "
    "\u8ecd\u968a\u304c\u753a\u3092\u5360\u9818 \u0418\u0440\u0430\u043a\u0441\u043a\u0438\u0435 \u0432\u043e\u0439\u0441\u043a\u0430 "
)


def hostile_articles() -> dict[str, Article]:
    """The probe's articles (our own text): one 990,000-character sentence, 20,000 short capture sentences,
    790 KB of mixed scripts and right-to-left text with capture sentences in it, 2 MB of filler ending in a capture."""
    received = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    mixed: list[str] = []
    size = 0
    while size < 790_000:
        part = _MIXED * 3 + (CAPTURE if len(mixed) % 7 == 0 else "") + "\n"
        mixed.append(part)
        size += len(part.encode())
    texts = {
        "one_sentence_990k": ("Iraqi forces captured the town of Hawija " * 25_000)[:990_000],
        "capture_sentences_20k": " ".join([CAPTURE] * 20_000),
        "mixed_scripts_790kb": "".join(mixed),
        "filler_2mb": "The council met again on Tuesday. " * 58_000 + CAPTURE,
    }
    return {name: Article(id=f"hostile-{name}", text=text, received=received, language="en") for name, text in texts.items()}


def _run(extractor: BudgetedExtractor, article: Article) -> tuple[str, float]:
    started = time.perf_counter()
    try:
        events = extractor.extract(article)
        outcome = f"done, {len(events)} events"
    except BudgetExceeded as exc:
        outcome = f"budget: {exc.limit}"
    return outcome, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0, help="wall-time budget of the second run (default 2)")
    args = parser.parse_args()
    from townwatch_extract.extractor import Extractor

    extractor = Extractor()
    default = BudgetedExtractor(extractor, Budget())
    timed = BudgetedExtractor(extractor, Budget(max_sentences=10**9, max_sentence_chars=10**9, max_seconds=args.seconds))
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; default budget {Budget()}")
    print(f"{'article':24} {'chars':>9}  {'default budget':28} {f'wall time only ({args.seconds:g} s)':28} past budget")
    for name, article in hostile_articles().items():
        outcome, took = _run(default, article)
        only, only_took = _run(timed, article)
        past = max(0.0, only_took - args.seconds) if only == "budget: seconds" else float("nan")
        print(f"{name:24} {len(article.text):>9}  {outcome:18} {took:7.2f} s  {only:18} {only_took:7.2f} s  {past:6.2f} s")


if __name__ == "__main__":
    main()
