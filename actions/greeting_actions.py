"""Greeting and "what can you do": anonymous, automatic, and when humans can be reached."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.runtime import (
    answer_if_named,
    ask_municipality_text,
    knowledge,
    municipality_buttons,
    resolve_municipality,
)
from core.answering.reach import reach_person
from core.knowledge.base import Municipality

EXAMPLES = ("Du kan fx spørge: \"Er det anonymt?\", \"Hvad kan I tilbyde pårørende?\" "
            "eller \"Hvornår kan jeg ringe?\"")


def humans_line(m: Municipality) -> str:
    return reach_person(m, lead=True).text


class ActionGreet(Action):
    def name(self) -> Text:
        return "action_greet"

    def intro(self) -> str:
        return ("Hej, jeg er Rusmiddelrådgiveren. Jeg er en automatisk chat, og du er "
                "anonym her: skriv ikke dit navn eller andet, der kan vise, hvem du er.")

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        known = knowledge()
        resolution = resolve_municipality(tracker, known)
        if resolution.slug is None:
            dispatcher.utter_message(
                text=f"{self.intro()}\n\n{ask_municipality_text(known, resolution.unknown)}",
                buttons=municipality_buttons(known))
            return []
        m = known[resolution.slug]
        dispatcher.utter_message(text=f"{self.intro()} Jeg svarer ud fra tilbuddene i "
                                      f"{m.name} Kommune.\n\n{EXAMPLES}\n\n{humans_line(m)}")
        return resolution.slot_events()


class ActionCapabilities(ActionGreet):
    def name(self) -> Text:
        return "action_capabilities"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        # "hvad er Stifinder" can look like "hvad er du" to NLU: a named offer wins
        events = answer_if_named(tracker, dispatcher)
        if events is not None:
            return events
        return await super().run(dispatcher, tracker, domain)

    def intro(self) -> str:
        return ("Jeg svarer på spørgsmål om hjælp til alkohol, hash og andre stoffer: "
                "tilbud, alder, anonymitet, åbningstider, priser, ventetid og klager. "
                "Jeg er en automatisk chat, og du er anonym.")
