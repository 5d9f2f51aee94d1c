"""Booking for the actions: the desk, off the event loop, and its replies as Rasa messages.

rasa-sdk runs actions as coroutines on one event loop, while every desk step (and opening
the desk) reaches the booking store (SQLite or PostgreSQL) and blocks: :func:`ask_desk`
runs each step in a worker thread with ``asyncio.to_thread``. Buttons carry only the
slot id or the offer id; the booking code is shown once in the text and kept nowhere.
"""

from __future__ import annotations

import asyncio
import re
from typing import Callable, Dict, List, Optional, TypeVar

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.runtime import services
from actions.tracker_helpers import latest_text
from booking.codes import find_booking_code
from booking.desk import BookingDesk
from booking.replies import Choice, Reply, ReplyKind
from insight.model import BOOKING_CANCELLED, BOOKING_MADE

OFFER_PAYLOAD = '/choose_booking_offer{{"booking_offer":"{}"}}'
SLOT_PAYLOAD = '/choose_booking_slot{{"booking_slot":"{}"}}'
CONFIRM_PAYLOAD = '/confirm_booking{{"booking_slot":"{}"}}'
OTHER_TIMES_PAYLOAD = "/other_booking_times"
CANCEL_WORDS = re.compile(r"\b(aflys\w*|annuller\w*|afbestil\w*|slet|fjern)\b", re.IGNORECASE)
# a booking made or cancelled is counted (topic and outcome only; actions/insight_hook.py)
INSIGHT_OUTCOMES = {ReplyKind.BOOKED: BOOKING_MADE, ReplyKind.CANCELLED: BOOKING_CANCELLED}


def booking_desk() -> BookingDesk:
    """The desk of the process's services (``actions.runtime.Services.booking_desk``):
    the configured store, with the next weeks' slots in place, created on first use."""
    return services().booking_desk


T = TypeVar("T")


async def ask_desk(step: Callable[[BookingDesk], T]) -> T:
    """Run one desk step, ``step(desk)``, in a worker thread, off the event loop.

    Getting the desk is part of it: the first call opens and migrates the store.
    """
    return await asyncio.to_thread(lambda: step(booking_desk()))


def buttons_for(reply: Reply, slot_id: Optional[str] = None) -> List[Dict[str, str]]:
    """Buttons for a desk reply; a confirmation's "yes" books ``slot_id``."""

    def payload(choice: Choice) -> str:
        if reply.kind is ReplyKind.CHOOSE_OFFER:
            return OFFER_PAYLOAD.format(choice.value)
        if reply.kind is ReplyKind.CONFIRM:
            return CONFIRM_PAYLOAD.format(slot_id) if choice.value == "yes" else OTHER_TIMES_PAYLOAD
        return SLOT_PAYLOAD.format(choice.value)

    return [{"title": c.title, "payload": payload(c)} for c in reply.choices]


def say(dispatcher: CollectingDispatcher, reply: Reply, slot_id: Optional[str] = None) -> None:
    """Utter a desk reply with its buttons (and its insight tag, for a booking made or cancelled)."""
    outcome = INSIGHT_OUTCOMES.get(reply.kind)
    extra = {"insight": {"outcome": outcome, "topic": "booking"}} if outcome else {}
    dispatcher.utter_message(text=reply.text, buttons=buttons_for(reply, slot_id), **extra)


async def offer_booking(dispatcher: CollectingDispatcher, slug: str,
                        offer: Optional[str] = None,
                        conversation_id: Optional[str] = None) -> None:
    """Start booking at ``slug``'s centre: the free times of ``offer``, or a choice of offers."""
    say(dispatcher, await ask_desk(lambda desk: desk.offer_slots(slug, offer, conversation_id)))


async def answer_by_code(tracker: Tracker, dispatcher: CollectingDispatcher) -> bool:
    """Find or cancel a booking when a message NLU did not place carries a booking code.

    Codes are random letters and digits, so NLU sometimes files "aflys ZQ4T-WXKM" as out of
    scope; a code in the text is the better signal. Returns whether it answered.
    """
    text = latest_text(tracker)
    if find_booking_code(text) is None:
        return False
    sender, cancel = tracker.sender_id, CANCEL_WORDS.search(text) is not None
    say(dispatcher, await ask_desk(
        lambda desk: desk.cancel(sender, text) if cancel else desk.lookup(sender, text)))
    return True
