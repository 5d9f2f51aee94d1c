"""Booking limits that do not rest on the conversation id alone: wrong codes across all
conversations, one future booking per conversation, new bookings per centre and hour.

Clocks are injected: ``FakeMonotonic`` for the wrong-code windows, a movable wall clock
for the desk (bookings, the hour they were made, the talk's start).
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from booking import texts
from booking.codes import CodeHasher
from booking.config import BookingConfig
from booking.desk import BookingDesk
from booking.limits import ActiveBookings, WrongCodeLimiter
from booking.replies import ReplyKind
from booking.slots import materialise
from booking.store import ATTENDED
from core.answering.reach import reach_sentence
from tests.booking.conftest import NOW, PEPPER
from tests.danish import is_danish

OFFER = ("skanderborg", "ungeraadgivningen_raadgivning")


class FakeMonotonic:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class WallClock:
    def __init__(self, now=NOW):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def desk_with(repository, availability, kb):
    """A desk with some of the limits, on a store with 4 weeks of slots."""

    def make(clock=None, **kwargs) -> BookingDesk:
        clock = clock or WallClock()
        materialise(repository, availability, clock(), 4)
        return BookingDesk(repository, availability, kb, CodeHasher(PEPPER),
                           kwargs.pop("limiter", None) or WrongCodeLimiter(), clock=clock,
                           **kwargs)

    return make


def book_in(desk, conversation, centre=OFFER[0], offer=OFFER[1], index=0):
    reply = desk.offer_slots(centre, offer, conversation)
    if reply.kind != ReplyKind.CHOOSE_SLOT:
        return reply
    return desk.book(int(reply.choices[index].value), conversation)


# ------------------------------------------------------------ wrong codes, all conversations


def test_wrong_codes_across_conversations_are_limited(desk_with):
    ticks = FakeMonotonic()
    desk = desk_with(global_limiter=WrongCodeLimiter(limit=20, window_seconds=60, max_keys=1,
                                                     clock=ticks),
                     limiter=WrongCodeLimiter(limit=5, window_seconds=900, clock=ticks))
    real = book_in(desk, "owner").code
    # a guesser with a new conversation per try never meets the per-conversation limit ...
    for i in range(20):
        assert desk.lookup(f"guess-{i}", f"hvornår er min tid ZZZZ-ZZ{i:02d}").kind == \
            ReplyKind.WRONG_CODE
    # ... but after 20 wrong codes in a minute no code is looked at, not even a real one
    busy = desk.lookup("guess-new", f"hvornår er min tid {real}")
    assert busy.kind == ReplyKind.CODES_BUSY and is_danish(busy.text)
    assert busy.text == texts.text_codes_busy() and real not in busy.text
    assert desk.cancel("owner", f"aflys {real}").kind == ReplyKind.CODES_BUSY
    # a message without anything like a code still gets its answer
    assert desk.cancel("owner", "jeg vil gerne aflyse").kind == ReplyKind.NEED_CODE
    # the window slides: a minute later the owner finds the time
    ticks.now += 60
    assert desk.lookup("owner", f"hvornår er min tid {real}").kind == ReplyKind.FOUND


def test_a_real_user_is_not_hurt_by_the_global_limit(desk_with):
    """Someone mistyping until their own conversation is blocked uses a quarter of it."""
    ticks = FakeMonotonic()
    desk = desk_with(global_limiter=WrongCodeLimiter(limit=20, window_seconds=60, max_keys=1,
                                                     clock=ticks),
                     limiter=WrongCodeLimiter(limit=5, window_seconds=900, clock=ticks))
    real = book_in(desk, "owner").code
    for i in range(6):  # the sixth is blocked per conversation and not counted globally
        desk.lookup("clumsy", f"hvornår er min tid ZZZZ-ZZ{i:02d}")
    assert desk.lookup("owner", f"hvornår er min tid {real}").kind == ReplyKind.FOUND
    for person in range(3):  # three more clumsy people in the same minute
        for i in range(5):
            desk.lookup(f"clumsy-{person}", f"hvornår er min tid ZZZZ-ZZ{i:02d}")
    assert desk.lookup("owner", f"hvornår er min tid {real}").kind == ReplyKind.CODES_BUSY


def test_brute_force_of_the_code_space_is_hopeless_at_the_default_limit(repository,
                                                                        availability):
    """Expected time to hit any booking's code, with every slot of the calendar booked."""
    config = BookingConfig.from_env({})
    materialise(repository, availability, NOW, config.weeks_ahead)
    bookable = sum(len(repository.free_slots(spec.centre, spec.offer, NOW, 10_000))
                   for spec in availability.offers)
    guesses_per_year = (config.global_wrong_code_limit
                        / config.global_wrong_code_window_seconds * 365 * 24 * 3600)
    years_to_a_hit = 2 ** 40 / bookable / guesses_per_year
    assert 0 < bookable < 200
    assert years_to_a_hit > 100, (bookable, years_to_a_hit)  # ~1400 with the example times
    # while one real person (5 wrong codes) is far from it
    assert config.global_wrong_code_limit >= 4 * config.wrong_code_limit


