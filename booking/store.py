"""Booking store: a small repository interface and its SQLAlchemy implementation.

SQLite (a file in the data directory, WAL mode) by default, PostgreSQL when a URL is
given. Two tables hold everything, and only these columns (``tests/booking/test_schema.py``
fails on anything else):

- ``booking_slot``: id, centre, offer, starts_at (UTC), length_minutes
- ``booking``: id, slot_id, code_hash (keyed hash, see :mod:`booking.codes`), code_tail
  (last two symbols, for staff), created_at (UTC, rounded down to the hour so it cannot be
  matched against other timestamps), status

No free text, no identity, no IP address, no user agent, no conversation id.

Exactly one booking per slot is enforced by the database, not by Python locks: a unique
index on ``booking.slot_id`` over the rows that are not cancelled. A booking is one
``INSERT ... SELECT`` that also checks the slot exists and has not started; of any number
of concurrent attempts one inserts and the rest hit the unique index.
"""

from __future__ import annotations

import enum
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable, List, Optional, Protocol, Sequence, Set, Tuple

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    and_,
    create_engine,
    event,
    exists,
    func,
    literal,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import QueuePool

UTC = timezone.utc
BOOKED, CANCELLED, ATTENDED, NO_SHOW = "booked", "cancelled", "attended", "no_show"
STATUSES: Tuple[str, ...] = (BOOKED, CANCELLED, ATTENDED, NO_SHOW)
ACTIVE_STATUSES: Tuple[str, ...] = (BOOKED, ATTENDED, NO_SHOW)
STAFF_STATUSES: Tuple[str, ...] = ACTIVE_STATUSES  # staff may also undo a mark
MAX_SLOT_MINUTES = 480
_PG_MIGRATION_LOCK = 0x626F6F6B  # "book": serialises migrations of concurrent start-ups

metadata = MetaData()

schema_version = Table(
    "booking_schema_version", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
)

slot_table = Table(
    "booking_slot", metadata,
    Column("id", Integer, primary_key=True),
    Column("centre", String(40), nullable=False),
    Column("offer", String(80), nullable=False),
    Column("starts_at", DateTime(timezone=False), nullable=False),
    Column("length_minutes", Integer, nullable=False),
    UniqueConstraint("centre", "offer", "starts_at", name="uq_booking_slot_centre_offer_start"),
    CheckConstraint(f"length_minutes > 0 AND length_minutes <= {MAX_SLOT_MINUTES}",
                    name="ck_booking_slot_length"),
)
Index("ix_booking_slot_lookup", slot_table.c.centre, slot_table.c.offer, slot_table.c.starts_at)

_NOT_CANCELLED = text(f"status <> '{CANCELLED}'")
booking_table = Table(
    "booking", metadata,
    Column("id", Integer, primary_key=True),
    Column("slot_id", Integer, ForeignKey("booking_slot.id"), nullable=False),
    Column("code_hash", String(64), nullable=False),
    Column("code_tail", String(2), nullable=False),
    Column("created_at", DateTime(timezone=False), nullable=False),
    Column("status", String(10), nullable=False),
    UniqueConstraint("code_hash", name="uq_booking_code_hash"),
    CheckConstraint("status IN ({})".format(", ".join(f"'{s}'" for s in STATUSES)),
                    name="ck_booking_status"),
)
# The heart of "one booking per slot": cancelled rows free the slot again.
Index("uq_booking_active_slot", booking_table.c.slot_id, unique=True,
      sqlite_where=_NOT_CANCELLED, postgresql_where=_NOT_CANCELLED)


def _create_v1(conn: Connection) -> None:
    slot_table.create(conn)
    booking_table.create(conn)


# Append new migrations; never edit one that has shipped.
MIGRATIONS: Tuple[Callable[[Connection], None], ...] = (_create_v1,)
SCHEMA_VERSION = len(MIGRATIONS)


class BookResult(enum.Enum):
    """Outcome of one booking attempt."""

    BOOKED = "booked"
    TAKEN = "taken"              # someone else holds the slot
    UNAVAILABLE = "unavailable"  # no such slot, or it starts too soon / has started
    CODE_IN_USE = "code_in_use"  # the random code's hash exists already: draw a new code


class CancelResult(enum.Enum):
    """Outcome of a cancellation."""

    CANCELLED = "cancelled"
    NOT_FOUND = "not_found"
    ALREADY_CANCELLED = "already_cancelled"
    TOO_LATE = "too_late"        # the talk has started or staff have marked it


@dataclass(frozen=True)
class NewSlot:
    """A slot to create; ``starts_at`` is timezone-aware."""

    centre: str
    offer: str
    starts_at: datetime
    length_minutes: int

    @property
    def key(self) -> Tuple[str, str, datetime]:
        return self.centre, self.offer, _to_db(self.starts_at)


