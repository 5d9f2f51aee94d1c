"""State shared by the actions: one services container, and municipality resolution.

rasa-sdk creates the action classes itself (without arguments), so the actions reach what
they share through the process's :class:`Services`: the action server's entry point
(``python -m actions``, :mod:`actions.__main__`) builds it from the start-up
:class:`core.settings.Settings` and installs it with :func:`use`; tests build their own
from a ``Settings`` and install it the same way. Each service is created on first use
(the knowledge base is warmed at start-up), so importing this module has no side effects.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from core.answering.builders import knowledge_answer_if_named
from core.knowledge.base import Municipality, load_knowledge
from core.municipalities import metadata_municipality, slug_from_text
from core.settings import Settings
from core.triage.rules import RuleBook, load_rules

if TYPE_CHECKING:  # pragma: no cover
    from booking.desk import BookingDesk

TRIAGE_RULES_FILE = ("triage", "rules.yml")


class Services:
    """What the actions of one action server share, built from one ``Settings``.

    Args:
        settings: The process's settings (``Settings.from_env(os.environ)`` at start-up).
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._lock = threading.RLock()
        self._knowledge: Optional[Mapping[str, Municipality]] = None
        self._triage_rules: Optional[RuleBook] = None
        self._booking_desk: Optional["BookingDesk"] = None

    @property
    def knowledge(self) -> Mapping[str, Municipality]:
        """The knowledge base of ``settings.knowledge_dir``, loaded once."""
        with self._lock:
            if self._knowledge is None:
                self._knowledge = load_knowledge(self.settings.knowledge_dir)
            return self._knowledge

    @property
    def triage_rules(self) -> RuleBook:
        """The triage rules of the same knowledge directory, checked against its offers."""
        with self._lock:
            if self._triage_rules is None:
                self._triage_rules = load_rules(
                    self.settings.knowledge_dir.joinpath(*TRIAGE_RULES_FILE), self.knowledge)
            return self._triage_rules

    @property
    def booking_desk(self) -> "BookingDesk":
        """The desk over the configured booking store, with the next weeks' slots in place
        and its hourly maintenance running.

        Created on first use, not at start-up: booking is optional for most answers, and a
        store that cannot be opened then fails only the booking turns.
        """
        from booking.config import BookingConfig
        from booking.desk import BookingDesk

        with self._lock:
            if self._booking_desk is None:
                config = BookingConfig.from_settings(self.settings)
                desk = BookingDesk.from_config(config, knowledge=self.knowledge,
                                               start_maintenance=False)
                if desk.maintainer is not None:
                    desk.maintainer.run()  # the slots are there before the first offer
                    desk.maintainer.start()
                self._booking_desk = desk
            return self._booking_desk

    def warm(self) -> "Services":
        """Load what every conversation needs now, so a broken file stops start-up."""
        self.knowledge  # noqa: B018 - loading is the point
        self.triage_rules  # noqa: B018
        return self

    def close(self) -> None:
        """Stop the booking desk's maintenance and close its store, if it was opened."""
        with self._lock:
            if self._booking_desk is not None:
                self._booking_desk.close()
                self._booking_desk = None


_current: Optional[Services] = None


def use(services: Optional[Services]) -> Optional[Services]:
    """Install ``services`` for this process (``None`` removes it); returns the previous."""
    global _current
    previous, _current = _current, services
    return previous


def services() -> Services:
    """The process's services.

    Raises:
        RuntimeError: none were installed: the action server was not started through
            ``python -m actions`` (or a test did not install a container).
    """
    if _current is None:
        raise RuntimeError("the action services are not set up: start the action server "
                           "with `python -m actions` (tests: actions.runtime.use(Services("
                           "settings)))")
    return _current


def knowledge() -> Mapping[str, Municipality]:
    """The knowledge base of the process's services."""
    return services().knowledge


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


MUNICIPALITY_QUESTION = "Hvilken kommune bor du i?"
MUNICIPALITY_REMINDER = ("Jeg mangler stadig at vide, hvilken kommune du bor i. Tryk på den herunder "
                         "eller skriv den, så svarer jeg ud fra dens tilbud.")


def ask_municipality_text(known: Mapping[str, Municipality], unknown: Optional[str]) -> str:
    names = sorted(m.name for m in known.values())
    listed = ", ".join(names[:-1]) + f" og {names[-1]}"
    intro = ("Den kommune kender jeg desværre ikke endnu. " if unknown else "")
    return (f"{intro}Jeg kender tilbuddene i {listed} Kommune. "
            f"{MUNICIPALITY_QUESTION} Så kan jeg svare ud fra netop dens tilbud.")
