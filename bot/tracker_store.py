"""Tracker stores that forget: conversations expire instead of being kept forever.

``endpoints.yml`` names :class:`PrivacyTrackerStore`. It becomes a Redis store with
``record_exp`` when ``REDIS_URL`` is set, and an in-memory store with idle expiry
otherwise. Rasa silently falls back to a never-expiring ``InMemoryTrackerStore`` when a
configured class cannot be imported, so the web channel's health route reports the class
really in use and a test checks it.
"""

from __future__ import annotations

import os
import time
from typing import Any, Callable, Dict, Iterable, Optional, Text
from urllib.parse import urlparse

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import (
    FailSafeTrackerStore, InMemoryTrackerStore, RedisTrackerStore,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

DEFAULT_TTL_SECONDS = 30 * 60
DEFAULT_REDIS_TIMEOUT_SECONDS = 2.0


def ttl_from_env(default: float = DEFAULT_TTL_SECONDS) -> float:
    return float(os.environ.get("CONVERSATION_TTL_SECONDS", default))


class ExpiringInMemoryTrackerStore(InMemoryTrackerStore):
    """In-memory store that drops a conversation after ``idle_seconds`` without activity."""

    def __init__(self, domain: Domain, event_broker: Optional[EventBroker] = None,
                 idle_seconds: Optional[float] = None,
                 clock: Callable[[], float] = time.monotonic, **kwargs: Any) -> None:
        super().__init__(domain, event_broker, **kwargs)
        self.idle_seconds = float(idle_seconds if idle_seconds is not None else ttl_from_env())
        self.clock = clock
        self._last_seen: Dict[Text, float] = {}

    def purge_expired(self) -> int:
        """Forget every conversation idle for longer than ``idle_seconds``."""
        cutoff = self.clock() - self.idle_seconds
        expired = [s for s, seen in self._last_seen.items() if seen < cutoff]
        for sender_id in expired:
            self.store.pop(sender_id, None)
            self._last_seen.pop(sender_id, None)
        return len(expired)

    async def save(self, tracker: DialogueStateTracker) -> None:
        self.purge_expired()
        await super().save(tracker)
        self._last_seen[tracker.sender_id] = self.clock()

    async def _retrieve(self, sender_id: Text, fetch_all_sessions: bool):
        self.purge_expired()
        return await super()._retrieve(sender_id, fetch_all_sessions)

    async def keys(self) -> Iterable[Text]:
        self.purge_expired()
        return list(self.store.keys())

    async def delete(self, sender_id: Text) -> None:
        self.store.pop(sender_id, None)
        self._last_seen.pop(sender_id, None)

    def dump(self) -> Dict[Text, Text]:
        """Everything stored, serialised; used by the leak test."""
        return dict(self.store)


class StoreUnavailable(RuntimeError):
    """The conversation store (Redis) cannot be reached; the message is not processed."""


class ExpiringRedisTrackerStore(RedisTrackerStore):
    """Redis store whose keys always expire (``record_exp``) and can be deleted.

    Args:
        socket_timeout: seconds before a Redis call or connection attempt gives up.
            The Redis client is synchronous, so without it a hung Redis would stall the
            whole server; with it, the message fails fast and the user gets a kind answer.
        **kwargs: passed on to Rasa's ``RedisTrackerStore``.
    """

    def __init__(self, *args: Any, socket_timeout: float = DEFAULT_REDIS_TIMEOUT_SECONDS,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.red.connection_pool.connection_kwargs.update(
            socket_timeout=socket_timeout, socket_connect_timeout=socket_timeout)

    def ping(self) -> bool:
        """True when Redis answers; used by the health route."""
        try:
            return bool(self.red.ping())
        except Exception:  # any redis or socket error means: not reachable now
            return False

    async def delete(self, sender_id: Text) -> None:
        self.red.delete(self.key_prefix + sender_id)

    def dump(self) -> Dict[Text, Text]:
        """Every stored conversation, serialised; used by the leak test."""
        return {key.decode() if isinstance(key, bytes) else key:
                (value.decode() if isinstance(value, bytes) else value)
                for key in self.red.keys(self.key_prefix + "*")
                for value in [self.red.get(key)] if value is not None}


class PrivacyTrackerStore:
    """Factory named in endpoints.yml; returns one of the two stores above."""

    def __new__(cls, host: Optional[Text] = None, domain: Optional[Domain] = None,
                event_broker: Optional[EventBroker] = None, **kwargs: Any):
        ttl = float(kwargs.pop("ttl_seconds", None) or ttl_from_env())
        timeout = float(kwargs.pop("socket_timeout", None) or DEFAULT_REDIS_TIMEOUT_SECONDS)
        redis_url = os.environ.get("REDIS_URL")
        if redis_url:
            url = urlparse(redis_url)
            return ExpiringRedisTrackerStore(
                domain=domain, host=url.hostname or "localhost", port=url.port or 6379,
                db=int((url.path or "/0").lstrip("/") or 0), password=url.password,
                event_broker=event_broker, record_exp=max(1, int(ttl)), key_prefix="rusmiddel",
                socket_timeout=timeout)
        return ExpiringInMemoryTrackerStore(domain, event_broker, idle_seconds=ttl)


def underlying_store(store: Any) -> Any:
    """The real store behind Rasa's ``FailSafeTrackerStore`` wrapper."""
    return getattr(store, "_tracker_store", store)


def refuse_fallback(error: Exception) -> None:
    """``on_tracker_store_error`` for Rasa's ``FailSafeTrackerStore``: fail, do not fall back.

    Rasa's wrapper would otherwise carry on in a process-local in-memory store that never
    expires: the user silently loses the conversation's history, other instances cannot
    see it, and it is kept past the privacy expiry. Failing lets the channel give a kind
    answer and log the outage once.

    Raises:
        StoreUnavailable: always, with the original error as its cause.
    """
    raise StoreUnavailable(type(error).__name__) from error


def fail_loudly(store: Any) -> None:
    """Make Rasa's fail-safe wrapper raise instead of falling back, for a Redis store."""
    if (isinstance(store, FailSafeTrackerStore)
            and isinstance(underlying_store(store), ExpiringRedisTrackerStore)
            and store._on_tracker_store_error is not refuse_fallback):
        store._on_tracker_store_error = refuse_fallback
