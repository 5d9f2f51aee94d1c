"""Actions that set or switch the municipality the assistant answers for."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from core.answering.builders import Question, answer_question
from actions.core_answers import answer_from_core, context_events, use_core
from core.hours import COPENHAGEN
from core.municipalities import asks_own_question, is_switch_follow_up
from actions.runtime import (
    ask_municipality_text, knowledge, municipality_buttons, named_municipality,
)

def previous_question(tracker: Tracker) -> Optional[Tuple[str, str]]:
    """Text and intent of the user's message before the latest one (typed, not a button)."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    for event in reversed(users[:-1]):
        text = (event.get("text") or "").strip()
        if text and not text.startswith("/"):
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            return text, intent or "nlu_fallback"
    return None


class ActionSetMunicipality(Action):
    """Remember the municipality the user named, then answer a question left waiting."""

    def name(self) -> Text:
        return "action_set_municipality"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        known = knowledge()
        slug = named_municipality(tracker, known)
        if slug is None:
            dispatcher.utter_message(text=ask_municipality_text(known, "?"),
                                     buttons=municipality_buttons(known))
            return []
        m = known[slug]
        events: List[EventType] = [SlotSet("municipality", slug)]
        pending_intent = tracker.get_slot("pending_intent")
        if pending_intent:
            pending_text = tracker.get_slot("pending_question") or ""
            if pending_intent == "book_talk":
                from actions.booking_actions import booking_desk, buttons_for  # no cycle
                reply = booking_desk().offer_slots(slug)
                dispatcher.utter_message(text=reply.text, buttons=buttons_for(reply))
                return events + [SlotSet("pending_intent", None), SlotSet("pending_question", None)]
            text = answer_question(known, slug, Question(pending_intent, pending_text))
            dispatcher.utter_message(text=f"Tak. Her er svaret for {m.name}:\n\n{text}")
            return events + [SlotSet("pending_intent", None), SlotSet("pending_question", None)]
        text = (tracker.latest_message or {}).get("text") or ""
        if asks_own_question(text, known):
            # "is there free help for weed in skanderborg": the question is the point
            from actions.question_actions import ActionFallback  # imports this module
            return await ActionFallback().run(dispatcher, tracker, domain)
        previous = previous_question(tracker) if is_switch_follow_up(text, known) else None
        if previous is not None:
            answer, answer_events = self.answer_again(tracker, slug, *previous)
            dispatcher.utter_message(text=f"I {m.name} Kommune:\n\n{answer}")
            return events + answer_events
        dispatcher.utter_message(text=f"Fint, nu svarer jeg ud fra tilbuddene i {m.name} "
                                      f"Kommune. Hvad vil du gerne vide?")
        return events

    @staticmethod
    def answer_again(tracker: Tracker, slug: str, text: str,
                     intent: str) -> Tuple[str, List[EventType]]:
        """The previous question answered for another municipality ("og i Vejle?").

        The previous offer belongs to the other municipality, so only the topic carries over.
        """
        reply = answer_from_core(knowledge(), slug, text, intent=intent,
                                 context={"offer_id": None, "topic": tracker.get_slot("last_topic")},
                                 now=datetime.now(COPENHAGEN))
        if use_core(reply, intent, slug, text):
            return reply.text, context_events(tracker, reply)
        return answer_question(knowledge(), slug, Question(intent, text)), context_events(tracker, None)
