"""Server-side SVG charts: plain strings, no script, no external font or host.

Each chart is ``<svg role="img" aria-labelledby=...>`` with a ``<title>`` and a ``<desc>``
that says in words what the chart shows; the page puts the same numbers in a table
beside it. Colours are the Okabe-Ito palette (distinguishable with colour blindness) and
every bar carries its number as text, so colour is never the only carrier.
"""

from __future__ import annotations

from html import escape
from typing import List, Optional, Sequence, Tuple

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000")
OTHER_COLOUR = "#767676"
SMALL_COLOUR = "#d9d9d9"
TEXT = "#1a1a1a"
Item = Tuple[str, Optional[float], str]  # label, value (None: not shown), text on the bar


def _open(uid: str, title: str, desc: str, width: int, height: int) -> List[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 {width} {height}" '
            f'width="100%" aria-labelledby="{uid}-t {uid}-d" class="chart">',
            f'<title id="{uid}-t">{escape(title)}</title>',
            f'<desc id="{uid}-d">{escape(desc)}</desc>']


def bars(uid: str, title: str, desc: str, items: Sequence[Item], width: int = 640) -> str:
    """Horizontal bars; an item without a value is drawn as a grey stub with its text."""
    label_w, row_h = 210, 26
    height = max(1, len(items)) * row_h + 10
    top = max([v for _, v, _ in items if v is not None] or [1]) or 1
    span = width - label_w - 70
    out = _open(uid, title, desc, width, height)
    for i, (label, value, text) in enumerate(items):
        y = 5 + i * row_h
        out.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" fill="{TEXT}" '
                   f'font-size="13">{escape(label)}</text>')
        w = 6 if value is None else max(2, round(span * value / top))
        colour = SMALL_COLOUR if value is None else (OTHER_COLOUR if label == "andet"
                                                     else PALETTE[0])
        out.append(f'<rect x="{label_w}" y="{y + 3}" width="{w}" height="{row_h - 8}" '
                   f'fill="{colour}"/>')
        out.append(f'<text x="{label_w + w + 6}" y="{y + 17}" fill="{TEXT}" '
                   f'font-size="13">{escape(text)}</text>')
    out.append("</svg>")
    return "\n".join(out)


def stacked_columns(uid: str, title: str, desc: str, columns: Sequence[str],
                    series: Sequence[Tuple[str, Sequence[Optional[int]]]],
                    width: int = 720) -> str:
    """Stacked columns (e.g. weeks) of series (e.g. topics, the last one "andet")."""
    left, bottom, legend_h = 40, 40, 22 * ((len(series) + 2) // 3)
    height = 260 + legend_h
    plot_h = height - bottom - legend_h - 10
    totals = [sum(v or 0 for _, values in series for v in [values[i]])
              for i in range(len(columns))]
    top = max(totals or [1]) or 1
    step = (width - left - 10) / max(1, len(columns))
    out = _open(uid, title, desc, width, height)
    out.append(f'<line x1="{left}" y1="{10 + plot_h}" x2="{width - 10}" y2="{10 + plot_h}" '
               f'stroke="{TEXT}"/>')
    out.append(f'<text x="{left - 6}" y="18" text-anchor="end" fill="{TEXT}" '
               f'font-size="12">{top}</text>')
    for i, column in enumerate(columns):
        x, y = left + i * step + 4, 10 + plot_h
        for s, (name, values) in enumerate(series):
            value = values[i]
            if not value:
                continue
            h = plot_h * value / top
            y -= h
            colour = OTHER_COLOUR if name == "andet" else PALETTE[s % len(PALETTE)]
            out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{step - 8:.1f}" height="{h:.1f}" '
                       f'fill="{colour}"><title>{escape(name)}, {escape(column)}: {value}'
                       f'</title></rect>')
        out.append(f'<text x="{x + (step - 8) / 2:.1f}" y="{12 + plot_h + 14}" '
                   f'text-anchor="middle" fill="{TEXT}" font-size="11">'
                   f'{escape(column.replace("uge ", "").split(" ")[0])}</text>')
    for s, (name, _) in enumerate(series):
        lx, ly = left + (s % 3) * 220, height - legend_h + 22 * (s // 3)
        colour = OTHER_COLOUR if name == "andet" else PALETTE[s % len(PALETTE)]
        out.append(f'<rect x="{lx}" y="{ly}" width="14" height="14" fill="{colour}"/>')
        out.append(f'<text x="{lx + 20}" y="{ly + 12}" fill="{TEXT}" font-size="12">'
                   f'{escape(name[:30])}</text>')
    out.append("</svg>")
    return "\n".join(out)


def heatmap(uid: str, title: str, desc: str, values: Sequence[Sequence[Optional[int]]],
            row_names: Sequence[str], phone: Optional[Sequence[Sequence[bool]]] = None,
            width: int = 720) -> str:
    """7 x 24 cells; darker = more; grey = under 5 or hidden. ``phone[d][h]`` True marks a
    cell inside the centre's phone hours with a dot (and a legend under the grid)."""
    left, top_m, cell_w, cell_h = 70, 24, (width - 80) / 24, 24
    legend = phone is not None and any(any(row) for row in phone)
    height = top_m + 7 * cell_h + (34 if legend else 10)
    top = max([v for row in values for v in row if v] or [1])
    out = _open(uid, title, desc, width, height)
    for h in range(0, 24, 3):
        out.append(f'<text x="{left + h * cell_w + cell_w / 2:.1f}" y="16" text-anchor="middle" '
                   f'fill="{TEXT}" font-size="11">{h:02d}</text>')
    for d, row in enumerate(values):
        y = top_m + d * cell_h
        out.append(f'<text x="{left - 6}" y="{y + 16}" text-anchor="end" fill="{TEXT}" '
                   f'font-size="12">{escape(row_names[d])}</text>')
        for h, value in enumerate(row):
            x = left + h * cell_w
            if value is None:
                fill = SMALL_COLOUR
            elif value == 0:
                fill = "#ffffff"
            else:
                shade = 0.15 + 0.85 * value / top
                fill = "#{:02x}{:02x}{:02x}".format(*(round(255 - (255 - c) * shade)
                                                      for c in (0, 0x48, 0x8a)))
            shown = "under 5 eller skjult" if value is None else str(value)
            inside = phone is not None and phone[d][h]
            out.append(f'<rect x="{x:.1f}" y="{y}" width="{cell_w - 1:.1f}" '
                       f'height="{cell_h - 1}" fill="{fill}" stroke="#cccccc"><title>'
                       f'{escape(row_names[d])} kl. {h:02d}: {shown}'
                       f'{", telefonen er åben" if inside else ""}</title></rect>')
            if inside:
                out.append(_dot(x + cell_w / 2, y + cell_h / 2))
    if legend:
        y = top_m + 7 * cell_h + 18
        out.append(_dot(left + 4, y - 4))
        out.append(f'<text x="{left + 14}" y="{y}" fill="{TEXT}" font-size="12">'
                   f'Prik: telefonen er åben</text>')
    out.append("</svg>")
    return "\n".join(out)


def _dot(cx: float, cy: float) -> str:
    """The phone-hours marker: white ring and dark core, visible on light and dark cells."""
    return (f'<circle class="phone" cx="{cx:.1f}" cy="{cy:.1f}" r="3.5" fill="{TEXT}" '
            f'stroke="#ffffff" stroke-width="1.5"/>')
