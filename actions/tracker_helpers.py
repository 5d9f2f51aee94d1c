"""Reading a turn from the tracker: the message, its entities, the municipality to answer for.

Shared by the action modules (which never import each other).
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.runtime import ask_municipality_text, knowledge, municipality_buttons, resolve_municipality
from core.municipalities import slug_from_text


def latest_text(tracker: Tracker) -> str:
    """The text of the latest user message ("" when there is none)."""
    return (tracker.latest_message or {}).get("text") or ""


def entity_values(tracker: Tracker, entity: str) -> List[str]:
    """The values NLU found for ``entity`` in the latest message, in order."""
    return [str(e.get("value")) for e in (tracker.latest_message or {}).get("entities", [])
            if e.get("entity") == entity and e.get("value")]


def municipality_or_ask(tracker: Tracker, dispatcher: CollectingDispatcher,
                        intent: str) -> Tuple[Optional[str], List[EventType]]:
    """Return ``(slug, events)``; with no known municipality, ask and remember the question.

    A municipality named in the message itself ("telefonnummer i Vejle") wins.
    """
    known = knowledge()
    text = latest_text(tracker)
    named = slug_from_text(text, known)
    if named is not None:
        return named, [SlotSet("municipality", named)]
    resolution = resolve_municipality(tracker, known)
    if resolution.slug is None:
        dispatcher.utter_message(text=ask_municipality_text(known, resolution.unknown),
                                 buttons=municipality_buttons(known))
        return None, [SlotSet("pending_intent", intent), SlotSet("pending_question", text)]
    return resolution.slug, list(resolution.slot_events())
