"""Many calls of one Lua script in one pipeline: no SCRIPT EXISTS round trip per execute (redis-py's ``Script`` on a
pipeline asks it every time); a script Redis lost is loaded and the calls it refused run once; errors still raise."""

from __future__ import annotations

import pytest
from redis.asyncio import Redis
from redis.exceptions import NoScriptError, ResponseError

from townwatch_runtime.script_pipeline import run_pipelined

pytestmark = pytest.mark.integration

ADD = "return redis.call('INCRBY', KEYS[1], ARGV[1])"


async def commands(client: Redis, name: str) -> int:
    """How many ``name`` commands the server has run so far (``script``: every SCRIPT subcommand, which Redis 6
    counts together and Redis 7 as ``script|exists``, ``script|load``...)."""
    stats = await client.info("commandstats")
    return sum(int(v.get("calls", 0)) for k, v in stats.items() if k == f"cmdstat_{name}" or k.startswith(f"cmdstat_{name}|"))


async def test_the_calls_run_in_order_without_asking_script_exists(redis_server) -> None:  # type: ignore[no-untyped-def]
    client = Redis.from_url(redis_server.url)
    try:
        script = client.register_script(ADD)
        for _ in range(3):
            results = await run_pipelined(client, script, [(["a"], [1]), (["b"], [5]), (["a"], [2])], NoScriptError)
        assert results == [7, 15, 9]
        assert await commands(client, "script") == 1  # one SCRIPT LOAD, when Redis first said NOSCRIPT; no SCRIPT EXISTS
        assert await commands(client, "evalsha") == 3 + 9  # the first refused pipeline, then every call once
    finally:
        await client.aclose()


async def test_a_script_redis_lost_is_loaded_again_and_each_call_runs_once(redis_server) -> None:  # type: ignore[no-untyped-def]
    client = Redis.from_url(redis_server.url)
    try:
        script = client.register_script(ADD)
        assert await run_pipelined(client, script, [(["n"], [1])], NoScriptError) == [1]
        await client.script_flush()  # a restarted Redis keeps no scripts
        assert await run_pipelined(client, script, [(["n"], [10]), (["n"], [100])], NoScriptError) == [11, 111]
        assert int(await client.get("n")) == 111
        assert await run_pipelined(client, script, [], NoScriptError) == []
    finally:
        await client.aclose()


async def test_an_error_of_a_call_is_raised(redis_server) -> None:  # type: ignore[no-untyped-def]
    client = Redis.from_url(redis_server.url)
    try:
        script = client.register_script(ADD)
        with pytest.raises(ResponseError, match="not an integer"):
            await run_pipelined(client, script, [(["m"], [1]), (["m"], ["x"])], NoScriptError)
        assert int(await client.get("m")) == 1  # the good call ran
    finally:
        await client.aclose()
