"""Weekly availability per centre and offer, validated against ``knowledge/``, and slots.

Staff describe recurring weekly times in ``booking/availability.yml``; :func:`materialise`
turns them into concrete slots for the next N weeks. It is idempotent: existing slots are
kept, missing ones added, and unbooked future slots that the file no longer describes are
removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

import yaml

from booking.store import MAX_SLOT_MINUTES, BookingRepository, NewSlot
from core.hours import COPENHAGEN
from core.knowledge.base import WEEKDAYS, Address, Municipality, Schedule

HHMM_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class AvailabilityError(ValueError):
    """The availability file breaks a rule; the message lists every problem."""


@dataclass(frozen=True)
class OfferAvailability:
    """Recurring weekly times of one bookable offer at one centre.

    Attributes:
        centre: Municipality slug.
        offer: Offer id from ``knowledge/<centre>.yml``.
        address: The knowledge address people are told to come to.
        length_minutes: Length of one talk.
        weekly: Weekday (``monday``..``sunday``) -> start times, local time.
    """

    centre: str
    offer: str
    address: Address
    length_minutes: int
    weekly: Mapping[str, Tuple[time, ...]]


@dataclass(frozen=True)
class Availability:
    """All bookable offers."""

    offers: Tuple[OfferAvailability, ...]

    def get(self, centre: str, offer: str) -> Optional[OfferAvailability]:
        return next((o for o in self.offers if o.centre == centre and o.offer == offer), None)

    def for_centre(self, centre: str) -> Tuple[OfferAvailability, ...]:
        return tuple(o for o in self.offers if o.centre == centre)


@dataclass(frozen=True)
class MaterialiseResult:
    added: int
    removed: int


def _stated_hours(municipality: Municipality) -> Optional[Schedule]:
    # Opening hours when the catalogue gives them; otherwise the phone hours, the only
    # time the catalogue says staff are there (Sønderborg 2020).
    return municipality.centre.opening_hours or municipality.centre.phone_hours


def _within(schedule: Schedule, weekday: str, start: time, minutes: int) -> bool:
    begin = start.hour * 60 + start.minute
    end = begin + minutes
    for low, high in schedule.days.get(weekday, ()):
        lo_h, lo_m = map(int, low.split(":"))
        hi_h, hi_m = map(int, high.split(":"))
        if lo_h * 60 + lo_m <= begin and end <= hi_h * 60 + hi_m:
            return True
    return False


def parse_availability(raw: Any, knowledge: Mapping[str, Municipality],
                       origin: str = "availability") -> Availability:
    """Validate raw YAML data against the knowledge base.

    Rules: every centre is a known municipality with the given street among its
    addresses; every offer id exists there and the catalogue calls it anonymous; times are
    ``HH:MM`` on real weekdays; a talk lies within the stated hours when the catalogue
    states any (where it states none, the staff's own file is the only source).

    Args:
        raw: Parsed YAML (a mapping with ``centres``).
        knowledge: Loaded knowledge base.
        origin: Name used in error messages.

    Raises:
        AvailabilityError: With one line per problem.
    """
    problems: List[str] = []
    offers: List[OfferAvailability] = []
    centres = (raw or {}).get("centres") if isinstance(raw, dict) else None
    if centres is None:
        centres = {}
    if not isinstance(centres, dict):
        raise AvailabilityError(f"{origin}: centres: must be a mapping")
    for slug, spec in centres.items():
        where = f"{origin}: centres.{slug}"
        municipality = knowledge.get(slug)
        if municipality is None:
            problems.append(f"{where}: unknown municipality (not in knowledge/)")
            continue
        if not isinstance(spec, dict):
            problems.append(f"{where}: must be a mapping")
            continue
        street = spec.get("address")
        address = next((a for a in municipality.centre.addresses if a.street == street), None)
        if address is None:
            known = [a.street for a in municipality.centre.addresses] or "none"
            problems.append(f"{where}.address: {street!r} is not an address in "
                            f"knowledge/{slug}.yml (known: {known})")
            continue
        hours = _stated_hours(municipality)
        seen = set()
        for index, item in enumerate(spec.get("offers") or []):
            here = f"{where}.offers[{index}]"
            if not isinstance(item, dict):
                problems.append(f"{here}: must be a mapping")
                continue
            offer_id = item.get("offer")
            offer = municipality.offer(offer_id) if isinstance(offer_id, str) else None
            if offer is None:
                problems.append(f"{here}.offer: {offer_id!r} is not an offer id in "
                                f"knowledge/{slug}.yml")
                continue
            if offer_id in seen:
                problems.append(f"{here}.offer: {offer_id} is listed twice")
                continue
            seen.add(offer_id)
            anonymous = offer.fact("anonymous")
            if anonymous is None or anonymous.value is not True:
                problems.append(f"{here}.offer: {offer_id} is not anonymous in the catalogue")
                continue
            length = item.get("length_minutes")
            if not isinstance(length, int) or isinstance(length, bool) \
                    or not 5 <= length <= MAX_SLOT_MINUTES:
                problems.append(f"{here}.length_minutes: whole minutes 5-{MAX_SLOT_MINUTES}")
                continue
            weekly: Dict[str, Tuple[time, ...]] = {}
            for day, times in (item.get("weekly") or {}).items():
                if day not in WEEKDAYS:
                    problems.append(f"{here}.weekly.{day}: not a weekday ({', '.join(WEEKDAYS)})")
                    continue
                parsed: List[time] = []
                for value in times or []:
                    if not isinstance(value, str) or not HHMM_RE.match(value):
                        problems.append(f"{here}.weekly.{day}: {value!r} is not HH:MM")
                        continue
                    start = time(int(value[:2]), int(value[3:]))
                    if hours is not None and not _within(hours, day, start, length):
                        problems.append(f"{here}.weekly.{day}: {value} + {length} min is outside "
                                        f"the hours in knowledge/{slug}.yml")
                        continue
                    parsed.append(start)
                weekly[day] = tuple(sorted(set(parsed)))
            if not any(weekly.values()):
                problems.append(f"{here}.weekly: no times")
                continue
            offers.append(OfferAvailability(centre=slug, offer=offer_id, address=address,
                                            length_minutes=length, weekly=weekly))
    if problems:
        raise AvailabilityError("\n".join(problems))
    return Availability(offers=tuple(offers))


def load_availability(path: Path, knowledge: Mapping[str, Municipality]) -> Availability:
    """Read and validate an availability file (see :func:`parse_availability`)."""
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    return parse_availability(raw, knowledge, origin=str(path))


def _local_start(day: date, start: time) -> Optional[datetime]:
    moment = datetime.combine(day, start, tzinfo=COPENHAGEN)
    # A wall time that does not exist (the spring DST gap) would not round-trip.
    back = moment.astimezone(timezone.utc).astimezone(COPENHAGEN)
    return moment if back.replace(tzinfo=None) == moment.replace(tzinfo=None) else None


def generate_slots(availability: Availability, now: datetime, weeks: int) -> List[NewSlot]:
    """Concrete slots from today (Copenhagen) through ``weeks`` weeks, starting after ``now``."""
    today = now.astimezone(COPENHAGEN).date()
    result: List[NewSlot] = []
    for offset in range(weeks * 7):
        day = today + timedelta(days=offset)
        weekday = WEEKDAYS[day.weekday()]
        for spec in availability.offers:
            for start in spec.weekly.get(weekday, ()):
                moment = _local_start(day, start)
                if moment is not None and moment > now:
                    result.append(NewSlot(spec.centre, spec.offer, moment, spec.length_minutes))
    return result


def materialise(repository: BookingRepository, availability: Availability,
                now: datetime, weeks: int) -> MaterialiseResult:
    """Make the store's future slots match the availability for the next ``weeks`` weeks."""
    wanted = generate_slots(availability, now, weeks)
    added = repository.add_slots(wanted)
    removed = repository.remove_stale_slots(wanted, after=now)
    return MaterialiseResult(added=added, removed=removed)


__all__: Sequence[str] = (
    "Availability", "AvailabilityError", "MaterialiseResult", "OfferAvailability",
    "generate_slots", "load_availability", "materialise", "parse_availability",
)
