"""Many calls of one Redis Lua script in one round trip: pipelined EVALSHA, the script loaded only when Redis lacks it.

redis-py's ``Script`` called on a pipeline makes ``Pipeline.execute`` ask ``SCRIPT EXISTS`` before every execute:
a second round trip each time (ingest's text claims and confirmations on every push request, the ledger's emitted
marks), and py-spy put a tenth of ingest's samples at 100 single-article requests a second in it. Here the calls go
as plain ``EVALSHA`` commands; a call Redis answers with ``NOSCRIPT`` (a restarted or flushed Redis: scripts are not
persisted) is sent again, once, after ``SCRIPT LOAD``. Each call runs exactly once: a call refused for a missing
script did not run. A call's other error is raised after the retries, as ``execute()`` raises it.

This library declares no Redis client (the services do), so the caller passes its ``NoScriptError`` class.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["ScriptCall", "run_pipelined"]

ScriptCall = tuple[Sequence[Any], Sequence[Any]]
"""(keys, args) of one call of the script."""


async def run_pipelined(redis: Any, script: Any, calls: Sequence[ScriptCall], no_script: type[BaseException]) -> list[Any]:
    """The result of each call of ``script`` (a ``register_script`` object: ``sha`` and ``script``) with its
    (keys, args), in order, sent in one pipeline (two when Redis had to load the script)."""
    results: list[Any] = [None] * len(calls)
    pending = list(range(len(calls)))
    for attempt in range(2):
        async with redis.pipeline(transaction=False) as pipe:
            for i in pending:
                keys, args = calls[i]
                pipe.evalsha(script.sha, len(keys), *keys, *args)
            answers = await pipe.execute(raise_on_error=False)
        missing = []
        for i, answer in zip(pending, answers, strict=True):
            if isinstance(answer, no_script) and attempt == 0:
                missing.append(i)
            else:
                results[i] = answer
        if not missing:
            break
        script.sha = await redis.script_load(script.script)
        pending = missing
    for answer in results:
        if isinstance(answer, BaseException):
            raise answer
    return results
