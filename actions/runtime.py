"""State shared by the actions: the loaded knowledge base and municipality resolution.

The knowledge directory is injected through ``KNOWLEDGE_DIR`` (default ``knowledge/``)
and loaded once, on first use, so importing this module has no side effects.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from core.answering.builders import knowledge_answer_if_named

from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR, Municipality, load_knowledge
from core.municipalities import metadata_municipality, slug_from_text


@lru_cache(maxsize=1)
def knowledge() -> Mapping[str, Municipality]:
    return load_knowledge(Path(os.environ.get("KNOWLEDGE_DIR", str(DEFAULT_KNOWLEDGE_DIR))))


@dataclass(frozen=True)
class Resolution:
    """Which municipality to answer for; ``unknown`` holds a name we do not know."""

    slug: Optional[str]
    unknown: Optional[str] = None
    from_metadata: bool = False

    def slot_events(self) -> List[SlotSet]:
        """Fill the slot when the municipality came from metadata (the slot is already set otherwise)."""
        return [SlotSet("municipality", self.slug)] if self.from_metadata else []


def resolve_municipality(tracker: Tracker, known: Mapping[str, Municipality]) -> Resolution:
    """The municipality slot wins; otherwise the client's metadata decides."""
    slot = tracker.get_slot("municipality")
    if slot in known:
        return Resolution(slot)
    metadata = (tracker.latest_message or {}).get("metadata") or tracker.get_slot(
        "session_started_metadata")
    raw = metadata_municipality(metadata)
    if raw is None:
        return Resolution(None)
    slug = slug_from_text(raw, known)
    if slug is None:
        return Resolution(None, unknown=raw)
    return Resolution(slug, from_metadata=True)


def named_municipality(tracker: Tracker, known: Mapping[str, Municipality]) -> Optional[str]:
    """A municipality the latest message names, by entity or in its text, or ``None``."""
    message = tracker.latest_message or {}
    candidates = [str(e.get("value")) for e in message.get("entities", [])
                  if e.get("entity") == "municipality"] + [message.get("text") or ""]
    return next((s for s in (slug_from_text(c, known) for c in candidates) if s), None)


def answer_if_named(tracker: Tracker, dispatcher: Any) -> Optional[List[Any]]:
    """Answer from the knowledge base when the message names an offer or matches a FAQ.

    For intents that are not questions (out of scope, "what can you do"): NLU files an
    unknown word like "Stifinder" there, but an exact offer name is the better signal.
    Returns the events to apply, or ``None`` when nothing was answered.
    """
    known = knowledge()
    resolution = resolve_municipality(tracker, known)
    if resolution.slug is None:
        return None
    answer = knowledge_answer_if_named(known, resolution.slug,
                                       (tracker.latest_message or {}).get("text") or "")
    if answer is None:
        return None
    dispatcher.utter_message(text=answer)
    return resolution.slot_events()


def municipality_buttons(known: Mapping[str, Municipality]) -> List[Dict[Text, Any]]:
    return [{"title": m.name,
             "payload": f'/inform_municipality{{"municipality":"{slug}"}}'}
            for slug, m in sorted(known.items(), key=lambda kv: kv[1].name)]


def ask_municipality_text(known: Mapping[str, Municipality], unknown: Optional[str]) -> str:
    names = sorted(m.name for m in known.values())
    listed = ", ".join(names[:-1]) + f" og {names[-1]}"
    intro = ("Den kommune kender jeg desværre ikke endnu. " if unknown else "")
    return (f"{intro}Jeg kender tilbuddene i {listed} Kommune. "
            f"Hvilken kommune bor du i? Så kan jeg svare ud fra netop dens tilbud.")
