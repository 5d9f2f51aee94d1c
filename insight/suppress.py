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
4. If nothing can be hidden to fix a line or a bridge, the whole table is hidden.

So one small cell among large ones costs that cell and about one partner per line it
lies in, never whole topics. The "andet" of a line is the sum of its hidden cells: it is
what plots show as "andet" and it is public (total minus shown cells) exactly when the
line's total is shown, which rule 2 keeps at 0 or at least k.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Hashable, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

K = 5
Cell = Tuple[Hashable, Hashable]
SMALL, HIDDEN = "small", "hidden"


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

    def cell(self, row: Hashable, col: Hashable) -> Optional[int]:
        if (row, col) in self.suppressed:
            return None
        return self.counts.get((row, col), 0)

    def label(self, row: Hashable, col: Hashable) -> str:
        """Text for a cell: the number, "< 5" or "skjult"."""
        kind = self.suppressed.get((row, col))
        if kind == SMALL:
            return f"< {self.k}"
        if kind == HIDDEN:
            return "skjult"
        return str(self.counts.get((row, col), 0))

    def row_total(self, row: Hashable) -> Optional[int]:
        return None if row in self.hidden_rows else \
            sum(self.counts.get((row, c), 0) for c in self.cols)

    def col_total(self, col: Hashable) -> Optional[int]:
        return None if col in self.hidden_cols else \
            sum(self.counts.get((r, col), 0) for r in self.rows)

    def total(self) -> Optional[int]:
        return None if self.hidden_total else sum(self.counts.values())

    def _text(self, shown: Optional[int], actual: int) -> str:
        if shown is not None:
            return str(shown)
        return f"< {self.k}" if actual < self.k else "skjult"

    def row_label(self, row: Hashable) -> str:
        return self._text(self.row_total(row), sum(self.counts.get((row, c), 0)
                                                   for c in self.cols))

    def col_label(self, col: Hashable) -> str:
        return self._text(self.col_total(col), sum(self.counts.get((r, col), 0)
                                                   for r in self.rows))

    def other_label(self, col: Hashable) -> str:
        hidden = sum(self.counts.get((r, col), 0) for r in self.rows
                     if (r, col) in self.suppressed)
        return self._text(self.col_other(col), hidden)

    def total_label(self) -> str:
        return self._text(self.total(), sum(self.counts.values()))

    def col_other(self, col: Hashable) -> Optional[int]:
        """The sum of the hidden cells of a column ("andet"), ``None`` when not public."""
        if col in self.hidden_cols:
            return None
        return sum(self.counts.get((r, col), 0) for r in self.rows
                   if (r, col) in self.suppressed)

    def row_other(self, row: Hashable) -> Optional[int]:
        if row in self.hidden_rows:
            return None
        return sum(self.counts.get((row, c), 0) for c in self.cols
                   if (row, c) in self.suppressed)



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


def protect(counts: Mapping[Cell, int], rows: Sequence[Hashable], cols: Sequence[Hashable],
            k: int = K, hidden_rows: Iterable[Hashable] = (),
            hidden_total: bool = False) -> Protected:
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
    one_col, one_row = len(cols) == 1, len(rows) == 1

    def canon(element: Element) -> Element:
        """A total of a single cell (or single total) is that cell (or total)."""
        if element[0] == "row" and one_col:
            return ("cell", element[1], cols[0])
        if element[0] == "col" and one_row:
            return ("cell", rows[0], element[1])
        if element[0] == "all" and (one_col or one_row):
            return canon(("col", cols[0]) if one_col else ("row", rows[0]))
        return element

    value: Dict[Element, int] = {}
    for r in rows:
        for c in cols:
            value[("cell", r, c)] = table.counts.get((r, c), 0)
    for r in rows:
        value[canon(("row", r))] = sum(value[("cell", r, c)] for c in cols)
    for c in cols:
        value[canon(("col", c))] = sum(value[("cell", r, c)] for r in rows)
    value[canon(("all",))] = sum(table.counts.values())

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
        return (1, k - 1) if hidden[e] == SMALL else (k, INF)

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
            if pick is None:
                return None
            hidden[pick] = HIDDEN
            return True
        return False

    def fix_bridge() -> Optional[bool]:
        graph = {e: edge_ends[e] for e in hidden}
        for bridge in _bridges(graph):
            u, v = graph[bridge]

            def reach(start: int) -> Set[int]:
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
        if step is None:  # cannot be protected piecemeal: hide it all
            for e, n in value.items():
                hidden.setdefault(e, SMALL if 0 < n < k else HIDDEN)
            break
        if step is False:
            break

    for e, kind in hidden.items():
        if e[0] == "cell" and value[e]:
            table.suppressed[(e[1], e[2])] = kind
        elif e[0] == "cell":
            table.suppressed[(e[1], e[2])] = HIDDEN
    table.hidden_rows = {r for r in rows if canon(("row", r)) in hidden}
    table.hidden_cols = {c for c in cols if canon(("col", c)) in hidden}
    table.hidden_total = canon(("all",)) in hidden
    return table
