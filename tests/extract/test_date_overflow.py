"""Finding 6 of issue 11: a published date of 0001-01-02 with "last month" raised OverflowError, the CLI exited 1
and never read the later lines. Date arithmetic that overflows now gives no date for that event only."""

from __future__ import annotations

import datetime as dt
import io
import json

from townwatch_extract.cli import main
from townwatch_extract.dates import find_time_refs


def test_date_arithmetic_that_overflows_gives_no_date() -> None:
    refs = find_time_refs("Iraqi forces captured the town last month and again last year.", dt.date(1, 1, 2))
    assert refs and all(r.date is None for r in refs if r.kind in ("last_month", "last_year"))


def test_the_cli_goes_on_after_an_article_dated_0001_01_02() -> None:
    lines = [
        {"id": "ancient", "text": "Iraqi forces captured the town of Hawija from Islamic State last month.",
         "published": "0001-01-02", "received": "2026-12-01T00:00:00Z"},
        {"id": "later", "text": "Iraqi forces captured the town of Hawija from Islamic State on Tuesday.",
         "published": "2017-10-05", "received": "2026-12-01T00:00:00Z"},
    ]
    stdin = io.StringIO("".join(json.dumps(line) + "\n" for line in lines))
    out, err = io.StringIO(), io.StringIO()
    code = main([], stdin=stdin, stdout=out, stderr=err)
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {e["article_id"] for e in events} == {"ancient", "later"}, err.getvalue()
    assert code == 0, err.getvalue()
