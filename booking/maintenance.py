"""Keeping the booking store current, on a timer and never inside a user's turn.

Every ``Maintenance.every`` (an hour) the next weeks' slots are materialised and bookings
past their retention are purged. :class:`MaintenanceTimer` runs that on a daemon thread:
the first run right after it starts (so a process that lives less than an hour still
purges), then once per interval, until :meth:`MaintenanceTimer.stop`.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, Optional

from sqlalchemy.exc import SQLAlchemyError

from booking.retention import purge_past_bookings
from booking.slots import Availability, materialise
from booking.store import BookingRepository

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Maintenance:
    """How the desk keeps its store current: slots ahead, retention, how often."""

    weeks_ahead: int = 4
    retention_days: int = 30
    every: timedelta = timedelta(hours=1)


def maintain(repository: BookingRepository, availability: Availability, now: datetime,
             maintenance: Maintenance) -> bool:
    """Materialise the next weeks' slots and purge old bookings, as of ``now``.

    Both steps are idempotent, so several processes doing this is harmless. A database
    failure is logged (its type only) and left to the next run.

    Returns:
        Whether both steps ran.
    """
    try:
        materialise(repository, availability, now, maintenance.weeks_ahead)
        purge_past_bookings(repository, now, maintenance.retention_days)
    except SQLAlchemyError as err:
        logger.warning("booking maintenance failed (%s); will retry", type(err).__name__)
        return False
    return True


class MaintenanceTimer:
    """Runs ``job`` on a daemon thread: at start, then every ``every`` until stopped.

    Args:
        job: The work of one run; an exception is logged (its type only) and the timer
            goes on.
        every: Time between the end of one run and the start of the next.
        name: The thread's name.
    """

    def __init__(self, job: Callable[[], object], every: timedelta,
                 name: str = "booking-maintenance") -> None:
        if every <= timedelta(0):
            raise ValueError("the maintenance interval must be positive")
        self._job = job
        self._seconds = every.total_seconds()
        self._name = name
        self._stopped = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def start(self) -> "MaintenanceTimer":
        """Start the thread (once; later calls do nothing while it runs)."""
        with self._lock:
            if self.running:
                return self
            self._stopped.clear()
            self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the thread and wait for a run in progress to end."""
        with self._lock:
            thread, self._thread = self._thread, None
            self._stopped.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    def _loop(self) -> None:
        while not self._stopped.is_set():
            try:
                self._job()
            except Exception as err:  # noqa: BLE001 - the timer must outlive one bad run
                logger.warning("booking maintenance crashed (%s)", type(err).__name__)
            if self._stopped.wait(self._seconds):
                return


class StoreMaintainer:
    """The maintenance of one desk's store: run it now, or start and stop its timer.

    Args:
        repository: The store.
        availability: The bookable offers whose slots are materialised.
        maintenance: Weeks ahead, retention and interval.
        clock: Current time, timezone-aware (the desk's clock; injected in tests).
    """

    def __init__(self, repository: BookingRepository, availability: Availability,
                 maintenance: Maintenance, clock: Callable[[], datetime]) -> None:
        self.repository = repository
        self.availability = availability
        self.maintenance = maintenance
        self.clock = clock
        self.timer = MaintenanceTimer(self.run, maintenance.every)
        self._lock = threading.Lock()

    def run(self) -> bool:
        """Materialise and purge now, as of the clock (one run at a time); whether it ran."""
        with self._lock:
            return maintain(self.repository, self.availability, self.clock(), self.maintenance)

    def start(self) -> "StoreMaintainer":
        """Run on the timer's thread now and every ``maintenance.every``."""
        self.timer.start()
        return self

    def stop(self) -> None:
        self.timer.stop()

    @property
    def running(self) -> bool:
        return self.timer.running
