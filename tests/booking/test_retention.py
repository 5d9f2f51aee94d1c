"""Retention: bookings go a set number of days after their talk (default 30)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from booking.config import BookingConfig
from booking.retention import DEFAULT_RETENTION_DAYS, purge_past_bookings, retention_cutoff
from booking.store import NewSlot, booking_table, slot_table
from tests.booking.conftest import NOW


def booked(repository, starts, code_hash):
    repository.add_slots([NewSlot("skanderborg", "aaben_raadgivning", starts, 45)])
    slot = repository.free_slots("skanderborg", "aaben_raadgivning",
                                 starts - timedelta(seconds=1), 1)[0]
    # booked back then: "now" is just before the slot
    repository.book(slot.id, code_hash, "AB", now=starts - timedelta(days=1),
                    not_before=starts - timedelta(days=1))
    return slot


def count(repository, table):
    with repository.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar()


def test_default_is_30_days():
    assert DEFAULT_RETENTION_DAYS == 30 == BookingConfig.from_env({}).retention_days
    assert retention_cutoff(NOW) == NOW - timedelta(days=30)
    with pytest.raises(ValueError):
        retention_cutoff(NOW, -1)


def test_old_bookings_are_deleted_recent_and_future_kept(repository):
    booked(repository, NOW - timedelta(days=31), "a" * 64)
    booked(repository, NOW - timedelta(days=29), "b" * 64)
    booked(repository, NOW + timedelta(days=2), "c" * 64)
    cancelled = booked(repository, NOW - timedelta(days=40), "d" * 64)
    repository.cancel("d" * 64, cancelled.starts_at - timedelta(hours=1))
    counts = purge_past_bookings(repository, NOW)
    assert (counts.bookings, counts.slots) == (2, 2)
    assert repository.find("a" * 64) is None and repository.find("d" * 64) is None
    assert repository.find("b" * 64) is not None and repository.find("c" * 64) is not None
    assert count(repository, booking_table) == 2 and count(repository, slot_table) == 2


def test_retention_days_are_configurable(repository):
    booked(repository, NOW - timedelta(days=3), "a" * 64)
    assert purge_past_bookings(repository, NOW, days=7).bookings == 0
    assert purge_past_bookings(repository, NOW, days=2).bookings == 1
    assert repository.find("a" * 64) is None


def test_purge_twice_deletes_nothing_more(repository):
    booked(repository, NOW - timedelta(days=31), "a" * 64)
    assert purge_past_bookings(repository, NOW).bookings == 1
    again = purge_past_bookings(repository, NOW)
    assert (again.bookings, again.slots) == (0, 0)
