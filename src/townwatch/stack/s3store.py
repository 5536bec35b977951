"""The local S3 store under the durable embedded broker: townwatch's object server (``townwatch.stack.object_server``)
as a child process, its objects as files under ``data_dir``.

Every object is a file under ``data_dir/objects/<bucket>/`` (a bucket is a directory), so what Tansu writes survives a
restart of either process. Why our own server and not S3Proxy, s3rver or moto: see ``object_server``'s docstring and
deploy/README.md (S3Proxy's conditional PUT is not atomic, so Tansu handed one offset to two batches).
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self
from xml.sax.saxutils import escape

import httpx

from townwatch.stack.process import LoopbackServer

__all__ = ["S3Store"]


@dataclass
class S3Store(LoopbackServer):
    """The object server on a loopback port with its objects under ``data_dir``. The port and credentials stay the same
    across restarts of this object, so a client configured once (Tansu) finds it again."""

    data_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="townwatch-s3-")))
    bucket: str = "tansu"
    log_path: Path | None = None
    access_key: str = field(default_factory=lambda: "townwatch-" + secrets.token_hex(8))
    secret_key: str = field(default_factory=lambda: secrets.token_hex(16), repr=False)
    settle_s: float = 30.0
    """How long a gap before a partition's newest batches holds them back (see ``object_server``)."""

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def objects_dir(self) -> Path:
        """Where the bucket's objects are, one file each."""
        return self.data_dir / "objects" / self.bucket

    def client_env(self) -> dict[str, str]:
        """The environment an S3 client (Tansu's object store) needs to reach this store."""
        return {
            "AWS_ENDPOINT": self.endpoint,
            "AWS_ALLOW_HTTP": "true",
            "AWS_ACCESS_KEY_ID": self.access_key,
            "AWS_SECRET_ACCESS_KEY": self.secret_key,
            "AWS_DEFAULT_REGION": "us-east-1",
        }

    def start(self, timeout: float = 30.0) -> Self:
        self.objects_dir.mkdir(parents=True, exist_ok=True)
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self._spawn(
            [sys.executable, "-m", "townwatch.stack.object_server", "--root", str(self.data_dir), "--port", str(self.port),
             "--bucket", self.bucket, "--settle-s", str(self.settle_s)],
            stdout=out, timeout=timeout, env={**os.environ, "TOWNWATCH_S3_ACCESS_KEY": self.access_key},
        )
        return self

    def delete(self, paths: list[Path]) -> None:
        """Delete the objects at ``paths`` (files under ``objects_dir``) through the server, in one DeleteObjects
        request: it keeps each partition's listing in memory. Straight from disk when the server does not answer (it
        reads a changed directory again)."""
        keys = "".join(f"<Object><Key>{escape(p.relative_to(self.objects_dir).as_posix())}</Key></Object>" for p in paths)
        try:
            httpx.post(f"{self.endpoint}/{self.bucket}?delete", content=f"<Delete>{keys}</Delete>".encode(), timeout=30.0,
                       headers={"Authorization": f"AWS {self.access_key}:retention"}).raise_for_status()
        except httpx.HTTPError:
            for path in paths:
                path.unlink(missing_ok=True)

    def restart(self, *, kill: bool = False) -> None:
        """Stop (SIGTERM, or SIGKILL when ``kill``) and start again on the same port, credentials and data."""
        self.kill() if kill else self.stop()
        self.start()
