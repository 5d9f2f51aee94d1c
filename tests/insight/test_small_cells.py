"""Small-cell protection: an attacker with the page's CSV export tries to recover one
conversation (or any count below 5) and must fail.

The attacker knows how the views add up (cells, row and column totals, "andet", the same
topic totals in two views) and that cells are not negative, and solves for the smallest
and largest value every hidden cell can have (linear programming). A hidden cell whose
bounds meet at a value from 1 to 4 is a disclosure.
"""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import numpy as np
import pytest
from scipy.optimize import linprog

from insight.model import week_start
from insight.report import OTHER, TOTAL, build, csv_export
from insight.suppress import protect
from tests.insight.conftest import NOW, history

WEEKS = [week_start(NOW - timedelta(days=7 * i)) for i in range(4, 0, -1)]


def _views(text):
    views = {}
    for row in list(csv.reader(io.StringIO(text)))[1:]:
        views.setdefault(row[0], []).append(row[1:])
    return views


def _value(label):
    return None if label in ("< 5", "skjult") else int(label)


def attack(views, names):
    """Bounds of every hidden cell of the tables ``names`` (which share their row totals)."""
    variables, equations = {}, []
    for name in names:
        cells = {(r, c): v for r, c, v in views[name] if r not in (TOTAL, OTHER) and c != TOTAL}
        for cell in cells:
            variables.setdefault((name, cell), len(variables))
    for name in names:
        cells = {(r, c): v for r, c, v in views[name] if r not in (TOTAL, OTHER) and c != TOTAL}
        rows = {r for r, _ in cells}
        cols = {c for _, c in cells}
        for (r, c), v in cells.items():
            if _value(v) is not None:
                equations.append(({variables[(name, (r, c))]: 1}, _value(v)))
        for r, c, v in views[name]:
            if _value(v) is None:
                continue
            if c == TOTAL and r not in (TOTAL, OTHER):
                equations.append(({variables[(name, (r, x))]: 1 for x in cols}, _value(v)))
                for other in names:  # the same topic's total in the other view
                    ocols = {x for rr, x, _ in views[other] if rr == r and x != TOTAL}
                    if other != name and ocols:
                        equations.append(({variables[(other, (r, x))]: 1 for x in ocols},
                                          _value(v)))
            elif r == TOTAL and c != TOTAL:
                equations.append(({variables[(name, (x, c))]: 1 for x in rows}, _value(v)))
            elif r == OTHER:
                hidden = [x for x in rows if _value(cells[(x, c)]) is None]
                if hidden:
                    equations.append(({variables[(name, (x, c))]: 1 for x in hidden}, _value(v)))
            elif r == TOTAL and c == TOTAL:
                equations.append(({i: 1 for (n, _), i in variables.items() if n == name},
                                  _value(v)))
    if not equations:
        return {}  # nothing published: nothing to solve
    a = np.zeros((len(equations), len(variables)))
    b = np.array([float(v) for _, v in equations])
    for i, (terms, _) in enumerate(equations):
        for j, coef in terms.items():
            a[i, j] = coef
    found = {}
    for (name, cell), j in variables.items():
        label = next(v for r, c, v in views[name] if (r, c) == cell)
        if _value(label) is not None:
            continue
        bounds = []
        for sign in (1, -1):
            objective = np.zeros(len(variables))
            objective[j] = sign
            result = linprog(objective, A_eq=a, b_eq=b, bounds=[(0, None)] * len(variables),
                             method="highs")
            assert result.success
            bounds.append(sign * result.fun)
        found[(name, cell, label)] = tuple(bounds)
    return found


@pytest.mark.parametrize("lone", [True, False])
def test_no_hidden_cell_can_be_recovered_from_the_export(lone):
    report = build(_rows(history(lone)), WEEKS)
    views = _views(csv_export(report))
    for name, rows in views.items():  # nothing shown is a small number
        for r, c, v in rows:
            assert _value(v) is None or _value(v) == 0 or _value(v) >= 5, (name, r, c, v)
    bounds = attack(views, ["emner pr. uge", "ubesvaret pr. emne"])
    bounds.update(attack(views, ["tidspunkt"]))
    bounds.update(attack(views, ["udfald"]))
    bounds.update(attack(views, ["indgang"]))
    assert bounds or not lone, "the lone conversation must leave hidden cells"
    for key, (low, high) in bounds.items():
        pinned = abs(high - low) < 1e-6
        assert not (pinned and 0.5 < low < 4.5), (key, low, high)


def test_the_lone_conversation_is_nowhere_exact():
    report = build(_rows(history(True)), WEEKS)
    text = csv_export(report)
    for row in csv.reader(io.StringIO(text)):
        if "complaint" in ",".join(row) or "klage" in ",".join(row):
            assert row[3] in ("< 5", "skjult", "0"), row
    assert "school" not in text and "skolens side,antal,1" not in text


@pytest.mark.parametrize("counts", [
    {("a", "x"): 4, ("a", "y"): 4},                       # two small cells summing to 8
    {("a", "x"): 1, ("a", "y"): 5, ("b", "x"): 9, ("b", "y"): 9},  # one small cell in a line
    {("a", "x"): 3},                                       # a table of one small cell
])
def test_complementary_cells_are_hidden(counts):
    rows = sorted({r for r, _ in counts})
    cols = sorted({c for _, c in counts})
    table = protect(counts, rows, cols)
    views = {"t": []}
    for r in rows:
        views["t"] += [[r, c, table.label(r, c)] for c in cols]
        views["t"].append([r, TOTAL, table.row_label(r)])
    for c in cols:
        views["t"].append([TOTAL, c, table.col_label(c)])
    for (_, cell, _), (low, high) in attack(views, ["t"]).items():
        assert not (abs(high - low) < 1e-6 and 0.5 < low < 4.5), (cell, low, high)


def _rows(counts):
    from insight.model import Row
    return [Row(bucket, key, n) for (bucket, key), n in counts.items()]
