"""Limits of the booking desk kept in memory only: wrong codes, one booking per conversation.

Neither keeps a conversation id: keys are an HMAC of the id with a key that lives only in
this process. The limit on new bookings per centre and hour is counted in the database
(:meth:`booking.store.BookingRepository.count_created`), not here.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import OrderedDict, deque
from datetime import datetime
from typing import Callable, Deque, Optional, Tuple

GLOBAL_KEY = "*"  # the one key of the limiter across all conversations


class WrongCodeLimiter:
    """In-memory limit on wrong codes per conversation (nothing is written anywhere).

    Conversations are keyed by an HMAC of their id with a key that lives only in this
    process, so even the memory holds no conversation id. Each key keeps the times of its
    recent wrong codes (at most ``limit``); the number of keys is capped.
    """

    def __init__(self, limit: int = 5, window_seconds: float = 900.0, max_keys: int = 50_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """Args:
            limit: Wrong codes allowed within the window.
            window_seconds: Length of the sliding window.
            max_keys: Most conversations tracked; the oldest are forgotten first.
            clock: Seconds, monotonic; injected in tests.
        """
        self.limit = limit
        self.window_seconds = window_seconds
        self._max_keys = max_keys
        self._clock = clock
        self._key = secrets.token_bytes(32)
        self._hits: "OrderedDict[bytes, Deque[float]]" = OrderedDict()
        self._lock = threading.Lock()

    def _id(self, conversation_id: str) -> bytes:
        return hmac.new(self._key, conversation_id.encode("utf-8"), hashlib.sha256).digest()

    def _recent(self, key: bytes, now: float) -> Deque[float]:
        hits = self._hits.get(key)
        if hits is None:
            return deque()
        while hits and now - hits[0] >= self.window_seconds:
            hits.popleft()
        if not hits:
            del self._hits[key]
        return hits

    def blocked(self, conversation_id: str) -> bool:
        """True when this conversation has used up its wrong codes for now."""
        with self._lock:
            return len(self._recent(self._id(conversation_id), self._clock())) >= self.limit

    def record_wrong(self, conversation_id: str) -> None:
        """Count one wrong code for this conversation."""
        key = self._id(conversation_id)
        with self._lock:
            now = self._clock()
            hits = self._recent(key, now)
            hits.append(now)
            while len(hits) > self.limit:
                hits.popleft()
            self._hits[key] = hits
            self._hits.move_to_end(key)
            while len(self._hits) > self._max_keys:
                self._hits.popitem(last=False)


class ActiveBookings:
    """The booking each conversation made, in memory only, until its talk starts.

    Lets the desk refuse a second booking in the same conversation without writing a
    conversation id anywhere: keys are an HMAC of the conversation id with a key that lives
    only in this process (like :class:`WrongCodeLimiter`), values the booking's code hash
    (the same value the database holds) and start. An entry is dropped when the talk starts
    and, when asked, if the database says it is no longer booked (cancelled by its code or
    marked by staff); at most ``max_keys`` are kept. A restart forgets everything: then a
    conversation may book once more.
    """

    def __init__(self, max_keys: int = 50_000) -> None:
        self._max_keys = max_keys
        self._key = secrets.token_bytes(32)
        self._entries: "OrderedDict[bytes, Tuple[str, datetime]]" = OrderedDict()
        self._lock = threading.Lock()

    def _id(self, conversation_id: str) -> bytes:
        return hmac.new(self._key, conversation_id.encode("utf-8"), hashlib.sha256).digest()

    def remember(self, conversation_id: str, code_hash: str, starts_at: datetime,
                 now: datetime) -> None:
        with self._lock:
            for key in [k for k, (_, start) in self._entries.items() if start <= now]:
                del self._entries[key]
            key = self._id(conversation_id)
            self._entries[key] = (code_hash, starts_at)
            self._entries.move_to_end(key)
            while len(self._entries) > self._max_keys:
                self._entries.popitem(last=False)

    def get(self, conversation_id: str, now: datetime) -> Optional[str]:
        """The code hash of this conversation's booking whose talk has not started, or None."""
        key = self._id(conversation_id)
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[1] <= now:
                del self._entries[key]
                return None
            return entry[0]

    def forget(self, conversation_id: str) -> None:
        with self._lock:
            self._entries.pop(self._id(conversation_id), None)

    def __len__(self) -> int:
        return len(self._entries)

