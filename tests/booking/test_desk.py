"""The booking desk, without Rasa: offering, confirming, booking, finding, cancelling."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest

from booking.codes import CodeHasher
from booking.desk import BookingDesk
from booking.limits import WrongCodeLimiter
from booking.replies import ReplyKind
from booking.slots import materialise
from booking.store import NewSlot
from booking.texts import danish_datetime, slot_title, text_wrong_code
from core.answering.reach import reach_sentence
from core.hours import COPENHAGEN
from tests.booking.conftest import NOW, PEPPER
from tests.danish import is_danish


class FakeMonotonic:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def booked_code(desk, centre="skanderborg", offer="ungeraadgivningen_raadgivning", index=0):
    reply = desk.offer_slots(centre, offer)
    return desk.book(int(reply.choices[index].value))


def test_danish_date_and_time():
    assert danish_datetime(datetime(2026, 12, 1, 14, 0, tzinfo=COPENHAGEN)) == \
        "tirsdag 1. december kl. 14.00"
    assert danish_datetime(datetime(2027, 6, 7, 7, 30, tzinfo=COPENHAGEN)) == \
        "mandag 7. juni kl. 7.30"


def test_slot_title_names_day_date_time_centre_and_address(make_desk, kb):
    desk = make_desk()
    reply = desk.offer_slots("skanderborg", "ungeraadgivningen_raadgivning")
    assert reply.kind == ReplyKind.CHOOSE_SLOT
    assert reply.choices[0].title == ("onsdag 25. november kl. 14.00, Skanderborg Rusmiddelcenter, "
                                      "Ole Lund Kirkegaards Stræde 2F, 8660 Skanderborg")
    slot = desk.repository.get_slot(int(reply.choices[1].value))
    spec = desk.availability.get("skanderborg", "ungeraadgivningen_raadgivning")
    assert slot_title(slot, kb["skanderborg"], spec) == reply.choices[1].title


def test_offers_the_next_three_free_slots_in_order(make_desk):
    desk = make_desk()
    reply = desk.offer_slots("sonderborg", "ungdomsraadgivning")
    starts = [desk.repository.get_slot(int(c.value)).starts_at for c in reply.choices]
    assert len(starts) == 3 and starts == sorted(starts) and starts[0] > NOW
    assert is_danish(reply.text) and "anonym" in reply.text


def test_slots_too_soon_are_not_offered(make_desk):
    desk = make_desk()  # Wednesday 10:00; Sønderborg's Wednesday talk is at 12:00
    first = desk.offer_slots("sonderborg", "aaben_raadgivning").choices[0]
    assert first.title.startswith("fredag 27. november kl. 11.00")
    desk.min_notice = timedelta(minutes=30)
    first = desk.offer_slots("sonderborg", "aaben_raadgivning").choices[0]
    assert first.title.startswith("onsdag 25. november kl. 12.00")


def test_without_an_offer_the_user_chooses_one(make_desk):
    reply = make_desk().offer_slots("sonderborg")
    assert reply.kind == ReplyKind.CHOOSE_OFFER
    assert [c.value for c in reply.choices] == ["ungdomsraadgivning", "aaben_raadgivning"]
    assert reply.choices[0].title.startswith("Ungdomsrådgivning")
    # an offer that cannot be booked (e.g. from triage) also leads to the choice
    assert make_desk().offer_slots("sonderborg", "doegnbehandling").kind == ReplyKind.CHOOSE_OFFER


@pytest.mark.parametrize("centre", ["vejle", "fredericia"])
def test_centres_without_times_say_so_kindly(make_desk, kb, centre):
    reply = make_desk().offer_slots(centre)
    assert reply.kind == ReplyKind.NO_SLOTS and reply.choices == ()
    assert is_danish(reply.text) and "kan du ikke booke" in reply.text
    # the one "how to reach the centre" sentence, also without phone or website (Fredericia)
    assert reply.text.endswith(f"endnu. {reach_sentence(kb[centre])}")
    assert centre != "vejle" or "76 81 90 00" in reply.text


def test_confirm_then_book_shows_the_code_once_with_what_to_do(make_desk):
    desk = make_desk()
    slot_id = int(desk.offer_slots("skanderborg", "ungeraadgivningen_raadgivning").choices[0].value)
    confirm = desk.confirm(slot_id)
    assert confirm.kind == ReplyKind.CONFIRM and [c.value for c in confirm.choices] == ["yes", "no"]
    assert "onsdag 25. november kl. 14.00" in confirm.text and "45 minutter" in confirm.text
    booked = desk.book(slot_id)
    assert booked.kind == ReplyKind.BOOKED
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}", booked.code)
    assert f"Din kode er: {booked.code}" in booked.text
    assert "Ole Lund Kirkegaards Stræde 2F" in booked.text
    assert "sig koden" in booked.text and "navn" in booked.text
    assert "eneste måde at finde eller aflyse" in booked.text
    assert is_danish(booked.text)
    # the code is never shown again
    for later in (desk.lookup("c", f"hvornår er min tid {booked.code}"),
                  desk.offer_slots("skanderborg", "ungeraadgivningen_raadgivning"),
                  desk.cancel("c", f"aflys {booked.code}"),
                  desk.lookup("c", f"hvornår er min tid {booked.code}")):
        assert booked.code not in later.text and booked.code.replace("-", "") not in later.text


def test_booked_slot_is_no_longer_offered_and_a_second_try_is_refused_kindly(make_desk):
    desk = make_desk()
    first = desk.offer_slots("skanderborg", "aaben_raadgivning").choices[0]
    assert desk.book(int(first.value)).kind == ReplyKind.BOOKED
    offered = desk.offer_slots("skanderborg", "aaben_raadgivning")
    assert first.value not in [c.value for c in offered.choices]
    again = desk.book(int(first.value))
    assert again.kind == ReplyKind.TAKEN and again.code is None
    assert again.choices == offered.choices and is_danish(again.text)
    assert desk.confirm(int(first.value)).kind == ReplyKind.TAKEN


@pytest.mark.parametrize("slot_id", [999999, "abc", None, -1])
def test_unknown_slots_are_unavailable(make_desk, slot_id):
    reply = make_desk().book(slot_id)
    assert reply.kind == ReplyKind.UNAVAILABLE and reply.code is None and is_danish(reply.text)


def test_last_free_slot_taken_gives_the_phone_number(make_desk, repository):
    desk = make_desk()
    repository.add_slots([NewSlot("sonderborg", "aaben_raadgivning",
                                  NOW + timedelta(weeks=10), 30)])
    for _ in range(50):
        reply = desk.offer_slots("sonderborg", "aaben_raadgivning")
        if reply.kind != ReplyKind.CHOOSE_SLOT:
            break
        last_id = int(reply.choices[0].value)
        assert desk.book(last_id).kind == ReplyKind.BOOKED
    assert reply.kind == ReplyKind.NO_SLOTS and "88 72 44 85" in reply.text
    refused = desk.book(last_id)
    assert refused.kind == ReplyKind.TAKEN and refused.choices == () and "88 72 44 85" in refused.text
    assert refused.text.endswith(" Ring til Misbrugscenter Sønderborg på 88 72 44 85.")


def test_lookup_finds_the_time_with_any_spelling_of_the_code(make_desk):
    desk = make_desk()
    code = booked_code(desk).code
    for text in (f"hvornår er min tid {code}", f"hvornår er min tid {code.lower().replace('-', '')}",
                 code.lower()):
        reply = desk.lookup("conv", text)
        assert reply.kind == ReplyKind.FOUND
        assert "onsdag 25. november kl. 14.00" in reply.text and "Ole Lund" in reply.text


def test_cancel_frees_the_slot(make_desk):
    desk = make_desk()
    reply = booked_code(desk)
    slot_value = desk.offer_slots("skanderborg", "ungeraadgivningen_raadgivning").choices[0].value
    cancelled = desk.cancel("conv", f"aflys {reply.code}")
    assert cancelled.kind == ReplyKind.CANCELLED and "aflyst" in cancelled.text
    assert is_danish(cancelled.text)
    offered = desk.offer_slots("skanderborg", "ungeraadgivningen_raadgivning")
    assert offered.choices[0].value != slot_value  # the freed 14.00 slot is first again
    assert offered.choices[0].title.startswith("onsdag 25. november kl. 14.00")
    assert desk.cancel("conv", f"aflys {reply.code}").kind == ReplyKind.ALREADY_CANCELLED
    assert desk.lookup("conv", reply.code).kind == ReplyKind.ALREADY_CANCELLED


def test_cancel_after_the_start_is_too_late(make_desk, repository, availability, kb):
    desk = make_desk()
    code = booked_code(desk).code
    late = BookingDesk(repository, availability, kb, CodeHasher(PEPPER), WrongCodeLimiter(),
                       clock=lambda: NOW + timedelta(hours=4, minutes=10))
    reply = late.cancel("conv", f"aflys {code}")
    assert reply.kind == ReplyKind.TOO_LATE and is_danish(reply.text)
    assert late.lookup("conv", code).kind == ReplyKind.FOUND     # 14.00-14.45: still on
    over = BookingDesk(repository, availability, kb, CodeHasher(PEPPER), WrongCodeLimiter(),
                       clock=lambda: NOW + timedelta(hours=5))
    assert over.lookup("conv", code).kind == ReplyKind.TOO_LATE


def test_wrong_code_wording_does_not_depend_on_what_exists(make_desk):
    desk = make_desk()
    empty = [desk.lookup("a", "hvornår er min tid ZZZZ-ZZZZ"), desk.cancel("b", "aflys ZZZZ-ZZZZ")]
    for index in range(3):
        booked_code(desk, index=index)
    full = [desk.lookup("c", "hvornår er min tid ZZZZ-ZZZZ"), desk.cancel("d", "aflys ZZZZ-ZZZZ")]
    assert {r.kind for r in empty + full} == {ReplyKind.WRONG_CODE}
    assert {r.text for r in empty + full} == {text_wrong_code()}
    assert all(r.choices == () for r in empty + full)
    assert is_danish(text_wrong_code())


def test_a_message_without_a_code_asks_for_it_and_is_not_counted(make_desk):
    desk = make_desk(limiter=WrongCodeLimiter(limit=1))
    for _ in range(3):
        reply = desk.cancel("conv", "jeg vil gerne aflyse min samtale")
        assert reply.kind == ReplyKind.NEED_CODE and "K7QM-3XPD" in reply.text
    assert desk.cancel("conv", "aflys ZZZZ-ZZZZ").kind == ReplyKind.WRONG_CODE


def test_a_word_that_could_be_a_code_is_tried_and_a_miss_counts(make_desk):
    desk = make_desk(limiter=WrongCodeLimiter(limit=2))
    assert desk.cancel("conv", "aflys samtalen").kind == ReplyKind.NEED_CODE
    assert desk.cancel("conv", "aflys samtalen").kind == ReplyKind.NEED_CODE
    assert desk.cancel("conv", "aflys samtalen").kind == ReplyKind.RATE_LIMITED


def test_a_code_without_digits_typed_in_lower_case_is_found(make_desk):
    desk = make_desk(code_source=lambda: "KQMXTPDH")
    booked = booked_code(desk)
    assert booked.code == "KQMX-TPDH"
    assert desk.lookup("conv", "hvornår er min tid kqmxtpdh").kind == ReplyKind.FOUND
    assert desk.cancel("conv", "aflys kqmxtpdh tak").kind == ReplyKind.CANCELLED


def test_repeated_wrong_codes_are_rate_limited_per_conversation(make_desk):
    clock = FakeMonotonic()
    desk = make_desk(limiter=WrongCodeLimiter(limit=5, window_seconds=900, clock=clock))
    real = booked_code(desk).code
    for i in range(5):
        assert desk.cancel("guesser", f"aflys ZZZZ-ZZZ{i}").kind == ReplyKind.WRONG_CODE
    # blocked now, even for a real code, and the code is not even looked at
    blocked = desk.lookup("guesser", f"hvornår er min tid {real}")
    assert blocked.kind == ReplyKind.RATE_LIMITED and "et kvarter" in blocked.text
    assert is_danish(blocked.text)
    # other conversations are not affected
    assert desk.lookup("someone-else", real).kind == ReplyKind.FOUND
    # the window slides
    clock.now += 899
    assert desk.lookup("guesser", real).kind == ReplyKind.RATE_LIMITED
    clock.now += 2
    assert desk.lookup("guesser", real).kind == ReplyKind.FOUND


def test_limiter_keeps_no_conversation_id_and_bounded_memory():
    clock = FakeMonotonic()
    limiter = WrongCodeLimiter(limit=2, window_seconds=60, max_keys=10, clock=clock)
    for i in range(25):
        limiter.record_wrong(f"conversation-{i}")
    assert len(limiter._hits) == 10
    assert all(isinstance(k, bytes) and b"conversation" not in k for k in limiter._hits)
    assert not limiter.blocked("conversation-0")      # forgotten (oldest first)
    limiter.record_wrong("conversation-24")
    assert limiter.blocked("conversation-24")


def test_a_clashing_random_code_is_replaced(make_desk):
    codes = iter(["AAAAAAAA", "AAAAAAAA", "BBBBBBBB"])
    desk = make_desk(code_source=lambda: next(codes))
    first = booked_code(desk, index=0)
    second = booked_code(desk, index=0)
    assert (first.code, second.code) == ("AAAA-AAAA", "BBBB-BBBB")


def test_from_config_opens_a_working_desk(tmp_path, kb):
    from booking.config import BookingConfig

    desk = BookingDesk.from_config(BookingConfig(data_dir=tmp_path), knowledge=kb,
                                   start_maintenance=False)
    try:
        materialise(desk.repository, desk.availability, NOW, 1)
        assert (tmp_path / "booking.sqlite3").exists() and (tmp_path / "code_pepper").exists()
        assert desk.offer_slots("sonderborg").kind == ReplyKind.CHOOSE_OFFER
        assert not desk.maintainer.running
    finally:
        desk.close()