@dataclass(frozen=True)
class Slot:
    """A stored slot; ``starts_at`` is timezone-aware UTC."""

    id: int
    centre: str
    offer: str
    starts_at: datetime
    length_minutes: int

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.length_minutes)


@dataclass(frozen=True)
class Booking:
    """A stored booking as the application sees it (never the hash)."""

    id: int
    slot: Slot
    status: str
    code_tail: str


@dataclass(frozen=True)
class PurgeCounts:
    bookings: int
    slots: int


class BookingRepository(Protocol):
    """What the rest of the booking feature needs from a store."""

    def add_slots(self, slots: Iterable[NewSlot]) -> int: ...

    def remove_stale_slots(self, keep: Iterable[NewSlot], after: datetime) -> int: ...

    def free_slots(self, centre: str, offer: str, after: datetime, limit: int) -> List[Slot]: ...

    def get_slot(self, slot_id: int) -> Optional[Slot]: ...

    def book(self, slot_id: int, code_hash: str, code_tail: str,
             now: datetime, not_before: datetime) -> BookResult: ...

    def find(self, code_hash: str) -> Optional[Booking]: ...

    def cancel(self, code_hash: str, now: datetime) -> CancelResult: ...

    def bookings_between(self, centre: str, start: datetime, end: datetime) -> List[Booking]: ...

    def count_created(self, centre: str, since: datetime) -> int: ...

    def set_status(self, booking_id: int, status: str) -> bool: ...

    def purge(self, before: datetime) -> PurgeCounts: ...


def _to_db(moment: datetime) -> datetime:
    """Aware datetime -> naive UTC (the columns hold UTC without a zone on both databases)."""
    if moment.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return moment.astimezone(UTC).replace(tzinfo=None)


def _from_db(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC)


def _created_stamp(now: datetime) -> datetime:
    # Rounded down to the hour: enough to see how far ahead people book, too coarse to
    # match a booking with a conversation or a request time anywhere else.
    return _to_db(now).replace(minute=0, second=0, microsecond=0)


