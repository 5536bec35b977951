"""The ``townwatch extract`` command: articles in (JSON Lines on stdin, or text files), ControlChange JSON lines out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from townwatch_extract.errors import ExtractionError
from townwatch_extract.inputs import InputError, article_from_json_line, article_from_text
from townwatch_schemas import Article

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="townwatch extract",
        description="Extract control-change events from news articles. Reads JSON Lines on stdin (id, text, "
        "optional title, published YYYY-MM-DD, source, url) or the text files given, and writes one ControlChange "
        "JSON object per line to stdout.",
    )
    parser.add_argument("files", nargs="*", type=Path, help="text files (a leading 'date YYYY-MM-DD' line is read)")
    parser.add_argument("--no-prefilter", action="store_true", help="parse every sentence (slow; for comparison)")
    parser.add_argument("--explain", action="store_true",
                        help="print, instead of JSON, what the extractor read in each article: each sentence's frames, how "
                        "their places resolved, and the named guard that dropped each reading (explanation.GUARDS)")
    return parser


def _articles(files: list[Path], stdin: TextIO, errors: list[str]) -> Iterator[Article]:
    if files:
        for path in files:
            try:
                yield article_from_text(path)
            except (OSError, InputError, ValueError) as exc:
                errors.append(f"{path}: {exc}")
        return
    for lineno, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            yield article_from_json_line(line)
        except InputError as exc:
            errors.append(f"stdin line {lineno}: {exc}")


def main(argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command; returns 0, or 1 when any input was malformed or refused (the rest is still processed)."""
    args = _parser().parse_args(argv)
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    from townwatch_extract.budget import BudgetedExtractor
    from townwatch_extract.extractor import Extractor  # heavy import after argument parsing
    from townwatch_extract.settings import ExtractSettings

    settings = ExtractSettings()
    extractor = BudgetedExtractor(Extractor(use_prefilter=not args.no_prefilter, calibration=settings.extractor_calibration(), classifier=settings.extractor_classifier(), classifier_model=settings.classifier_model),
                                  settings.budget())
    errors: list[str] = []
    reported = 0
    for article in _articles(args.files, stdin, errors):
        while reported < len(errors):
            print(f"townwatch extract: {errors[reported]}", file=stderr)
            reported += 1
        try:
            if args.explain:  # the rules' own reading, outside the budget (a trace is for one article at a time)
                stdout.write(f"== {article.id}\n{extractor.extractor.explain(article).render()}\n\n")
                continue
            events = extractor.extract(article)
        except ExtractionError as exc:
            errors.append(f"article {article.id}: refused ({exc.reason}): {exc}")
            continue
        for event in events:
            stdout.write(event.model_dump_json() + "\n")
        stdout.flush()
    for message in errors[reported:]:
        print(f"townwatch extract: {message}", file=stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
