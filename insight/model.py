"""What one count is: its key (municipality, topic, entry kind, outcome) and its time bucket.

No text, no sender id, no IP, no user agent, and no time finer than the clock hour ever
enters a key; every part is checked against a closed vocabulary or a strict pattern, so a
caller cannot smuggle free text into the store by mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Mapping, Optional, Tuple
from zoneinfo import ZoneInfo

UTC = timezone.utc
COPENHAGEN = ZoneInfo("Europe/Copenhagen")

HOUR, WEEK = "hour", "week"
BUCKET_KINDS: Tuple[str, ...] = (HOUR, WEEK)

ANSWERED = "answered"
CANNOT_ANSWER = "cannot_answer"
FALLBACK = "fallback"
CRISIS = "crisis"
TRIAGE = "triage_recommendation"
BOOKING_MADE = "booking_made"
BOOKING_CANCELLED = "booking_cancelled"
QUICK_EXIT = "quick_exit"
HELPFUL = "helpful"
NOT_HELPFUL = "not_helpful"
# One of these per user turn, chosen by this order of importance when several actions of
# one turn report something (a crisis answer outranks everything else in that turn).
TURN_OUTCOMES: Tuple[str, ...] = (CRISIS, BOOKING_MADE, BOOKING_CANCELLED, TRIAGE,
                                  CANNOT_ANSWER, FALLBACK, ANSWERED)
# Sent by the widget, not by a turn.
SIGNAL_OUTCOMES: Tuple[str, ...] = (HELPFUL, NOT_HELPFUL, QUICK_EXIT)
OUTCOMES: Tuple[str, ...] = TURN_OUTCOMES + SIGNAL_OUTCOMES
# Outcomes under which the widget asks "Var svaret en hjælp?".
FEEDBACK_OUTCOMES = frozenset((ANSWERED, FALLBACK, CANNOT_ANSWER))

MUNICIPAL, SCHOOL, OTHER = "municipal", "school", "other"
ENTRY_KINDS: Tuple[str, ...] = (MUNICIPAL, SCHOOL, OTHER)
UNKNOWN_MUNICIPALITY = "unknown"
NO_TOPIC = "none"
OFFER_PREFIX = "offer:"

SLUG_RE = re.compile(r"^[a-z0-9_]{1,40}$")
# An intent, an aspect, an utterance name or "offer:<offer id>": identifiers, never text.
TOPIC_RE = re.compile(r"^[a-z][a-z0-9_]{0,59}(?::[a-z0-9_]{1,60})?$")


@dataclass(frozen=True, order=True)
class CellKey:
    """The dimensions of one counter (the time bucket is kept beside it)."""

    municipality: str
    topic: str
    entry: str
    outcome: str

    def __post_init__(self) -> None:
        if not (self.municipality == UNKNOWN_MUNICIPALITY or SLUG_RE.match(self.municipality)):
            raise ValueError("municipality must be a slug")
        if not TOPIC_RE.match(self.topic):
            raise ValueError("topic must be an identifier")
        if self.entry not in ENTRY_KINDS:
            raise ValueError("unknown entry kind")
        if self.outcome not in OUTCOMES:
            raise ValueError("unknown outcome")

    def field(self) -> str:
        """``municipality|topic|entry|outcome``: the Redis hash field."""
        return "|".join((self.municipality, self.topic, self.entry, self.outcome))

    @classmethod
    def from_field(cls, field: str) -> "CellKey":
        municipality, topic, entry, outcome = field.split("|")
        return cls(municipality, topic, entry, outcome)


@dataclass(frozen=True, order=True)
class Bucket:
    """A clock hour or a week (Monday 00:00 Copenhagen time), as naive UTC."""

    kind: str
    start: datetime

    def __post_init__(self) -> None:
        if self.kind not in BUCKET_KINDS:
            raise ValueError("unknown bucket kind")
        if self.start.tzinfo is not None:
            raise ValueError("bucket starts are naive UTC")
        if self.start.minute or self.start.second or self.start.microsecond:
            raise ValueError("buckets start on the hour")

    def name(self) -> str:
        return f"{self.kind}:{self.start.strftime('%Y-%m-%dT%H')}"

    @classmethod
    def from_name(cls, name: str) -> "Bucket":
        kind, _, stamp = name.partition(":")
        return cls(kind, datetime.strptime(stamp, "%Y-%m-%dT%H"))


@dataclass(frozen=True)
class Row:
    """A stored counter: bucket, key and how many."""

    bucket: Bucket
    key: CellKey
    count: int


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("datetimes must be timezone-aware")
    return moment


def hour_bucket(moment: datetime) -> Bucket:
    """The clock hour of ``moment`` (minutes and seconds dropped)."""
    utc = _aware(moment).astimezone(UTC).replace(minute=0, second=0, microsecond=0)
    return Bucket(HOUR, utc.replace(tzinfo=None))


def local(start: datetime) -> datetime:
    """A bucket start (naive UTC) in Copenhagen time."""
    return start.replace(tzinfo=UTC).astimezone(COPENHAGEN)


def week_start(moment: datetime) -> datetime:
    """Monday 00:00 Copenhagen time of the week holding ``moment`` (aware), as naive UTC."""
    day = _aware(moment).astimezone(COPENHAGEN).date()
    monday = day - timedelta(days=day.weekday())
    start = datetime(monday.year, monday.month, monday.day, tzinfo=COPENHAGEN)
    return start.astimezone(UTC).replace(tzinfo=None)


def week_of(bucket: Bucket) -> datetime:
    """The week start (naive UTC) of an hour or week bucket."""
    if bucket.kind == WEEK:
        return bucket.start
    return week_start(bucket.start.replace(tzinfo=UTC))


def hour_of_week(bucket: Bucket) -> Tuple[int, int]:
    """(weekday 0=Monday, hour 0-23) in Copenhagen time of an hour bucket."""
    moment = local(bucket.start)
    return moment.weekday(), moment.hour


def entry_kind(value: Any) -> str:
    """The widget's entry option (``kommune`` / ``skole`` or the English kinds) as a kind."""
    aliases = {"kommune": MUNICIPAL, "skole": SCHOOL}
    if isinstance(value, str):
        value = aliases.get(value, value)
        if value in ENTRY_KINDS:
            return value
    return OTHER


