"""Crisis detection on the sets written by reviewers who never read the detector.

Set A (300 crisis, 600 ordinary) was written before the detector was rebuilt and then
used to fix failures by class; set B was written afterwards by another reviewer and is
the honest measure. Both must meet the targets of the safety issue: every crisis found,
at most 1 % false alarms. The printed lines are the figures the closing note reports.
"""

from __future__ import annotations

import pytest

from scripts.eval_safety import CRISIS_SETS, EVAL_DIR, NONCRISIS_SETS, load, score
from core.safety import detect_crisis

SETS = [(c, n) for c, n in zip(CRISIS_SETS, NONCRISIS_SETS) if (EVAL_DIR / c).exists()]


@pytest.mark.parametrize("crisis_set,ordinary_set", SETS)
def test_every_crisis_is_found_and_false_alarms_stay_rare(crisis_set, ordinary_set):
    crisis, ordinary = load([crisis_set]), load([ordinary_set])
    assert len(crisis) >= 100 and len(ordinary) >= 200
    result = score(detect_crisis, crisis, ordinary)
    print(f"{crisis_set}: recall {result['recall']:.3f} on {len(crisis)}, right kind "
          f"{result['kind_accuracy']:.3f}; {ordinary_set}: false alarms "
          f"{result['false_alarm_rate']:.3f} on {len(ordinary)}")
    assert result["recall"] == 1.0, result["misses"]
    assert result["false_alarm_rate"] <= 0.01, result["false_alarms"]


@pytest.mark.parametrize("crisis_set,ordinary_set", SETS)
def test_the_kind_that_picks_the_helpline_is_right_for_nine_in_ten(crisis_set, ordinary_set):
    result = score(detect_crisis, load([crisis_set]), [])
    assert result["kind_accuracy"] >= 0.9
