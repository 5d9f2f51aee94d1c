"""Crisis detection on the first independently written corpus (tests/data/crisis_corpus.yml).

``detect_crisis`` returns the crisis kind (or ``None``), and the kind picks the answer in
domain/safety.yml, so it picks the helpline that is named: Livslinien for suicide and
self-harm, BørneTelefonen for a child, "get somewhere safe" for violence, the recovery
position for an overdose. A detected message with the wrong kind still says 112, but names
the wrong help. So the figures here are computed from the corpus and asserted at what is
measured today (recall 106/106, right answer 105/106, no false alarm in 247), and each
message with a wrong kind is listed below: a new one fails, a fixed one is reported.

That corpus predates the self-harm kind: its "suicide" messages include self-harm, so
either kind counts as right there (both answers name Livslinien and 112).
"""

from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import pytest
import yaml

from core.safety import KINDS, detect_crisis

CORPUS = yaml.safe_load((Path(__file__).resolve().parent.parent / "data" /
                         "crisis_corpus.yml").read_text(encoding="utf-8"))
CRISIS: List[Tuple[str, str]] = [(kind, text) for kind, texts in CORPUS["crisis"].items()
                                 for text in texts]
ORDINARY: List[str] = CORPUS["not_crisis"]
SAME_ANSWER = {"suicide": {"suicide", "self_harm"}}

# Messages whose kind is wrong today: (corpus kind, text) -> the kind detected. The answer
# they get names other help than the one the corpus writer meant (see the module docstring).
KNOWN_WRONG_KIND: Dict[Tuple[str, str], str] = {
    ("child", "min svigerinde har lige røget crack og babyen er helt slap i hendes arme"):
        "overdose",
}

# Measured on the corpus; the assertions below hold the figures at these values.
MEASURED = {"crisis": 106, "ordinary": 247, "detected": 106, "right_answer": 105,
            "false_alarms": 0}
MEASURED_RIGHT_PER_KIND = {"suicide": (36, 36), "overdose": (34, 34), "violence": (18, 18),
                           "child": (17, 18)}


def _right(kind: str, detected: Optional[str]) -> bool:
    return detected in SAME_ANSWER.get(kind, {kind})


@pytest.fixture(scope="module")
def detected() -> Dict[Tuple[str, str], Optional[str]]:
    return {(kind, text): detect_crisis(text) for kind, text in CRISIS}


def test_corpus_size():
    assert (len(CRISIS), len(ORDINARY)) == (MEASURED["crisis"], MEASURED["ordinary"])


def test_detect_crisis_returns_a_kind_of_the_domain_or_none(detected):
    assert set(detected.values()) <= set(KINDS)
    assert detect_crisis("hvornår har I åbent?") is None


@pytest.mark.parametrize("kind,text", CRISIS)
def test_every_crisis_message_is_detected(kind, text):
    assert detect_crisis(text) is not None


def test_recall_and_false_alarm_rate_are_computed(detected):
    found = sum(kind is not None for kind in detected.values())
    false_alarms = [t for t in ORDINARY if detect_crisis(t) is not None]
    recall = found / len(CRISIS)
    rate = len(false_alarms) / len(ORDINARY)
    print(f"crisis corpus: {len(CRISIS)} crisis, recall {recall:.3f}; "
          f"{len(ORDINARY)} non-crisis, false-alarm rate {rate:.3f}")
    assert found == MEASURED["detected"] == len(CRISIS)
    assert recall == 1.0
    assert false_alarms == [], false_alarms


def test_kind_accuracy_is_computed_and_every_wrong_kind_is_known(detected):
    right = sum(_right(kind, found) for (kind, _), found in detected.items())
    per_kind: Counter = Counter()
    totals: Counter = Counter()
    for (kind, _), found in detected.items():
        totals[kind] += 1
        per_kind[kind] += _right(kind, found)
    wrong = {case: found for case, found in detected.items() if not _right(case[0], found)}
    accuracy = right / len(CRISIS)
    print(f"crisis corpus: right answer (kind) {right}/{len(CRISIS)} = {accuracy:.3f}; " +
          ", ".join(f"{k} {per_kind[k]}/{totals[k]}" for k in totals))
    new = {case: found for case, found in wrong.items() if KNOWN_WRONG_KIND.get(case) != found}
    fixed = sorted(set(KNOWN_WRONG_KIND) - set(wrong))
    assert not new, f"kind newly wrong (detected kind per message): {new}"
    assert not fixed, f"kind now right: remove from KNOWN_WRONG_KIND and raise MEASURED: {fixed}"
    assert right == MEASURED["right_answer"] and accuracy >= 0.92
    assert {k: (per_kind[k], totals[k]) for k in totals} == MEASURED_RIGHT_PER_KIND

