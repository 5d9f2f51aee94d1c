"""Privacy of the schema: no table holds anything but the allowed fields.

The expected columns are written out here on purpose (not imported from the store): a new
column must be added to this list by hand, in review, with a reason.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import inspect, text

from booking.codes import CodeHasher
from booking.desk import BookingDesk
from booking.limits import WrongCodeLimiter
from booking.replies import ReplyKind
from booking.slots import materialise
from booking.store import SqlBookingRepository, booking_table, schema_version, slot_table
from tests.booking.conftest import NOW, PEPPER

ALLOWED = {
    "booking_schema_version": {"version"},
    "booking_slot": {"id", "centre", "offer", "starts_at", "length_minutes"},
    # code_tail: last two symbols, which staff see; created_at: rounded to the hour
    "booking": {"id", "slot_id", "code_hash", "code_tail", "created_at", "status"},
}
CONVERSATION_ID = "conversation-4f1c2e9a"


def test_only_allowed_tables_and_columns(repository):
    inspector = inspect(repository.engine)
    tables = set(inspector.get_table_names())
    assert tables == set(ALLOWED), tables
    for table in tables:
        columns = {c["name"] for c in inspector.get_columns(table)}
        assert columns == ALLOWED[table], (table, columns)
    declared = {t.name: {c.name for c in t.columns} for t in (schema_version, slot_table, booking_table)}
    assert declared == ALLOWED


def test_stored_values_hold_no_code_or_conversation(repository, availability, kb):
    materialise(repository, availability, NOW, 1)
    desk = BookingDesk(repository, availability, kb, CodeHasher(PEPPER), WrongCodeLimiter(),
                       clock=lambda: NOW)
    slot_id = int(desk.offer_slots("skanderborg", "aaben_raadgivning",
                                   CONVERSATION_ID).choices[0].value)
    booked = desk.book(slot_id, CONVERSATION_ID)  # remembered for the conversation: in memory
    assert desk.offer_slots("skanderborg", "aaben_raadgivning", CONVERSATION_ID).kind is \
        ReplyKind.ALREADY_BOOKED
    code = booked.code.replace("-", "")
    desk.lookup(CONVERSATION_ID, f"hvornår er min tid {booked.code}")
    desk.cancel(CONVERSATION_ID, "aflys ZZZZ-ZZZY")
    with repository.engine.connect() as conn:
        for table in ALLOWED:
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                for value in row:
                    shown = str(value)
                    assert code not in shown and booked.code not in shown
                    assert CONVERSATION_ID not in shown
        status, tail, code_hash = conn.execute(
            text("SELECT status, code_tail, code_hash FROM booking")).one()
    assert status == "booked" and tail == code[-2:]
    assert len(code_hash) == 64 and all(ch in "0123456789abcdef" for ch in code_hash)


def test_sqlite_files_hold_no_code(url_factory, availability, kb):
    url = url_factory("sqlite")
    repository = SqlBookingRepository.open(url)
    try:
        materialise(repository, availability, NOW, 1)
        desk = BookingDesk(repository, availability, kb, CodeHasher(PEPPER), WrongCodeLimiter(),
                           clock=lambda: NOW + timedelta(minutes=1))
        slot_id = int(desk.offer_slots("sonderborg", "aaben_raadgivning").choices[0].value)
        code = desk.book(slot_id).code
        directory = Path(url[len("sqlite:///"):]).parent
        blobs = b"".join(p.read_bytes() for p in directory.iterdir())  # db, -wal, -shm
        assert code.encode() not in blobs and code.replace("-", "").encode() not in blobs
    finally:
        repository.close()


def test_no_other_tables_in_the_postgres_schema(url_factory):
    repository = SqlBookingRepository.open(url_factory("postgresql"))
    try:
        with repository.engine.connect() as conn:
            tables = set(conn.execute(text(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = 'public'")).scalars())
            columns = set(conn.execute(text(
                "SELECT table_name || '.' || column_name FROM information_schema.columns "
                "WHERE table_schema = 'public'")).scalars())
    finally:
        repository.close()
    assert tables == set(ALLOWED)
    assert columns == {f"{t}.{c}" for t, cols in ALLOWED.items() for c in cols}
