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
from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

DEFAULT_TTL_SECONDS = 30 * 60


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


class ExpiringRedisTrackerStore(RedisTrackerStore):
    """Redis store whose keys always expire (``record_exp``) and can be deleted."""

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
        redis_url = os.environ.get("REDIS_URL")
        if redis_url:
            url = urlparse(redis_url)
            return ExpiringRedisTrackerStore(
                domain=domain, host=url.hostname or "localhost", port=url.port or 6379,
                db=int((url.path or "/0").lstrip("/") or 0), password=url.password,
                event_broker=event_broker, record_exp=max(1, int(ttl)), key_prefix="rusmiddel")
        return ExpiringInMemoryTrackerStore(domain, event_broker, idle_seconds=ttl)


def underlying_store(store: Any) -> Any:
    """The real store behind Rasa's ``FailSafeTrackerStore`` wrapper."""
    return getattr(store, "_tracker_store", store)
