"""The SQL store on SQLite and PostgreSQL: migrations, slots, booking, cancel, staff marks."""

from __future__ import annotations

from datetime import timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from booking.store import (
    SCHEMA_VERSION,
    BookResult,
    CancelResult,
    NewSlot,
    SqlBookingRepository,
    booking_table,
    migrate,
    schema_version,
)
from tests.booking.conftest import NOW

LATER = NOW + timedelta(days=1)


def one_slot(repository, starts=LATER, centre="skanderborg", offer="aaben_raadgivning"):
    repository.add_slots([NewSlot(centre, offer, starts, 45)])
    return repository.free_slots(centre, offer, starts - timedelta(seconds=1), 1)[0]


def book(repository, slot, code_hash="h" * 64, tail="AB"):
    return repository.book(slot.id, code_hash, tail, now=NOW, not_before=NOW)


def test_migrations_run_once_and_record_the_version(repository):
    assert migrate(repository.engine) == 0  # already applied by open()
    with repository.engine.connect() as conn:
        versions = conn.execute(select(schema_version.c.version)).scalars().all()
    assert versions == list(range(1, SCHEMA_VERSION + 1))


def test_sqlite_uses_wal(url_factory):
    repo = SqlBookingRepository.open(url_factory("sqlite"))
    try:
        with repo.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        repo.close()


def test_add_slots_is_idempotent(repository):
    slots = [NewSlot("sonderborg", "ungdomsraadgivning", LATER + timedelta(hours=h), 30)
             for h in range(3)]
    assert repository.add_slots(slots) == 3
    assert repository.add_slots(slots) == 0
    free = repository.free_slots("sonderborg", "ungdomsraadgivning", NOW, 10)
    assert [s.starts_at for s in free] == [s.starts_at.astimezone(timezone.utc) for s in slots]
    assert free[0].length_minutes == 30 and free[0].ends_at == free[0].starts_at + timedelta(minutes=30)


def test_free_slots_are_per_offer_and_after_the_given_time(repository):
    repository.add_slots([NewSlot("skanderborg", "aaben_raadgivning", NOW + timedelta(hours=1), 45),
                          NewSlot("skanderborg", "aaben_raadgivning", NOW + timedelta(hours=5), 45),
                          NewSlot("skanderborg", "ungeraadgivningen_raadgivning", LATER, 45)])
    free = repository.free_slots("skanderborg", "aaben_raadgivning", NOW + timedelta(hours=2), 10)
    assert [s.starts_at for s in free] == [NOW + timedelta(hours=5)]


def test_booking_takes_the_slot(repository):
    slot = one_slot(repository)
    assert book(repository, slot) is BookResult.BOOKED
    assert repository.free_slots(slot.centre, slot.offer, NOW, 10) == []
    found = repository.find("h" * 64)
    assert found.slot == slot and found.status == "booked" and found.code_tail == "AB"


def test_double_booking_is_refused(repository):
    slot = one_slot(repository)
    assert book(repository, slot, "a" * 64) is BookResult.BOOKED
    assert book(repository, slot, "b" * 64) is BookResult.TAKEN
    assert repository.find("b" * 64) is None


def test_an_existing_code_hash_is_reported_so_a_new_code_can_be_drawn(repository):
    first = one_slot(repository, LATER)
    second = one_slot(repository, LATER + timedelta(hours=1))
    assert book(repository, first, "a" * 64) is BookResult.BOOKED
    assert book(repository, second, "a" * 64) is BookResult.CODE_IN_USE
    assert repository.free_slots(second.centre, second.offer, NOW, 10) == [second]


def test_slots_that_started_or_do_not_exist_are_unavailable(repository):
    slot = one_slot(repository)
    assert repository.book(slot.id, "a" * 64, "AB", now=NOW,
                           not_before=slot.starts_at) is BookResult.UNAVAILABLE
    assert repository.book(999999, "b" * 64, "AB", now=NOW, not_before=NOW) is BookResult.UNAVAILABLE


def test_cancel_frees_the_slot_for_someone_else(repository):
    slot = one_slot(repository)
    book(repository, slot, "a" * 64)
    assert repository.cancel("a" * 64, NOW) is CancelResult.CANCELLED
    assert repository.find("a" * 64).status == "cancelled"
    assert repository.free_slots(slot.centre, slot.offer, NOW, 10) == [slot]
    assert book(repository, slot, "b" * 64) is BookResult.BOOKED