def clean_topic(value: Any) -> Optional[str]:
    """``value`` when it is a topic identifier, else ``None``."""
    if isinstance(value, str) and TOPIC_RE.match(value):
        return value
    return None


def turn_key(municipality: Optional[str], entry: str,
             hints: Iterable[Mapping[str, Any]]) -> Optional[CellKey]:
    """The one key of a user turn from the ``insight`` hints its replies carried.

    Args:
        municipality: The slug from the widget, or ``None``.
        entry: Entry kind (see :func:`entry_kind`).
        hints: ``{"outcome", "topic"?, "municipality"?}`` dicts, in reply order.

    Returns:
        The key of the most important outcome, or ``None`` without any valid hint.
    """
    best: Optional[Tuple[int, str, Optional[str], Optional[str]]] = None
    for hint in hints:
        outcome = hint.get("outcome") if isinstance(hint, Mapping) else None
        if outcome not in TURN_OUTCOMES:
            continue
        rank = TURN_OUTCOMES.index(outcome)
        if best is None or rank < best[0]:
            hinted = hint.get("municipality")
            best = (rank, outcome, clean_topic(hint.get("topic")),
                    hinted if isinstance(hinted, str) and SLUG_RE.match(hinted) else None)
    if best is None:
        return None
    _, outcome, topic, hinted = best
    where = municipality if municipality and SLUG_RE.match(municipality) else hinted
    return CellKey(where or UNKNOWN_MUNICIPALITY, topic or NO_TOPIC, entry_kind(entry), outcome)
