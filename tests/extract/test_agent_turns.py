"""The extract agent opts into batch turns: the next batch is extracted while this one publishes."""

from __future__ import annotations

from typing import Any

import faust
import pytest

from townwatch_extract import agents


def test_the_extract_agent_keeps_two_batches_in_flight(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails with ``overlap`` off (one batch at a time): the turns' own behaviour is tested in tests/runtime."""
    seen: dict[str, Any] = {}

    def attach_stage_agent(app: faust.App, **kwargs: Any) -> None:
        seen.update(kwargs)

    monkeypatch.setattr(agents, "attach_stage_agent", attach_stage_agent)
    app = faust.App("extract-turns-test", broker="kafka://127.0.0.1:1", store="memory://", web_enabled=False)
    agents.attach(app, extractor=object())  # type: ignore[arg-type]
    assert seen["name"] == "extract"
    assert seen["overlap"] is True