def create_booking_engine(url: str, pool_size: int = 5, max_overflow: int = 20) -> Engine:
    """An engine for ``url`` with the settings the store relies on.

    SQLite: the parent directory is created private (0700); every connection gets WAL
    (readers never block the writer), foreign keys and a 30 s busy timeout so concurrent
    writers wait for each other instead of failing.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        engine = create_engine(url, future=True, poolclass=QueuePool, pool_size=pool_size,
                               max_overflow=max_overflow, pool_timeout=60,
                               connect_args={"timeout": 30, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA busy_timeout=30000")
            _switch_to_wal(cursor)
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, future=True, pool_size=pool_size, max_overflow=max_overflow,
                         pool_timeout=60, pool_pre_ping=True)


def _switch_to_wal(cursor) -> None:  # type: ignore[no-untyped-def]
    """``PRAGMA journal_mode=WAL``, retried: on a new database several connections opening
    at once may find it locked while one of them switches, and SQLite does not wait for
    that with the busy timeout."""
    for attempt in range(100):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as err:
            if "locked" not in str(err) or attempt == 99:
                raise
            time.sleep(0.05)


def migrate(engine: Engine) -> int:
    """Bring the schema up to :data:`SCHEMA_VERSION`; safe when several processes start at once.

    Returns:
        The number of migrations applied.
    """
    if engine.dialect.name == "sqlite":
        # BEGIN IMMEDIATE takes the write lock before reading the version, so a second
        # process waits and then sees the first one's tables.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                applied = _apply_migrations(conn)
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
            return applied
    with engine.begin() as conn:
        conn.execute(select(func.pg_advisory_xact_lock(_PG_MIGRATION_LOCK)))
        return _apply_migrations(conn)


def _apply_migrations(conn: Connection) -> int:
    schema_version.create(conn, checkfirst=True)
    current = conn.execute(select(func.max(schema_version.c.version))).scalar() or 0
    applied = 0
    for version, step in enumerate(MIGRATIONS, start=1):
        if version > current:
            step(conn)
            conn.execute(schema_version.insert().values(version=version))
            applied += 1
    return applied


def _slot_from_row(row) -> Slot:  # type: ignore[no-untyped-def]
    return Slot(id=row.id, centre=row.centre, offer=row.offer,
                starts_at=_from_db(row.starts_at), length_minutes=row.length_minutes)


class SqlBookingRepository:
    """:class:`BookingRepository` on SQLite or PostgreSQL through SQLAlchemy Core."""

    def __init__(self, engine: Engine) -> None:
        """Args:
            engine: From :func:`create_booking_engine`; call :func:`migrate` first
                (:meth:`open` does both).
        """
        self.engine = engine
        self._insert = sqlite.insert if engine.dialect.name == "sqlite" else postgresql.insert

    @classmethod
    def open(cls, url: str, pool_size: int = 5, max_overflow: int = 20) -> "SqlBookingRepository":
        """Create the engine, run the migrations and return the repository."""
        engine = create_booking_engine(url, pool_size=pool_size, max_overflow=max_overflow)
        migrate(engine)
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ slots

    def add_slots(self, slots: Iterable[NewSlot]) -> int:
        """Insert the slots that do not exist yet (by centre, offer and start); idempotent.

        Returns:
            How many were new.
        """
        rows = [{"centre": s.centre, "offer": s.offer, "starts_at": _to_db(s.starts_at),
                 "length_minutes": s.length_minutes} for s in slots]
        if not rows:
            return 0
        stmt = self._insert(slot_table).on_conflict_do_nothing(
            index_elements=["centre", "offer", "starts_at"])
        added = 0
        with self.engine.begin() as conn:
            for row in rows:  # per row: rowcount tells what was new on both databases
                added += conn.execute(stmt, row).rowcount
        return added

    def remove_stale_slots(self, keep: Iterable[NewSlot], after: datetime) -> int:
        """Delete slots starting after ``after`` that are not in ``keep`` and not booked.

        Used when staff change the availability: their old, unbooked future times go.
        Booked slots stay (the person holding the code still comes).
        """
        wanted: Set[Tuple[str, str, datetime]] = {s.key for s in keep}
        active = exists().where(and_(booking_table.c.slot_id == slot_table.c.id,
                                     booking_table.c.status != CANCELLED))
        with self.engine.begin() as conn:
            candidates = conn.execute(
                select(slot_table.c.id, slot_table.c.centre, slot_table.c.offer,
                       slot_table.c.starts_at)
                .where(slot_table.c.starts_at > _to_db(after), ~active)).all()
            stale = [r.id for r in candidates if (r.centre, r.offer, r.starts_at) not in wanted]
            removed = 0
            for start in range(0, len(stale), 500):
                chunk = stale[start:start + 500]
                conn.execute(booking_table.delete().where(
                    booking_table.c.slot_id.in_(chunk), booking_table.c.status == CANCELLED))
                removed += conn.execute(slot_table.delete().where(
                    slot_table.c.id.in_(chunk), ~active)).rowcount
        return removed

    def free_slots(self, centre: str, offer: str, after: datetime, limit: int) -> List[Slot]:
        """The earliest unbooked slots of an offer starting after ``after``."""
        taken = exists().where(and_(booking_table.c.slot_id == slot_table.c.id,
                                    booking_table.c.status != CANCELLED))
        stmt = (select(slot_table)
                .where(slot_table.c.centre == centre, slot_table.c.offer == offer,
                       slot_table.c.starts_at > _to_db(after), ~taken)
                .order_by(slot_table.c.starts_at).limit(limit))
        with self.engine.connect() as conn:
            return [_slot_from_row(r) for r in conn.execute(stmt)]

    def get_slot(self, slot_id: int) -> Optional[Slot]:
        with self.engine.connect() as conn:
            row = conn.execute(select(slot_table).where(slot_table.c.id == slot_id)).first()
        return _slot_from_row(row) if row else None

    # --------------------------------------------------------------- bookings

    def book(self, slot_id: int, code_hash: str, code_tail: str,
             now: datetime, not_before: datetime) -> BookResult:
        """Book a slot atomically; the database decides who wins a race.

        Args:
            slot_id: The slot chosen.
            code_hash: Keyed hash of the new code.
            code_tail: The code's last two symbols.
            now: Current time (for ``created_at``).
            not_before: The slot must start after this moment.
        """
        values = select(literal(slot_id, Integer), literal(code_hash, String),
                        literal(code_tail, String), literal(_created_stamp(now), DateTime),
                        literal(BOOKED, String)).where(
            exists().where(and_(slot_table.c.id == slot_id,
                                slot_table.c.starts_at > _to_db(not_before))))
        stmt = booking_table.insert().from_select(
            ["slot_id", "code_hash", "code_tail", "created_at", "status"], values)
        try:
            with self.engine.begin() as conn:
                inserted = conn.execute(stmt).rowcount
        except IntegrityError:
            return self._why_refused(slot_id, code_hash)
        return BookResult.BOOKED if inserted == 1 else BookResult.UNAVAILABLE

    def _why_refused(self, slot_id: int, code_hash: str) -> BookResult:
        with self.engine.connect() as conn:
            if conn.execute(select(booking_table.c.id)
                            .where(booking_table.c.code_hash == code_hash)).first():
                return BookResult.CODE_IN_USE
            holder = conn.execute(select(booking_table.c.id).where(
                booking_table.c.slot_id == slot_id, booking_table.c.status != CANCELLED)).first()
        # No holder: the slot vanished meanwhile (foreign key), which is "unavailable".
        return BookResult.TAKEN if holder else BookResult.UNAVAILABLE

    def find(self, code_hash: str) -> Optional[Booking]:
        """The booking with this code hash (any status), or ``None``."""
        stmt = (select(booking_table.c.id.label("booking_id"), booking_table.c.status,
                       booking_table.c.code_tail, slot_table)
                .join(slot_table, slot_table.c.id == booking_table.c.slot_id)
                .where(booking_table.c.code_hash == code_hash))
        with self.engine.connect() as conn:
            row = conn.execute(stmt).first()
        if row is None:
            return None
        return Booking(id=row.booking_id, slot=_slot_from_row(row), status=row.status,
                       code_tail=row.code_tail)

    def cancel(self, code_hash: str, now: datetime) -> CancelResult:
        """Cancel a booking that has not started yet; the slot becomes free again."""
        not_started = select(slot_table.c.id).where(slot_table.c.starts_at > _to_db(now))
        stmt = (booking_table.update()
                .where(booking_table.c.code_hash == code_hash,
                       booking_table.c.status == BOOKED,
                       booking_table.c.slot_id.in_(not_started.scalar_subquery()))
                .values(status=CANCELLED))
        with self.engine.begin() as conn:
            if conn.execute(stmt).rowcount == 1:
                return CancelResult.CANCELLED
        found = self.find(code_hash)
        if found is None:
            return CancelResult.NOT_FOUND
        if found.status == CANCELLED:
            return CancelResult.ALREADY_CANCELLED
        return CancelResult.TOO_LATE

    def bookings_between(self, centre: str, start: datetime, end: datetime) -> List[Booking]:
        """Bookings that are not cancelled, of slots starting in ``[start, end)``, by time."""
        stmt = (select(booking_table.c.id.label("booking_id"), booking_table.c.status,
                       booking_table.c.code_tail, slot_table)
                .join(slot_table, slot_table.c.id == booking_table.c.slot_id)
                .where(slot_table.c.centre == centre,
                       slot_table.c.starts_at >= _to_db(start),
                       slot_table.c.starts_at < _to_db(end),
                       booking_table.c.status != CANCELLED)
                .order_by(slot_table.c.starts_at, booking_table.c.id))
        with self.engine.connect() as conn:
            return [Booking(id=r.booking_id, slot=_slot_from_row(r), status=r.status,
                            code_tail=r.code_tail) for r in conn.execute(stmt)]

    def count_created(self, centre: str, since: datetime) -> int:
        """Bookings of a centre, not cancelled, created in the hour of ``since`` or later.

        ``created_at`` is kept to the hour only, so this counts whole clock hours (UTC).
        """
        stmt = (select(func.count()).select_from(
                    booking_table.join(slot_table, slot_table.c.id == booking_table.c.slot_id))
                .where(slot_table.c.centre == centre,
                       booking_table.c.created_at >= _created_stamp(since),
                       booking_table.c.status != CANCELLED))
        with self.engine.connect() as conn:
            return int(conn.execute(stmt).scalar() or 0)

    def set_status(self, booking_id: int, status: str) -> bool:
        """Staff mark: ``attended``, ``no_show`` or back to ``booked``; never a cancelled one.

        Returns:
            ``False`` when there is no such (not cancelled) booking.
        """
        if status not in STAFF_STATUSES:
            raise ValueError(f"status must be one of {STAFF_STATUSES}, got {status!r}")
        stmt = (booking_table.update()
                .where(booking_table.c.id == booking_id, booking_table.c.status != CANCELLED)
                .values(status=status))
        with self.engine.begin() as conn:
            return conn.execute(stmt).rowcount == 1

    def purge(self, before: datetime) -> PurgeCounts:
        """Delete every booking of a slot that started before ``before``, then those slots."""
        old = select(slot_table.c.id).where(slot_table.c.starts_at < _to_db(before))
        with self.engine.begin() as conn:
            bookings = conn.execute(booking_table.delete().where(
                booking_table.c.slot_id.in_(old.scalar_subquery()))).rowcount
            slots = conn.execute(slot_table.delete().where(
                slot_table.c.starts_at < _to_db(before))).rowcount
        return PurgeCounts(bookings=bookings, slots=slots)


__all__: Sequence[str] = (
    "ACTIVE_STATUSES", "ATTENDED", "BOOKED", "CANCELLED", "NO_SHOW", "STATUSES",
    "BookResult", "Booking", "BookingRepository", "CancelResult", "NewSlot", "PurgeCounts",
    "Slot", "SqlBookingRepository", "create_booking_engine", "migrate",
)
