"""Availability: validated against knowledge/, materialised into slots for N weeks."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timedelta

import pytest
import yaml

from booking.config import DEFAULT_AVAILABILITY_FILE
from booking.slots import AvailabilityError, generate_slots, materialise, parse_availability
from core.hours import COPENHAGEN
from core.knowledge.base import WEEKDAYS
from tests.booking.conftest import NOW


def base(**offer):
    spec = {"offer": "aaben_raadgivning", "length_minutes": 45,
            "weekly": {"monday": ["10:00"]}, **offer}
    return {"centres": {"skanderborg": {"address": "Ole Lund Kirkegaards Stræde 2F",
                                        "offers": [spec]}}}


def test_shipped_file_offers_anonymous_talks_in_two_municipalities(availability, kb):
    assert {o.centre for o in availability.offers} == {"sonderborg", "skanderborg"}
    for spec in availability.offers:
        offer = kb[spec.centre].offer(spec.offer)
        assert offer is not None and offer.fact("anonymous").value is True
        assert spec.address in kb[spec.centre].centre.addresses


def test_no_slots_where_the_catalogue_gives_no_hours(availability):
    # Fredericia (2016) gives neither hours nor address; Vejle gives no opening hours.
    assert availability.for_centre("fredericia") == ()
    assert availability.for_centre("vejle") == ()
    raw = DEFAULT_AVAILABILITY_FILE.read_text(encoding="utf-8")
    assert "fredericia: none" in raw and "vejle: none" in raw


def test_shipped_times_lie_within_the_stated_hours(availability, kb):
    for spec in availability.offers:
        centre = kb[spec.centre].centre
        hours = centre.opening_hours or centre.phone_hours
        for day, starts in spec.weekly.items():
            for start in starts:
                begin = datetime.combine(NOW.date(), start)
                end = begin + timedelta(minutes=spec.length_minutes)
                assert any(lo <= begin.strftime("%H:%M") and end.strftime("%H:%M") <= hi
                           for lo, hi in hours.days[day]), (spec.offer, day, start)


@pytest.mark.parametrize("raw,problem", [
    ({"centres": {"aarhus": {}}}, "unknown municipality"),
    ({"centres": {"skanderborg": {"address": "Et andet sted 1", "offers": []}}}, "not an address"),
    ({"centres": {"fredericia": {"address": "Vejen 1", "offers": []}}}, "known: none"),
    (base(offer="findes_ikke"), "not an offer id"),
    (base(offer="dagbehandling"), "not anonymous"),
    (base(length_minutes=0), "length_minutes"),
    (base(weekly={"mandag": ["10:00"]}), "not a weekday"),
    (base(weekly={"monday": ["10"]}), "not HH:MM"),
    (base(weekly={"monday": ["07:00"]}), "outside the hours"),
    (base(weekly={"thursday": ["17:30"]}), "outside the hours"),   # 17:30 + 45 > 18:00
    (base(weekly={"saturday": ["10:00"]}), "outside the hours"),
    (base(weekly={}), "no times"),
])
def test_invalid_availability_is_refused_with_the_field(kb, raw, problem):
    with pytest.raises(AvailabilityError) as err:
        parse_availability(raw, kb)
    assert problem in str(err.value)


def test_times_are_free_where_the_catalogue_states_no_hours(kb):
    # Vejle states no hours: the staff's own file is the only source, so any time is taken.
    raw = {"centres": {"vejle": {"address": "Boulevarden 19 AB", "offers": [
        {"offer": "anonym_raadgivning", "length_minutes": 45,
         "weekly": {"tuesday": ["19:00"]}}]}}}
    parsed = parse_availability(raw, kb)
    assert parsed.get("vejle", "anonym_raadgivning").weekly == {"tuesday": (time(19, 0),)}


def test_generate_slots_for_four_weeks(availability):
    slots = generate_slots(availability, NOW, 4)
    per_week = sum(len(t) for spec in availability.offers for t in spec.weekly.values())
    # 4 weeks from Wednesday 10:00: everything once per week, minus what lay before NOW
    # (the morning of today) plus nothing after the window.
    assert len(slots) == len(set(s.key for s in slots))
    assert per_week * 4 - 2 <= len(slots) <= per_week * 4
    assert all(NOW < s.starts_at < NOW + timedelta(weeks=4) for s in slots)
    for s in slots:
        local = s.starts_at.astimezone(COPENHAGEN)
        spec = availability.get(s.centre, s.offer)
        assert local.time() in spec.weekly[WEEKDAYS[local.weekday()]]
        assert s.length_minutes == spec.length_minutes
    days = Counter(s.starts_at.astimezone(COPENHAGEN).date() for s in slots)
    assert all(day.weekday() < 5 for day in days)


def test_local_times_survive_the_change_to_summer_time(availability):
    before_dst = datetime(2027, 3, 20, 8, 0, tzinfo=COPENHAGEN)  # DST starts 28 March 2027
    slots = generate_slots(availability, before_dst, 3)
    starts = {s.starts_at.astimezone(COPENHAGEN).strftime("%H:%M")
              for s in slots if s.offer == "ungdomsraadgivning" and s.centre == "sonderborg"}
    assert starts == {"14:00", "14:30", "15:00", "15:30", "16:00", "16:30"}
    offsets = {s.starts_at.utcoffset() for s in slots}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}


def test_materialise_is_idempotent_and_follows_changes(repository, availability, kb):
    first = materialise(repository, availability, NOW, 2)
    assert first.added == len(generate_slots(availability, NOW, 2)) and first.removed == 0
    again = materialise(repository, availability, NOW, 2)
    assert (again.added, again.removed) == (0, 0)
    # staff drop Skanderborg's open counselling: its unbooked future slots go
    slot = repository.free_slots("skanderborg", "aaben_raadgivning", NOW, 1)[0]
    repository.book(slot.id, "a" * 64, "AB", now=NOW, not_before=NOW)
    raw = yaml.safe_load(DEFAULT_AVAILABILITY_FILE.read_text(encoding="utf-8"))
    raw["centres"]["skanderborg"]["offers"] = [
        o for o in raw["centres"]["skanderborg"]["offers"] if o["offer"] != "aaben_raadgivning"]
    changed = materialise(repository, parse_availability(raw, kb), NOW, 2)
    removed_expected = sum(1 for s in generate_slots(availability, NOW, 2)
                           if s.offer == "aaben_raadgivning" and s.centre == "skanderborg") - 1
    assert (changed.added, changed.removed) == (0, removed_expected)
    assert repository.find("a" * 64).slot == slot   # the booked one stays


def test_more_weeks_adds_only_the_new_ones(repository, availability):
    two = materialise(repository, availability, NOW, 2).added
    four = materialise(repository, availability, NOW, 4).added
    assert two + four == len(generate_slots(availability, NOW, 4))


def test_slots_earlier_today_are_not_made(availability):
    monday = datetime(2026, 11, 30, 14, 10, tzinfo=COPENHAGEN)
    today = [s.starts_at.astimezone(COPENHAGEN).strftime("%H:%M")
             for s in generate_slots(availability, monday, 1)
             if s.centre == "sonderborg" and s.starts_at.astimezone(COPENHAGEN).date() == monday.date()]
    assert today == ["14:30"]
