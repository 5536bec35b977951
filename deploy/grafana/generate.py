"""Writes the Grafana dashboards built in dashboards_src/ as JSON under deploy/grafana/dashboards/ (``--check``: verify only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from grafana_foundation_sdk.cog.encoder import JSONEncoder

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dashboards_src import DASHBOARDS, Dashboard

__all__ = ["OUT_DIR", "main", "render"]

OUT_DIR = Path(__file__).resolve().parent / "dashboards"


def render(dashboard: Dashboard) -> str:
    """The dashboard as stable JSON (sorted keys, two-space indent, trailing newline)."""
    return JSONEncoder(sort_keys=True, indent=2).encode(dashboard) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="directory for the JSON files")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file differs from the code")
    args = parser.parse_args(argv)
    stale = []
    for build in DASHBOARDS:
        dashboard = build()
        path = args.out / f"{dashboard.uid}.json"
        text = render(dashboard)
        if args.check:
            if not path.exists() or path.read_text() != text:
                stale.append(path)
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        print(f"wrote {path}")
    for path in stale:
        print(f"{path} is out of date: run `make dashboards`", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
