"""Booking actions over a real (throwaway) SQLite store: book, find, cancel, wrong code."""

import asyncio
import re
import threading

import pytest
from rasa_sdk.events import SlotSet

import actions.booking_replies as booking_replies
from actions.booking_actions import (
    ActionBookingBook,
    ActionBookingCancel,
    ActionBookingConfirm,
    ActionBookingOffer,
    ActionBookingStatus,
)
from actions.booking_replies import CONFIRM_PAYLOAD, OTHER_TIMES_PAYLOAD
from actions.municipality_actions import ActionSetMunicipality
from actions.question_actions import ActionFallback, ActionOutOfScope
from actions.triage_actions import booking_button
from booking.codes import CodeHasher
from booking.config import DEFAULT_AVAILABILITY_FILE
from booking.desk import BookingDesk
from booking.limits import WrongCodeLimiter
from booking.slots import load_availability, materialise
from booking.store import SqlBookingRepository
from booking.texts import text_wrong_code

CODE = re.compile(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}\b")
SLOT = re.compile(r'^/choose_booking_slot\{"booking_slot":"(\d+)"\}$')


async def run(action, dispatcher, tracker, domain):
    return await action.run(dispatcher, tracker, domain)


def slot_entity(slot_id):
    return [{"entity": "booking_slot", "value": slot_id}]


@pytest.mark.asyncio
async def test_book_find_and_cancel_with_the_code(tracker_factory, dispatcher, domain):
    start = tracker_factory("jeg vil gerne booke en samtale", "book_talk",
                            metadata={"municipality": "skanderborg"})
    assert await run(ActionBookingOffer(), dispatcher, start, domain) == [
        SlotSet("municipality", "skanderborg")]
    offers = dispatcher.messages[-1]["buttons"]
    assert offers[0]["payload"].startswith('/choose_booking_offer{"booking_offer":')
    offer_id = offers[0]["payload"].split('"')[-2]
    chosen_offer = tracker_factory(offers[0]["payload"], "choose_booking_offer",
                                   slots={"municipality": "skanderborg"},
                                   entities=[{"entity": "booking_offer", "value": offer_id}])
    assert await run(ActionBookingOffer(), dispatcher, chosen_offer, domain) == []
    buttons = dispatcher.messages[-1]["buttons"]
    slot_id = SLOT.match(buttons[0]["payload"]).group(1)
    assert all(SLOT.match(b["payload"]) for b in buttons)

    chosen = tracker_factory(buttons[0]["payload"], "choose_booking_slot",
                             slots={"municipality": "skanderborg"}, entities=slot_entity(slot_id))
    assert await run(ActionBookingConfirm(), dispatcher, chosen, domain) == []
    assert [b["payload"] for b in dispatcher.messages[-1]["buttons"]] == [
        CONFIRM_PAYLOAD.format(slot_id), OTHER_TIMES_PAYLOAD]

    confirmed = tracker_factory(CONFIRM_PAYLOAD.format(slot_id), "confirm_booking",
                                slots={"municipality": "skanderborg"}, entities=slot_entity(slot_id))
    assert await run(ActionBookingBook(), dispatcher, confirmed, domain) == []
    booked = dispatcher.messages[-1]["text"]
    code = CODE.search(booked).group(0)
    assert "eneste måde" in booked

    # the same time cannot be booked twice
    assert await run(ActionBookingBook(), dispatcher, confirmed, domain) == []
    assert CODE.search(dispatcher.messages[-1]["text"]) is None

    status = tracker_factory(f"hvornår er min tid {code.lower().replace('-', '')}", "booking_status")
    assert await run(ActionBookingStatus(), dispatcher, status, domain) == []
    assert "Din tid er" in dispatcher.messages[-1]["text"]

    cancel = tracker_factory(f"aflys {code}", "cancel_booking")
    assert await run(ActionBookingCancel(), dispatcher, cancel, domain) == []
    assert "aflyst" in dispatcher.messages[-1]["text"]