# ------------------------------------------------------------ one booking per conversation


def test_a_second_booking_in_the_same_conversation_is_refused_kindly(desk_with, kb):
    desk = desk_with()
    first = book_in(desk, "conv")
    assert first.kind == ReplyKind.BOOKED
    offered = desk.offer_slots(*OFFER, "conv")
    assert offered.kind == ReplyKind.ALREADY_BOOKED and offered.choices == ()
    text = offered.text
    assert is_danish(text) and "onsdag 25. november kl. 14.00" in text and "Ole Lund" in text
    assert '"hvornår er min tid"' in text and '"aflys"' in text
    assert text.endswith(f"Har du mistet koden? {reach_sentence(kb['skanderborg'])}")
    assert str(kb["skanderborg"].centre.phone.value) in text
    assert first.code not in text and first.code.replace("-", "") not in text
    # also straight to a slot, or to another centre: the buttons of earlier answers
    other = desk.offer_slots(*OFFER, "someone-else").choices[0].value
    assert desk.confirm(int(other), "conv").kind == ReplyKind.ALREADY_BOOKED
    assert desk.book(int(other), "conv").kind == ReplyKind.ALREADY_BOOKED
    assert book_in(desk, "conv", "sonderborg", "aaben_raadgivning").kind == ReplyKind.ALREADY_BOOKED
    # another conversation books as usual
    assert desk.book(int(other), "someone-else").kind == ReplyKind.BOOKED


def test_after_cancelling_the_conversation_may_book_again(desk_with):
    desk = desk_with()
    first = book_in(desk, "conv")
    assert desk.cancel("conv", f"aflys {first.code}").kind == ReplyKind.CANCELLED
    assert book_in(desk, "conv").kind == ReplyKind.BOOKED


def test_cancelled_in_another_conversation_or_marked_by_staff_frees_the_conversation(
        desk_with, repository):
    desk = desk_with()
    first = book_in(desk, "conv")
    assert desk.cancel("later-visit", f"aflys {first.code}").kind == ReplyKind.CANCELLED
    second = book_in(desk, "conv")
    assert second.kind == ReplyKind.BOOKED
    booking = repository.find(desk.hasher.digest(second.code.replace("-", "")))
    assert repository.set_status(booking.id, ATTENDED)
    assert book_in(desk, "conv").kind == ReplyKind.BOOKED


def test_once_the_talk_has_started_the_conversation_may_book_again(desk_with):
    clock = WallClock()
    desk = desk_with(clock=clock)
    assert book_in(desk, "conv").kind == ReplyKind.BOOKED  # Wednesday 14.00
    clock.now = NOW + timedelta(hours=3, minutes=59)
    assert desk.offer_slots(*OFFER, "conv").kind == ReplyKind.ALREADY_BOOKED
    clock.now = NOW + timedelta(hours=4)
    assert desk.offer_slots(*OFFER, "conv").kind == ReplyKind.CHOOSE_SLOT
    assert len(desk.active) == 0  # forgotten


def test_without_a_conversation_id_nothing_is_remembered(desk_with):
    desk = desk_with()
    for index in range(2):
        reply = desk.offer_slots(*OFFER)
        assert desk.book(int(reply.choices[index].value)).kind == ReplyKind.BOOKED
    assert len(desk.active) == 0