def test_cancel_outcomes(repository):
    slot = one_slot(repository)
    book(repository, slot, "a" * 64)
    assert repository.cancel("z" * 64, NOW) is CancelResult.NOT_FOUND
    assert repository.cancel("a" * 64, slot.starts_at + timedelta(minutes=1)) is CancelResult.TOO_LATE
    assert repository.cancel("a" * 64, NOW) is CancelResult.CANCELLED
    assert repository.cancel("a" * 64, NOW) is CancelResult.ALREADY_CANCELLED


def test_attended_bookings_cannot_be_cancelled(repository):
    slot = one_slot(repository)
    book(repository, slot, "a" * 64)
    assert repository.set_status(repository.find("a" * 64).id, "attended")
    assert repository.cancel("a" * 64, NOW) is CancelResult.TOO_LATE


def test_staff_marks(repository):
    slot = one_slot(repository)
    book(repository, slot, "a" * 64)
    booking_id = repository.find("a" * 64).id
    assert repository.set_status(booking_id, "no_show")
    assert repository.find("a" * 64).status == "no_show"
    assert repository.set_status(booking_id, "booked")
    assert not repository.set_status(booking_id + 1000, "attended")
    with pytest.raises(ValueError):
        repository.set_status(booking_id, "cancelled")
    repository.cancel("a" * 64, NOW)
    assert not repository.set_status(booking_id, "attended")


def test_bookings_between_lists_one_centre_without_cancelled(repository):
    a = one_slot(repository, LATER)
    b = one_slot(repository, LATER + timedelta(hours=1))
    other = one_slot(repository, LATER, centre="sonderborg", offer="aaben_raadgivning")
    book(repository, b, "b" * 64, "BB")
    book(repository, a, "a" * 64, "AA")
    book(repository, other, "c" * 64, "CC")
    book_cancelled = one_slot(repository, LATER + timedelta(hours=2))
    book(repository, book_cancelled, "d" * 64, "DD")
    repository.cancel("d" * 64, NOW)
    listed = repository.bookings_between("skanderborg", LATER - timedelta(hours=1),
                                         LATER + timedelta(days=1))
    assert [x.code_tail for x in listed] == ["AA", "BB"]
    assert repository.bookings_between("skanderborg", LATER + timedelta(days=1),
                                       LATER + timedelta(days=2)) == []


def test_created_time_is_rounded_to_the_hour(repository):
    slot = one_slot(repository)
    repository.book(slot.id, "a" * 64, "AB", now=NOW + timedelta(minutes=37, seconds=12),
                    not_before=NOW)
    with repository.engine.connect() as conn:
        created = conn.execute(select(booking_table.c.created_at)).scalar()
    assert (created.minute, created.second, created.microsecond) == (0, 0, 0)


def test_database_refuses_unknown_status_and_second_active_booking(repository):
    slot = one_slot(repository)
    book(repository, slot, "a" * 64)
    row = {"slot_id": slot.id, "code_hash": "b" * 64, "code_tail": "XY",
           "created_at": NOW.replace(tzinfo=None), "status": "booked"}
    with pytest.raises(IntegrityError):
        with repository.engine.begin() as conn:
            conn.execute(booking_table.insert().values(**row))
    with pytest.raises(IntegrityError):
        with repository.engine.begin() as conn:
            conn.execute(booking_table.insert().values(**{**row, "status": "maybe"}))


def test_remove_stale_slots_keeps_booked_and_wanted(repository):
    keep = NewSlot("skanderborg", "aaben_raadgivning", LATER, 45)
    gone = NewSlot("skanderborg", "aaben_raadgivning", LATER + timedelta(hours=1), 45)
    booked = NewSlot("skanderborg", "aaben_raadgivning", LATER + timedelta(hours=2), 45)
    repository.add_slots([keep, gone, booked])
    booked_slot = repository.free_slots("skanderborg", "aaben_raadgivning",
                                        booked.starts_at - timedelta(seconds=1), 1)[0]
    book(repository, booked_slot, "a" * 64)
    assert repository.remove_stale_slots([keep], after=NOW) == 1
    starts = [s.starts_at for s in repository.free_slots("skanderborg", "aaben_raadgivning", NOW, 10)]
    assert starts == [LATER]
    assert repository.find("a" * 64).status == "booked"


def test_concurrent_start_ups_migrate_once(backend, url_factory):
    import threading

    url = url_factory(backend)
    errors, repos = [], []
    barrier = threading.Barrier(6)

    def start():
        barrier.wait()
        try:
            repos.append(SqlBookingRepository.open(url))
        except Exception as err:  # noqa: BLE001 - the test reports any failure
            errors.append(err)

    threads = [threading.Thread(target=start) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        with repos[0].engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM booking_schema_version")).scalar() \
                == SCHEMA_VERSION
    finally:
        for repo in repos:
            repo.close()
