"""Insight settings: the insight section of the process's :class:`core.settings.Settings`.

Built at start-up with :meth:`InsightConfig.from_settings` from the ``INSIGHT_*`` variables
of the mapping the settings were read from; nothing here reads ``os.environ``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Mapping, Optional

from core.settings import Settings, env_int
from insight.suppress import K

ALL = "*"
MIN_TOKEN_LENGTH = 16
_SLUG = re.compile(r"^(?:[a-z0-9_]{1,40}|\*)$")


def parse_tokens(raw: Optional[str]) -> Dict[str, str]:
    """``"soenderborg:<token>,vejle:<token>,*:<token>"`` -> {token: municipality or "*"}.

    Raises:
        ValueError: Malformed entry, short token, or one token for two municipalities.
    """
    tokens: Dict[str, str] = {}
    for part in (raw or "").split(","):
        part = part.strip()
        if not part:
            continue
        slug, sep, token = part.partition(":")
        slug, token = slug.strip(), token.strip()
        if not sep or not _SLUG.match(slug):
            raise ValueError("INSIGHT_TOKENS entries look like <municipality>:<token>")
        if len(token) < MIN_TOKEN_LENGTH:
            raise ValueError(f"INSIGHT_TOKENS tokens must be at least {MIN_TOKEN_LENGTH} "
                             "characters")
        if token in tokens and tokens[token] != slug:
            raise ValueError("INSIGHT_TOKENS: one token names two municipalities")
        tokens[token] = slug
    return tokens


@dataclass(frozen=True)
class InsightConfig:
    """Attributes:
        enabled: Count at all (``INSIGHT_ENABLED=0`` turns counting off).
        redis_url: ``INSIGHT_REDIS_URL``: counters in Redis (cluster profile); else the
            booking database (``BOOKING_DB_URL`` or the SQLite file).
        tokens: ``INSIGHT_TOKENS``: bearer token -> municipality (``*`` = all).
        k: Smallest count shown (``INSIGHT_MIN_CELL``, at least 5).
        flush_seconds: How often a process writes its buffered counts.
        hour_days: Days after which hour counters roll up into weeks.
        weeks: Weeks shown on the staff page.
        show_open_week: Also show the running week (demos and tests; off by default,
            because a page that changes hour by hour can be compared before and after).
        database_url: Where counts go without ``redis_url``: the relational store of the
            settings (``BOOKING_DB_URL`` or the SQLite file); ``None`` when built directly.
    """

    enabled: bool = True
    redis_url: Optional[str] = None
    tokens: Dict[str, str] = field(default_factory=dict)
    k: int = K
    flush_seconds: float = 10.0
    hour_days: int = 90
    weeks: int = 12
    show_open_week: bool = False
    database_url: Optional[str] = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "InsightConfig":
        """The section of ``Settings.from_env(env)``; for tools and tests that have a mapping."""
        return cls.from_settings(Settings.from_env(env))

    @classmethod
    def from_settings(cls, settings: Settings) -> "InsightConfig":
        """Read ``INSIGHT_*`` from ``settings.env``; the database is the settings' own.

        Raises:
            ValueError: a number is malformed or out of range, or ``INSIGHT_TOKENS`` is.
        """
        env = settings.env
        return cls(
            enabled=env.get("INSIGHT_ENABLED", "1") not in ("0", "false", "no"),
            redis_url=env.get("INSIGHT_REDIS_URL") or None,
            tokens=parse_tokens(env.get("INSIGHT_TOKENS")),
            k=env_int(env, "INSIGHT_MIN_CELL", K, K),
            flush_seconds=float(env_int(env, "INSIGHT_FLUSH_SECONDS", 10, 1)),
            hour_days=env_int(env, "INSIGHT_HOUR_DAYS", 90, 1),
            weeks=env_int(env, "INSIGHT_WEEKS", 12, 1),
            show_open_week=env.get("INSIGHT_SHOW_OPEN_WEEK", "0") == "1",
            database_url=settings.database_url,
        )
