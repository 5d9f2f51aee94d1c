"""The TF-IDF intent classifier: exact probabilities, ranking, and a train/load round trip."""

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from scipy.sparse import hstack

from bot.intent_classifier import TfidfIntentClassifier, TfidfIntentModel

EXAMPLES = [
    ("hvornår har I åbent", "ask_opening_hours"), ("hvad er åbningstiden", "ask_opening_hours"),
    ("aabningstider", "ask_opening_hours"), ("har i åbent i dag", "ask_opening_hours"),
    ("er det anonymt", "ask_anonymity"), ("kan jeg være anonym", "ask_anonymity"),
    ("skal jeg sige mit navn", "ask_anonymity"), ("er det anonymt at ringe", "ask_anonymity"),
    ("hej", "greet"), ("hejsa", "greet"), ("godmorgen", "greet"), ("hallo", "greet"),
]


def fitted() -> TfidfIntentModel:
    return TfidfIntentModel().fit([t for t, _ in EXAMPLES], [i for _, i in EXAMPLES])


def test_probabilities_are_the_models_own():
    model = fitted()
    texts = ["hvornaar aabner i", "anonymt?", "hej med dig"]
    features = hstack([model.words.transform(texts), model.chars.transform(texts)]).tocsr()
    reference = model.clf.predict_proba(features)
    for row, ranking in zip(reference, model.rank(texts), strict=True):
        names = [name for name, _ in ranking]
        assert sorted(names) == sorted(model.clf.classes_)
        probabilities = [p for _, p in ranking]
        assert probabilities == sorted(probabilities, reverse=True)
        for name, p in ranking:
            assert p == pytest.approx(row[list(model.clf.classes_).index(name)], abs=1e-12)
        assert sum(probabilities) == pytest.approx(1.0)


def test_spellings_without_aeoeaa_and_typos_find_the_intent():
    model = fitted()
    assert model.rank(["hvornaar har i aabent"])[0][0][0] == "ask_opening_hours"
    assert model.rank(["er det anonymmt"])[0][0][0] == "ask_anonymity"


def test_component_trains_persists_loads_and_ranks(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent")
    context = ExecutionContext(GraphSchema({}), "test")
    config = {**TfidfIntentClassifier.get_default_config(), "use_lemma": False,
              "ranking_length": 2}
    component = TfidfIntentClassifier.create(config, storage, resource, context)
    data = TrainingData([Message(data={"text": t, "intent": i}) for t, i in EXAMPLES])
    component.train(data)
    loaded = TfidfIntentClassifier.load(config, storage, resource, context)
    message = Message(data={"text": "hvornår har I åbent i morgen"})
    loaded.process([message])
    assert message.get("intent")["name"] == "ask_opening_hours"
    assert len(message.get("intent_ranking")) == 2
    assert 0.0 < message.get("intent")["confidence"] <= 1.0
    assert np.isclose(message.get("intent")["confidence"],
                      message.get("intent_ranking")[0]["confidence"])
