"""The newsroom page in a real headless Chromium: an alert pushed through the pipeline appears live, escaped.

The alert service runs as a subprocess (``python -m townwatch_alert``, role ``all``) against the real broker
and a real Redis; the test publishes a ControlChange on ``control-changes.v1`` and watches the page.
Needs Debian's ``chromium`` at /usr/bin/chromium (the README's test command installs it): without it the
test fails, it does not skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from tests.browser import CHROMIUM_ARGS, chromium
from townwatch.service_process import ServiceProcess
from townwatch.stack import free_port
from townwatch_schemas import CONTROL_CHANGES

pytestmark = [pytest.mark.browser, pytest.mark.integration, pytest.mark.slow]

TOKEN = "page-test-token"
HOSTILE = ('Fighters took the town. <script>window.pwned=1</script><img src=x onerror="window.pwned=2"> '
           "[click me](https://evil.example/x) @channel")
SUBSCRIPTIONS = f"""
desks:
  - id: page-desk
    name: Page <b>desk</b>
    token: {TOKEN}
    subscriptions:
      - id: everything
        towns: ["*"]
        channels:
          - kind: page
"""


@pytest.fixture
def alert_service(broker, redis_server, tmp_path: Path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    subs = tmp_path / "subscriptions.yaml"
    subs.write_text(SUBSCRIPTIONS, encoding="utf-8")
    port = free_port()
    env = {
        "TOWNWATCH_KAFKA_BOOTSTRAP_SERVERS": broker.bootstrap_servers,
        "TOWNWATCH_REDIS_URL": redis_server.url,
        "TOWNWATCH_SUBSCRIPTIONS_FILE": str(subs),
        "TOWNWATCH_APP_ID": f"townwatch-alert-page-{port}",
        "TOWNWATCH_API_PORT": str(port),
        "TOWNWATCH_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
        "TOWNWATCH_ALLOW_PRIVATE_URLS": "true",
        "TOWNWATCH_METRICS_PORT": "0",
    }
    service = ServiceProcess("alert", "townwatch_alert", env, tmp_path / "alert.log")
    service.start()
    base = f"http://127.0.0.1:{port}"
    try:
        service.wait_http(base + "/healthz")
        yield base
    finally:
        service.stop()


async def publish(bootstrap: str, value: bytes, key: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(CONTROL_CHANGES.name, value=value, key=key)
    finally:
        await producer.stop()


async def test_alert_appears_live_and_escaped(alert_service: str, broker, cc) -> None:  # type: ignore[no-untyped-def]
    executable = chromium()
    from playwright.async_api import async_playwright

    event = cc.change("hawija", gaining="iq-gov", source="Evil <b>Outlet</b>", url="https://example.org/hawija",
                      evidence=cc.change().evidence.model_copy(update={"sentence": HOSTILE}))
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda d: dialogs.append(d.message))
            await page.goto(f"{alert_service}/#token={TOKEN}")
            await page.locator("#status.live").wait_for(timeout=30_000)  # the EventSource is open
            assert "token" not in page.url  # the fragment is dropped at once
            assert await page.text_content("#desk") == "Page <b>desk</b>"
            assert await page.locator("#feed li").count() == 0
            await page.evaluate("window.__sameDocument = 42")

            await publish(broker.bootstrap_servers, event.to_json_bytes(), event.place.key.encode())

            card = page.locator("#feed li[data-alert-id]")
            await card.wait_for(timeout=60_000)
            assert await page.evaluate("window.__sameDocument") == 42  # no reload
            text = await card.inner_text()
            assert "Al-Hawija" in text and "Iraqi government forces" in text and "Islamic State" in text
            assert "Evil <b>Outlet</b>" in text
            quoted = await card.locator("blockquote").text_content()
            assert quoted == HOSTILE  # shown as text, character for character
            assert await page.evaluate("window.pwned") is None
            assert await card.locator("script, img, b").count() == 0
            assert await card.locator('a[href^="https://evil"]').count() == 0
            assert await card.locator('a[href="https://example.org/hawija"]').count() == 1
            assert dialogs == []

            town_row = page.locator(f'#towns tr[data-place-key="{event.place.key}"]')
            await town_row.wait_for(timeout=10_000)
            assert "Iraqi government forces" in await town_row.inner_text()
        finally:
            await browser.close()
