"""Redaction on identifiers from Faker (a generator the team did not write) in sentences
written by reviewers who never read the redactor (tests/eval/pii_templates_*.yaml).

Template batch A was scored before the redactor was rebuilt and then used to fix failures
by class; batch B was only scored. Floors are the figures measured at the end of that work,
so that no change makes them worse; the issue's target (0.98 per kind) is printed beside
them. Sentences marked ``keep`` (catalogue words, centre numbers, ages, times) must come out
unchanged, and no question of the evaluation sets may be changed unless it holds an
identifier.
"""

from __future__ import annotations

import pytest

from scripts.eval_pii import load_generator, questions_changed, redactor, score

TARGET = 0.98
# measured floors per template batch: overall recall, lowest kind recall, keep sentences kept
FLOORS = {"pii_templates_a.yaml": (0.93, 0.72, 1.0),
          "pii_templates_b.yaml": (0.925, 0.74, 0.96)}


@pytest.fixture(scope="module")
def redact():
    return redactor().redact


@pytest.mark.parametrize("templates", sorted(FLOORS))
def test_recall_per_kind_and_sentences_kept(redact, templates):
    overall_floor, lowest_floor, keep_floor = FLOORS[templates]
    items = [item for seed in (1, 2) for item in load_generator(templates)(seed, 800)]
    result = score(items, redact)
    by_kind = {k: ok / n for k, (ok, n) in result["by_kind"].items()}
    total = sum(ok for ok, _ in result["by_kind"].values()) / sum(
        n for _, n in result["by_kind"].values())
    kept, keep_total = result["keep"]
    print(f"{templates}: overall {total:.3f}; " + ", ".join(
        f"{k} {v:.3f}" for k, v in sorted(by_kind.items())) +
        f"; kept {kept}/{keep_total}; kinds at the {TARGET} target: "
        f"{sum(v >= TARGET for v in by_kind.values())}/{len(by_kind)}")
    assert total >= overall_floor
    assert min(by_kind.values()) >= lowest_floor
    assert kept / keep_total >= keep_floor


def test_questions_are_rarely_changed(redact):
    changed = questions_changed(redact)
    # 25 of 1,820 evaluation messages are changed today: a handful hold a real name (the
    # shared dev set's "Mette Hansen", a dog called Vodka, "onkel Henning"), the rest are
    # ordinary words taken for names or schools ("lejrskole", "vennegruppe"): known and
    # open, and this keeps it from growing.
    assert len(changed) <= 25, changed
