"""Booking actions over a real (throwaway) SQLite store: book, find, cancel, wrong code."""

import re

import pytest
from rasa_sdk.events import SlotSet

from actions.booking_actions import (
    ActionBookingBook, ActionBookingCancel, ActionBookingConfirm, ActionBookingOffer,
    ActionBookingStatus, CONFIRM_PAYLOAD, OTHER_TIMES_PAYLOAD,
)
from actions.triage_actions import booking_button
from booking.chat import text_wrong_code

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


def test_triage_offers_booking_only_for_bookable_offers():
    assert booking_button("skanderborg", "ungeraadgivningen_raadgivning")[0]["payload"] == (
        '/choose_booking_offer{"booking_offer":"ungeraadgivningen_raadgivning"}')
    assert booking_button("vejle", "craft") == []
    assert booking_button("fredericia", "vagten") == []


@pytest.mark.asyncio
@pytest.mark.parametrize("action_class", ["ActionOutOfScope", "ActionFallback"])
async def test_a_code_nlu_did_not_place_still_reaches_the_booking(tracker_factory, dispatcher,
                                                                  domain, action_class):
    import actions.question_actions as question_actions
    tracker = tracker_factory("aflys ZZZZ-ZZZZ", "out_of_scope", slots={"municipality": "vejle"})
    assert await run(getattr(question_actions, action_class)(), dispatcher, tracker, domain) == []
    assert dispatcher.messages[-1]["text"] == text_wrong_code()
