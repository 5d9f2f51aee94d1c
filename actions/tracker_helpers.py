"""Reading a turn from the tracker: the message, its entities, the municipality to answer for.

Shared by the action modules (which never import each other).
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.runtime import (
    MUNICIPALITY_QUESTION,
    MUNICIPALITY_REMINDER,
    ask_municipality_text,
    knowledge,
    municipality_buttons,
    resolve_municipality,
)
from core.answering.everywhere import answer_everywhere
from core.municipalities import slug_from_text


def latest_text(tracker: Tracker) -> str:
    """The text of the latest user message ("" when there is none)."""
    return (tracker.latest_message or {}).get("text") or ""


def entity_values(tracker: Tracker, entity: str) -> List[str]:
    """The values NLU found for ``entity`` in the latest message, in order."""
    return [str(e.get("value")) for e in (tracker.latest_message or {}).get("entities", [])
            if e.get("entity") == entity and e.get("value")]


def _asked_for_municipality(events: List[dict]) -> bool:
    return any(e.get("event") == "bot" and (MUNICIPALITY_QUESTION in (e.get("text") or "")
                                             or e.get("text") == MUNICIPALITY_REMINDER)
               for e in events)


def ask_for_municipality(tracker: Tracker, dispatcher: CollectingDispatcher,
                         unknown: Optional[str] = None) -> None:
    """Ask which municipality: the full question once; later a short reminder, never the
    same text again word for word; nothing when this turn has asked already (a question
    in the middle of triage reaches two actions). Before it, what every catalogue says
    about the question, when something does (:mod:`core.answering.everywhere`)."""
    known = knowledge()
    events = list(tracker.events or [])
    last_user = max((i for i, e in enumerate(events) if e.get("event") == "user"), default=-1)
    if _asked_for_municipality(events[last_user + 1:]):
        return
    asked_before = _asked_for_municipality(events[:last_user + 1])
    latest = tracker.latest_message or {}
    meanwhile = answer_everywhere(known, latest_text(tracker), (latest.get("intent") or {}).get("name"))
    if meanwhile is not None:  # what holds everywhere, while the municipality is not known
        dispatcher.utter_message(text=meanwhile)
    text = MUNICIPALITY_REMINDER if asked_before and not unknown else ask_municipality_text(known, unknown)
    dispatcher.utter_message(text=text, buttons=municipality_buttons(known))


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
        ask_for_municipality(tracker, dispatcher, resolution.unknown)
        return None, [SlotSet("pending_intent", intent), SlotSet("pending_question", text)]
    return resolution.slug, list(resolution.slot_events())
