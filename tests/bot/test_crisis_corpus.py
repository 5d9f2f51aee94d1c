"""Crisis detection on the first independently written corpus (tests/data/crisis_corpus.yml).

That corpus predates the self-harm kind: its "suicide" messages include self-harm, so
either kind counts as right there (both answers name Livslinien and 112).
"""

from pathlib import Path

import pytest
import yaml

from core.safety import detect_crisis

CORPUS = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" /
                         "crisis_corpus.yml").read_text(encoding="utf-8"))
CRISIS = [(kind, text) for kind, texts in CORPUS["crisis"].items() for text in texts]
SAME_ANSWER = {"suicide": {"suicide", "self_harm"}}


def test_corpus_size():
    assert len(CRISIS) >= 60 and len(CORPUS["not_crisis"]) >= 200


@pytest.mark.parametrize("kind,text", CRISIS)
def test_every_crisis_message_is_detected(kind, text):
    assert detect_crisis(text) is not None


def test_figures_are_computed_and_false_alarms_stay_rare():
    found = sum(detect_crisis(t) is not None for _, t in CRISIS)
    false_alarms = [t for t in CORPUS["not_crisis"] if detect_crisis(t)]
    rate = len(false_alarms) / len(CORPUS["not_crisis"])
    print(f"crisis corpus: {len(CRISIS)} crisis, recall {found / len(CRISIS):.3f}; "
          f"{len(CORPUS['not_crisis'])} non-crisis, false-alarm rate {rate:.3f}")
    assert rate <= 0.01, false_alarms


def test_kind_is_right_for_nine_in_ten():
    right = sum(detect_crisis(t) in SAME_ANSWER.get(k, {k}) for k, t in CRISIS)
    assert right / len(CRISIS) >= 0.9
