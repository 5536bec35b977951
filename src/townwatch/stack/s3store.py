"""The local S3 store under the durable embedded broker: S3Proxy (Apache-2.0, Maven Central) on its filesystem backend.

Every object is a file under ``data_dir`` (a bucket is a directory), so what Tansu writes survives a restart of
either process. S3Proxy 3.0 answers conditional PUTs (``If-None-Match: *`` and ``If-Match``) with 412 as S3
does, which Tansu's ``s3://`` engine relies on; 2.6 did not (see deploy/README.md).
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from townwatch.stack.maven import DEPLOY_DIR, maven_libs
from townwatch.stack.process import LoopbackServer

__all__ = ["S3PROXY_DIR", "S3Store", "s3proxy_libs"]

S3PROXY_DIR = DEPLOY_DIR / "s3proxy"
JVM_OPTS = ["-Xms32m", "-Xmx192m", "-XX:+UseSerialGC", "-Xss512k", "-Djava.awt.headless=true"]


def s3proxy_libs() -> Path:
    """S3Proxy's jars, fetched from Maven Central on first use (``make s3proxy`` does the same)."""
    return maven_libs(S3PROXY_DIR, "s3proxy-*.jar", "s3proxy")


@dataclass
class S3Store(LoopbackServer):
    """S3Proxy on a loopback port with its objects under ``data_dir``. The port and credentials stay the same across
    restarts of this object, so a client configured once (Tansu) finds it again."""

    data_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="townwatch-s3-")))
    bucket: str = "tansu"
    log_path: Path | None = None
    access_key: str = "townwatch"
    secret_key: str = field(default_factory=lambda: secrets.token_hex(16), repr=False)

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

    def properties(self) -> str:
        return "\n".join([
            f"s3proxy.endpoint={self.endpoint}",
            "s3proxy.authorization=aws-v2-or-v4",
            f"s3proxy.identity={self.access_key}",
            f"s3proxy.credential={self.secret_key}",
            "jclouds.provider=filesystem-nio2",
            f"jclouds.identity={self.access_key}",
            f"jclouds.credential={self.secret_key}",
            f"jclouds.filesystem.basedir={self.data_dir / 'objects'}",
        ]) + "\n"

    def start(self, timeout: float = 90.0) -> Self:
        self.objects_dir.mkdir(parents=True, exist_ok=True)  # the filesystem backend's bucket is a directory
        config = self.data_dir / "s3proxy.properties"
        config.write_text(self.properties())
        config.chmod(0o600)
        java = shutil.which("java") or "java"
        out = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL
        self._spawn(
            [java, *JVM_OPTS, f"-Dlogback.configurationFile={S3PROXY_DIR / 'logback.xml'}",
             "-cp", str(s3proxy_libs() / "*"), "org.gaul.s3proxy.Main", "--properties", str(config)],
            stdout=out, timeout=timeout,
        )
        return self

    def restart(self, *, kill: bool = False) -> None:
        """Stop (SIGTERM, or SIGKILL when ``kill``) and start again on the same port, credentials and data."""
        self.kill() if kill else self.stop()
        self.start()
