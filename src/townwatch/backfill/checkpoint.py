"""The backfill checkpoint: how far extraction and the ledger got, written atomically beside the event spool.

Extraction appends each finished item's events to ``events.spool`` (``seq idx json`` lines) and then records
the spool's length and the number of items done; a resume truncates the spool to that length and goes on with
the next item, so an item is never counted twice. The ledger phase records how many events (in their fixed
order) it applied; events applied after the last save are applied again on resume, and the ledger's per-event
idempotency record makes that a no-op (nothing is applied twice).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from townwatch.backfill.tally import Tally

__all__ = ["Checkpoint", "CheckpointMismatch", "run_id"]

_VERSION = 1


class CheckpointMismatch(ValueError):
    """The state directory holds the checkpoint of a different backfill (other inputs or options)."""


def run_id(files: list[Path], since: str | None, notify: str) -> str:
    """What identifies one backfill: its input files (resolved, in order) and the options that change results."""
    raw = json.dumps([[str(p.resolve()) for p in files], since, notify])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


@dataclass
class Checkpoint:
    run: str
    items_done: int = 0
    spool_bytes: int = 0
    extracted: bool = False
    applied: int = 0
    done: bool = False
    tally: Tally = field(default_factory=Tally)

    @staticmethod
    def path(state_dir: Path) -> Path:
        return state_dir / "checkpoint.json"

    @staticmethod
    def spool(state_dir: Path) -> Path:
        return state_dir / "events.spool"

    @classmethod
    def load_or_new(cls, state_dir: Path, run: str) -> Checkpoint:
        path = cls.path(state_dir)
        if not path.exists():
            return cls(run)
        raw: dict[str, Any] = json.loads(path.read_text("utf-8"))
        if raw.get("version") != _VERSION or raw.get("run") != run:
            raise CheckpointMismatch(
                f"{state_dir} holds another backfill's checkpoint (other inputs or options); "
                "use another --state-dir, or --restart to discard it"
            )
        return cls(
            run, raw["items_done"], raw["spool_bytes"], raw["extracted"], raw["applied"], raw["done"],
            Tally.from_dict(raw["tally"]),
        )

    def save(self, state_dir: Path) -> None:
        """Write atomically (temp file, fsync, rename): a kill at any moment leaves the old or the new one."""
        body = json.dumps({
            "version": _VERSION, "run": self.run, "items_done": self.items_done, "spool_bytes": self.spool_bytes,
            "extracted": self.extracted, "applied": self.applied, "done": self.done, "tally": self.tally.to_dict(),
        })
        tmp = self.path(state_dir).with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path(state_dir))
