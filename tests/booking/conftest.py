"""Fixtures of the booking tests: stores on SQLite and (when it can run) PostgreSQL."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable, Iterator

import pytest

from booking.codes import CodeHasher
from booking.config import DEFAULT_AVAILABILITY_FILE
from booking.desk import BookingDesk
from booking.limits import WrongCodeLimiter
from booking.slots import Availability, load_availability, materialise
from booking.store import SqlBookingRepository
from core.hours import COPENHAGEN
from tests.booking.pg_cluster import PostgresUnavailable, TempPostgres

# Wednesday 25 November 2026, 10:00 in Copenhagen.
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=COPENHAGEN)
PEPPER = b"test-pepper-0123456789abcdef"
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[TempPostgres]:
    cluster = TempPostgres()
    try:
        cluster.start()
    except PostgresUnavailable as err:
        pytest.skip(f"PostgreSQL tests skipped: {err}")
    yield cluster
    cluster.stop()


@pytest.fixture
def url_factory(request, tmp_path: Path) -> Callable[[str], str]:
    """``make("sqlite")`` / ``make("postgresql")`` -> URL of a new, empty database."""
    counter = iter(range(1000))

    def make(backend: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / f'db{next(counter)}' / 'booking.sqlite3'}"
        return request.getfixturevalue("pg_cluster").create_database()

    return make


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def repository(backend: str, url_factory) -> Iterator[SqlBookingRepository]:
    repo = SqlBookingRepository.open(url_factory(backend))
    yield repo
    repo.close()


@pytest.fixture(scope="session")
def availability(kb) -> Availability:
    return load_availability(DEFAULT_AVAILABILITY_FILE, kb)


@pytest.fixture
def make_desk(repository, availability, kb):
    """A desk on the test store with materialised slots and a fixed clock."""

    def make(clock=lambda: NOW, limiter=None, code_source=None) -> BookingDesk:
        materialise(repository, availability, clock(), 4)
        kwargs = {"code_source": code_source} if code_source else {}
        return BookingDesk(repository, availability, kb, CodeHasher(PEPPER),
                           limiter or WrongCodeLimiter(), clock=clock, **kwargs)

    return make
