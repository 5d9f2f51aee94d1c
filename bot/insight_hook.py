"""The channel's side of insight counting: read the turn's outcome from the bot's replies.

The action server tags its replies with a small ``insight`` dict (topic and outcome, see
``actions/insight_hook.py``); Rasa keeps unknown reply keys as message metadata and hands
them to the output channel. :class:`InsightCollector` takes those hints (and the name of a
static ``utter_*`` response, e.g. the crisis answer) out of the messages, so they never
reach the user. :func:`topic_vocabulary` is the closed list of topics the widget may send
back with "Var svaret en hjælp?".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Mapping, Set, Text

import yaml
from rasa.core.channels.channel import CollectingOutputChannel

from core.answering.aspects import Aspect
from insight.model import ANSWERED, CRISIS, NO_TOPIC, OFFER_PREFIX, clean_topic

DOMAIN_DIR = Path(__file__).resolve().parents[1] / "domain"
CRISIS_UTTERANCE = "utter_crisis"
EXTRA_TOPICS = ("booking", "unavailable", "nlu_fallback", NO_TOPIC)


class InsightCollector(CollectingOutputChannel):
    """Collects the messages like Rasa's collector and, beside them, the insight hints."""

    def __init__(self) -> None:
        super().__init__()
        self.hints: List[Dict[str, Any]] = []

    @classmethod
    def name(cls) -> Text:
        return "collector"

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        hint = message.pop("insight", None)
        utterance = message.pop("utter_action", None)
        if isinstance(hint, dict):
            self.hints.append(hint)
        elif isinstance(utterance, str) and utterance.startswith("utter_"):
            self.hints.append({"outcome": CRISIS if utterance == CRISIS_UTTERANCE else ANSWERED,
                               "topic": clean_topic(utterance[len("utter_"):])})
        await super().send_response(recipient_id, message)


def domain_intents(directory: Path = DOMAIN_DIR) -> Set[str]:
    found: Set[str] = set()
    for path in sorted(directory.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for item in data.get("intents") or []:
            found.add(item if isinstance(item, str) else next(iter(item)))
    return found


def topic_vocabulary(knowledge: Mapping[str, Any], directory: Path = DOMAIN_DIR) -> Set[str]:
    """Every topic a turn can be counted under: intents, aspects, offers and a few fixed."""
    topics = domain_intents(directory) | {a.value for a in Aspect} | set(EXTRA_TOPICS)
    for municipality in knowledge.values():
        topics.update(f"{OFFER_PREFIX}{offer.id}" for offer in municipality.offers)
    return {t for t in topics if clean_topic(t)}
