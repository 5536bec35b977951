"""Stream tickets: itsdangerous-signed, expiring, bound to a desk and a token tag; signing keys rotate in Redis."""

from __future__ import annotations

from redis.asyncio import Redis

from townwatch_alert.stream_ticket import TicketSigner, load_keys


def test_a_ticket_names_its_desk_and_tag_until_it_expires() -> None:
    signer = TicketSigner(b"k" * 32)
    ticket = signer.issue("desk.with.dots", token_hash="ab" * 20, now=1000)
    assert signer.claims(ticket, now=1200) == ("desk.with.dots", "ab" * 8)
    assert signer.desk(ticket, now=1300) == "desk.with.dots"
    assert signer.desk(ticket, now=1301) is None  # expired
    assert signer.desk(ticket, now=900) is None  # from the future


def test_a_forged_or_foreign_ticket_opens_nothing() -> None:
    signer = TicketSigner(b"k" * 32)
    ticket = signer.issue("desk-a", now=1000)
    _payload, stamp, mac = ticket.rsplit(".", 2)
    other = signer.issue("desk-b", now=1000).rsplit(".", 2)[0]
    assert signer.desk(f"{other}.{stamp}.{mac}", now=1000) is None  # desk-b's payload under desk-a's signature
    assert TicketSigner(b"x" * 32).desk(ticket, now=1000) is None
    for garbage in ("garbage", "a.b.c", "", None):
        assert signer.desk(garbage, now=1000) is None


def test_a_ticket_signed_with_the_previous_key_still_opens_until_that_key_is_dropped() -> None:
    old, new, newer = b"o" * 32, b"n" * 32, b"w" * 32
    ticket = TicketSigner([old]).issue("desk-a", now=1000)
    assert TicketSigner([old, new]).desk(ticket, now=1000) == "desk-a"
    assert TicketSigner([new, newer]).desk(ticket, now=1000) is None
    assert TicketSigner([old, new]).issue("desk-a", now=1000) != ticket  # the newest key signs


async def test_keys_rotate_once_the_newest_is_older_than_the_period(redis: Redis) -> None:
    first = await load_keys(redis, rotate_s=3600)
    assert len(first) == 1 and len(first[0]) == 64
    assert await load_keys(redis, rotate_s=3600) == first  # not due: every process gets the same key
    second = await load_keys(redis, rotate_s=0)  # due now
    assert second[:-1] == first and second[-1] != first[0]
    third = await load_keys(redis, rotate_s=0, keep=2)
    assert third[0] == second[-1] and len(third) == 2  # the oldest is dropped beyond `keep`
    ticket = TicketSigner(second).issue("desk-a")
    assert TicketSigner(third).desk(ticket) == "desk-a"  # issued before the rotation, still good


async def test_rotations_within_one_millisecond_keep_their_order(redis: Redis) -> None:
    """Keys added in the same millisecond must not tie (a tie in a sorted set orders by member, i.e. at random)."""
    added = [(await load_keys(redis, rotate_s=0, keep=50))[-1] for _ in range(30)]
    assert len(set(added)) == 30
    assert await load_keys(redis, rotate_s=3600, keep=50) == added  # oldest first, each the newest when added
