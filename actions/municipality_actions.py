"""Actions that set or switch the municipality the assistant answers for."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import Question, answer_question
from actions.runtime import (
    ask_municipality_text, knowledge, municipality_buttons, named_municipality,
)


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
        dispatcher.utter_message(text=f"Fint, nu svarer jeg ud fra tilbuddene i {m.name} "
                                      f"Kommune. Hvad vil du gerne vide?")
        return events
