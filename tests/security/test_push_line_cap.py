"""Finding 13 of issue 11 (second half): a 6 MB NDJSON push of 200,000 tiny lines took over 300 s; the lines per
request are capped, and a body over the cap is refused whole (413) before any line is published."""

from __future__ import annotations

from ..ingest.conftest import MemoryPublisher
from ..ingest.test_push_api import TOKEN, _client

NDJSON = {"Content-Type": "application/x-ndjson", "Authorization": f"Bearer {TOKEN}"}


async def test_a_push_with_too_many_lines_is_refused_whole() -> None:
    publisher = MemoryPublisher()
    lines = b"".join(b'{"text": "line %d"}\n' % n for n in range(200_000))
    async with _client(publisher) as client:
        refused = await client.post("/articles", content=lines, headers=NDJSON)
        accepted = await client.post("/articles", content=b'{"text": "one article"}\n' * 3, headers=NDJSON)
    assert refused.status_code == 413, refused.text[:200]
    assert refused.json()["reason"] == "too_many_lines" and "10000" in refused.json()["error"]
    assert accepted.status_code in (200, 202, 207)
    assert len(publisher.messages) == 1  # three copies of one article: one published, the others duplicates
