"""The command line: ``python -m booking check|materialise|purge`` with settings from env."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from booking.store import SqlBookingRepository

ROOT = Path(__file__).resolve().parents[2]


def run(command, data_dir, **env):
    full = {**os.environ, "PYTHONPATH": str(ROOT), "BOOKING_DATA_DIR": str(data_dir), **env}
    full.pop("BOOKING_DB_URL", None)
    return subprocess.run([sys.executable, "-m", "booking", command], cwd=ROOT, env=full,
                          capture_output=True, text=True, timeout=120)


def test_check_lists_the_bookable_offers(tmp_path):
    done = run("check", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "sonderborg/ungdomsraadgivning" in done.stdout and "4 bookable offers: OK" in done.stdout
    assert not (tmp_path / "booking.sqlite3").exists()  # check touches no store


def test_materialise_twice_then_purge(tmp_path):
    first = run("materialise", tmp_path, BOOKING_WEEKS_AHEAD="2")
    assert first.returncode == 0, first.stderr
    added = int(first.stdout.split("slots: ")[1].split(" added")[0])
    assert added > 0
    second = run("materialise", tmp_path, BOOKING_WEEKS_AHEAD="2")
    assert "slots: 0 added, 0 removed" in second.stdout
    repo = SqlBookingRepository.open(f"sqlite:///{tmp_path / 'booking.sqlite3'}")
    try:
        with repo.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM booking_slot").scalar() == added
    finally:
        repo.close()
    purged = run("purge", tmp_path, BOOKING_RETENTION_DAYS="0")
    assert purged.returncode == 0 and "deleted 0 bookings" in purged.stdout


def test_invalid_availability_stops_with_the_problem(tmp_path):
    bad = tmp_path / "availability.yml"
    bad.write_text("centres:\n  vejle:\n    address: Nowhere 1\n    offers: []\n")
    done = run("check", tmp_path, BOOKING_AVAILABILITY_FILE=str(bad))
    assert done.returncode == 1 and "centres.vejle.address" in done.stderr
