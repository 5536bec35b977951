"""``townwatch demo``: the full pipeline on the embedded broker and Redis, replaying the seeds, alerts shown live."""

from __future__ import annotations

import asyncio
import json
import secrets
import shutil
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console
from rich.panel import Panel

from townwatch.pipeline import Pipeline
from townwatch.stack import BrokerKind
from townwatch.topic_reader import latest_alerts
from townwatch.webhook_receiver import Delivery, WebhookReceiver

__all__ = ["DEFAULT_SEEDS", "run_demo", "write_subscriptions"]

DEFAULT_SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DESK = "newsroom"


def write_subscriptions(path: Path, desks: list[dict[str, Any]]) -> Path:
    path.write_text(yaml.safe_dump({"desks": desks}, sort_keys=False))
    return path


def describe(alert: dict[str, Any]) -> tuple[str, str]:
    """A title and body an editor can read at a glance."""
    place = alert["place"]
    extra = [place["canonical_name"]] if place["canonical_name"] != place["name"] else []
    extra += [place["country_code"]] if place.get("country_code") else []
    where = place["name"] + (f" ({', '.join(extra)})" if extra else "")
    losing = (alert.get("losing") or {}).get("name", "unknown")
    gaining = (alert.get("gaining") or {}).get("name", "unknown")
    when = alert.get("event_date") or "date unknown"
    lines = [
        f"[bold]{losing} → {gaining}[/bold]",
        f"when: {when} ({alert.get('date_precision', 'unknown')})   confidence: {alert['confidence']:.2f}"
        f"   independent outlets: {alert.get('independent_outlets', 1)}",
    ]
    for source in alert.get("sources", []):
        lines.append(f"• [cyan]{source['outlet']}[/cyan]: “{source['evidence']['sentence'].strip()}”")
    title = f"{where}{' (partial)' if alert.get('partial') else ''}{' [CLAIMED]' if alert.get('claimed') else ''}"
    return title, "\n".join(lines)


async def run_demo(
    *, once: bool, seeds: Path, workdir: Path | None, console: Console, broker: BrokerKind | None = None
) -> int:
    # A work directory of the demo's own (no --workdir) holds the durable broker's store, Redis and the logs: it is
    # removed when the demo ends, unless the demo failed (its logs are then kept, and named). A given one is kept.
    temporary = workdir is None
    workdir = workdir or Path(tempfile.mkdtemp(prefix="townwatch-demo-"))
    workdir.mkdir(parents=True, exist_ok=True)
    secret, token = secrets.token_hex(16), secrets.token_urlsafe(16)
    receiver = WebhookReceiver(secret=secret)

    def show(delivery: Delivery) -> None:
        if once:
            return
        title, body = describe(delivery.alert)
        kind = delivery.body.get("kind", "alert")
        style = "green" if kind == "alert" else "blue"
        sig = "signature ok" if delivery.signature_ok else "BAD SIGNATURE"
        console.print(Panel(body, title=f"{kind.upper()}: {title}", subtitle=sig, border_style=style))

    receiver.on_delivery = show
    await receiver.start()
    subs = write_subscriptions(
        workdir / "subscriptions.yaml",
        [{
            "id": DESK,
            "name": "Demo newsroom",
            "token": token,
            "subscriptions": [{
                "id": "every-town",
                "towns": ["*"],
                "policy": "first",
                "channels": [{"kind": "webhook", "url": receiver.url(f"hooks/{DESK}"), "secret": secret}],
            }],
        }],
    )
    pipeline = Pipeline(workdir=workdir, subscriptions_file=subs, broker_kind=broker)
    err = Console(stderr=True)
    failed = False
    # SIGTERM stops the demo as Ctrl-C does (the main task is cancelled, the finally below stops and cleans up).
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)  # type: ignore[union-attr]
    try:
        err.print(f"[dim]starting broker, Redis and services (logs in {workdir / 'logs'})…[/dim]")
        await asyncio.to_thread(pipeline.start)
        err.print(f"[dim]replaying {seeds}…[/dim]")
        report = await pipeline.replay(sorted(seeds.iterdir()), progress=not once)
        err.print(f"[dim]replayed {report.published} articles; waiting for the pipeline to go idle…[/dim]")
        await pipeline.wait_idle()
        delivered = {d.alert["alert_id"] for d in receiver.deliveries if d.alert}
        if once:
            latest = await latest_alerts(pipeline.bootstrap_servers or "")
            for alert_id in sorted(delivered, key=lambda a: latest.get(a, {}).get("first_reported", "")):
                sys.stdout.write(json.dumps(latest.get(alert_id), sort_keys=True) + "\n")
            sys.stdout.flush()
            return 0
        console.print(
            f"\n[bold]{len(delivered)} alerts delivered.[/bold] Newsroom page: "
            f"http://127.0.0.1:{pipeline.api_port}/#token={token}\n"
            "Push more with `townwatch replay PATH --bootstrap-servers "
            f"{pipeline.bootstrap_servers}`. Ctrl-C to stop."
        )
        while True:
            await asyncio.sleep(3600)
    except Exception:
        failed = True
        raise
    finally:
        # Ctrl-C often arrives twice (the terminal's to the whole process group, and `uv run` or make passing theirs
        # on): a second one would abort this stop half-way and leave the work directory behind. The stop is bounded.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        await receiver.stop()
        await asyncio.to_thread(pipeline.stop)
        if temporary and not failed:
            shutil.rmtree(workdir, ignore_errors=True)
            err.print("[dim]stopped; its work directory removed.[/dim]")
        else:
            err.print(f"[dim]stopped; its work directory (broker store, Redis, logs) kept in {workdir}.[/dim]")
