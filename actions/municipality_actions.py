"""Actions that set or switch the municipality the assistant answers for (see
:mod:`actions.answer_flow`)."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_flow import set_municipality_turn


class ActionSetMunicipality(Action):
    """Remember the municipality the user named, then answer a question left waiting."""

    def name(self) -> Text:
        return "action_set_municipality"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        return await set_municipality_turn(dispatcher, tracker)
