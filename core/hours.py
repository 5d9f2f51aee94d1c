"""Opening and phone hours: formatting in Danish and "are you open now?".

All functions take the current time as an argument so tests can use a fixed clock;
callers pass ``now_in_copenhagen()``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional, Sequence, Tuple
from zoneinfo import ZoneInfo

from core.knowledge.base import WEEKDAYS, Schedule

COPENHAGEN = ZoneInfo("Europe/Copenhagen")
DANISH_DAYS = {
    "monday": "mandag", "tuesday": "tirsdag", "wednesday": "onsdag", "thursday": "torsdag",
    "friday": "fredag", "saturday": "lørdag", "sunday": "søndag",
}


def now_in_copenhagen() -> datetime:
    return datetime.now(COPENHAGEN)


def format_time(hhmm: str) -> str:
    """``"08:30"`` -> ``"8.30"``, the way Danes write clock times."""
    hours, minutes = hhmm.split(":")
    return f"{int(hours)}.{minutes}"


def format_ranges(ranges: Sequence[Tuple[str, str]]) -> str:
    return " og ".join(f"{format_time(a)}-{format_time(b)}" for a, b in ranges)


def format_schedule(schedule: Schedule) -> List[str]:
    """One Danish line per group of consecutive weekdays with the same hours.

    Closed days are left out; e.g. ``["mandag-onsdag: 8.15-15.30", "fredag: 8.15-12.00"]``.
    """
    lines: List[str] = []
    group: List[str] = []
    previous: Optional[Tuple[Tuple[str, str], ...]] = None

    def flush() -> None:
        if group and previous:
            days = (DANISH_DAYS[group[0]] if len(group) == 1 else
                    f"{DANISH_DAYS[group[0]]}-{DANISH_DAYS[group[-1]]}")
            lines.append(f"{days}: kl. {format_ranges(previous)}")

    for day in WEEKDAYS:
        ranges = schedule.days.get(day, ())
        if ranges != previous:
            flush()
            group, previous = [], ranges
        group.append(day)
    flush()
    return [line[0].upper() + line[1:] for line in lines]


@dataclass(frozen=True)
class OpenStatus:
    is_open: bool
    closes_at: Optional[str] = None          # "HH:MM" when open
    next_day: Optional[str] = None           # weekday key of the next opening when closed
    next_opens_at: Optional[str] = None      # "HH:MM"
    next_is_today: bool = False
    next_is_tomorrow: bool = False


def open_status(schedule: Schedule, now: datetime) -> OpenStatus:
    """Whether ``schedule`` is open at ``now`` (local time) and when it opens next."""
    local = now.astimezone(COPENHAGEN) if now.tzinfo else now
    hhmm = local.strftime("%H:%M")
    today = WEEKDAYS[local.weekday()]
    for start, end in schedule.days.get(today, ()):
        if start <= hhmm < end:
            return OpenStatus(is_open=True, closes_at=end)
    for offset in range(0, 8):
        day = WEEKDAYS[(local.weekday() + offset) % 7]
        for start, _ in schedule.days.get(day, ()):
            if offset > 0 or start > hhmm:
                return OpenStatus(is_open=False, next_day=day, next_opens_at=start,
                                  next_is_today=offset == 0, next_is_tomorrow=offset == 1)
    return OpenStatus(is_open=False)


def describe_status(status: OpenStatus, what: str = "Der er åbent",
                    closed: str = "Lige nu er der lukket") -> str:
    """Danish sentence for an :class:`OpenStatus`, e.g. "Der er åbent nu, indtil kl. 15.30."."""
    if status.is_open:
        # open_status() sets closes_at whenever is_open is true
        assert status.closes_at is not None
        return f"{what} nu, indtil kl. {format_time(status.closes_at)}."
    if status.next_day is None:
        return "Der er ingen faste tider i kataloget."
    return f"{closed}. Næste gang er {next_opening(status)}."


def next_opening(status: OpenStatus) -> str:
    """When a closed schedule opens next, e.g. "i morgen kl. 8.30" ("" if it never does)."""
    if status.next_day is None:
        return ""
    # open_status() sets next_opens_at together with next_day
    assert status.next_opens_at is not None
    when = ("i dag" if status.next_is_today else "i morgen" if status.next_is_tomorrow
            else f"på {DANISH_DAYS[status.next_day]}")
    return f"{when} kl. {format_time(status.next_opens_at)}"


# A clock time asked about: "kl 16", "kl. 16.30", "16:00" (not a date like "3.12").
_CLOCK = re.compile(r"\bkl\.?\s*(\d{1,2})(?:[.:](\d{2}))?\b|\b(\d{1,2}):(\d{2})\b")


def asked_clock(text: str) -> Optional[str]:
    """The clock time ``text`` asks about as ``"HH:MM"``, or ``None``."""
    m = _CLOCK.search(text.lower())
    if m is None:
        return None
    hour, minute = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    h, mi = int(hour), int(minute or 0)
    if not (0 <= h <= 23 and 0 <= mi <= 59):
        return None
    return f"{h:02d}:{mi:02d}"


def open_at(schedule: Schedule, day: str, hhmm: str) -> bool:
    """Whether ``schedule`` is open on weekday ``day`` at ``hhmm``."""
    return any(start <= hhmm < end for start, end in schedule.days.get(day, ()))


# A part of the day asked about: "fredag eftermiddag", "om aftenen" (not "i morgen": tomorrow).
PARTS_OF_DAY = (("formiddag", "09:00", "12:00"), ("eftermiddag", "13:00", "17:00"),
                ("aften", "17:00", "23:00"))
_PART = re.compile(r"\b(formiddag|eftermiddag|aften)(?:en)?\b")


def asked_part_of_day(text: str) -> Optional[Tuple[str, str, str]]:
    """``(label, start, end)`` of the part of the day ``text`` asks about, or ``None``."""
    m = _PART.search(text.lower())
    return next((p for p in PARTS_OF_DAY if m is not None and p[0] == m.group(1)), None)


def open_during(schedule: Schedule, day: str, start: str, end: str) -> bool:
    """Whether ``schedule`` is open on weekday ``day`` at some time between ``start`` and ``end``."""
    return any(a < end and start < b for a, b in schedule.days.get(day, ()))

