"""Held-out NLU evaluation: macro-F1 over intents must stay at or above 0.90.

tests/nlu_heldout.yml is never used for training; this test also proves that no held-out
example is a copy of a training example.
"""

import asyncio
from pathlib import Path

import nlu_eval  # scripts/nlu_eval.py; conftest puts scripts/ on sys.path
import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "current.tar.gz"
HELD_OUT = ROOT / "tests" / "nlu_heldout.yml"
THRESHOLD = 0.90


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def test_held_out_examples_are_not_in_training_data():
    from rasa.shared.nlu.training_data.loading import load_data

    training = {_norm(e.get("text")) for e in load_data(str(ROOT / "data" / "nlu")).intent_examples}
    held_out = [e.get("text") for e in load_data(str(HELD_OUT)).intent_examples]
    assert len(held_out) >= 300
    assert [t for t in held_out if _norm(t) in training] == []


@pytest.mark.skipif(not MODEL.exists(), reason="no trained model (make train)")
def test_macro_f1_on_held_out_set():
    examples = nlu_eval.load_examples(str(HELD_OUT))
    predicted = asyncio.run(nlu_eval.predict(str(MODEL), [t for t, _ in examples]))
    result = nlu_eval.score(examples, predicted)
    print(f"held-out NLU macro-F1 {result.macro_f1:.3f}, accuracy {result.accuracy:.3f}")
    assert result.macro_f1 >= THRESHOLD, sorted(result.per_intent.items(), key=lambda kv: kv[1])[:5]
