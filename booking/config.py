"""Booking settings: the booking section of the process's :class:`core.settings.Settings`.

Built at start-up with :meth:`BookingConfig.from_settings`; the shared values (knowledge
directory, data directory, database URL) come from the settings object, the ``BOOKING_*``
and ``STAFF_TOKEN`` variables from the mapping it was read from. Nothing here reads
``os.environ``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional

from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR
from core.settings import DEFAULT_DATA_DIR, SQLITE_FILE_NAME, Settings, env_int

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_AVAILABILITY_FILE = PACKAGE_DIR / "availability.yml"


@dataclass(frozen=True)
class BookingConfig:
    """Everything the booking feature needs; build it with :meth:`from_settings` or directly.

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
    def from_env(cls, env: Mapping[str, str]) -> "BookingConfig":
        """The section of ``Settings.from_env(env)``; for tools and tests that have a mapping.

        Raises:
            ValueError: A number is malformed or out of range, or the pepper is too short.
        """
        return cls.from_settings(Settings.from_env(env))

    @classmethod
    def from_settings(cls, settings: Settings) -> "BookingConfig":
        """Read ``BOOKING_*`` and ``STAFF_TOKEN`` from ``settings.env`` (defaults for the
        rest); the data directory, database and knowledge directory are the settings' own.

        Raises:
            ValueError: A number is malformed or out of range, or the pepper is too short.
        """
        env = settings.env
        pepper = env.get("BOOKING_CODE_PEPPER") or None
        if pepper is not None and len(pepper) < 16:
            raise ValueError("BOOKING_CODE_PEPPER must be at least 16 characters")
        return cls(
            data_dir=settings.data_dir,
            db_url=settings.db_url,
            code_pepper=pepper.encode("utf-8") if pepper else None,
            availability_file=Path(env.get("BOOKING_AVAILABILITY_FILE")
                                   or DEFAULT_AVAILABILITY_FILE),
            knowledge_dir=settings.knowledge_dir,
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
