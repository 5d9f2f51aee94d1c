"""Thin Rasa actions that answer questions from the knowledge base (see :mod:`actions.answer_flow`)."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_flow import FALLBACK_INTENT, answer_question_turn, fallback_turn
from actions.booking_replies import answer_by_code
from actions.core_answers import MORE_SLOT, context_events, core_reply, say_answer
from actions.runtime import answer_if_named, knowledge, resolve_municipality
from actions.tracker_helpers import latest_text

OUT_OF_SCOPE = ("Det kan jeg ikke hjælpe med, desværre. Jeg kan svare på spørgsmål om hjælp til "
                "alkohol, stoffer og rusmidler, fx tilbud, alder, anonymitet og åbningstider.")


class ActionAnswerQuestion(Action):
    """Answer any question intent for the current municipality."""

    def name(self) -> Text:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        intent = ((tracker.latest_message or {}).get("intent") or {}).get("name")
        return await answer_question_turn(dispatcher, tracker, intent or FALLBACK_INTENT)


class ActionFallback(Action):
    """Low NLU confidence: try a booking code, the FAQ and offers by fuzzy search, then say we can't."""

    def name(self) -> Text:
        return "action_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        return await fallback_turn(dispatcher, tracker)


class ActionOutOfScope(Action):
    """Out of scope, unless the message names an offer or matches a FAQ entry.

    NLU sometimes files "hvad er Stifinder?" under out_of_scope because it has never seen
    the word; an exact offer name or a close FAQ match is a better signal than that.
    """

    def name(self) -> Text:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        if await answer_by_code(tracker, dispatcher):
            return []
        events = answer_if_named(tracker, dispatcher)
        if events is not None:
            return events
        slug = resolve_municipality(tracker, knowledge()).slug
        if slug is not None:
            reply = core_reply(tracker, slug, latest_text(tracker), "out_of_scope")
            if reply is not None and reply.confident:
                return context_events(tracker, reply) + say_answer(dispatcher, tracker, reply.text)
        dispatcher.utter_message(text=OUT_OF_SCOPE)
        return []


NOTHING_MORE = ("Det var det, jeg kan fortælle om det ud fra kataloget. Spørg gerne om noget andet, "
                "fx tider, pris eller hvordan du kommer i gang.")


class ActionReadMore(Action):
    """The "Læs mere" button: the rest of the last answer, kept in a slot by say_answer."""

    def name(self) -> Text:
        return "action_read_more"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        more = tracker.get_slot(MORE_SLOT)
        if not more:
            dispatcher.utter_message(text=NOTHING_MORE)
            return []
        return say_answer(dispatcher, tracker, more)
