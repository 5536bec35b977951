"""The settings of ``townwatch up``: one YAML file (deploy/townwatch.example.yaml), validated, secrets from the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from townwatch.stack import BrokerKind
from townwatch_runtime.settings import LogLevel

__all__ = ["DeploymentSettings", "Ports", "Restart", "load_deployment"]

Port = int


class Ports(BaseModel):
    """Loopback ports of the stack's parts (the API and push endpoint listen on ``api_host`` / ``ingest_host``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    broker: Port = Field(default=19092, ge=1, le=65535)
    redis: Port = Field(default=16379, ge=1, le=65535)
    api: Port = Field(default=8000, ge=1, le=65535)
    ingest: Port = Field(default=8010, ge=1, le=65535)
    ingest_metrics: Port = Field(default=9101, ge=1, le=65535)
    extract_metrics: Port = Field(default=9102, ge=1, le=65535)
    alert_metrics: Port = Field(default=9103, ge=1, le=65535)

    @model_validator(mode="after")
    def _distinct(self) -> Ports:
        used = list(self.model_dump().values())
        clashes = sorted({p for p in used if used.count(p) > 1})
        if clashes:
            raise ValueError(f"each part needs its own port; used twice: {clashes}")
        return self


class Restart(BaseModel):
    """Back-off of a child that keeps dying: ``initial_s`` doubling up to ``max_s`` (with jitter); a child that
    ran ``stable_s`` before it died is restarted at once, with the back-off reset."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    initial_s: float = Field(default=1.0, gt=0, le=600)
    max_s: float = Field(default=60.0, gt=0, le=3600)
    stable_s: float = Field(default=60.0, gt=0, le=86_400)


class DeploymentSettings(BaseSettings):
    """``townwatch up``'s configuration. Values come from the YAML file; an environment variable
    ``TOWNWATCH_<FIELD>`` (e.g. ``TOWNWATCH_PUSH_TOKENS``) overrides the file, so secrets need not be in it.
    Relative paths are relative to the YAML file's directory."""

    model_config = SettingsConfigDict(env_prefix="TOWNWATCH_", extra="forbid", frozen=True, env_nested_delimiter="__")

    workdir: Path
    """Persistent state: the broker's store, Redis (AOF), logs, the supervisor's state file."""
    broker: BrokerKind = "tansu"
    """The embedded broker; its store lives under ``workdir/<broker>``. ``tansu`` (the default, as in the demo, the
    benchmark and the tests: Tansu on a local S3 store, nothing to fetch first) keeps topics, messages and group
    offsets across restarts and crashes; ``kafka`` (Apache Kafka, jars fetched by ``make kafka``, a JDK) does too, at
    less CPU per message; ``tansu-memory`` loses unconsumed articles when it restarts."""
    feeds_file: Path | None = None
    """The ingest feeds file (a YAML list of feeds, see the README). None: no polling, only the push API."""
    subscriptions_file: Path
    """Desks and their subscriptions (the alert service's format), loaded into Redis at each start."""
    ports: Ports = Ports()
    restart: Restart = Restart()

    api_host: str = "127.0.0.1"
    """Where the newsroom page and API listen (0.0.0.0 to serve the network; put TLS in front)."""
    ingest_host: str = "127.0.0.1"
    """Where the push endpoint listens."""
    public_base_url: str | None = None
    """Base URL of the newsroom page in notifications (default: http://<api_host>:<api port>)."""
    push_tokens: SecretStr | None = None
    """Bearer token(s) for ingest's ``POST /articles`` (comma-separated for rotation). None: push refused."""
    allow_private_urls: bool = False
    """Let feeds and webhooks use loopback / private addresses (a desk on the same machine, tests)."""
    log_level: LogLevel = "INFO"
    """Any case (``info`` == ``INFO``), as the services take it."""
    env: dict[str, dict[str, str]] = Field(default_factory=dict)
    """Extra ``TOWNWATCH_*`` settings per service (``ingest``, ``extract``, ``alert``), e.g. SMTP for e-mail."""

    @model_validator(mode="after")
    def _known_services(self) -> DeploymentSettings:
        unknown = set(self.env) - {"ingest", "extract", "alert"}
        if unknown:
            raise ValueError(f"env: unknown services {sorted(unknown)} (ingest, extract, alert)")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return env_settings, init_settings, file_secret_settings  # the environment wins over the file

    @property
    def api_url(self) -> str:
        host = "127.0.0.1" if self.api_host in ("0.0.0.0", "::") else self.api_host
        return f"http://{host}:{self.ports.api}"

    @property
    def state_file(self) -> Path:
        return self.workdir / "state.json"


def load_deployment(path: Path) -> DeploymentSettings:
    """Read and validate the YAML file; a clear ``ValueError`` (file, field, problem) on any mistake."""
    try:
        data: Any = yaml.safe_load(path.read_text())
    except OSError as exc:
        raise ValueError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of settings at the top level")
    base = path.resolve().parent
    for key in ("workdir", "feeds_file", "subscriptions_file"):
        if isinstance(data.get(key), str):
            data[key] = str(base / Path(data[key]).expanduser())
    try:
        settings = DeploymentSettings(**data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or '(file)'}: {e['msg']}" for e in exc.errors())
        raise ValueError(f"{path}: {problems}") from None
    for name in ("subscriptions_file", "feeds_file"):
        file = getattr(settings, name)
        if file is not None and not file.is_file():
            raise ValueError(f"{path}: {name}: no such file: {file}")
    return settings
