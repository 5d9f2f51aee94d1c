import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import rasa_compat
from bot.tracker_store import (
    ExpiringInMemoryTrackerStore,
    ExpiringRedisTrackerStore,
    PrivacyTrackerStore,
)
from core.settings import Settings


def on_redis(url: str) -> Settings:
    return Settings.from_env({"REDIS_URL": url})


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def tracker(sender: str) -> DialogueStateTracker:
    t = DialogueStateTracker(sender, slots=[])
    t.update(UserUttered("hej"))
    return t


@pytest.mark.asyncio
async def test_idle_conversations_expire():
    clock = FakeClock()
    store = ExpiringInMemoryTrackerStore(Domain.empty(), idle_seconds=60, clock=clock)
    await store.save(tracker("a"))
    clock.now += 30
    await store.save(tracker("b"))
    clock.now += 31  # a idle 61 s, b idle 31 s
    assert await store.retrieve("a") is None
    assert await store.retrieve("b") is not None
    assert list(await store.keys()) == ["b"]


@pytest.mark.asyncio
async def test_delete_forgets_a_conversation():
    store = ExpiringInMemoryTrackerStore(Domain.empty(), idle_seconds=60)
    await store.save(tracker("a"))
    await store.delete("a")
    assert store.store == {}


def test_factory_picks_in_memory_without_redis():
    settings = Settings.from_env({"CONVERSATION_TTL_SECONDS": "120"})
    store = PrivacyTrackerStore(domain=Domain.empty(), settings=settings)
    assert isinstance(store, ExpiringInMemoryTrackerStore) and store.idle_seconds == 120


def test_factory_picks_redis_with_record_exp():
    store = PrivacyTrackerStore(domain=Domain.empty(), ttl_seconds=90,
                                settings=on_redis("redis://127.0.0.1:6399/2"))
    assert isinstance(store, ExpiringRedisTrackerStore) and store.record_exp == 90


def test_factory_takes_the_start_up_settings_when_rasa_builds_it(monkeypatch):
    """Rasa builds the store from endpoints.yml without our settings: those of the start-up
    hook (python -m bot) are used, and without the hook it refuses instead of guessing."""
    from bot import startup

    monkeypatch.setattr(startup, "_settings", None)
    with pytest.raises(startup.NotStarted):
        PrivacyTrackerStore(domain=Domain.empty())
    monkeypatch.setattr(startup, "_settings", Settings.from_env(
        {"CONVERSATION_TTL_SECONDS": "75"}))
    assert PrivacyTrackerStore(domain=Domain.empty()).idle_seconds == 75


def test_expiry_applies_to_both_ways_rasa_reads_a_conversation():
    import asyncio

    clock = FakeClock()
    store = ExpiringInMemoryTrackerStore(Domain.empty(), idle_seconds=10, clock=clock)
    asyncio.run(store.save(tracker("a")))
    assert asyncio.run(store.retrieve_full_tracker("a")) is not None
    clock.now += 11
    assert asyncio.run(store.retrieve_full_tracker("a")) is None and store.store == {}


@pytest.fixture
def redis_url(tmp_path):
    import shutil
    import subprocess
    import time

    server = shutil.which("redis-server")
    if not server:
        print("SKIP reason: redis-server is not installed")
        pytest.skip("redis-server is not installed")
    port = 6393
    proc = subprocess.Popen([server, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(tmp_path)],
                            stdout=subprocess.DEVNULL)
    time.sleep(0.4)
    yield f"redis://127.0.0.1:{port}/0"
    proc.terminate()
    proc.wait(10)


@pytest.mark.asyncio
async def test_redis_conversations_expire(redis_url):
    import asyncio

    store = PrivacyTrackerStore(domain=Domain.empty(), ttl_seconds=1, settings=on_redis(redis_url))
    await store.save(tracker("r1"))
    assert await store.retrieve("r1") is not None
    assert 0 < store.red.ttl(store.key_prefix + "r1") <= 1
    await asyncio.sleep(1.6)
    assert await store.retrieve("r1") is None and store.red.keys(store.key_prefix + "*") == []


@pytest.mark.asyncio
async def test_redis_delete(redis_url):
    store = PrivacyTrackerStore(domain=Domain.empty(), ttl_seconds=60, settings=on_redis(redis_url))
    await store.save(tracker("r2"))
    await store.delete("r2")
    assert await store.retrieve("r2") is None


# ---------------------------------------------------------------- Redis outages

def _closed_port() -> int:
    import socket

    with socket.socket() as s:  # a port nobody listens on: connections are refused
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_redis_calls_time_out_instead_of_stalling_the_server():
    settings = on_redis("redis://127.0.0.1:6399/0")
    store = PrivacyTrackerStore(domain=Domain.empty(), socket_timeout=0.7, settings=settings)
    kwargs = store.red.connection_pool.connection_kwargs
    assert kwargs["socket_timeout"] == 0.7 and kwargs["socket_connect_timeout"] == 0.7
    default = PrivacyTrackerStore(domain=Domain.empty(), settings=settings)
    assert default.red.connection_pool.connection_kwargs["socket_timeout"] == 2.0


@pytest.mark.asyncio
async def test_unreachable_redis_fails_instead_of_silently_forgetting():
    from rasa.core.tracker_store import FailSafeTrackerStore

    from bot.tracker_store import StoreUnavailable, fail_loudly

    settings = on_redis(f"redis://127.0.0.1:{_closed_port()}/0")
    store = FailSafeTrackerStore(PrivacyTrackerStore(domain=Domain.empty(), settings=settings))
    # Rasa's wrapper on its own: no error, an empty conversation in process memory
    assert await store.retrieve("x") is None
    fail_loudly(store)
    with pytest.raises(StoreUnavailable) as raised:
        await store.retrieve("x")
    assert type(raised.value.__cause__).__module__.startswith("redis")
    with pytest.raises(StoreUnavailable):
        await store.save(tracker("x"))
    assert rasa_compat.fallback_store(store) is None  # nothing kept in memory
    assert rasa_compat.underlying_store(store).ping() is False


def test_fail_loudly_leaves_the_in_memory_store_alone():
    from rasa.core.tracker_store import FailSafeTrackerStore

    from bot.tracker_store import fail_loudly

    store = FailSafeTrackerStore(PrivacyTrackerStore(domain=Domain.empty(), settings=Settings()))
    fail_loudly(store)
    assert rasa_compat.on_tracker_store_error(store) is None


def test_ping_answers_when_redis_runs(redis_url):
    assert PrivacyTrackerStore(domain=Domain.empty(), settings=on_redis(redis_url)).ping() is True
