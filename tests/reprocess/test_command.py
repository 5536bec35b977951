"""``townwatch reprocess`` on bad input: a clear one-line error, exit 2, before touching Redis or Kafka."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from townwatch.cli import main


def test_a_bad_date_is_a_clear_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["reprocess", "--since", "2026-02-30"])
    assert exit_.value.code == 2
    assert "argument --since: not a date (YYYY-MM-DD): '2026-02-30'" in capsys.readouterr().err


def test_since_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["reprocess"])
    assert exit_.value.code == 2 and "--since" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "message"), [
    (["--since", "2999-01-01"], "--since 2999-01-01 is in the future"),
    (["--since", "2026-01-10", "--until", "2026-01-09"], "--until 2026-01-09 is before --since 2026-01-10"),
])
def test_a_window_that_makes_no_sense_changes_nothing(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    # an unreachable Redis and broker: the window is refused before either is asked
    assert dt.date.today().year < 2999
    code = main(["reprocess", *args, "--redis-url", "redis://127.0.0.1:1/0", "--bootstrap-servers", "127.0.0.1:1"])
    out = capsys.readouterr().out
    assert code == 2 and message in out and "nothing changed" in out


def test_unreachable_redis_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["reprocess", "--since", "2026-01-10", "--redis-url", "redis://127.0.0.1:1/0", "--bootstrap-servers", "127.0.0.1:1"])
    out = capsys.readouterr().out
    assert code == 2 and out.startswith("townwatch reprocess: cannot reach Redis or Kafka: ") and "Traceback" not in out
    assert len(out.strip().splitlines()) == 1


def test_with_json_a_refusal_is_one_document_on_stdout_and_one_line_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["reprocess", "--since", "2026-01-10", "--json", "--redis-url", "redis://127.0.0.1:1/0", "--bootstrap-servers", "127.0.0.1:1"])
    out, err = capsys.readouterr()
    doc = json.loads(out)
    assert code == 2 and doc["changed"] is False and doc["error"].startswith("townwatch reprocess: cannot reach Redis or Kafka: ")
    assert err.startswith("townwatch reprocess: cannot reach Redis or Kafka: ") and len(err.strip().splitlines()) == 1
