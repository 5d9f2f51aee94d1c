"""Opening hours and "open now", table-driven with a fixed clock."""

from datetime import datetime

import pytest

from core import hours
from core.hours import COPENHAGEN, describe_status, format_schedule, open_status
from core.knowledge.base import Schedule

SCHEDULE = Schedule(days={
    "monday": (("08:15", "15:30"),), "tuesday": (("08:15", "15:30"),),
    "wednesday": (("08:15", "15:30"),), "thursday": (("08:00", "12:30"), ("15:00", "17:00")),
    "friday": (("08:15", "12:00"),), "saturday": (), "sunday": (),
}, source="x.txt §y")


def at(day: int, hh: int, mm: int = 0) -> datetime:
    # 2026-11-23 is a Monday
    return datetime(2026, 11, 23 + day, hh, mm, tzinfo=COPENHAGEN)


@pytest.mark.parametrize("now,is_open,closes,next_day,next_at", [
    (at(0, 8, 14), False, None, "monday", "08:15"),
    (at(0, 8, 15), True, "15:30", None, None),
    (at(0, 15, 29), True, "15:30", None, None),
    (at(0, 15, 30), False, None, "tuesday", "08:15"),
    (at(3, 13, 0), False, None, "thursday", "15:00"),   # lunch gap on Thursday
    (at(3, 16, 59), True, "17:00", None, None),
    (at(4, 12, 0), False, None, "monday", "08:15"),      # Friday afternoon -> Monday
    (at(5, 11, 0), False, None, "monday", "08:15"),      # Saturday
    (at(6, 23, 40), False, None, "monday", "08:15"),     # Sunday night
])
def test_open_status(now, is_open, closes, next_day, next_at):
    status = open_status(SCHEDULE, now)
    assert (status.is_open, status.closes_at, status.next_day, status.next_opens_at) == (
        is_open, closes, next_day, next_at)


def test_utc_clock_is_converted_to_copenhagen():
    from datetime import timezone
    # 07:30 UTC in November is 08:30 in Copenhagen: open
    status = open_status(SCHEDULE, datetime(2026, 11, 23, 7, 30, tzinfo=timezone.utc))
    assert status.is_open


@pytest.mark.parametrize("now,expected", [
    (at(0, 10), "Der er åbent nu, indtil kl. 15.30."),
    (at(0, 7), "Lige nu er der lukket. Næste gang er i dag kl. 8.15."),
    (at(0, 16), "Lige nu er der lukket. Næste gang er i morgen kl. 8.15."),
    (at(4, 13), "Lige nu er der lukket. Næste gang er på mandag kl. 8.15."),
])
def test_describe_status(now, expected):
    assert describe_status(open_status(SCHEDULE, now)) == expected


def test_format_schedule_groups_equal_days():
    assert format_schedule(SCHEDULE) == [
        "Mandag-onsdag: kl. 8.15-15.30",
        "Torsdag: kl. 8.00-12.30 og 15.00-17.00",
        "Fredag: kl. 8.15-12.00",
    ]


def test_a_schedule_that_is_always_closed():
    closed = Schedule(days={d: () for d in SCHEDULE.days}, source="x.txt §y")
    assert describe_status(open_status(closed, at(0, 10))) == "Der er ingen faste tider i kataloget."


@pytest.mark.parametrize("text,expected", [
    ("kan jeg ringe fredag kl 16?", "16:00"), ("torsdag kl. 8.30", "08:30"),
    ("er der åbent 17:45", "17:45"), ("den 3.12 om eftermiddagen", None), ("kl 25", None),
])
def test_the_clock_time_asked(text, expected):
    assert hours.asked_clock(text) == expected
