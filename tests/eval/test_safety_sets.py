"""Crisis detection on sets written by reviewers who never read the detector.

Batches A, B and C were each written before a round of changes and then used to fix
failures by class (never by message); batch D was written after the last change and is the
honest measure. The thresholds are the safety targets where they are met (A-C) and, for D,
the figures measured when it was first scored, so that no change makes the fresh numbers
worse. The printed lines are the figures the closing note reports.
"""

from __future__ import annotations

import pytest

from core.safety import detect_crisis
from scripts.eval_safety import EVAL_DIR, load, score

# (crisis set, ordinary set, minimum recall, maximum false-alarm rate)
SETS = [
    ("crisis_set_a.yaml", "noncrisis_set_a.yaml", 1.0, 0.01),
    ("crisis_set_b.yaml", "noncrisis_set_b.yaml", 1.0, 0.01),
    # C and D measured 0.000 false alarms after the round fixed by class on E and F
    ("crisis_set_c.yaml", "noncrisis_set_c.yaml", 1.0, 0.01),
    ("crisis_set_d.yaml", "noncrisis_set_d.yaml", 1.0, 0.01),  # first scoring: 0.86 / 0.055
    # written 2026-12-01 evening by a fifth reviewer who never read the code; only its
    # totals and per-class figures were looked at: 0.85 / 0.075 first, 0.90 / 0.055 at the end
    # of that session; 1.00 / 0.000 after a later round that fixed its failures by class
    ("crisis_set_e.yaml", "noncrisis_set_e.yaml", 1.0, 0.01),
    # a sixth reviewer, written at the end of that session; scored once: 0.89 / 0.075; then
    # fixed by class like E: 1.00 / 0.000
    ("crisis_set_f.yaml", "noncrisis_set_f.yaml", 1.0, 0.01),
    # a seventh reviewer, held out during the E/F round: 0.90 / 0.050 (right kind 0.80) when first
    # scored; 1.00 / 0.000 (right kind 0.89) after a round that fixed its failures by class
    ("crisis_set_g.yaml", "noncrisis_set_g.yaml", 1.0, 0.01),
    # an eighth reviewer, written late on 2026-12-02 and scored once at the end, unread: 0.84 /
    # 0.055 before the G round, 0.85 / 0.050 after it (right kind 0.72): the honest figure, far
    # from the target of 1.00 / 0.01 (rules fitted to one batch carry little to the next).
    # 2026-12-03: 0.98 / 0.055 after the learned reader got a second training batch (written
    # by a helper who never saw these sets) and may add a crisis without a word of danger
    ("crisis_set_h.yaml", "noncrisis_set_h.yaml", 0.95, 0.06),
    # a ninth reviewer, written at the start of the 2026-12-03 session and scored once at its
    # end, unread (totals and per-class figures only): 0.83 / 0.070 with the detector of the
    # session before, 0.90 / 0.070 after: the honest figure, still far from 1.00 / 0.01.
    # 2026-12-03 later: 1.00 / 0.000 (right kind 0.81) after a round that fixed its failures
    # by class (own sentences in tests and data/safety/*_3.yaml, never this set's)
    ("crisis_set_i.yaml", "noncrisis_set_i.yaml", 1.0, 0.01),
    # a tenth reviewer, written at the start of the 2026-12-02 (second) session and scored once
    # at its end, unread (totals and per-class figures only): 0.91 / 0.015 with the detector of
    # the session before, 0.93 / 0.005 after: the honest figure (misses in long messages,
    # method-seeking, overdose signs, a child in danger, self-harm); 1.00 / 0.005 after a round
    # that fixed those classes (own sentences in tests/core/test_safety_classes.py and
    # data/safety/*_4.yaml, never this set's)
    ("crisis_set_j.yaml", "noncrisis_set_j.yaml", 1.0, 0.01),
    # an eleventh reviewer: 0.93 / 0.015 when first scored; 1.00 / 0.000 (right kind 0.87) after a
    # round that fixed its failure classes (indifference to dying, not wanting to wake, a dose or a
    # drop asked with despair, choking, threats from someone near, another's farewell late in a long
    # message; idioms, stop wishes with words of ending, recovered stories) with own sentences in
    # tests/core/test_safety_classes_2.py, never this set's
    ("crisis_set_k.yaml", "noncrisis_set_k.yaml", 1.0, 0.005),
    # a twelfth reviewer: 0.86 / 0.070 when first scored (long messages 3/8, self-harm 6/9); 1.00 /
    # 0.000 (right kind 0.83) after a round that fixed its failure classes (past and hypothetical
    # guards that closed a present clause, hyperbole that caught a decision, self-harm verbs with
    # a tool, a child with a carer out cold, threats made real by their condition; spellings
    # without æ/ø/å, media just seen, "nobody"/"aldrig" negations) with own sentences in
    # tests/core/test_safety_classes_3.py, never this set's. Fitted on L: unseen sets will say more.
    ("crisis_set_l.yaml", "noncrisis_set_l.yaml", 1.0, 0.005),
    # a thirteenth reviewer, written late in that session and scored once, never read: 0.86 / 0.050
    # with the session's starting code, 0.86 / 0.045 at its end (the honest number: the rounds
    # fitted on used sets did not lift an unseen one); a floor against getting worse
    ("crisis_set_m.yaml", "noncrisis_set_m.yaml", 0.86, 0.05),
    # a fourteenth reviewer, written at the start of the 2026-12-02 third session: 0.96 / 0.060
    # with the session's starting code; 0.96 / 0.050 after two guard classes ("tage mit liv
    # tilbage", "tænker ikke på at ..."); used since
    ("crisis_set_n.yaml", "noncrisis_set_n.yaml", 0.96, 0.05),
    # a fifteenth reviewer, written late in that session and scored only at its end, unread:
    # 0.95 / 0.040 with the starting code and 0.95 / 0.040 at the end (detector and end to end)
    ("crisis_set_o.yaml", "noncrisis_set_o.yaml", 0.95, 0.04),
    # a sixteenth reviewer, written at the start of the 2026-12-02 fourth session: 0.91 / 0.035
    # with the session's starting code; 0.97 / 0.000 after a round on its classes (farewells,
    # dose questions with a plan, a friend gone with the means, a small child and methadone;
    # jokes with "slår mig ihjel hvis", a habit to end, a feared overdose some day) written
    # with the team's own sentences by a helper who never read this set; used since
    ("crisis_set_p.yaml", "noncrisis_set_p.yaml", 0.97, 0.01),
    # a seventeenth reviewer, written at the start of that session and sealed: scored only at
    # its end, unread: 0.96 / 0.040 with the starting code, 0.98 / 0.040 at the end (detector)
    ("crisis_set_q.yaml", "noncrisis_set_q.yaml", 0.98, 0.04),
]


