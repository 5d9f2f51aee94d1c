"""Small-cell protection for a table of counts with its row, column and grand totals.

Rules (k = 5 unless configured higher):

1. A cell with 1..k-1 is *small*: shown as "< 5" (primary suppression).
2. Every total is treated as public (other views show it). In any row or column whose
   total is shown, the hidden cells must sum to 0 or at least k, and no small cell may be
   pinned to one value by the line's total and what is known about the other hidden cells
   (small ones lie in 1..k-1, others are at least k). Otherwise the smallest shown non-zero
   cell of the line is hidden too ("skjult", complementary suppression).
3. A total below k is itself hidden, and so is every cell of its line; when hidden totals
   of the rows (or columns) would be recoverable from the grand total, the smallest shown
   row (or column) is hidden as a whole.
4. A grand total below k hides the whole table.

The "andet" of a line is the sum of its hidden cells: it is what plots show as "andet"
and it is public (total minus shown cells) exactly when the line's total is shown.
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


def _pinned(values: Sequence[int], kinds: Sequence[str], k: int) -> bool:
    """Whether a hidden value of a line with a public total is pinned to one value, from the
    total and what is known of the others (small: 1..k-1; hidden: at least k)."""
    total = sum(values)
    bounds = [(1, k - 1) if kind == SMALL else (k, total) for kind in kinds]
    for i, (lo_i, hi_i) in enumerate(bounds):
        rest_lo = sum(lo for j, (lo, _) in enumerate(bounds) if j != i)
        rest_hi = sum(hi for j, (_, hi) in enumerate(bounds) if j != i)
        low, high = max(lo_i, total - rest_hi), min(hi_i, total - rest_lo)
        if low >= high:
            return True
    return False


def protect(counts: Mapping[Cell, int], rows: Sequence[Hashable], cols: Sequence[Hashable],
            k: int = K, hidden_rows: Iterable[Hashable] = ()) -> Protected:
    """Apply the rules of the module docstring to ``counts`` (missing cells are 0).

    ``hidden_rows``: rows already hidden in another view over the same row totals.
    """
    if k < K:
        raise ValueError(f"k must be at least {K}")
    table = Protected(list(rows), list(cols), {c: int(n) for c, n in counts.items() if n},
                      k=k)
    table.hidden_rows.update(r for r in hidden_rows if r in table.rows)
    sup = table.suppressed
    for cell, n in table.counts.items():
        if 0 < n < k:
            sup[cell] = SMALL

    def line(row: Optional[Hashable] = None, col: Optional[Hashable] = None) -> List[Cell]:
        if row is not None:
            return [(row, c) for c in table.cols]
        return [(r, col) for r in table.rows]

    def hide_line(cells: List[Cell]) -> bool:
        changed = False
        for cell in cells:
            if table.counts.get(cell, 0) and cell not in sup:
                sup[cell] = HIDDEN
                changed = True
        return changed

    def settle(cells: List[Cell], name: Hashable, hidden_names: Set[Hashable]) -> bool:
        """Complementary suppression in one line; True when something changed."""
        if name in hidden_names:
            return hide_line(cells)
        hidden = [c for c in cells if c in sup and table.counts.get(c, 0)]
        values = [table.counts[c] for c in hidden]
        if not hidden:
            return False
        if sum(values) >= k and not _pinned(values, [sup[c] for c in hidden], k):
            return False
        shown = sorted((table.counts[c], str(c)) for c in cells
                       if c not in sup and table.counts.get(c, 0))
        if not shown:  # nothing left to hide with: the line's total goes
            hidden_names.add(name)
            return True
        pick = next(c for c in cells if str(c) == shown[0][1])
        sup[pick] = HIDDEN
        return True

    def margin(names: List[Hashable], hidden: Set[Hashable], total_of) -> bool:
        """Rule 3 over the row (or column) totals, against the grand total."""
        for name in names:
            if name not in hidden and 0 < total_of(name) < k:
                hidden.add(name)
                return True
        if table.hidden_total:
            return False
        values = [total_of(n) for n in names if n in hidden and total_of(n)]
        if values and (sum(values) < k or _pinned(values, [SMALL if v < k else HIDDEN
                                                           for v in values], k)):
            shown = sorted((total_of(n), str(n)) for n in names
                           if n not in hidden and total_of(n))
            if shown:
                hidden.add(next(n for n in names if str(n) == shown[0][1]))
                return True
        return False

    def row_sum(r: Hashable) -> int:
        return sum(table.counts.get((r, c), 0) for c in table.cols)

    def col_sum(c: Hashable) -> int:
        return sum(table.counts.get((r, c), 0) for r in table.rows)

    table.hidden_total = 0 < sum(table.counts.values()) < k
    changed = True
    while changed:
        changed = False
        if table.hidden_total:
            changed = hide_line(list(table.counts)) or changed
        changed = margin(table.rows, table.hidden_rows, row_sum) or changed
        changed = margin(table.cols, table.hidden_cols, col_sum) or changed
        for r in table.rows:
            changed = settle(line(row=r), r, table.hidden_rows) or changed
        for c in table.cols:
            changed = settle(line(col=c), c, table.hidden_cols) or changed
        # a line whose cells are all hidden and whose total is small: hide the total
        for r in table.rows:
            if r not in table.hidden_rows and 0 < row_sum(r) < k:
                table.hidden_rows.add(r)
                changed = True
        for c in table.cols:
            if c not in table.hidden_cols and 0 < col_sum(c) < k:
                table.hidden_cols.add(c)
                changed = True
    return table
