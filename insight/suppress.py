"""Small-cell protection for a table of counts with its row, column and grand totals.

The table is seen as statistics offices see it: the cells, the row totals, the column
totals and the grand total are all published values ("elements"), tied by lines: every
row (cells -> row total), every column (cells -> column total), the row totals (-> grand
total) and the column totals (-> grand total). k = 5 unless configured higher.

1. Primary suppression: every element (cell or total) from 1 to k-1 is hidden and shown
   as "< 5". A published zero is known and never needs protection.
2. Secondary (complementary) suppression, line by line until nothing changes: a line
   whose hidden elements could be worked out from the rest of the line (exactly one hidden
   element; or, with its total shown, hidden cells summing to 1..k-1; or any hidden element
   pinned by the total and what the labels say: "< 5" is 1..k-1, "skjult" is at least k)
   gets its smallest shown non-zero cell hidden too (its total, when no cell is left),
   shown as "skjult".
3. Across lines: the hidden elements form a graph (lines are vertices, a hidden element
   joins its two lines). An element that lies on no cycle of that graph (a bridge) is
   pinned by the published values whatever the lines say one by one, so one more element
   that closes a cycle through it is hidden (the smallest non-zero one that does).
4. The audit (:func:`audit`, :func:`secure`): an attacker who knows every shown number,
   every line, the numbers several views share and what the labels mean ("< 5" is 1..k-1,
   "skjult" at least k, a shown 0 is 0) solves by linear programming for the smallest and
   largest value of every hidden element. While one is pinned (fewer than two whole
   numbers possible), the smallest shown non-zero element in a line with it is hidden
   too: one that leaves no line with it alone first, a cell before a total. A table of
   counts is small (topics x weeks, 7 x 24 hours), so this takes milliseconds.
5. A line whose hidden cells are all small and whose total is "< 5" can give every cell
   away by its labels alone (four "< 5" cells under a "< 5" total are all 1). Such a total
   is shown as "–", which says nothing about its size, and rules 2-4 go on.
6. Last resort: if nothing is left to hide, the table is withheld (not shown at all).

So one small cell among large ones costs that cell and about one partner per line it
lies in, never whole topics. The "andet" of a line is the sum of its hidden cells: it is
what plots show as "andet" and it is public (total minus shown cells) exactly when the
line's total is shown, which rule 2 keeps at 0 or at least k; with the total hidden it
is "< 5" when the total is, else "–".
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, Hashable, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

import numpy as np

K = 5
Cell = Tuple[Hashable, Hashable]
SMALL, HIDDEN, MUTE = "small", "hidden", "mute"


@dataclass
class Protected:
    """A protected table: ``None`` marks a value that is not shown."""

    rows: List[Hashable]
    cols: List[Hashable]
    counts: Dict[Cell, int]
    suppressed: Dict[Cell, str] = field(default_factory=dict)  # cell -> SMALL | HIDDEN
    hidden_rows: Set[Hashable] = field(default_factory=set)
    hidden_cols: Set[Hashable] = field(default_factory=set)
    hidden_total: bool = False
    k: int = K
    # the whole table is left out (page and CSV): no cell, total or zero is published
    withheld: bool = False
    # hidden totals shown as "–", which says nothing about their size (see rule 5)
    muted: Set[Tuple] = field(default_factory=set)

    def cell(self, row: Hashable, col: Hashable) -> Optional[int]:
        if self.withheld or (row, col) in self.suppressed:
            return None
        return self.counts.get((row, col), 0)

    def label(self, row: Hashable, col: Hashable) -> str:
        """Text for a cell: the number, "< 5" or "skjult" ("–" in a withheld table)."""
        if self.withheld:
            return WITHHELD
        kind = self.suppressed.get((row, col))
        if kind == SMALL:
            return f"< {self.k}"
        if kind == HIDDEN:
            return "skjult"
        return str(self.counts.get((row, col), 0))

    def row_total(self, row: Hashable) -> Optional[int]:
        return None if self.withheld or row in self.hidden_rows else \
            sum(self.counts.get((row, c), 0) for c in self.cols)

    def col_total(self, col: Hashable) -> Optional[int]:
        return None if self.withheld or col in self.hidden_cols else \
            sum(self.counts.get((r, col), 0) for r in self.rows)

    def total(self) -> Optional[int]:
        return None if self.withheld or self.hidden_total else sum(self.counts.values())

    def _text(self, shown: Optional[int], actual: int, element: Tuple = ()) -> str:
        if self.withheld or (element and self.canon(element) in self.muted):
            return WITHHELD
        if shown is not None:
            return str(shown)
        return f"< {self.k}" if actual < self.k else "skjult"

    def row_label(self, row: Hashable) -> str:
        return self._text(self.row_total(row), sum(self.counts.get((row, c), 0)
                                                   for c in self.cols), ("row", row))

    def col_label(self, col: Hashable) -> str:
        return self._text(self.col_total(col), sum(self.counts.get((r, col), 0)
                                                   for r in self.rows), ("col", col))

    def other_label(self, col: Hashable) -> str:
        """"andet" of a column: a number when the column total is shown; when it is hidden,
        "< 5" if the total is (which it implies), else "–" (its size would say more)."""
        other = self.col_other(col)
        if other is not None or self.withheld:
            return self._text(other, 0)
        return f"< {self.k}" if self.kind(("col", col)) == SMALL else WITHHELD

    def total_label(self) -> str:
        return self._text(self.total(), sum(self.counts.values()), ("all",))

    def col_other(self, col: Hashable) -> Optional[int]:
        """The sum of the hidden cells of a column ("andet"), ``None`` when not public."""
        if self.withheld or col in self.hidden_cols:
            return None
        return sum(self.counts.get((r, col), 0) for r in self.rows
                   if (r, col) in self.suppressed)

    # The table as published elements tied by lines (see the module docstring).

    def canon(self, element: "Element") -> "Element":
        return _structure(tuple(self.rows), tuple(self.cols))[0](element)

    def lines(self) -> List["Line"]:
        return _structure(tuple(self.rows), tuple(self.cols))[1]

    def value(self, element: "Element") -> int:
        element = self.canon(element)
        if element[0] == "cell":
            return self.counts.get((element[1], element[2]), 0)
        if element[0] == "row":
            return sum(self.counts.get((element[1], c), 0) for c in self.cols)
        if element[0] == "col":
            return sum(self.counts.get((r, element[1]), 0) for r in self.rows)
        return sum(self.counts.values())

    def kind(self, element: "Element") -> Optional[str]:
        """SMALL or HIDDEN for an element that is not shown, ``None`` for a shown one."""
        element = self.canon(element)
        if element[0] == "cell":
            return self.suppressed.get((element[1], element[2]))
        hidden = {"row": lambda: element[1] in self.hidden_rows,
                  "col": lambda: element[1] in self.hidden_cols,
                  "all": lambda: self.hidden_total}[element[0]]()
        if not hidden:
            return None
        if element in self.muted:
            return MUTE
        return SMALL if self.value(element) < self.k else HIDDEN

    def hide(self, element: "Element") -> None:
        """Hide one more element (a cell, a row or column total, the grand total)."""
        element = self.canon(element)
        small = 0 < self.value(element) < self.k
        if element[0] == "cell":
            self.suppressed[(element[1], element[2])] = SMALL if small else HIDDEN
        elif element[0] == "row":
            self.hidden_rows.add(element[1])
        elif element[0] == "col":
            self.hidden_cols.add(element[1])
        else:
            self.hidden_total = True
        # the same number under its other names (a total of one cell is that cell)
        for r in self.rows:
            if self.kind(("row", r)):
                self.hidden_rows.add(r)
        for c in self.cols:
            if self.kind(("col", c)):
                self.hidden_cols.add(c)
        if self.kind(("all",)):
            self.hidden_total = True


WITHHELD = "–"



def total_label(value: Optional[int], k: int = K) -> str:
    return f"< {k}" if value is None else str(value)


INF = float("inf")
Element = Tuple  # ("cell", row, col) | ("row", row) | ("col", col) | ("all",)
Line = Tuple[List[Element], Element]  # parts, whole


def _pinned(terms: Sequence[Tuple[int, float, float]], known: float) -> bool:
    """Whether ``sum(sign * x) == known`` with ``lo <= x <= hi`` for every (sign, lo, hi)
    pins some x to a single value (interval reasoning, as an attacker with a pencil)."""
    for i, (sign, lo, hi) in enumerate(terms):
        rest_lo = sum(min(s * a, s * b) for j, (s, a, b) in enumerate(terms) if j != i)
        rest_hi = sum(max(s * a, s * b) for j, (s, a, b) in enumerate(terms) if j != i)
        if sign > 0:
            low, high = known - rest_hi, known - rest_lo
        else:
            low, high = rest_lo - known, rest_hi - known
        if max(lo, low) >= min(hi, high):
            return True
    return False


def _bridges(edges: Dict[Element, Tuple[int, int]]) -> List[Element]:
    """Edges of a multigraph that lie on no cycle (Tarjan, iterative)."""
    adjacency: Dict[int, List[Tuple[int, Element]]] = {}
    for edge, (u, v) in edges.items():
        adjacency.setdefault(u, []).append((v, edge))
        adjacency.setdefault(v, []).append((u, edge))
    order: Dict[int, int] = {}
    low: Dict[int, int] = {}
    found: List[Element] = []
    for root in adjacency:
        if root in order:
            continue
        order[root] = low[root] = len(order)
        stack = [(root, None, iter(adjacency[root]))]
        while stack:
            node, via, neighbours = stack[-1]
            step = next(neighbours, None)
            if step is None:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[node])
                    if low[node] > order[parent]:
                        found.append(via)
                continue
            other, edge = step
            if edge == via:
                continue
            if other in order:
                low[node] = min(low[node], order[other])
            else:
                order[other] = low[other] = len(order)
                stack.append((other, edge, iter(adjacency[other])))
    return found


@lru_cache(maxsize=64)
def _structure(rows: Tuple[Hashable, ...], cols: Tuple[Hashable, ...]):
    """(canon, lines) of a table: ``canon`` names every number once (a total of a single
    cell is that cell), ``lines`` are (parts, whole) with ``sum(parts) == whole``."""
    one_col, one_row = len(cols) == 1, len(rows) == 1

    def canon(element: Element) -> Element:
        if element[0] == "row" and one_col:
            return ("cell", element[1], cols[0])
        if element[0] == "col" and one_row:
            return ("cell", rows[0], element[1])
        if element[0] == "all" and (one_col or one_row):
            return canon(("col", cols[0]) if one_col else ("row", rows[0]))
        return element

    lines: List[Line] = []
    seen: Set = set()
    candidates: List[Line] = (
        [([("cell", r, c) for c in cols], ("row", r)) for r in rows] +
        [([("cell", r, c) for r in rows], ("col", c)) for c in cols] +
        [([("row", r) for r in rows], ("all",)), ([("col", c) for c in cols], ("all",))])
    for parts, whole in candidates:
        parts, whole = [canon(p) for p in parts], canon(whole)
        key = (frozenset(parts), whole)
        if parts == [whole] or key in seen:
            continue
        seen.add(key)
        lines.append((parts, whole))
    return canon, lines


def protect(counts: Mapping[Cell, int], rows: Sequence[Hashable], cols: Sequence[Hashable],
            k: int = K, hidden_rows: Iterable[Hashable] = (),
            hidden_total: bool = False, check: bool = True) -> Protected:
    """Apply the rules of the module docstring to ``counts`` (missing cells are 0).

    ``hidden_rows`` / ``hidden_total``: row totals / the grand total already hidden in
    another view that publishes the same totals; they are hidden here too.
    """
    if k < K:
        raise ValueError(f"k must be at least {K}")
    table = Protected(list(rows), list(cols), {c: int(n) for c, n in counts.items() if n},
                      k=k)
    rows, cols = table.rows, table.cols
    if not rows or not cols or not table.counts:
        return table
    canon, lines = _structure(tuple(rows), tuple(cols))

    value: Dict[Element, int] = {}
    for r in rows:
        for c in cols:
            value[("cell", r, c)] = table.counts.get((r, c), 0)
    for r in rows:
        value[canon(("row", r))] = sum(value[("cell", r, c)] for c in cols)
    for c in cols:
        value[canon(("col", c))] = sum(value[("cell", r, c)] for r in rows)
    value[canon(("all",))] = sum(table.counts.values())

    ends: Dict[Element, List[int]] = {e: [] for e in value}
    for i, (parts, whole) in enumerate(lines):
        for e in parts + [whole]:
            ends[e].append(i)
    free = -1  # the end of an element that only one line constrains
    edge_ends = {e: (at + [free, free])[:2] for e, at in ends.items()}

    hidden: Dict[Element, str] = {}
    for e, n in value.items():
        if 0 < n < k:
            hidden[e] = SMALL
    for forced in [("row", r) for r in hidden_rows if r in rows] + \
            ([("all",)] if hidden_total else []):
        e = canon(forced)
        if value[e] and e not in hidden:
            hidden[e] = HIDDEN

    def bounds(e: Element) -> Tuple[float, float]:
        return {SMALL: (1, k - 1), HIDDEN: (k, INF)}.get(hidden[e], (0, INF))

    def exposed(parts: List[Element], whole: Element) -> bool:
        """Whether the line lets a hidden element (or a small sum) be worked out."""
        secret = [e for e in parts + [whole] if e in hidden and value[e]]
        if not secret:
            return False
        if len(secret) == 1:
            return True
        shown_parts = sum(value[e] for e in parts if e not in hidden)
        if whole not in hidden:
            if sum(value[e] for e in parts if e in hidden) < k:
                return True
            known = value[whole] - shown_parts
        else:
            known = -shown_parts
        terms = [(-1 if e == whole else 1, *bounds(e)) for e in secret]
        return _pinned(terms, known)

    def smallest(options: List[Element]) -> Optional[Element]:
        return min((e for e in options if value[e]), key=lambda e: value[e], default=None)

    def fix_line() -> Optional[bool]:
        """Hide one more element for the first exposed line: True; nothing to do: False;
        an exposed line with nothing left to hide: None."""
        open_lines = {i for i, (parts, whole) in enumerate(lines) if exposed(parts, whole)}

        def cost(e: Element, i: int) -> Tuple[bool, bool, bool, int]:
            """Rank a candidate for line ``i``: first one that also mends another exposed
            line, then one that leaves its other line a shown cell to pair with (so no
            total has to go), then a cell before a total, then the smallest."""
            others = [j for j in edge_ends[e] if j not in (i, free)]
            mends = any(j in open_lines for j in others)
            forces = any(e != lines[j][1] and lines[j][1] not in hidden and not any(
                p != e and p not in hidden and value[p] for p in lines[j][0]) for j in others)
            return (not mends, forces, e == lines[i][1], value[e])

        for i in sorted(open_lines):
            parts, whole = lines[i]
            options = [e for e in parts + [whole] if e not in hidden and value[e]]
            pick = min(options, key=lambda e: cost(e, i), default=None)
            if pick is None and hidden.get(whole) == SMALL:
                hidden[whole] = MUTE  # rule 5: its "< 5" would give the cells away
                return True
            if pick is None:
                return None
            hidden[pick] = HIDDEN
            return True
        return False

    def fix_bridge() -> Optional[bool]:
        graph = {e: edge_ends[e] for e in hidden}
        for bridge in _bridges(graph):
            u, v = graph[bridge]

            def reach(start: int, bridge: Element = bridge) -> Set[int]:
                """The vertices still reached from ``start`` without the bridge."""
                side, todo = {start}, [start]
                while todo:
                    node = todo.pop()
                    for e, (a, b) in graph.items():
                        if e != bridge and node in (a, b):
                            other = b if node == a else a
                            if other not in side:
                                side.add(other)
                                todo.append(other)
                return side

            one, two = reach(u), reach(v)
            across = [e for e, (a, b) in edge_ends.items() if e not in hidden and
                      ((a in one and b in two) or (a in two and b in one))]
            pick = smallest(across) or (across[0] if across else None)
            if pick is None:
                return None
            hidden[pick] = HIDDEN
            return True
        return False

    while True:
        step = fix_line()
        if step is False:
            step = fix_bridge()
        if step is None:  # cannot be protected piecemeal: leave the table out
            table.withheld = True
            break
        if step is False:
            break

    for e, kind in hidden.items():
        if e[0] == "cell":
            table.suppressed[(e[1], e[2])] = kind
    table.hidden_rows = {r for r in rows if canon(("row", r)) in hidden}
    table.hidden_cols = {c for c in cols if canon(("col", c)) in hidden}
    table.hidden_total = canon(("all",)) in hidden
    table.muted = {e for e, kind in hidden.items() if kind == MUTE}
    if check:
        secure([table])
    return table


# 5. The audit: an attacker with linear programming.

Ref = Tuple[int, Element]  # (index of a table, element of it)
EPS = 1e-6


def _spread(low: float, high: float) -> bool:
    """Whether [low, high] holds at least two whole numbers (the value is not known)."""
    if high == INF or low == -INF:
        return True
    return math.floor(high + EPS) - math.ceil(low - EPS) >= 1


def audit(tables: Sequence[Protected], links: Iterable[Tuple[Ref, Ref]] = (),
          extra: Iterable[Tuple[List[Ref], int]] = (),
          spread: Optional[Set[Ref]] = None) -> List[Ref]:
    """The hidden elements an attacker can pin to one whole number.

    The attacker knows every shown number, every line of every table, that the same number
    published in two tables is equal (``links``: pairs of elements), the ``extra`` lines
    (elements that add up to a published number) and what the labels say: "< k" is
    1..k-1, "skjult" is at least k, a shown 0 is 0; an element of a withheld table is only
    known to be at least 0. For every hidden element of a shown table the smallest and
    largest value it can take are solved by linear programming (scipy's HiGHS); an element
    is pinned when that range holds fewer than two whole numbers.

    Cheap first: the true counts are one solution and every solved optimum is another, so
    an element already seen at two whole numbers apart needs no program of its own; and the
    unknowns split into independent groups, solved one by one.

    ``spread``: elements already known not to be pinned, skipped, and the set grows by
    every element found not pinned. Hiding more only widens what the attacker must
    allow, so an element once not pinned stays so while ``tables`` only hide more.
    """
    from scipy.optimize import linprog  # the page's only use of scipy; imported on demand

    index: Dict[Ref, int] = {}
    bounds: List[Tuple[float, Optional[float]]] = []
    truth: List[float] = []
    audited: List[bool] = []

    def var(ref: Ref) -> Optional[int]:
        """The unknown of an element, ``None`` when the element is shown."""
        t, element = ref[0], tables[ref[0]].canon(ref[1])
        ref = (t, element)
        if ref in index:
            return index[ref]
        table = tables[t]
        kind = None if table.withheld else table.kind(element)
        if kind is None and not table.withheld:
            return None
        index[ref] = len(truth)
        truth.append(float(table.value(element)))
        audited.append(kind is not None)
        bounds.append((0, None) if kind in (None, MUTE) else
                      (1, table.k - 1) if kind == SMALL else (table.k, None))
        return index[ref]

    equations: List[Tuple[Dict[int, float], float]] = []

    def equation(terms: Iterable[Tuple[float, Ref]]) -> None:
        """sum(coefficient * element) == 0, shown elements moved to the right."""
        left: Dict[int, float] = {}
        right = 0.0
        for coefficient, ref in terms:
            j = var(ref)
            if j is None:
                right -= coefficient * tables[ref[0]].value(ref[1])
            else:
                left[j] = left.get(j, 0.0) + coefficient
        left = {j: a for j, a in left.items() if a}
        if left:
            equations.append((left, right))

    for t, table in enumerate(tables):
        if not table.counts:
            continue
        for parts, whole in table.lines():
            if table.withheld or any(table.kind(e) for e in parts + [whole]):
                equation([(1.0, (t, p)) for p in parts] + [(-1.0, (t, whole))])
    for one, two in links:
        if tables[one[0]].counts or tables[two[0]].counts:
            equation([(1.0, one), (-1.0, two)])
    for parts, known in extra:
        before = len(equations)
        equation([(1.0, p) for p in parts])
        if len(equations) > before:  # sum(parts) == known
            left, right = equations[-1]
            equations[-1] = (left, right + known)

    # independent groups of unknowns (union-find over the equations)
    parent = list(range(len(truth)))

    def root(j: int) -> int:
        while parent[j] != j:
            parent[j] = parent[parent[j]]
            j = parent[j]
        return j

    for left, _ in equations:
        first = next(iter(left))
        for j in left:
            parent[root(j)] = root(first)
    groups: Dict[int, List[int]] = {}
    for j in range(len(truth)):
        groups.setdefault(root(j), []).append(j)
    by_group: Dict[int, List[int]] = {}
    for i, (left, _) in enumerate(equations):
        by_group.setdefault(root(next(iter(left))), []).append(i)

    names = {j: ref for ref, j in index.items()}
    known = spread if spread is not None else set()
    for j in range(len(truth)):
        if names[j] in known:
            audited[j] = False
    pinned_vars: List[int] = []
    for g, members in groups.items():
        if not any(audited[j] for j in members):
            continue
        rows = by_group.get(g, [])
        if not rows:  # an unknown in no equation: only its label holds it
            pinned_vars += [j for j in members if audited[j] and
                            bounds[j][1] is not None and not _spread(*bounds[j])]
            continue
        local = {j: n for n, j in enumerate(members)}
        a = np.zeros((len(rows), len(members)))
        b = np.zeros(len(rows))
        for n, i in enumerate(rows):
            left, right = equations[i]
            for j, coefficient in left.items():
                a[n, local[j]] = coefficient
            b[n] = right
        limits = [bounds[j] for j in members]
        low = np.array([truth[j] for j in members])
        high = low.copy()
        for n, j in enumerate(members):
            if not audited[j] or _spread(low[n], high[n]):
                continue
            for sign in (-1.0, 1.0):  # largest, then smallest
                objective = np.zeros(len(members))
                objective[n] = sign
                result = linprog(objective, A_eq=a, b_eq=b, bounds=limits, method="highs")
                if result.status == 3:  # unbounded above: not pinned
                    high[n] = INF
                    break
                if result.status != 0:  # cannot happen: the true counts are a solution
                    raise RuntimeError(f"insight audit: {result.message}")
                low = np.minimum(low, result.x)
                high = np.maximum(high, result.x)
                if _spread(low[n], high[n]):
                    break
            if not _spread(low[n], high[n]):
                pinned_vars.append(j)
        known.update(names[j] for n, j in enumerate(members)
                     if audited[j] and _spread(low[n], high[n]))
    return [names[j] for j in sorted(pinned_vars)]


def secure(tables: Sequence[Protected], links: Sequence[Tuple[Ref, Ref]] = ()) -> None:
    """Hide more until :func:`audit` pins nothing (changes ``tables`` in place).

    The same number in two tables (``links``) is hidden in both or neither. While a hidden
    element is pinned, the smallest shown non-zero element in a line (or link) that holds
    a pinned one is hidden too, a cell before a total; when no such element is left, the
    smallest shown non-zero element of a line with any hidden element of that table; and
    when there is none either, the table is withheld."""
    partners: Dict[Ref, List[Ref]] = {}
    for one, two in links:
        one = (one[0], tables[one[0]].canon(one[1]))
        two = (two[0], tables[two[0]].canon(two[1]))
        partners.setdefault(one, []).append(two)
        partners.setdefault(two, []).append(one)

    def hide(ref: Ref) -> None:
        todo = [ref]
        while todo:
            t, element = todo.pop()
            table = tables[t]
            if table.withheld or table.kind(element):
                continue
            table.hide(element)
            todo += partners.get((t, table.canon(element)), [])

    for ref in list(partners):  # a number hidden in one table is hidden in all
        if not tables[ref[0]].withheld and tables[ref[0]].kind(ref[1]):
            for other in partners[ref]:
                hide(other)

    def candidates(refs: Iterable[Ref]) -> List[Ref]:
        """Shown non-zero elements in a line or link with one of ``refs``."""
        found: List[Ref] = []
        for t, element in refs:
            found += [(t, e) for parts, whole in tables[t].lines()
                      if element in parts + [whole] for e in parts + [whole]]
            found += partners.get((t, element), [])
        return [(t, e) for t, e in found if not tables[t].withheld and
                tables[t].kind(e) is None and tables[t].value(e)]

    def rank(ref: Ref) -> Tuple[int, bool, int]:
        """Fewest lines left with this one hidden number alone (it would be pinned at
        once), then a cell before a total, then the smallest."""
        group, todo = {ref}, [ref]
        while todo:
            for other in partners.get(todo.pop(), []):
                if other not in group:
                    group.add(other)
                    todo.append(other)
        alone = 0
        for t, element in group:
            table = tables[t]
            for parts, whole in table.lines():
                line = parts + [whole]
                if element in line and not any(
                        e != element and (table.kind(e) or (t, e) in group) for e in line):
                    alone += 1
        return (alone, ref[1][0] != "cell", tables[ref[0]].value(ref[1]))

    spread: Set[Ref] = set()
    while True:
        pinned = audit(tables, links, spread=spread)
        if not pinned:
            return
        # one more hidden number: the best of all those in a line with a pinned one; and,
        # to need fewer rounds, for each pinned number no hidden one of this round lies in
        # a line with, its own best when that leaves no line with it alone
        options = candidates(pinned)
        chosen: List[Ref] = [min(options, key=rank)] if options else []
        touched = set().union(*(_near(tables, pick) for pick in chosen))
        for ref in pinned if chosen else ():
            if ref in touched:
                continue
            own = candidates([ref])
            best = min(own, key=rank) if own else None
            if best is not None and best not in chosen and rank(best)[0] == 0:
                chosen.append(best)
                touched |= _near(tables, best)
        if not chosen:  # rule 5 first: a "< 5" total that gives its line away says nothing
            mute = [ref for p in pinned for ref in sorted(_near(tables, p), key=str)
                    if ref[1][0] != "cell" and tables[ref[0]].kind(ref[1]) == SMALL and
                    all(o[1][0] != "cell" for o in partners.get(ref, []))]
            if mute:
                for t, element in [mute[0]] + partners.get(mute[0], []):
                    tables[t].muted.add(element)
                continue
            t = pinned[0][0]
            table = tables[t]
            hidden = [(t, e) for parts, whole in table.lines() for e in parts + [whole]
                      if table.kind(e)]
            options = candidates(hidden)
            if options:
                chosen.append(min(options, key=rank))
            else:
                tables[t].withheld = True
        for pick in chosen:
            hide(pick)


def _near(tables: Sequence[Protected], ref: Ref) -> Set[Ref]:
    """The elements in a line with ``ref``."""
    t, element = ref
    return {(t, e) for parts, whole in tables[t].lines() if element in parts + [whole]
            for e in parts + [whole]}
