"""The views of the staff page, every one protected by :func:`insight.suppress.protect`.

- topics per week (topic x week; topics are merged into "andet" when small),
- hour of the week (weekday x hour, from hour counters only), with the share outside the
  centre's phone hours,
- unanswered per topic ("kan ikke svare" / all turns of the topic),
- outcomes of turns, the widget's signals (helpful, not helpful, quick exit),
- entry kinds.

The CSV export holds exactly the published cells of these views, nothing finer.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from insight.model import CANNOT_ANSWER, ENTRY_KINDS, HOUR, SIGNAL_OUTCOMES, TURN_OUTCOMES, Row, hour_of_week, week_of
from insight.suppress import K, Protected, audit, protect, secure

TOTAL = "i alt"
OTHER = "andet"
DAYS_DA = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
OUTCOMES_DA = {
    "answered": "besvaret", "cannot_answer": "kan ikke svare", "fallback": "usikker (fallback)",
    "crisis": "krisesvar (112)", "triage_recommendation": "anbefalet tilbud",
    "booking_made": "tid booket", "booking_cancelled": "tid aflyst",
    "helpful": "svaret hjalp", "not_helpful": "svaret hjalp ikke", "quick_exit": "forlod siden",
}
ENTRIES_DA = {"municipal": "kommunens side", "school": "skolens side", "other": "anden side"}


@dataclass
class Report:
    weeks: List[datetime]
    topics: Protected            # topic x week
    heatmap: Protected           # weekday x hour
    unanswered: Protected        # topic x (cannot_answer, other)
    outcomes: Protected          # outcome x "antal"
    signals: Protected           # topic x signal
    entries: Protected           # entry x "antal"
    outside_phone_hours: Optional[Tuple[int, int]]  # (outside, all), only when both >= k
    k: int
    # (weekday, hour) cells inside the centre's phone hours; None: not in the catalogue
    phone_hours: Optional[Set[Tuple[int, int]]] = None


def week_label(start: datetime) -> str:
    """``uge 12 2025`` for a week start (naive UTC of Monday 00:00 Copenhagen)."""
    from insight.model import local
    iso = local(start + timedelta(hours=12)).isocalendar()
    return f"uge {iso[1]} {iso[0]}"


def _share_line(heat: Protected, phone_hours: Set[Tuple[int, int]]):
    """The heatmap cells outside phone hours and their sum: one more published line."""
    outside = [("cell", d, h) for d in heat.rows for h in heat.cols
               if (d, h) not in phone_hours]
    return outside, sum(heat.value(e) for e in outside)


def build(rows: Iterable[Row], weeks: Sequence[datetime],
          phone_hours: Optional[Set[Tuple[int, int]]] = None, k: int = K) -> Report:
    """All views over ``rows`` limited to ``weeks`` (week starts, oldest first)."""
    wanted = set(weeks)
    turns: Dict[Tuple[str, datetime], int] = {}
    cells: Dict[str, Dict] = {"heat": {}, "unans": {}, "out": {}, "sig": {}, "entry": {}}
    hour_weeks: Set[datetime] = set()
    topics: Set[str] = set()
    for row in rows:
        week = week_of(row.bucket)
        if week not in wanted:
            continue
        key, n = row.key, row.count
        if key.outcome in SIGNAL_OUTCOMES:
            cell = (key.topic, key.outcome)
            cells["sig"][cell] = cells["sig"].get(cell, 0) + n
            continue
        topics.add(key.topic)
        turns[(key.topic, week)] = turns.get((key.topic, week), 0) + n
        split = (key.topic, CANNOT_ANSWER if key.outcome == CANNOT_ANSWER else "other")
        cells["unans"][split] = cells["unans"].get(split, 0) + n
        cells["out"][(key.outcome, "antal")] = cells["out"].get((key.outcome, "antal"), 0) + n
        cells["entry"][(key.entry, "antal")] = cells["entry"].get((key.entry, "antal"), 0) + n
        if row.bucket.kind == HOUR:
            hour_weeks.add(week)
            day, hour = hour_of_week(row.bucket)
            cells["heat"][(day, hour)] = cells["heat"].get((day, hour), 0) + n
    ordered = sorted(topics, key=lambda t: (-sum(turns.get((t, w), 0) for w in weeks), t))
    sig_topics = sorted({t for t, _ in cells["sig"]})
    heat = protect(cells["heat"], list(range(7)), list(range(24)), k, check=False)
    # Views over the same turns publish the same totals: the topic totals (topics per week,
    # unanswered) and the grand total (those two, outcomes, entries). A total hidden in
    # one of them is hidden in all, or it could be read off another.
    hidden: Set[str] = set()
    hidden_all = False
    while True:
        by_week = protect(turns, ordered, list(weeks), k, hidden, hidden_all, check=False)
        unanswered = protect(cells["unans"], ordered, [CANNOT_ANSWER, "other"], k, hidden,
                             hidden_all, check=False)
        outcomes = protect(cells["out"], list(TURN_OUTCOMES), ["antal"], k,
                           hidden_total=hidden_all, check=False)
        entries = protect(cells["entry"], list(ENTRY_KINDS), ["antal"], k,
                          hidden_total=hidden_all, check=False)
        both = by_week.hidden_rows | unanswered.hidden_rows
        any_all = any(t.hidden_total for t in (by_week, unanswered, outcomes, entries))
        if both == hidden and any_all == hidden_all:
            break
        hidden, hidden_all = both, any_all
    # Then the attacker of insight.suppress.audit on all of them at once, with every number
    # two views share: topic totals, grand totals, "kan ikke svare" (a row of the outcomes,
    # a column of unanswered), and the heatmap's total when it counts the same turns.
    tables = [by_week, unanswered, outcomes, entries, heat]
    links = [((0, ("row", t)), (1, ("row", t))) for t in ordered]
    links += [((0, ("all",)), (i, ("all",))) for i in (1, 2, 3)]
    links.append(((2, ("cell", CANNOT_ANSWER, "antal")), (1, ("col", CANNOT_ANSWER))))
    if heat.value(("all",)) == by_week.value(("all",)):
        links.append(((0, ("all",)), (4, ("all",))))
    secure(tables, links)
    outside = None
    if phone_hours and heat.total() is not None and not heat.withheld:
        parts, out = _share_line(heat, phone_hours)
        everything = heat.value(("all",))
        if out >= k and everything - out >= k and not audit(
                tables, links, [([(4, e) for e in parts], out)]):
            outside = (out, everything)
    return Report(
        weeks=list(weeks),
        topics=by_week,
        heatmap=heat,
        unanswered=unanswered,
        outcomes=outcomes,
        signals=protect(cells["sig"], sig_topics, list(SIGNAL_OUTCOMES), k),
        entries=entries,
        outside_phone_hours=outside, k=k,
        phone_hours=set(phone_hours) if phone_hours else None)


def rate(report: Report, topic: str) -> Optional[float]:
    """Share of a topic's turns the assistant could not answer, when it may be shown."""
    table = report.unanswered
    cannot, rest = table.cell(topic, CANNOT_ANSWER), table.cell(topic, "other")
    total = table.row_total(topic)
    if cannot is None or rest is None or total is None or not total:
        return None
    return cannot / total


