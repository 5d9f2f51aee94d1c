"""An NLU step that keeps the learned ``crisis`` intent from answering on its own.

The crisis answer must never come from the intent classifier alone: a learned intent
fires on word overlap ("slår", "for altid", "kniv"), and a crisis text to someone asking
how to stop drinking tells them this is not a place for them. The channel's detector
(:mod:`core.safety`) reads every message first and sends ``/crisis{...}`` when there is
danger now; such messages never reach this component (Rasa parses them without NLU).

So when the classifier still ranks ``crisis`` first, the detector has already said no:
this step drops ``crisis`` from the ranking and lets the next intent answer (the
FallbackClassifier after it then applies its threshold as usual). The number of such
demotions is not logged per message: the text must not be.
"""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
)
from rasa.shared.nlu.training_data.message import Message

CRISIS_INTENT = "crisis"


def demote(data: Dict[str, Any], crisis_intent: str = CRISIS_INTENT) -> Dict[str, Any]:
    """``data`` (a parsed message) with a top-ranked crisis intent replaced by the next one."""
    intent = data.get(INTENT) or {}
    if intent.get(INTENT_NAME_KEY) != crisis_intent:
        return data
    ranking = [r for r in data.get(INTENT_RANKING_KEY) or []
               if r.get(INTENT_NAME_KEY) != crisis_intent]
    data[INTENT_RANKING_KEY] = ranking
    if ranking:
        data[INTENT] = {INTENT_NAME_KEY: ranking[0][INTENT_NAME_KEY],
                        PREDICTED_CONFIDENCE_KEY: ranking[0][PREDICTED_CONFIDENCE_KEY]}
    else:
        data[INTENT] = {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0}
    return data


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class CrisisIntentGate(GraphComponent, IntentClassifier):
    """Drops a learned ``crisis`` prediction; only the detector may choose ``crisis``."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"crisis_intent": CRISIS_INTENT}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.crisis_intent = config.get("crisis_intent", CRISIS_INTENT)

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "CrisisIntentGate":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            data = demote({INTENT: message.get(INTENT), INTENT_RANKING_KEY:
                           message.get(INTENT_RANKING_KEY)}, self.crisis_intent)
            message.set(INTENT, data[INTENT], add_to_output=True)
            message.set(INTENT_RANKING_KEY, data[INTENT_RANKING_KEY], add_to_output=True)
        return messages
