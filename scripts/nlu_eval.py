"""Evaluate intent classification on the held-out NLU set and print macro-F1.

The held-out set (tests/nlu_heldout.yml) is never used for training. Predictions that
fall back (``nlu_fallback``) count as errors.

Usage: python scripts/nlu_eval.py --model models/current.tar.gz --data tests/nlu_heldout.yml [--min 0.9]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import dataclass
from typing import Dict, List, Tuple

from sklearn.metrics import f1_score


@dataclass
class NluScore:
    macro_f1: float
    accuracy: float
    per_intent: Dict[str, float]
    errors: List[Tuple[str, str, str]]  # (text, expected, predicted)


def load_examples(path: str) -> List[Tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(path)
    return [(ex.get("text"), ex.get("intent")) for ex in data.intent_examples]


async def predict(model: str, texts: List[str]) -> List[str]:
    """The intent the assistant acts on: as in the channel, the crisis detector reads the
    message first (its ``crisis`` never reaches NLU); otherwise NLU decides, and its own
    ``crisis`` guess is dropped by the CrisisIntentGate in the pipeline."""
    from rasa.core.agent import Agent

    from core.safety import detect_crisis

    agent = Agent.load(model)
    out = []
    for text in texts:
        if detect_crisis(text):
            out.append("crisis")
            continue
        parsed = await agent.parse_message(text)
        out.append((parsed.get("intent") or {}).get("name") or "")
    return out


def score(examples: List[Tuple[str, str]], predicted: List[str]) -> NluScore:
    expected = [intent for _, intent in examples]
    labels = sorted(set(expected))
    per = f1_score(expected, predicted, labels=labels, average=None, zero_division=0)
    macro = f1_score(expected, predicted, labels=labels, average="macro", zero_division=0)
    accuracy = sum(e == p for e, p in zip(expected, predicted, strict=True)) / max(1, len(expected))
    errors = [(t, e, p) for (t, e), p in zip(examples, predicted, strict=True) if e != p]
    return NluScore(float(macro), accuracy, dict(zip(labels, map(float, per), strict=True)), errors)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="models/current.tar.gz")
    ap.add_argument("--data", default="tests/nlu_heldout.yml")
    ap.add_argument("--min", type=float, default=0.0)
    args = ap.parse_args()
    examples = load_examples(args.data)
    predicted = asyncio.run(predict(args.model, [t for t, _ in examples]))
    result = score(examples, predicted)
    for text, expected, got in result.errors:
        print(f"  miss: {text!r}: expected {expected}, got {got}")
    worst = sorted(result.per_intent.items(), key=lambda kv: kv[1])[:8]
    print("lowest F1: " + ", ".join(f"{k} {v:.2f}" for k, v in worst))
    print(f"held-out NLU: {len(examples)} examples, {len(result.per_intent)} intents, "
          f"accuracy {result.accuracy:.3f}, macro-F1 {result.macro_f1:.3f}")
    return 0 if result.macro_f1 >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