def _lines(name: str, table: Protected, row_label: Callable, col_label: Callable,
           totals: bool = True) -> List[List[str]]:
    out: List[List[str]] = []
    if table.withheld:  # nothing of it is published
        return out
    for r in table.rows:
        if not any(table.counts.get((r, c), 0) for c in table.cols):
            continue
        for c in table.cols:
            out.append([name, row_label(r), col_label(c), table.label(r, c)])
        if totals and len(table.cols) > 1:
            out.append([name, row_label(r), TOTAL, table.row_label(r)])
    for c in table.cols:
        if totals:
            out.append([name, OTHER, col_label(c), table.other_label(c)])
            out.append([name, TOTAL, col_label(c), table.col_label(c)])
    if totals and len(table.cols) > 1:
        out.append([name, TOTAL, TOTAL, table.total_label()])
    return out


def csv_export(report: Report, topic_name: Callable[[str], str] = str) -> str:
    """The published cells of every view as CSV: view, række, kolonne, værdi."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["visning", "række", "kolonne", "værdi"])
    same = str
    sections = [
        ("emner pr. uge", report.topics, topic_name, week_label),
        ("tidspunkt", report.heatmap, lambda d: DAYS_DA[d], lambda h: f"kl. {h:02d}"),
        ("ubesvaret pr. emne", report.unanswered, topic_name,
         lambda c: "kan ikke svare" if c == CANNOT_ANSWER else "øvrige"),
        ("udfald", report.outcomes, lambda o: OUTCOMES_DA.get(o, o), same),
        ("signaler", report.signals, topic_name, lambda o: OUTCOMES_DA.get(o, o)),
        ("indgang", report.entries, lambda e: ENTRIES_DA.get(e, e), same),
    ]
    for name, table, rows, cols in sections:
        for line in _lines(name, table, rows, cols):
            writer.writerow(line)
    return buffer.getvalue()
