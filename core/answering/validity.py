"""Offers that the catalogue says run until a date: is that date passed?

An offer may carry ``valid_until`` (``{value: "2025-12-31" | "2025-08" | "2025", text,
source}``); older knowledge files do not have the field, so it is read with ``getattr``.
The date is compared with the ``now`` the caller passes, never with the wall clock.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Optional, Tuple

from core.knowledge.base import Fact, Offer

MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
          "september", "oktober", "november", "december")


def valid_until(offer: Offer) -> Optional[Fact]:
    fact = getattr(offer, "valid_until", None)
    return fact if fact is not None and getattr(fact, "value", None) is not None else None


def last_day(value: object) -> Optional[date]:
    """The last day a ``valid_until`` value covers: "2025-08" -> 31 August 2025."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*", str(value))
    if not m:
        return None
    year = int(m.group(1))
    month = int(m.group(2) or 12)
    if not 1 <= month <= 12:
        return None
    day = int(m.group(3)) if m.group(3) else calendar.monthrange(year, month)[1]
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_year(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def expiry(offer: Offer, now: datetime) -> Optional[Tuple[bool, date, Fact]]:
    """``(ended, last day, fact)`` when the offer has a readable ``valid_until``."""
    fact = valid_until(offer)
    if fact is None:
        return None
    day = last_day(fact.value)
    if day is None:
        return None
    today = now.date() if isinstance(now, datetime) else now
    return day < today, day, fact


def ended_note(fact: Fact, now: datetime) -> Optional[str]:
    """For a general fact with a past ``valid_until``: the sentence to add after it."""
    day = last_day(getattr(fact, "valid_until", None) or "")
    today = now.date() if isinstance(now, datetime) else now
    if day is None or day >= today:
        return None
    return f"Kataloget siger, at det kørte til {month_year(day)}; spørg centret, om det stadig findes."


def expiry_line(offer: Offer, now: datetime) -> Optional[Tuple[str, Fact]]:
    """The sentence to say about the offer's end date, or None."""
    found = expiry(offer, now)
    if found is None:
        return None
    ended, day, fact = found
    if ended:
        return (f"Kataloget siger, at projektet kørte til {month_year(day)}; spørg centret, "
                f"om det stadig findes.", fact)
    return f"Kataloget siger, at {offer.name} kører til {month_year(day)}.", fact
