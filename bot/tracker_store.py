"""Tracker stores that forget: conversations expire instead of being kept forever.

``endpoints.yml`` names :class:`PrivacyTrackerStore`. It becomes a Redis store with
``record_exp`` when the start-up settings have a ``redis_url`` (``REDIS_URL``), and an
in-memory store with idle expiry otherwise; the expiry is the settings'
``conversation_ttl_seconds`` (``CONVERSATION_TTL_SECONDS``) unless endpoints.yml gives
``ttl_seconds``. Rasa silently falls back to a never-expiring ``InMemoryTrackerStore`` when a
configured class cannot be imported, so the web channel's health route reports the class
really in use and a test checks it.
"""

from __future__ import annotations

import time
from typing import Any, Callable, Dict, Iterable, Optional, Text
from urllib.parse import urlparse

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import (
    FailSafeTrackerStore,
    InMemoryTrackerStore,
    RedisTrackerStore,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_compat import (
    on_tracker_store_error,
    set_on_tracker_store_error,
    underlying_store,
)
from bot.startup import current_settings
from core.settings import DEFAULT_CONVERSATION_TTL_SECONDS, Settings

DEFAULT_TTL_SECONDS = DEFAULT_CONVERSATION_TTL_SECONDS
DEFAULT_REDIS_TIMEOUT_SECONDS = 2.0
__all__ = ["ExpiringInMemoryTrackerStore", "ExpiringRedisTrackerStore", "PrivacyTrackerStore",
           "StoreUnavailable", "fail_loudly", "refuse_fallback", "underlying_store"]


class ExpiringInMemoryTrackerStore(InMemoryTrackerStore):
    """In-memory store that drops a conversation after ``idle_seconds`` without activity."""

    def __init__(self, domain: Domain, event_broker: Optional[EventBroker] = None,
                 idle_seconds: Optional[float] = None,
                 clock: Callable[[], float] = time.monotonic, **kwargs: Any) -> None:
        super().__init__(domain, event_broker, **kwargs)
        self.idle_seconds = float(idle_seconds if idle_seconds is not None
                                  else DEFAULT_TTL_SECONDS)
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

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self.purge_expired()
        return await super().retrieve(sender_id)

    async def retrieve_full_tracker(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self.purge_expired()
        return await super().retrieve_full_tracker(sender_id)

    async def keys(self) -> Iterable[Text]:
        self.purge_expired()
        return list(self.store.keys())

    async def delete(self, sender_id: Text) -> None:
        self.store.pop(sender_id, None)
        self._last_seen.pop(sender_id, None)


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


class PrivacyTrackerStore:
    """Factory named in endpoints.yml; returns one of the two stores above.

    Args:
        settings: The process's settings; those of the start-up hook when not given
            (Rasa gives none: it builds the store from endpoints.yml).

    Raises:
        bot.startup.NotStarted: no settings given and Rasa was not started through
            ``python -m bot``.
    """

    def __new__(cls, host: Optional[Text] = None, domain: Optional[Domain] = None,
                event_broker: Optional[EventBroker] = None,
                settings: Optional[Settings] = None, **kwargs: Any):
        settings = settings or current_settings()
        ttl = float(kwargs.pop("ttl_seconds", None) or settings.conversation_ttl_seconds)
        timeout = float(kwargs.pop("socket_timeout", None) or DEFAULT_REDIS_TIMEOUT_SECONDS)
        redis_url = settings.redis_url
        if redis_url:
            url = urlparse(redis_url)
            return ExpiringRedisTrackerStore(
                domain=domain, host=url.hostname or "localhost", port=url.port or 6379,
                db=int((url.path or "/0").lstrip("/") or 0), password=url.password,
                event_broker=event_broker, record_exp=max(1, int(ttl)), key_prefix="rusmiddel",
                socket_timeout=timeout)
        return ExpiringInMemoryTrackerStore(domain, event_broker, idle_seconds=ttl)


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
            and on_tracker_store_error(store) is not refuse_fallback):
        set_on_tracker_store_error(store, refuse_fallback)
