"""Thin Rasa actions for anonymous booking; the logic is :class:`booking.chat.BookingDesk`.

The booking code is shown once in the reply and never put in a slot or an event of ours.
Buttons carry only the slot id or the offer id.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from core.hours import now_in_copenhagen
from actions.question_actions import entity_values, municipality_or_ask
from actions.runtime import knowledge
from booking.chat import (BOOKED_KIND, CANCELLED_KIND, CHOOSE_OFFER, CONFIRM, BookingDesk,
                          Choice, Reply)
from insight.model import BOOKING_CANCELLED, BOOKING_MADE
from booking.codes import find_booking_code
from booking.config import BookingConfig
from booking.slots import materialise

OFFER_PAYLOAD = '/choose_booking_offer{{"booking_offer":"{}"}}'
SLOT_PAYLOAD = '/choose_booking_slot{{"booking_slot":"{}"}}'
CONFIRM_PAYLOAD = '/confirm_booking{{"booking_slot":"{}"}}'
OTHER_TIMES_PAYLOAD = "/other_booking_times"
CANCEL_WORDS = re.compile(r"\b(aflys\w*|annuller\w*|afbestil\w*|slet|fjern)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def booking_desk() -> BookingDesk:
    """The desk over the configured store, with the next weeks' slots in place.

    Created on first use (not at import) so that configuration comes from the environment
    the action server was started with.
    """
    config = BookingConfig.from_env()
    desk = BookingDesk.from_config(config, knowledge=knowledge())
    materialise(desk.repository, desk.availability, now_in_copenhagen(), config.weeks_ahead)
    return desk


def buttons_for(reply: Reply, slot_id: Optional[str] = None) -> List[Dict[str, str]]:
    """Buttons for a desk reply; a confirmation's "yes" books ``slot_id``."""

    def payload(choice: Choice) -> str:
        if reply.kind == CHOOSE_OFFER:
            return OFFER_PAYLOAD.format(choice.value)
        if reply.kind == CONFIRM:
            return CONFIRM_PAYLOAD.format(slot_id) if choice.value == "yes" else OTHER_TIMES_PAYLOAD
        return SLOT_PAYLOAD.format(choice.value)

    return [{"title": c.title, "payload": payload(c)} for c in reply.choices]


INSIGHT_OUTCOMES = {BOOKED_KIND: BOOKING_MADE, CANCELLED_KIND: BOOKING_CANCELLED}


def say(dispatcher: CollectingDispatcher, reply: Reply, slot_id: Optional[str] = None) -> None:
    outcome = INSIGHT_OUTCOMES.get(reply.kind)
    # a booking made or cancelled is counted (topic and outcome only; actions/insight_hook.py)
    extra = {"insight": {"outcome": outcome, "topic": "booking"}} if outcome else {}
    dispatcher.utter_message(text=reply.text, buttons=buttons_for(reply, slot_id), **extra)


class ActionBookingOffer(Action):
    """Start booking: the next free times of the offer (from triage or a button)."""

    def name(self) -> Text:
        return "action_booking_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slug, events = municipality_or_ask(tracker, dispatcher, "book_talk")
        if slug is None:
            return events
        offer = (next(iter(entity_values(tracker, "booking_offer")), None) or tracker.get_slot("booking_offer")
                 or tracker.get_slot("triage_offer"))
        say(dispatcher, booking_desk().offer_slots(slug, offer, tracker.sender_id))
        return events


class ActionBookingConfirm(Action):
    """A time was chosen: ask before booking it."""

    def name(self) -> Text:
        return "action_booking_confirm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slot_id = next(iter(entity_values(tracker, "booking_slot")), None)
        say(dispatcher, booking_desk().confirm(slot_id, tracker.sender_id), slot_id)
        return []


class ActionBookingBook(Action):
    """Book atomically; the code is shown once and kept nowhere."""

    def name(self) -> Text:
        return "action_booking_book"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slot_id = next(iter(entity_values(tracker, "booking_slot")), None)
        # one future booking per conversation: sender_id is the channel's keyed hash
        say(dispatcher, booking_desk().book(slot_id, tracker.sender_id))
        return []


class ActionBookingStatus(Action):
    """ "hvornår er min tid K7QM-3XPD" """

    def name(self) -> Text:
        return "action_booking_status"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        say(dispatcher, booking_desk().lookup(tracker.sender_id, text))
        return []


class ActionBookingCancel(Action):
    """ "aflys K7QM-3XPD" """

    def name(self) -> Text:
        return "action_booking_cancel"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        say(dispatcher, booking_desk().cancel(tracker.sender_id, text))
        return []


def answer_by_code(tracker: Tracker, dispatcher: CollectingDispatcher) -> bool:
    """Find or cancel a booking when a message NLU did not place carries a booking code.

    Codes are random letters and digits, so NLU sometimes files "aflys ZQ4T-WXKM" as out of
    scope; a code in the text is the better signal. Returns whether it answered.
    """
    text = (tracker.latest_message or {}).get("text") or ""
    if find_booking_code(text) is None:
        return False
    desk = booking_desk()
    reply = (desk.cancel(tracker.sender_id, text) if CANCEL_WORDS.search(text)
             else desk.lookup(tracker.sender_id, text))
    say(dispatcher, reply)
    return True
