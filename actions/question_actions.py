"""Thin Rasa actions that answer questions from the knowledge base."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from core.answering.builders import Question, answer_question
from actions.core_answers import context_events, core_reply, use_core
from core.municipalities import is_switch_follow_up, slug_from_text
from actions.municipality_actions import ActionSetMunicipality
from actions.runtime import (
    answer_if_named, ask_municipality_text, knowledge, municipality_buttons,
    resolve_municipality,
)


OUT_OF_SCOPE = ("Det kan jeg ikke hjælpe med, desværre. Jeg kan svare på spørgsmål om hjælp til "
                "alkohol, stoffer og rusmidler, fx tilbud, alder, anonymitet og åbningstider.")


def entity_values(tracker: Tracker, entity: str) -> List[str]:
    return [str(e.get("value")) for e in (tracker.latest_message or {}).get("entities", [])
            if e.get("entity") == entity and e.get("value")]


def municipality_or_ask(tracker: Tracker, dispatcher: CollectingDispatcher,
                        intent: str) -> tuple:
    """Return ``(slug, events)``; with no known municipality, ask and remember the question.

    A municipality named in the message itself ("telefonnummer i Vejle") wins.
    """
    known = knowledge()
    text = (tracker.latest_message or {}).get("text") or ""
    named = slug_from_text(text, known)
    if named is not None:
        return named, [SlotSet("municipality", named)]
    resolution = resolve_municipality(tracker, known)
    if resolution.slug is None:
        dispatcher.utter_message(text=ask_municipality_text(known, resolution.unknown),
                                 buttons=municipality_buttons(known))
        return None, [SlotSet("pending_intent", intent), SlotSet("pending_question", text)]
    return resolution.slug, resolution.slot_events()


class ActionAnswerQuestion(Action):
    """Answer any question intent for the current municipality."""

    def name(self) -> Text:
        return "action_answer_question"

    def intent(self, tracker: Tracker) -> str:
        return ((tracker.latest_message or {}).get("intent") or {}).get("name") or "nlu_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        intent = self.intent(tracker)
        text = (tracker.latest_message or {}).get("text") or ""
        pending = tracker.get_slot("pending_intent")
        if pending and len(text.split()) <= 4 and slug_from_text(text, knowledge()):
            # "Vejle" as the answer to "which municipality?", whatever NLU made of it
            return await ActionSetMunicipality().run(dispatcher, tracker, domain)
        if is_switch_follow_up(text, knowledge()):
            # "og i Vejle?": the previous question, for another municipality
            return await ActionSetMunicipality().run(dispatcher, tracker, domain)
        slug, events = municipality_or_ask(tracker, dispatcher, intent)
        if slug is None:
            return events
        reply = core_reply(tracker, slug, text, intent)
        if use_core(reply, intent, slug, text):
            dispatcher.utter_message(text=reply.text)
            return events + context_events(tracker, reply)
        question = Question(intent=intent, text=text, offer_hints=entity_values(tracker, "offer"))
        dispatcher.utter_message(text=answer_question(knowledge(), slug, question))
        return events + context_events(tracker, None)


class ActionFallback(ActionAnswerQuestion):
    """Low NLU confidence: try the FAQ and offers by fuzzy search, then say we can't."""

    def name(self) -> Text:
        return "action_fallback"

    def intent(self, tracker: Tracker) -> str:
        return "nlu_fallback"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        from actions.booking_actions import answer_by_code  # imports this module
        if answer_by_code(tracker, dispatcher):
            return []
        return await super().run(dispatcher, tracker, domain)


class ActionOutOfScope(ActionAnswerQuestion):
    """Out of scope, unless the message names an offer or matches a FAQ entry.

    NLU sometimes files "hvad er Stifinder?" under out_of_scope because it has never seen
    the word; an exact offer name or a close FAQ match is a better signal than that.
    """

    def name(self) -> Text:
        return "action_out_of_scope"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        from actions.booking_actions import answer_by_code  # imports this module
        if answer_by_code(tracker, dispatcher):
            return []
        events = answer_if_named(tracker, dispatcher)
        if events is not None:
            return events
        slug = resolve_municipality(tracker, knowledge()).slug
        if slug is not None:
            text = (tracker.latest_message or {}).get("text") or ""
            reply = core_reply(tracker, slug, text, "out_of_scope")
            if reply is not None and reply.confident:
                dispatcher.utter_message(text=reply.text)
                return context_events(tracker, reply)
        dispatcher.utter_message(text=OUT_OF_SCOPE)
        return []