@pytest.mark.parametrize("crisis_set,ordinary_set,min_recall,max_alarms", SETS)
def test_recall_and_false_alarms(crisis_set, ordinary_set, min_recall, max_alarms):
    crisis, ordinary = load([crisis_set]), load([ordinary_set])
    assert len(crisis) >= 100 and len(ordinary) >= 200
    result = score(detect_crisis, crisis, ordinary)
    print(f"{crisis_set}: recall {result['recall']:.3f} on {len(crisis)}, right kind "
          f"{result['kind_accuracy']:.3f}; {ordinary_set}: false alarms "
          f"{result['false_alarm_rate']:.3f} on {len(ordinary)}")
    assert result["recall"] >= min_recall, result["misses"]
    assert result["false_alarm_rate"] <= max_alarms + 1e-9, result["false_alarms"]


def test_the_kind_that_picks_the_helpline_is_right_for_most():
    # measured 0.952 over A-G, 0.929 with the held-out H (E-I label a child in danger
    # "child_danger", which the detector calls "child", so their share reads lower than it is);
    # 0.934 over A-H and 0.916 with the held-out I (0.71 right there) on 2026-12-03
    # 0.904 over A-M at the end of the 2026-12-02 (third) session, M unread (0.73 right there);
    # 0.899 over A-N in the next session (N labels "child_danger" too: 0.82 right there)
    # 0.888 over A-P (fourth session): P is right 0.79 of the time (its "child_danger" label
    # reads as wrong for the detector's "child", and several suicide plans name an overdose)
    result = score(detect_crisis, load([s[0] for s in SETS]), [])
    assert result["kind_accuracy"] >= 0.885


def test_every_set_is_there():
    assert all((EVAL_DIR / name).exists() for s in SETS for name in s[:2])