@pytest.mark.asyncio
async def test_a_wrong_code_reveals_nothing(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("aflys ZZZZ-ZZZZ", "cancel_booking")
    await run(ActionBookingCancel(), dispatcher, tracker, domain)
    assert dispatcher.messages[-1]["text"] == text_wrong_code()


@pytest.mark.asyncio
async def test_booking_without_a_municipality_asks_for_it(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("kan jeg booke en tid", "book_talk")
    events = await run(ActionBookingOffer(), dispatcher, tracker, domain)
    assert events == [SlotSet("pending_intent", "book_talk"),
                      SlotSet("pending_question", "kan jeg booke en tid")]
    assert len(dispatcher.messages[-1]["buttons"]) == 4


@pytest.mark.asyncio
async def test_fredericia_has_no_bookable_times(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("book en tid", "book_talk", slots={"municipality": "fredericia"})
    assert await run(ActionBookingOffer(), dispatcher, tracker, domain) == []
    assert "ikke booke" in dispatcher.messages[-1]["text"]
    assert dispatcher.messages[-1]["buttons"] == []


@pytest.mark.asyncio
async def test_triage_offers_booking_only_for_bookable_offers():
    buttons = await booking_button("skanderborg", "ungeraadgivningen_raadgivning")
    assert buttons[0]["payload"] == (
        '/choose_booking_offer{"booking_offer":"ungeraadgivningen_raadgivning"}')
    assert await booking_button("vejle", "craft") == []
    assert await booking_button("fredericia", "vagten") == []


@pytest.mark.asyncio
@pytest.mark.parametrize("action_class", ["ActionOutOfScope", "ActionFallback"])
async def test_a_code_nlu_did_not_place_still_reaches_the_booking(tracker_factory, dispatcher,
                                                                  domain, action_class):
    action = {"ActionOutOfScope": ActionOutOfScope, "ActionFallback": ActionFallback}[action_class]
    tracker = tracker_factory("aflys ZZZZ-ZZZZ", "out_of_scope", slots={"municipality": "vejle"})
    assert await run(action(), dispatcher, tracker, domain) == []
    assert dispatcher.messages[-1]["text"] == text_wrong_code()


class ThreadRecordingStore:
    """The store, recording the thread of every call that reaches it."""

    def __init__(self, inner):
        self._inner = inner
        self.threads = []

    def __getattr__(self, name):
        attribute = getattr(self._inner, name)
        if not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            self.threads.append(threading.get_ident())
            return attribute(*args, **kwargs)

        return call


@pytest.fixture
def recorded_desk(tmp_path, kb, monkeypatch):
    """The actions' desk over a store that records which threads call it."""
    inner = SqlBookingRepository.open(f"sqlite:///{tmp_path / 'booking.sqlite3'}")
    store = ThreadRecordingStore(inner)
    desk = BookingDesk(store, load_availability(DEFAULT_AVAILABILITY_FILE, kb), kb,
                       CodeHasher(b"test-pepper-0123456789abcdef"), WrongCodeLimiter())
    materialise(inner, desk.availability, desk.clock(), 2)
    opened = []

    def open_desk():
        opened.append(threading.get_ident())
        return desk

    monkeypatch.setattr(booking_replies, "booking_desk", open_desk)
    yield store, opened
    inner.close()


@pytest.mark.asyncio
async def test_every_store_call_of_every_action_runs_off_the_event_loop(
        recorded_desk, tracker_factory, dispatcher, domain):
    store, opened = recorded_desk
    loop_thread = threading.get_ident()
    slots = {"municipality": "skanderborg"}
    await run(ActionBookingOffer(), dispatcher, tracker_factory(
        "book", "book_talk", slots=slots,
        entities=[{"entity": "booking_offer", "value": "aaben_raadgivning"}]), domain)
    slot_id = SLOT.match(dispatcher.messages[-1]["buttons"][0]["payload"]).group(1)
    chosen = tracker_factory("/x", "choose_booking_slot", slots=slots,
                             entities=slot_entity(slot_id))
    await run(ActionBookingConfirm(), dispatcher, chosen, domain)
    await run(ActionBookingBook(), dispatcher, chosen, domain)
    code = CODE.search(dispatcher.messages[-1]["text"]).group(0)
    await run(ActionBookingStatus(), dispatcher, tracker_factory(
        f"hvornår er min tid {code}", "booking_status"), domain)
    await run(ActionBookingCancel(), dispatcher, tracker_factory(f"aflys {code}", "x"), domain)
    for action in (ActionFallback(), ActionOutOfScope()):
        await run(action, dispatcher, tracker_factory("aflys ZZZZ-ZZZZ", "out_of_scope",
                                                      slots=slots), domain)
    await run(ActionSetMunicipality(), dispatcher, tracker_factory(
        "Vejle", "inform_municipality", slots={"pending_intent": "book_talk"},
        entities=[{"entity": "municipality", "value": "skanderborg"}]), domain)
    assert "aflyst" in dispatcher.messages[-4]["text"]
    assert dispatcher.messages[-1]["buttons"]           # the waiting booking was started
    assert len(opened) == 8 and len(store.threads) >= 8
    assert loop_thread not in set(opened) | set(store.threads)


@pytest.mark.asyncio
async def test_a_slow_store_does_not_hold_up_other_conversations(
        recorded_desk, tracker_factory, dispatcher, domain, monkeypatch):
    store, _ = recorded_desk
    release = threading.Event()
    inner_find = store._inner.find

    def slow_find(code_hash):
        release.wait(10)
        return inner_find(code_hash)

    monkeypatch.setattr(store._inner, "find", slow_find)
    lookup = asyncio.ensure_future(run(ActionBookingStatus(), dispatcher, tracker_factory(
        "hvornår er min tid ZZZZ-ZZZZ", "booking_status"), domain))
    # on the loop, the blocked store would hold up this sleep (and everyone else) for 10 s
    started = asyncio.get_running_loop().time()
    await asyncio.sleep(0.05)
    assert not lookup.done() and asyncio.get_running_loop().time() - started < 5
    release.set()
    assert await asyncio.wait_for(lookup, 10) == []
    assert dispatcher.messages[-1]["text"] == text_wrong_code()


@pytest.mark.asyncio
async def test_when_is_it_after_an_offer_is_a_question_about_its_times(tracker_factory, dispatcher, domain):
    # NLU may file "hvornår er det?" as a booking look-up; after an offer it asks its times.
    from actions.booking_actions import ActionBookingStatus
    tracker = tracker_factory("hvornår er det?", "booking_status",
                              slots={"municipality": "fredericia", "last_offer": "stoffri_dagbehandling"})
    await ActionBookingStatus().run(dispatcher, tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert "9:00" in text and "kode" not in text


@pytest.mark.asyncio
async def test_when_is_my_time_without_a_code_still_asks_for_the_code(tracker_factory, dispatcher, domain):
    from actions.booking_actions import ActionBookingStatus
    tracker = tracker_factory("hvornår er min tid?", "booking_status",
                              slots={"municipality": "fredericia", "last_offer": "stoffri_dagbehandling"})
    await ActionBookingStatus().run(dispatcher, tracker, domain)
    assert "kode" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_a_question_misread_as_choosing_a_time_is_answered(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("hvad sker der til den første samtale hos jer, og hvor lang tid tager den?",
                              "choose_booking_slot", slots={"municipality": "sonderborg"})
    await run(ActionBookingConfirm(), dispatcher, tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert "bookes" not in text and "Kilde:" in text


@pytest.mark.asyncio
async def test_a_question_about_an_offer_misread_as_booking_is_answered(tracker_factory, dispatcher, domain):
    from actions.booking_actions import ActionBookingOffer
    tracker = tracker_factory("jeg er i alkoholbehandling og har to børn på 7 og 10. kan børnene få nogle samtaler?",
                              "book_talk", slots={"municipality": "vejle"})
    await run(ActionBookingOffer(), dispatcher, tracker, domain)
    assert "booke" not in dispatcher.messages[0]["text"] and "Kilde:" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_a_short_question_naming_an_offer_is_answered_not_booked(tracker_factory, dispatcher, domain):
    from actions.booking_actions import ActionBookingOffer
    tracker = tracker_factory("kan min kone og jeg få parsamtaler?", "book_talk", slots={"municipality": "vejle"})
    await run(ActionBookingOffer(), dispatcher, tracker, domain)
    assert "Parsamtaler" in dispatcher.messages[0]["text"] and "Kilde:" in dispatcher.messages[0]["text"]
    tracker = tracker_factory("jeg vil gerne have en samtale", "book_talk", metadata={"municipality": "skanderborg"})
    await run(ActionBookingOffer(), dispatcher, tracker, domain)
    assert "Kilde:" not in dispatcher.messages[-1]["text"]  # no offer named: the booking starts


@pytest.mark.asyncio
@pytest.mark.parametrize("slug,bookable", [("skanderborg", True), ("fredericia", False)])
async def test_a_question_about_booking_is_answered_before_a_time_is_offered(
        tracker_factory, dispatcher, domain, slug, bookable):
    tracker = tracker_factory("skal man have en aftale først, eller kan man bare komme forbi?",
                              "book_talk", slots={"municipality": slug})
    await run(ActionBookingOffer(), dispatcher, tracker, domain)
    first = dispatcher.messages[0]["text"]
    assert "Hvilken slags samtale" not in first and "ikke booke" not in first
    book = [b for m in dispatcher.messages for b in m.get("buttons") or [] if b["payload"] == "/book_talk"]
    assert bool(book) is bookable


@pytest.mark.asyncio
async def test_a_request_for_a_time_still_starts_booking(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("jeg vil gerne booke en tid", "book_talk", slots={"municipality": "skanderborg"})
    await run(ActionBookingOffer(), dispatcher, tracker, domain)
    assert dispatcher.messages[-1]["buttons"] and "/book_talk" not in str(dispatcher.messages)
