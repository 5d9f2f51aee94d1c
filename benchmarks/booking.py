"""Bookings per second on SQLite and PostgreSQL: ``make bench-booking``.

Each booking is what the chat does: draw a random code, HMAC it, one atomic
``INSERT ... SELECT`` against the unique index, commit. Measured on a fresh store:

- sequential: one thread books N distinct slots;
- concurrent: T threads book N distinct slots together;
- contended: A threads race for one slot (must give exactly 1 booking).

PostgreSQL is ``BOOKING_DB_URL`` when set, else a throwaway durable cluster (fsync on,
Unix socket only); it is skipped, with the reason printed, when it cannot run here.
Prints numbers only; nothing is asserted on time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict, List, Optional

from booking.codes import CodeHasher, code_tail, new_code
from booking.store import BookResult, NewSlot, SqlBookingRepository

NOW = datetime(2030, 1, 7, 8, 0, tzinfo=timezone.utc)
PEPPER = b"benchmark-pepper-0123456789"


def _slots(repository: SqlBookingRepository, count: int, offer: str) -> List[int]:
    repository.add_slots(NewSlot("bench", offer, NOW + timedelta(minutes=30 * i), 30)
                         for i in range(1, count + 1))
    return [s.id for s in repository.free_slots("bench", offer, NOW, count)]


def _book_one(repository: SqlBookingRepository, hasher: CodeHasher, slot_id: int) -> BookResult:
    while True:
        code = new_code()
        result = repository.book(slot_id, hasher.digest(code), code_tail(code),
                                 now=NOW, not_before=NOW)
        if result is not BookResult.CODE_IN_USE:
            return result


def _run_threads(threads: int, work: Callable[[int], None]) -> float:
    barrier = threading.Barrier(threads + 1)

    def runner(index: int) -> None:
        barrier.wait()
        work(index)

    pool = [threading.Thread(target=runner, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    barrier.wait()
    start = time.perf_counter()
    for t in pool:
        t.join()
    return time.perf_counter() - start


def measure(url: str, count: int, threads: int, racers: int) -> Dict[str, float]:
    """Run the three measurements on the store at ``url`` (which must be empty)."""
    repository = SqlBookingRepository.open(url, pool_size=max(threads, 5),
                                           max_overflow=max(racers, 20))
    hasher = CodeHasher(PEPPER)
    try:
        results: Dict[str, float] = {}
        # sequential
        ids = _slots(repository, count, "sequential")
        latencies: List[float] = []
        start = time.perf_counter()
        for slot_id in ids:
            t0 = time.perf_counter()
            assert _book_one(repository, hasher, slot_id) is BookResult.BOOKED
            latencies.append(time.perf_counter() - t0)
        elapsed = time.perf_counter() - start
        latencies.sort()
        results["sequential_per_s"] = count / elapsed
        results["sequential_p50_ms"] = 1000 * statistics.median(latencies)
        results["sequential_p95_ms"] = 1000 * latencies[int(0.95 * (len(latencies) - 1))]
        # concurrent, distinct slots
        ids = _slots(repository, count, "concurrent")
        outcomes: List[BookResult] = []
        lock = threading.Lock()

        def worker(index: int) -> None:
            mine = [_book_one(repository, hasher, s) for s in ids[index::threads]]
            with lock:
                outcomes.extend(mine)

        elapsed = _run_threads(threads, worker)
        assert Counter(outcomes) == {BookResult.BOOKED: count}
        results["concurrent_per_s"] = count / elapsed
        # contended: one slot, many racers
        (race_slot,) = _slots(repository, 1, "race")
        race: List[BookResult] = []

        def racer(_: int) -> None:
            outcome = _book_one(repository, hasher, race_slot)
            with lock:
                race.append(outcome)

        elapsed = _run_threads(racers, racer)
        counts = Counter(race)
        assert counts == {BookResult.BOOKED: 1, BookResult.TAKEN: racers - 1}, counts
        results["race_attempts_per_s"] = racers / elapsed
        return results
    finally:
        repository.close()


def _print(name: str, numbers: Dict[str, float], count: int, threads: int, racers: int) -> None:
    print(f"{name}:")
    print(f"  sequential   {numbers['sequential_per_s']:8.0f} bookings/s  "
          f"(p50 {numbers['sequential_p50_ms']:.2f} ms, p95 {numbers['sequential_p95_ms']:.2f} ms,"
          f" {count} bookings, 1 thread)")
    print(f"  concurrent   {numbers['concurrent_per_s']:8.0f} bookings/s  "
          f"({count} bookings, {threads} threads, distinct slots)")
    print(f"  one slot     {numbers['race_attempts_per_s']:8.0f} attempts/s  "
          f"({racers} threads, 1 booked, {racers - 1} refused)")


def _postgres_url() -> Optional[str]:
    """``BOOKING_DB_URL`` or a throwaway cluster (started here, stopped at exit)."""
    if os.environ.get("BOOKING_DB_URL"):
        return os.environ["BOOKING_DB_URL"]
    import atexit

    from tests.booking.pg_cluster import PostgresUnavailable, TempPostgres

    cluster = TempPostgres(durable=True)
    try:
        cluster.start()
    except PostgresUnavailable as err:
        print(f"postgresql: skipped ({err})")
        return None
    atexit.register(cluster.stop)
    return cluster.create_database()


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Bookings per second on SQLite and PostgreSQL.")
    parser.add_argument("--bookings", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--racers", type=int, default=200)
    parser.add_argument("--backend", choices=("all", "sqlite", "postgresql"), default="all")
    args = parser.parse_args(argv)
    print(f"booking benchmark: {os.cpu_count()} cores")
    if args.backend in ("all", "sqlite"):
        with tempfile.TemporaryDirectory(prefix="booking-bench-") as directory:
            url = f"sqlite:///{directory}/booking.sqlite3"
            _print("sqlite (WAL, synchronous=FULL)",
                   measure(url, args.bookings, args.threads, args.racers),
                   args.bookings, args.threads, args.racers)
    if args.backend in ("all", "postgresql"):
        url = _postgres_url()
        if url is not None:
            _print("postgresql (fsync on)", measure(url, args.bookings, args.threads, args.racers),
                   args.bookings, args.threads, args.racers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
