"""Retention: bookings are deleted a fixed number of days after their talk."""

from __future__ import annotations

from datetime import datetime, timedelta

from booking.store import BookingRepository, PurgeCounts

DEFAULT_RETENTION_DAYS = 30


def retention_cutoff(now: datetime, days: int = DEFAULT_RETENTION_DAYS) -> datetime:
    """Talks that started before this moment are old enough to forget."""
    if days < 0:
        raise ValueError("retention days cannot be negative")
    return now - timedelta(days=days)


def purge_past_bookings(repository: BookingRepository, now: datetime,
                        days: int = DEFAULT_RETENTION_DAYS) -> PurgeCounts:
    """Delete bookings (any status) and slots whose start is more than ``days`` days ago.

    Args:
        repository: The store.
        now: Current time (timezone-aware).
        days: Retention in days (``BOOKING_RETENTION_DAYS``, default 30).

    Returns:
        How many bookings and slots were deleted.
    """
    return repository.purge(retention_cutoff(now, days))
