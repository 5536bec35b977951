"""``python -m bench.profile``: the benchmark with py-spy attached to each service for one phase; prints their top frames.

    uv run --frozen python -m bench.profile [--phase "flat out"] [--seconds 30] -- [python -m bench options]

py-spy samples each service process (``--nonblocking``: the service is never paused) from the moment the
benchmark logs the start of ``--phase``, for ``--seconds``. Idle threads are not sampled (py-spy's default), so the
shares are of the time the process was on a CPU. Raw stacks are kept in the work directory (``profile-<service>.txt``).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import psutil

__all__ = ["main", "summarise"]

_LINE = re.compile(r"^(?P<stack>.*) (?P<count>\d+)$")
_PLUMBING = re.compile(  # frames every stack passes through: start-up, threads, the event loop itself
    r"\((<frozen runpy>|runpy\.py|threading\.py|threads\.py|thread\.py|base_events\.py|events\.py|socketserver\.py|"
    r"worker\.py|services\.py|__main__\.py|runners\.py|simple_server\.py|_cli\.py|service_cli\.py|cli\.py)\)$|^<module>")
STORE_MODULE = "townwatch.stack.object_server"  # the durable Tansu's S3 store
_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^():]*)(?::\d+)?\)$")


def _frame(raw: str) -> str:
    """``func (path/to/file.py:12)`` -> ``func (file.py)``."""
    match = _FRAME.match(raw.strip())
    if not match:
        return raw.strip()
    return f"{match['func']} ({Path(match['file']).name})"


def summarise(raw_text: str, top: int = 8) -> tuple[int, list[tuple[str, float]], list[tuple[str, float]]]:
    """(samples, top self frames, top inclusive frames) of py-spy's raw (collapsed) output, as shares of samples."""
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw_text.splitlines():
        match = _LINE.match(line.strip())
        if not match:
            continue
        count = int(match["count"])
        frames = [_frame(f) for f in match["stack"].split(";") if f.strip()]
        if not frames:
            continue
        total += count
        own[frames[-1]] += count
        for name in set(frames):
            inclusive[name] += count
    if not total:
        return 0, [], []
    inc = [(n, c / total) for n, c in inclusive.most_common() if not _PLUMBING.search(n)]
    return total, [(n, c / total) for n, c in own.most_common(top)], inc[:top]


def _services(bench: psutil.Process) -> dict[str, int]:
    found: dict[str, int] = {}
    for child in bench.children(recursive=True):
        try:
            cmd = child.cmdline()
        except psutil.Error:
            continue
        module = cmd[cmd.index("-m") + 1] if "-m" in cmd[:-1] else ""
        if module.startswith("townwatch_") or module == STORE_MODULE:
            name = "store" if module == STORE_MODULE else module.removeprefix("townwatch_")
            found[name if name not in found else f"{name}-{len(found)}"] = child.pid
    return found


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__.splitlines()[0])
    p.add_argument("--phase", default="flat out", help='the bench log line that starts sampling (default "flat out")')
    p.add_argument("--seconds", type=float, default=30.0, help="seconds of sampling (default 30)")
    p.add_argument("--rate", type=int, default=50, help="py-spy samples per second (default 50)")
    p.add_argument("--top", type=int, default=8)
    p.add_argument("bench_args", nargs="*", help="options for python -m bench (after --)")
    args = p.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="townwatch-profile-"))
    bench = subprocess.Popen([sys.executable, "-m", "bench", "--workdir", str(workdir), *args.bench_args],
                             stderr=subprocess.PIPE, text=True)
    assert bench.stderr is not None
    spies: dict[str, subprocess.Popen[bytes]] = {}
    for line in bench.stderr:
        print(line, end="", file=sys.stderr, flush=True)
        if not spies and line.startswith(args.phase):
            time.sleep(1.0)  # let the phase's load reach the services
            for name, pid in _services(psutil.Process(bench.pid)).items():
                spies[name] = subprocess.Popen(
                    ["py-spy", "record", "-p", str(pid), "-r", str(args.rate), "-d", str(int(args.seconds)), "--nonblocking",
                     "-f", "raw", "-o", str(workdir / f"profile-{name}.txt")],
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    code = bench.wait()
    for spy in spies.values():
        spy.wait()
    for name in sorted(spies):
        out = workdir / f"profile-{name}.txt"
        total, own, inc = summarise(out.read_text() if out.exists() else "", args.top)
        print(f"\n{name}: {total} samples ({out})")
        print("  self:      " + ", ".join(f"{n} {s:.1%}" for n, s in own))
        print("  inclusive: " + ", ".join(f"{n} {s:.1%}" for n, s in inc))
    return code


if __name__ == "__main__":
    sys.exit(main())