def test_the_memory_holds_no_conversation_id_and_is_bounded():
    active = ActiveBookings(max_keys=3)
    start = NOW + timedelta(days=1)
    for i in range(5):
        active.remember(f"conversation-{i}", f"hash-{i}", start, NOW)
    assert len(active) == 3
    assert all(isinstance(k, bytes) and b"conversation" not in k for k in active._entries)
    assert active.get("conversation-0", NOW) is None  # oldest forgotten first
    assert active.get("conversation-4", NOW) == "hash-4"
    assert active.get("conversation-4", start) is None and len(active) == 2
    assert ActiveBookings().get("conversation-4", NOW) is None  # its own key per process


# ------------------------------------------------------------ bookings per centre and hour


def test_a_centre_takes_a_limited_number_of_new_bookings_per_hour(desk_with, kb):
    clock = WallClock(NOW + timedelta(minutes=5))
    desk = desk_with(clock=clock, centre_bookings_per_hour=3)
    for conversation in ("a", "b", "c"):
        assert book_in(desk, conversation).kind == ReplyKind.BOOKED
    busy = desk.offer_slots(*OFFER, "d")
    assert busy.kind == ReplyKind.CENTRE_BUSY and busy.choices == () and is_danish(busy.text)
    assert "Skanderborg" in busy.text
    # the gate is the booking itself, not only the offer (buttons shown earlier)
    free = desk.offer_slots(*OFFER, None)
    assert free.kind == ReplyKind.CENTRE_BUSY
    slot_id = int(desk_with(clock=clock).offer_slots(*OFFER).choices[0].value)
    assert desk.book(slot_id, "d").kind == ReplyKind.CENTRE_BUSY
    assert desk.book(slot_id).kind == ReplyKind.CENTRE_BUSY
    # other centres are not affected
    assert book_in(desk, "d", "sonderborg", "aaben_raadgivning").kind == ReplyKind.BOOKED
    # the next clock hour takes new bookings again
    clock.now = NOW + timedelta(hours=1)
    assert book_in(desk, "e").kind == ReplyKind.BOOKED


def test_cancelled_bookings_do_not_count_for_the_centre(desk_with):
    desk = desk_with(centre_bookings_per_hour=1)
    first = book_in(desk, "a")
    assert book_in(desk, "b").kind == ReplyKind.CENTRE_BUSY
    desk.cancel("a", f"aflys {first.code}")
    assert book_in(desk, "b").kind == ReplyKind.BOOKED


def test_count_created_counts_one_centre_per_clock_hour(repository, availability):
    materialise(repository, availability, NOW, 1)
    slots = repository.free_slots(*OFFER, NOW, 3)
    other = repository.free_slots("sonderborg", "aaben_raadgivning", NOW, 1)[0]
    for i, slot in enumerate(slots):
        repository.book(slot.id, f"h{i}", "AA", now=NOW + timedelta(minutes=50 * i),
                        not_before=NOW)
    repository.book(other.id, "h9", "AA", now=NOW, not_before=NOW)
    # made at 10.00, 10.50 and 11.40: kept as 10, 10 and 11 o'clock
    assert repository.count_created("skanderborg", NOW) == 3
    assert repository.count_created("skanderborg", NOW + timedelta(minutes=59)) == 3
    assert repository.count_created("skanderborg", NOW + timedelta(hours=1)) == 1
    assert repository.count_created("skanderborg", NOW + timedelta(hours=2)) == 0
    repository.cancel("h2", NOW)
    assert repository.count_created("skanderborg", NOW + timedelta(hours=1)) == 0
    assert repository.count_created("sonderborg", NOW) == 1


def test_from_config_sets_every_limit(repository, kb):
    config = BookingConfig.from_env({"BOOKING_GLOBAL_WRONG_CODE_LIMIT": "7",
                                     "BOOKING_GLOBAL_WRONG_CODE_WINDOW_SECONDS": "30",
                                     "BOOKING_CENTRE_BOOKINGS_PER_HOUR": "2"})
    desk = BookingDesk.from_config(config, repository=repository, knowledge=kb)
    assert desk.global_limiter.limit == 7 and desk.global_limiter.window_seconds == 30
    assert desk.centre_bookings_per_hour == 2 and isinstance(desk.active, ActiveBookings)
    defaults = BookingConfig.from_env({})
    assert (defaults.global_wrong_code_limit, defaults.global_wrong_code_window_seconds,
            defaults.centre_bookings_per_hour) == (20, 60, 3)
