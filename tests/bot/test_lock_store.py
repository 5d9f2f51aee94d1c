"""The atomic Redis lock store, against a real redis-server (skips without one)."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import threading
import time

import pytest
from rasa.core.lock_store import LockError, LockStore, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

from bot.lock_store import AtomicRedisLockStore

REDIS_PORT = 6395


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory):
    server = shutil.which("redis-server")
    if not server:
        print("SKIP reason: redis-server is not installed")
        pytest.skip("redis-server is not installed")
    proc = subprocess.Popen([server, "--port", str(REDIS_PORT), "--bind", "127.0.0.1",
                             "--save", "", "--appendonly", "no",
                             "--dir", str(tmp_path_factory.mktemp("redis"))],
                            stdout=subprocess.DEVNULL)
    deadline = time.time() + 10
    import redis

    while time.time() < deadline:
        # redis-server exits at once when the port is taken: never use someone else's Redis
        assert proc.poll() is None, f"port {REDIS_PORT} is in use; stop what runs there"
        try:
            redis.Redis(port=REDIS_PORT).ping()
            break
        except redis.exceptions.ConnectionError:
            time.sleep(0.1)
    yield REDIS_PORT
    proc.terminate()
    proc.wait(10)


def store(port, **kwargs) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(host="127.0.0.1", port=port, db=1, **kwargs)


def test_rasa_builds_it_from_endpoints_yml(redis_port):
    config = EndpointConfig.from_dict({"type": "bot.lock_store.AtomicRedisLockStore",
                                       "url": "127.0.0.1", "port": str(redis_port), "db": 1,
                                       "lock_lifetime": 12, "poll_seconds": 0.02})
    created = LockStore.create(config)
    assert isinstance(created, AtomicRedisLockStore)
    assert (created.lock_lifetime, created.poll_seconds) == (12.0, 0.02)
    assert created.red.connection_pool.connection_kwargs["port"] == redis_port


def _race(lock_store, conversation: str, threads: int = 8, per_thread: int = 40):
    """Many threads issue tickets for one brand-new conversation at the same moment."""
    numbers, start = [], threading.Barrier(threads)

    def work():
        start.wait()
        for _ in range(per_thread):
            numbers.append(lock_store.issue_ticket(conversation, 60))

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return numbers


def test_tickets_issued_at_the_same_moment_are_all_different(redis_port):
    numbers = _race(store(redis_port), "race-atomic")
    assert len(numbers) == 320 and len(set(numbers)) == 320


def test_rasas_own_redis_lock_store_is_racy_here(redis_port):
    """Why the atomic store exists: the same race loses tickets with Rasa's store."""
    losses = 0
    rasa_store = RedisLockStore(host="127.0.0.1", port=redis_port, db=1)
    for attempt in range(5):
        numbers = _race(rasa_store, f"race-rasa-{attempt}")
        losses += len(numbers) - len(set(numbers))
        rasa_store.delete_lock(f"race-rasa-{attempt}")  # Rasa's lock keys never expire
    assert losses > 0


def test_lock_keys_expire_and_go_when_the_last_ticket_is_done(redis_port):
    s = store(redis_port, lock_lifetime=20)
    ticket = s.issue_ticket("c-exp")
    assert 0 < s.red.ttl(s.key_prefix + "c-exp") <= 25
    s.cleanup("c-exp", ticket)
    assert s.red.exists(s.key_prefix + "c-exp") == 0


@pytest.mark.asyncio
async def test_messages_of_one_conversation_take_turns(redis_port):
    s = store(redis_port, poll_seconds=0.01)
    inside, order = [], []

    async def message(n):
        async with s.lock("c-turns"):
            inside.append(n)
            assert len(inside) == 1  # nobody else is processing this conversation
            await asyncio.sleep(0.02)
            order.append(n)
            inside.remove(n)

    await asyncio.gather(*(message(n) for n in range(6)))
    assert sorted(order) == list(range(6)) and s.get_lock("c-turns") is None


@pytest.mark.asyncio
async def test_a_crashed_holders_ticket_expires(redis_port):
    s = store(redis_port, lock_lifetime=1, poll_seconds=0.05)
    s.issue_ticket("c-crash", 1)  # taken by an instance that then died
    time.sleep(0.3)  # the next message comes a little later (and so expires later)
    began = time.monotonic()
    async with s.lock("c-crash"):
        waited = time.monotonic() - began
    assert 0.4 < waited < 2


def test_unreachable_redis_is_a_lock_error():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(LockError):
        store(port, socket_timeout=0.5).issue_ticket("c-down")


@pytest.mark.asyncio
async def test_a_live_holder_keeps_its_turn_beyond_the_lifetime(redis_port):
    s = store(redis_port, lock_lifetime=0.4, poll_seconds=0.02)
    order = []

    async def slow_first():
        async with s.lock("c-renew"):
            await asyncio.sleep(1.2)  # three lifetimes: only renewal keeps the ticket
            order.append("first")

    async def second():
        await asyncio.sleep(0.05)
        async with s.lock("c-renew"):
            order.append("second")

    await asyncio.gather(slow_first(), second())
    assert order == ["first", "second"] and s.get_lock("c-renew") is None


def test_renewing_a_finished_ticket_says_so(redis_port):
    s = store(redis_port)
    ticket = s.issue_ticket("c-gone")
    assert s.renew("c-gone", ticket)
    s.cleanup("c-gone", ticket)
    assert not s.renew("c-gone", ticket) and s.get_lock("c-gone") is None
