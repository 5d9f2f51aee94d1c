"""BookingConfig.from_env: defaults, parsing and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from booking.config import DEFAULT_AVAILABILITY_FILE, BookingConfig


def test_defaults():
    config = BookingConfig.from_env({})
    assert config.db_url is None and config.code_pepper is None and config.staff_token is None
    assert config.retention_days == 30 and config.weeks_ahead == 4
    assert config.wrong_code_limit == 5 and config.wrong_code_window_seconds == 900
    assert config.global_wrong_code_limit == 20 and config.global_wrong_code_window_seconds == 60
    assert config.centre_bookings_per_hour == 3
    assert config.availability_file == DEFAULT_AVAILABILITY_FILE
    assert config.database_url.endswith("var/booking/booking.sqlite3")
    assert config.database_url.startswith("sqlite:///")


def test_values_from_env(tmp_path):
    config = BookingConfig.from_env({
        "BOOKING_DATA_DIR": str(tmp_path), "BOOKING_RETENTION_DAYS": "7",
        "BOOKING_WEEKS_AHEAD": "2", "BOOKING_CODE_PEPPER": "p" * 20,
        "STAFF_TOKEN": "t" * 32, "BOOKING_MIN_NOTICE_MINUTES": "0"})
    assert config.data_dir == Path(tmp_path)
    assert config.database_url == f"sqlite:///{tmp_path}/booking.sqlite3"
    assert config.retention_days == 7 and config.weeks_ahead == 2
    assert config.code_pepper == b"p" * 20 and config.staff_token == "t" * 32
    assert config.min_notice_minutes == 0


def test_postgres_url_wins():
    url = "postgresql+psycopg2://u@/db?host=/tmp/x"
    assert BookingConfig.from_env({"BOOKING_DB_URL": url}).database_url == url


@pytest.mark.parametrize("env", [
    {"BOOKING_RETENTION_DAYS": "many"}, {"BOOKING_RETENTION_DAYS": "-1"},
    {"BOOKING_WEEKS_AHEAD": "0"}, {"BOOKING_CODE_PEPPER": "short"},
    {"BOOKING_GLOBAL_WRONG_CODE_LIMIT": "0"}, {"BOOKING_CENTRE_BOOKINGS_PER_HOUR": "-1"},
])
def test_bad_values_are_refused(env):
    with pytest.raises(ValueError):
        BookingConfig.from_env(env)
