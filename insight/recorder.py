"""Counting at the edge of a turn: increment a counter in memory, write in batches.

``record`` takes a lock and adds one to a dict entry (microseconds); a daemon thread writes
the buffered increments to the store every ``flush_seconds`` and rolls old hour counters
up into weeks once an hour. Nothing here ever raises into a turn: failures are logged by
kind only (never a key, never text) and the counts are kept for the next attempt, up to a
bound.
"""

from __future__ import annotations

import atexit
import logging
import threading
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Callable, Dict, Optional, Tuple

from insight.model import Bucket, CellKey, hour_bucket
from insight.store import InsightStore

if TYPE_CHECKING:  # pragma: no cover
    from insight.config import InsightConfig

logger = logging.getLogger(__name__)
MAX_PENDING_KEYS = 50_000  # a store outage cannot eat the process's memory
ROLL_UP_EVERY = timedelta(hours=1)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Recorder:
    """Buffered counters over an :class:`~insight.store.InsightStore`.

    Args:
        store: Where counts go.
        flush_seconds: Interval of the writer thread; ``0`` means no thread (call
            :meth:`flush` yourself, as tests do).
        hour_days: Hour counters older than this are rolled up into weeks.
        clock: Current time (timezone-aware).
    """

    def __init__(self, store: InsightStore, flush_seconds: float = 10.0, hour_days: int = 90,
                 clock: Callable[[], datetime] = _now) -> None:
        self.store = store
        self.hour_days = hour_days
        self.clock = clock
        self._pending: Dict[Tuple[Bucket, CellKey], int] = {}
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._stop = threading.Event()
        self._rolled: Optional[datetime] = None
        self._thread: Optional[threading.Thread] = None
        if flush_seconds > 0:
            self._thread = threading.Thread(target=self._run, args=(flush_seconds,),
                                            name="insight-flush", daemon=True)
            self._thread.start()
            atexit.register(self.close)

    def record(self, key: Optional[CellKey]) -> None:
        """Count one event now. Never raises."""
        if key is None:
            return
        try:
            bucket = hour_bucket(self.clock())
            with self._lock:
                if len(self._pending) < MAX_PENDING_KEYS or (bucket, key) in self._pending:
                    self._pending[(bucket, key)] = self._pending.get((bucket, key), 0) + 1
        except Exception as exc:  # counting must never break a turn
            logger.warning("insight: could not count (%s)", type(exc).__name__)

    def flush(self) -> bool:
        """Write what is buffered; True on success (or nothing to write)."""
        with self._flush_lock:
            with self._lock:
                batch, self._pending = self._pending, {}
            if not batch:
                return True
            try:
                self.store.add(batch)
                return True
            except Exception as exc:
                logger.warning("insight: store unreachable, counts kept for later (%s)",
                               type(exc).__name__)
                with self._lock:
                    for key, n in batch.items():
                        if len(self._pending) < MAX_PENDING_KEYS or key in self._pending:
                            self._pending[key] = self._pending.get(key, 0) + n
                return False

    def roll_up(self) -> int:
        """Fold hour counters older than ``hour_days`` into weeks; returns rows folded."""
        try:
            cutoff = hour_bucket(self.clock() - timedelta(days=self.hour_days)).start
            return self.store.roll_up(cutoff)
        except Exception as exc:
            logger.warning("insight: roll-up failed (%s)", type(exc).__name__)
            return 0

    def _run(self, interval: float) -> None:
        while not self._stop.wait(interval):
            self.flush()
            now = self.clock()
            if self._rolled is None or now - self._rolled >= ROLL_UP_EVERY:
                self._rolled = now
                self.roll_up()

    def close(self) -> None:
        """Stop the writer thread and write what is left."""
        self._stop.set()
        self.flush()


class NullRecorder:
    """Counts nothing (counting switched off, or in unit tests of the channel)."""

    def record(self, key: Optional[CellKey]) -> None:
        return None

    def flush(self) -> bool:
        return True


def recorder_for(config: "InsightConfig") -> "Recorder | NullRecorder":
    """The recorder ``config`` asks for (built at start-up from the process's settings);
    a broken configuration counts nothing and says so once (the assistant itself must keep
    working)."""
    from insight.store import open_store

    try:
        if not config.enabled:
            return NullRecorder()
        if config.redis_url is None and config.database_url is None:
            raise ValueError("neither INSIGHT_REDIS_URL nor a database is configured")
        store = open_store(config.redis_url, config.database_url or "")
        return Recorder(store, flush_seconds=config.flush_seconds, hour_days=config.hour_days)
    except Exception as exc:
        logger.error("insight: counting is off, the store could not be opened (%s)",
                     type(exc).__name__)
        return NullRecorder()
