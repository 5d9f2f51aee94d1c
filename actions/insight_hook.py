"""Tags each action's reply with what the turn was about and how it went (no text).

:func:`install` wraps rasa-sdk's ``ActionExecutor.run``: after an action has run, its last
reply gets ``insight = {"topic", "outcome", "municipality"}``, derived from the action's
name, the intent, the slots it set and the kind of reply. Rasa keeps the extra key as
message metadata and hands it to the web channel, which counts it and strips it
(``bot/insight_hook.py``). Actions can set their own ``insight`` (booking does); it is kept.
No text and no sender id is put in the dict; the tag must never break an action.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from core.answering.builders import CANNOT_ANSWER_LEAD
from insight.model import ANSWERED, CANNOT_ANSWER, FALLBACK, OFFER_PREFIX, TRIAGE, clean_topic

logger = logging.getLogger(__name__)
FALLBACK_ACTIONS = frozenset(("action_fallback",))
_installed = False


def _cannot_answer_leads() -> tuple:
    from actions.question_actions import OUT_OF_SCOPE  # imports the runtime
    return (CANNOT_ANSWER_LEAD, OUT_OF_SCOPE)


def _slot_sets(events: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {e.get("name"): e.get("value") for e in events
            if isinstance(e, dict) and e.get("event") == "slot"}


def insight_for(action: str, tracker: Dict[str, Any], events: List[Dict[str, Any]],
                responses: List[Dict[str, Any]]) -> Dict[str, Any]:
    """The ``insight`` dict for one action run (pure: dicts in, dict out)."""
    latest = tracker.get("latest_message") or {}
    intent = clean_topic((latest.get("intent") or {}).get("name"))
    slots = _slot_sets(events)
    municipality = slots.get("municipality") or (tracker.get("slots") or {}).get("municipality")
    topic = clean_topic(slots.get("last_topic")) or intent
    texts = [r.get("text") or "" for r in responses]
    if slots.get("triage_offer"):
        outcome, topic = TRIAGE, clean_topic(f"{OFFER_PREFIX}{slots['triage_offer']}") or topic
    elif any(t.startswith(_cannot_answer_leads()) for t in texts):
        outcome = CANNOT_ANSWER
    elif action in FALLBACK_ACTIONS:
        outcome = FALLBACK
    else:
        outcome = ANSWERED
    hint = {"outcome": outcome, "topic": topic}
    if isinstance(municipality, str):
        hint["municipality"] = municipality
    return hint


def tag(action_call: Dict[str, Any], result: Optional[Dict[str, Any]]) -> None:
    """Add the ``insight`` dict to the last reply of ``result`` (in place). Never raises."""
    try:
        responses = (result or {}).get("responses") or []
        if not responses or any("insight" in r for r in responses):
            return
        responses[-1]["insight"] = insight_for(
            action_call.get("next_action") or "", action_call.get("tracker") or {},
            (result or {}).get("events") or [], responses)
    except Exception as exc:
        logger.warning("insight: reply not tagged (%s)", type(exc).__name__)


def install() -> None:
    """Wrap ``ActionExecutor.run`` once per process."""
    global _installed
    if _installed:
        return
    from rasa_sdk.executor import ActionExecutor

    original = ActionExecutor.run

    async def run(self: Any, action_call: Dict[str, Any]) -> Optional[Dict[str, Any]]:
        result = await original(self, action_call)
        tag(action_call, result)
        return result

    ActionExecutor.run = run
    _installed = True
