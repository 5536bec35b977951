"""JSON on the wire: pydantic-core's own parser and serialiser against orjson, per Article of the bench corpus.

Issue 14 asked for orjson. Every stage decodes a message with ``Model.model_validate_json`` and encodes with
``model_dump_json``: pydantic-core parses the bytes in Rust straight into the validated model, so orjson could only
add a step (bytes → dict → model, or model → dict → bytes). This prints both on the same articles, so the choice is
measured, not assumed. orjson is not a dependency: ``uv run --frozen --with orjson python -m bench.codec``; without
it only pydantic's figures print.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import itertools
import timeit
from collections.abc import Callable, Sequence
from types import ModuleType

from bench.corpus import generate
from townwatch_schemas import Article

RECEIVED = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def articles(count: int) -> list[Article]:
    """``count`` Articles as ingest would publish them, from the bench corpus (same seed as ``make bench``)."""
    return [
        Article(id=f"bench-{item.index}", source=item.draft.get("source"), url=item.draft.get("url"),
                title=item.draft.get("title"), text=item.draft.get("text") or "", published=dt.date(2025, 1, 1),
                received=RECEIVED)
        for item in itertools.islice(generate(count), count)
    ]


def ways(orjson: ModuleType | None) -> dict[str, Callable[[Article, bytes], object]]:
    """Each way to decode or encode one Article, by name; orjson's only when it is installed."""
    found: dict[str, Callable[[Article, bytes], object]] = {
        "decode: Article.model_validate_json(bytes)": lambda _a, wire: Article.model_validate_json(wire),
        "encode: article.model_dump_json()": lambda a, _wire: a.model_dump_json(),
    }
    if orjson is not None:
        found["decode: Article.model_validate(orjson.loads(bytes))"] = (
            lambda _a, wire: Article.model_validate(orjson.loads(wire)))
        found["encode: orjson.dumps(article.model_dump())"] = lambda a, _wire: orjson.dumps(a.model_dump())
    return found


def measure(sample: Sequence[Article], repeat: int, orjson: ModuleType | None) -> dict[str, float]:
    """Microseconds per article for each way (the best of five rounds of ``repeat`` passes over ``sample``); every
    way must round-trip."""
    wires = [a.model_dump_json().encode() for a in sample]
    result: dict[str, float] = {}
    for name, way in ways(orjson).items():
        for a, wire in zip(sample, wires, strict=True):  # the same article back, else the figure means nothing
            out = way(a, wire)
            assert (out == a) if isinstance(out, Article) else Article.model_validate_json(out) == a, name
        # the best of five rounds: the least disturbed by the rest of the machine (a shared 2-core box)
        seconds = min(timeit.repeat(lambda w=way: [w(a, b) for a, b in zip(sample, wires, strict=True)],
                                    number=repeat, repeat=5))
        result[name] = seconds / (repeat * len(sample)) * 1e6
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.codec", description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400, help="articles of the bench corpus (default 400)")
    parser.add_argument("--repeat", type=int, default=20, help="passes over them per way (default 20)")
    args = parser.parse_args(argv)
    try:
        orjson: ModuleType | None = importlib.import_module("orjson")
    except ImportError:
        orjson = None
    sample = articles(args.articles)
    size = sum(len(a.model_dump_json()) for a in sample) / len(sample)
    print(f"{len(sample)} bench-corpus Articles, {size:.0f} bytes of JSON on average, {args.repeat} passes a round, best of 5 rounds")
    for name, micros in measure(sample, args.repeat, orjson).items():
        print(f"  {name:55s} {micros:8.1f} µs/article")
    if orjson is None:
        print("  (orjson not installed: uv run --frozen --with orjson python -m bench.codec)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
