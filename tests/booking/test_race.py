"""Races: 200 concurrent attempts at one slot give exactly one booking (SQLite and PostgreSQL).

Real threads against the real store; the database's unique index decides, not a lock in
Python. The chat-level race runs 50 conversations through :class:`BookingDesk` at once.
"""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from booking.codes import CodeHasher, new_code
from booking.desk import BookingDesk
from booking.limits import WrongCodeLimiter
from booking.replies import ReplyKind
from booking.store import BookResult, NewSlot, SqlBookingRepository, booking_table
from tests.booking.conftest import NOW, PEPPER
from tests.danish import is_danish

ATTEMPTS = 200
CONVERSATIONS = 50


def run_together(count, work):
    """Start ``count`` threads at the same moment; return their results in order."""
    barrier = threading.Barrier(count)
    results = [None] * count

    def runner(index):
        barrier.wait()
        try:
            results[index] = work(index)
        except Exception as err:  # noqa: BLE001 - surfaced by the assertions
            results[index] = err

    threads = [threading.Thread(target=runner, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    return results


def active_bookings(repository, slot_id):
    with repository.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(booking_table).where(
            booking_table.c.slot_id == slot_id, booking_table.c.status != "cancelled")).scalar()


def test_200_concurrent_attempts_book_exactly_once(backend, url_factory):
    repository = SqlBookingRepository.open(url_factory(backend), pool_size=20, max_overflow=40)
    try:
        repository.add_slots([NewSlot("skanderborg", "aaben_raadgivning",
                                      NOW + timedelta(days=1), 45)])
        slot = repository.free_slots("skanderborg", "aaben_raadgivning", NOW, 1)[0]
        hasher = CodeHasher(PEPPER)
        codes = [new_code() for _ in range(ATTEMPTS)]
        results = run_together(ATTEMPTS, lambda i: repository.book(
            slot.id, hasher.digest(codes[i]), codes[i][-2:], now=NOW, not_before=NOW))
        counts = Counter(results)
        assert counts == {BookResult.BOOKED: 1, BookResult.TAKEN: ATTEMPTS - 1}, counts
        assert active_bookings(repository, slot.id) == 1
        winner = codes[results.index(BookResult.BOOKED)]
        assert repository.find(hasher.digest(winner)).slot == slot
    finally:
        repository.close()


def test_50_conversations_race_through_the_desk(backend, url_factory, availability, kb):
    repository = SqlBookingRepository.open(url_factory(backend), pool_size=20, max_overflow=40)
    try:
        desk = BookingDesk(repository, availability, kb, CodeHasher(PEPPER), WrongCodeLimiter(),
                           clock=lambda: NOW)
        from booking.slots import materialise
        materialise(repository, availability, NOW, 2)
        offered = desk.offer_slots("sonderborg", "ungdomsraadgivning")
        slot_id = int(offered.choices[0].value)
        replies = run_together(CONVERSATIONS, lambda i: desk.book(slot_id))
        kinds = Counter(r.kind for r in replies)
        assert kinds == {ReplyKind.BOOKED: 1, ReplyKind.TAKEN: CONVERSATIONS - 1}, kinds
        refusals = [r for r in replies if r.kind == ReplyKind.TAKEN]
        # every refusal is kind, Danish, offers other free times and never a code
        assert all(is_danish(r.text) and r.choices and r.code is None for r in refusals)
        assert all(str(slot_id) not in [c.value for c in r.choices] for r in refusals)
        assert active_bookings(repository, slot_id) == 1
    finally:
        repository.close()
