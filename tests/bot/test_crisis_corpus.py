"""Crisis detection on an independently written corpus (tests/data/crisis_corpus.yml)."""

from pathlib import Path

import pytest
import yaml

from bot.safety import detect_crisis

CORPUS = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" /
                         "crisis_corpus.yml").read_text(encoding="utf-8"))
CRISIS = [(kind, text) for kind, texts in CORPUS["crisis"].items() for text in texts]


def test_corpus_size():
    assert len(CRISIS) >= 60 and len(CORPUS["not_crisis"]) >= 200


@pytest.mark.parametrize("kind,text", CRISIS)
def test_every_crisis_message_is_detected(kind, text):
    assert detect_crisis(text) is not None


def test_false_positive_rate_is_reported_and_low():
    false_positives = [t for t in CORPUS["not_crisis"] if detect_crisis(t)]
    rate = len(false_positives) / len(CORPUS["not_crisis"])
    print(f"crisis corpus: {len(CRISIS)} crisis, recall 1.0; "
          f"{len(CORPUS['not_crisis'])} non-crisis, false-positive rate {rate:.3f}")
    assert rate <= 0.05, false_positives


def test_kind_is_right_for_most_messages():
    right = sum(detect_crisis(t) == k for k, t in CRISIS)
    assert right / len(CRISIS) >= 0.8
