"""Alert revisions onto alerts.v1 from a batch command (``backfill --notify all``, ``reprocess --apply``), as the
ledger agent sends them: acknowledged by the broker (acks=all), then marked emitted in the ledger."""

from __future__ import annotations

from aiokafka import AIOKafkaProducer

from townwatch_alert.ledger import Ledger, LedgerResult
from townwatch_alert.settings import AlertSettings
from townwatch_schemas import ALERTS, Alert, ControlChange

__all__ = ["AlertPublisher"]


class AlertPublisher:
    """An async context manager; call it with (event, result) as the backfill's ``Applier`` does, or ``publish(alert)``."""

    def __init__(self, settings: AlertSettings, ledger: Ledger, client_id: str = "townwatch-backfill") -> None:
        self.ledger = ledger
        self.producer = AIOKafkaProducer(**settings.kafka_client_kwargs(), client_id=client_id, acks="all")

    async def __aenter__(self) -> AlertPublisher:
        try:
            await self.producer.start()
        except BaseException:
            await self.producer.stop()
            raise
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.producer.stop()

    async def publish(self, alert: Alert) -> None:
        await self.producer.send_and_wait(ALERTS.name, alert.to_json_bytes(), key=alert.alert_id.encode())
        await self.ledger.mark_emitted(alert)

    async def __call__(self, event: ControlChange, result: LedgerResult) -> None:
        assert result.alert is not None
        await self.publish(result.alert)
