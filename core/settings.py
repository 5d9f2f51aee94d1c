"""The process's settings: built once at start-up from the environment, then passed in.

Only the start-up entry points read the environment, each with one call::

    settings = Settings.from_env(os.environ)

(``python -m actions``, ``python -m bot``, ``python -m web.server``, the booking and
knowledge command-line tools). Everything else gets the ``Settings`` object, or a part of
it, as an argument; a test (``tests/core/test_settings.py``) greps the packages for other reads.

``Settings`` holds the values several parts of the assistant share (the knowledge
directory above all: the answers, the channel's redaction allow-list and its outage text
must come from the same files). The subsystems build their own sections from it, so that
``core`` depends on none of them: :meth:`booking.config.BookingConfig.from_settings`,
:meth:`insight.config.InsightConfig.from_settings`, :meth:`web.config.WebConfig.from_settings`.
They read their own variables from :attr:`Settings.env`, the frozen copy of the mapping
``from_env`` was given, never from ``os.environ``.

Variables read here (defaults in brackets):
    KNOWLEDGE_DIR         the ``knowledge/<slug>.yml`` files [knowledge/]
    CATALOGUE_DIR         the municipal catalogues the source check reads [../shared/catalogues]
    REDIS_URL             conversations in Redis; unset: in memory [unset]
    CONVERSATION_TTL_SECONDS  idle time (memory) or key expiry (Redis) of a conversation [1800]
    SENDER_SECRET         key of the stored conversation id; unset: random per process
    TRUSTED_PROXIES       overrides the channel's ``trusted_proxies`` (credentials.yml)
    BOOKING_DATA_DIR      SQLite file and generated pepper [var/booking]
    BOOKING_DB_URL        a PostgreSQL URL instead of the SQLite file [unset]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Optional

from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR

ROOT_DIR = DEFAULT_KNOWLEDGE_DIR.parent
DEFAULT_CATALOGUE_DIR = ROOT_DIR.parent / "shared" / "catalogues"
DEFAULT_DATA_DIR = ROOT_DIR / "var" / "booking"
SQLITE_FILE_NAME = "booking.sqlite3"
DEFAULT_CONVERSATION_TTL_SECONDS = 30 * 60.0


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


def env_seconds(env: Mapping[str, str], name: str, default: float) -> float:
    """A positive number of seconds from ``env[name]`` (``default`` when unset or blank).

    Raises:
        ValueError: not a number, or not above zero.
    """
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError as err:
        raise ValueError(f"{name} must be a number of seconds, got {raw!r}") from err
    if not value > 0:
        raise ValueError(f"{name} must be above 0, got {raw!r}")
    return value


def _frozen(env: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType({str(k): str(v) for k, v in env.items()})


@dataclass(frozen=True)
class Settings:
    """The shared settings; build with :meth:`from_env` at start-up or directly in tests.

    Attributes:
        knowledge_dir: Directory of the knowledge files, for every reader in the process.
        catalogue_dir: Directory of the municipal catalogues (the source check).
        redis_url: Where conversations are stored; ``None`` keeps them in memory.
        conversation_ttl_seconds: How long an idle conversation is kept.
        sender_secret: Key of the keyed hash that replaces the client's sender id;
            ``None`` means a random key per process (set it when instances share a store).
        trusted_proxies: Peers whose X-Forwarded-For names the client, overriding the
            channel's ``trusted_proxies`` from credentials.yml; ``None`` keeps that.
        data_dir: Directory of the SQLite database and the generated booking code pepper.
        db_url: A PostgreSQL URL; ``None`` means SQLite in ``data_dir``.
        env: The frozen mapping the settings were read from, for the subsystems' own
            sections (booking, insight, web); empty when built directly.
    """

    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    catalogue_dir: Path = DEFAULT_CATALOGUE_DIR
    redis_url: Optional[str] = None
    conversation_ttl_seconds: float = DEFAULT_CONVERSATION_TTL_SECONDS
    sender_secret: Optional[bytes] = field(default=None, repr=False)
    trusted_proxies: Optional[str] = None
    data_dir: Path = DEFAULT_DATA_DIR
    db_url: Optional[str] = field(default=None, repr=False)
    env: Mapping[str, str] = field(default_factory=lambda: _frozen({}), repr=False,
                                   compare=False)

    @property
    def database_url(self) -> str:
        """The relational store of bookings (and of insight counts without Redis):
        the PostgreSQL URL when one is set, else the SQLite file in ``data_dir``."""
        if self.db_url:
            return self.db_url
        return f"sqlite:///{self.data_dir / SQLITE_FILE_NAME}"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "Settings":
        """Read the variables listed in the module docstring from ``env``.

        Args:
            env: The environment; the start-up entry points pass ``os.environ``, tests a dict.

        Raises:
            ValueError: a number is malformed or out of range.
        """
        frozen = _frozen(env)
        secret = frozen.get("SENDER_SECRET") or None
        return cls(
            knowledge_dir=Path(frozen.get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR),
            catalogue_dir=Path(frozen.get("CATALOGUE_DIR") or DEFAULT_CATALOGUE_DIR),
            redis_url=frozen.get("REDIS_URL") or None,
            conversation_ttl_seconds=env_seconds(frozen, "CONVERSATION_TTL_SECONDS",
                                                 DEFAULT_CONVERSATION_TTL_SECONDS),
            sender_secret=secret.encode("utf-8") if secret else None,
            trusted_proxies=frozen.get("TRUSTED_PROXIES") or None,
            data_dir=Path(frozen.get("BOOKING_DATA_DIR") or DEFAULT_DATA_DIR),
            db_url=frozen.get("BOOKING_DB_URL") or None,
            env=frozen,
        )
