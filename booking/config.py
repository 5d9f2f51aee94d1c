"""Booking settings, read from the environment only in :meth:`BookingConfig.from_env`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT_DIR = PACKAGE_DIR.parent
DEFAULT_DATA_DIR = ROOT_DIR / "var" / "booking"
DEFAULT_AVAILABILITY_FILE = PACKAGE_DIR / "availability.yml"
SQLITE_FILE_NAME = "booking.sqlite3"


def env_int(env: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    """The whole number ``env[name]`` (``default`` when unset or blank), at least ``minimum``.

    Raises:
        ValueError: not a whole number, or below ``minimum``.
    """
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError as err:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from err
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    return value


@dataclass(frozen=True)
class BookingConfig:
    """Everything the booking feature needs; build it with :meth:`from_env` or directly.

    Attributes:
        data_dir: Directory of the SQLite file and the generated code pepper.
        db_url: SQLAlchemy URL of a PostgreSQL database; ``None`` means SQLite in ``data_dir``.
        code_pepper: Secret key for hashing booking codes; ``None`` means a generated key
            in ``data_dir`` (see :func:`booking.codes.load_or_create_pepper`). Set it when
            processes on several hosts share one PostgreSQL database: they need one key.
        availability_file: Weekly availability per centre and offer.
        knowledge_dir: Directory of the ``knowledge/<slug>.yml`` files.
        weeks_ahead: How many weeks of slots to materialise.
        retention_days: Days after a slot's start before its bookings are deleted.
        min_notice_minutes: Slots starting sooner than this are not offered.
        wrong_code_limit: Wrong codes allowed per conversation within the window.
        wrong_code_window_seconds: Length of that window.
        global_wrong_code_limit: Wrong codes allowed across all conversations of a process
            within ``global_wrong_code_window_seconds`` (a guesser can start a new
            conversation per try; see README for the arithmetic).
        global_wrong_code_window_seconds: Length of that window.
        centre_bookings_per_hour: New bookings per centre and clock hour through the chat;
            0 means no limit.
        staff_token: Bearer token of the staff view; ``None`` disables the view.
    """

    data_dir: Path = DEFAULT_DATA_DIR
    db_url: Optional[str] = None
    code_pepper: Optional[bytes] = None
    availability_file: Path = DEFAULT_AVAILABILITY_FILE
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    weeks_ahead: int = 4
    retention_days: int = 30
    min_notice_minutes: int = 120
    wrong_code_limit: int = 5
    wrong_code_window_seconds: int = 900
    global_wrong_code_limit: int = 20
    global_wrong_code_window_seconds: int = 60
    centre_bookings_per_hour: int = 3
    staff_token: Optional[str] = None

    @property
    def database_url(self) -> str:
        """The PostgreSQL URL when one is set, else the SQLite file in ``data_dir``."""
        if self.db_url:
            return self.db_url
        return f"sqlite:///{self.data_dir / SQLITE_FILE_NAME}"

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "BookingConfig":
        """Read ``BOOKING_*`` and ``STAFF_TOKEN`` variables (defaults for the rest).

        Args:
            env: Variables to read; ``os.environ`` when omitted.

        Raises:
            ValueError: A number is malformed or out of range, or the pepper is too short.
        """
        env = os.environ if env is None else env
        pepper = env.get("BOOKING_CODE_PEPPER") or None
        if pepper is not None and len(pepper) < 16:
            raise ValueError("BOOKING_CODE_PEPPER must be at least 16 characters")
        return cls(
            data_dir=Path(env.get("BOOKING_DATA_DIR") or DEFAULT_DATA_DIR),
            db_url=env.get("BOOKING_DB_URL") or None,
            code_pepper=pepper.encode("utf-8") if pepper else None,
            availability_file=Path(env.get("BOOKING_AVAILABILITY_FILE")
                                   or DEFAULT_AVAILABILITY_FILE),
            knowledge_dir=Path(env.get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR),
            weeks_ahead=env_int(env, "BOOKING_WEEKS_AHEAD", 4, 1),
            retention_days=env_int(env, "BOOKING_RETENTION_DAYS", 30, 0),
            min_notice_minutes=env_int(env, "BOOKING_MIN_NOTICE_MINUTES", 120, 0),
            wrong_code_limit=env_int(env, "BOOKING_WRONG_CODE_LIMIT", 5, 1),
            wrong_code_window_seconds=env_int(env, "BOOKING_WRONG_CODE_WINDOW_SECONDS", 900, 1),
            global_wrong_code_limit=env_int(env, "BOOKING_GLOBAL_WRONG_CODE_LIMIT", 20, 1),
            global_wrong_code_window_seconds=env_int(
                env, "BOOKING_GLOBAL_WRONG_CODE_WINDOW_SECONDS", 60, 1),
            centre_bookings_per_hour=env_int(env, "BOOKING_CENTRE_BOOKINGS_PER_HOUR", 3, 0),
            staff_token=env.get("STAFF_TOKEN") or None,
        )
