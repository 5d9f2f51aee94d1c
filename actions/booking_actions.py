"""Thin Rasa actions for anonymous booking; the logic is :class:`booking.desk.BookingDesk`.

Each desk step runs off the event loop (:func:`actions.booking_replies.ask_desk`). The
booking code is shown once in the reply and never put in a slot or an event of ours.
Buttons carry only the slot id or the offer id.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_flow import answer_question_turn, fallback_turn
from actions.booking_replies import (  # noqa: F401 - the payloads and the desk, for callers
    CONFIRM_PAYLOAD,
    OFFER_PAYLOAD,
    OTHER_TIMES_PAYLOAD,
    SLOT_PAYLOAD,
    ask_desk,
    booking_desk,
    offer_booking,
    say,
)
from actions.core_answers import asks_question
from actions.runtime import knowledge
from actions.tracker_helpers import entity_values, latest_text, municipality_or_ask
from booking.codes import find_booking_code
from core.answering import lead_offer
from core.answering.cues import asks_about_booking

BOOK_BUTTON = {"title": "Book en anonym samtale", "payload": "/book_talk"}

# Words that make "hvornår er ..." about the person's own booked time.
OWN_BOOKING = re.compile(r"\b(?:min|mit|vores|booket|booking\w*|bestilt\w*|reserver\w*|kode\w*)\b",
                         re.IGNORECASE)


class ActionBookingOffer(Action):
    """Start booking: the next free times of the offer (from triage or a button)."""

    def name(self) -> Text:
        return "action_booking_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        text = latest_text(tracker)
        if not text.startswith("/") and not _BOOKING_WORDS.search(text) and (
                len(text.split()) > 8 or _names_an_offer(tracker, text)):
            # "kan børnene få nogle samtaler?", "og kan vi to få parsamtaler?": a question about
            # an offer, not a request for a time
            return await fallback_turn(dispatcher, tracker)
        if not text.startswith("/") and asks_question(text) and asks_about_booking(text):
            # "skal jeg have en tid, eller kan jeg bare komme?": the answer first, a time after
            events = await fallback_turn(dispatcher, tracker)
            slug = tracker.get_slot("municipality")
            if slug and await ask_desk(lambda desk: desk.is_bookable(slug)):
                dispatcher.utter_message(text="Vil du have en tid, kan du booke her i chatten.",
                                         buttons=[BOOK_BUTTON])
            return events
        slug, events = municipality_or_ask(tracker, dispatcher, "book_talk")
        if slug is None:
            return events
        offer = (next(iter(entity_values(tracker, "booking_offer")), None)
                 or tracker.get_slot("booking_offer") or tracker.get_slot("triage_offer"))
        await offer_booking(dispatcher, slug, offer, tracker.sender_id)
        return events


def _names_an_offer(tracker: Tracker, text: str) -> bool:
    """The message names one offer of the person's municipality ("parsamtaler")."""
    slug = tracker.get_slot("municipality")
    return bool(slug) and slug in knowledge() and lead_offer(knowledge()[slug], text) is not None


# Words that ask for a time: without one, a long question NLU filed as booking is a question.
_BOOKING_WORDS = re.compile(r"\bbook\w*|\bbestil\w*|\b(en|ny|første) tid\b|\btider\b|\baftale\b|\bappointment|"
                            r"\bledig\w*|\breserv\w*|\bi morgen\b|\bpå mandag|\bnæste uge", re.IGNORECASE)


def asks_something_else(text: str) -> bool:
    """A typed message NLU filed as choosing a time that is a question of its own: times are
    chosen with their buttons, and a typed choice is a few words without a question mark."""
    return "?" in text or len(text.split()) > 6


class ActionBookingConfirm(Action):
    """A time was chosen: ask before booking it."""

    def name(self) -> Text:
        return "action_booking_confirm"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slot_id = next(iter(entity_values(tracker, "booking_slot")), None)
        if slot_id is None and asks_something_else(latest_text(tracker)):
            # "hvad sker der til den første samtale?" is not the first of the times shown
            return await fallback_turn(dispatcher, tracker)
        sender = tracker.sender_id
        say(dispatcher, await ask_desk(lambda desk: desk.confirm(slot_id, sender)), slot_id)
        return []


class ActionBookingBook(Action):
    """Book atomically; the code is shown once and kept nowhere."""

    def name(self) -> Text:
        return "action_booking_book"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slot_id = next(iter(entity_values(tracker, "booking_slot")), None)
        # one future booking per conversation: sender_id is the channel's keyed hash
        sender = tracker.sender_id
        say(dispatcher, await ask_desk(lambda desk: desk.book(slot_id, sender)))
        return []


class ActionBookingStatus(Action):
    """ "hvornår er min tid K7QM-3XPD" """

    def name(self) -> Text:
        return "action_booking_status"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        text, sender = latest_text(tracker), tracker.sender_id
        if find_booking_code(text) is None and not OWN_BOOKING.search(text):
            # "hvornår er det?" after an offer: its times; with no offer in question the
            # question is read from its words. Only "min tid", a code and the like look up.
            intent = "ask_opening_hours" if tracker.get_slot("last_offer") else "nlu_fallback"
            return await answer_question_turn(dispatcher, tracker, intent)
        say(dispatcher, await ask_desk(lambda desk: desk.lookup(sender, text)))
        return []


class ActionBookingCancel(Action):
    """ "aflys K7QM-3XPD" """

    def name(self) -> Text:
        return "action_booking_cancel"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        text, sender = latest_text(tracker), tracker.sender_id
        say(dispatcher, await ask_desk(lambda desk: desk.cancel(sender, text)))
        return []
