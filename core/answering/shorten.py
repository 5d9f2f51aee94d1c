"""A short first reply, and the rest behind "Læs mere".

People read the assistant on a phone, often at night: the first message answers in a few
sentences and ends with the source; what else the answer holds is kept for the
"Læs mere" button. :func:`split_reply` cuts a rendered answer (the same text whatever
module built it) at line and sentence boundaries:

- an answer within :data:`FIRST_REPLY_WORDS` (+ :data:`SLACK_WORDS`) words is sent whole;
- otherwise the first unit (a line, or a sentence of a long line) always stays, then the
  units that state a number, a day or a time, then the rest, within the budget; what is
  kept is shown in its original order;
- how to reach the centre (its phone number, "Telefonen er ..."), when it follows a kept
  unit, stays with it: a "the catalogue does not say" must say whom to ask;
- a heading ending in ":" keeps its first :data:`MAX_LIST_ITEMS` items, a week's phone
  hours stay whole, and a heading never stands without its items;
- the note about an old catalogue and the source line end both parts.

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

import re
from typing import List, Set, Tuple

FIRST_REPLY_WORDS = 80
# An answer at most this much over the budget is sent whole (no button for a few words).
SLACK_WORDS = 10
# A line longer than this is cut into sentences so that the first reply can end inside it.
LONG_LINE_WORDS = 18
# A list under a heading ("Tilbud, der passer til en på 14 år:") shows this many items first.
MAX_LIST_ITEMS = 3

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9\"(])")
_REACH = re.compile(r"\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b|^Telefonen er\b|^Du kan også se\b|^Ring til\b|"
                    r"^Kataloget giver ikke et telefonnummer")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\w+dag:)")
_WEEKDAY = re.compile(r"^\s*\w+dag:")
_FACTUAL = re.compile(r"\d|\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|gratis|anonym\w*)\b|"
                      r"\b(?:Ankestyrelsen|Styrelsen for Patientklager)\b|"
                      r"\b(?:en|én|to|tre|fire|fem|seks|otte|ti|tolv) (?:gange?|uger|måneder|samtaler|timer)\b",
                      re.IGNORECASE)


def _words(text: str) -> int:
    return len(text.split())


def _units(body: str) -> List[str]:
    """Lines, and the sentences of a long line, in order ("\\n" ends a unit's line)."""
    out: List[str] = []
    for line in body.split("\n"):
        if not line.strip():
            continue
        if _words(line) > LONG_LINE_WORDS and not _LIST_ITEM.match(line):
            parts = [p for p in _SENTENCE_END.split(line.strip()) if p]
            out.extend(parts[:-1])
            out.append(parts[-1] + "\n")
        else:
            out.append(line + "\n")
    return out


def _join(units: List[str]) -> str:
    text = ""
    for unit in units:
        if text and not text.endswith("\n"):
            text += " "
        text += unit
    return text.strip()


def _tail(text: str) -> Tuple[str, str]:
    """The body, and what ends every reply (the old-catalogue note and the source line)."""
    paragraphs = text.split("\n\n")
    tail: List[str] = []
    while paragraphs and paragraphs[-1].lstrip().startswith(("Kilde:", "Bemærk:")):
        tail.insert(0, paragraphs.pop().strip())
    return "\n\n".join(paragraphs), "\n\n".join(tail)


def split_reply(text: str, budget: int = FIRST_REPLY_WORDS) -> Tuple[str, str]:
    """The first reply and the rest ("" when the whole answer fits).

    The first unit always stays; then units that state a number, a day or a time (how
    often, how long, ages, prices, phone hours) come before descriptive ones, within the
    budget; what is kept is shown in its original order."""
    body, tail = _tail(text.strip())
    units = _units(body)
    if sum(_words(u) for u in units) <= budget + SLACK_WORDS:
        return text.strip(), ""
    keep = {0}
    count = _words(units[0]) if units else 0
    order = sorted(range(1, len(units)), key=lambda i: (not _FACTUAL.search(units[i]), i))
    for i in order:
        bound = _bound(units, keep, i)
        if count + _words(units[i]) <= budget or bound:
            keep.add(i)
            count += _words(units[i])
    for i in sorted(keep, reverse=True):  # a heading goes with its items
        if units[i].rstrip().endswith(":") and i + 1 not in keep and i > 0:
            keep.discard(i)
    for i in sorted(keep):  # and a kept item with its heading ("Sådan kommer du i gang:")
        if i > 0 and units[i - 1].rstrip().endswith(":"):
            keep.add(i - 1)
    kept = [u for i, u in enumerate(units) if i in keep]
    rest = [u for i, u in enumerate(units) if i not in keep]
    if not rest:
        return text.strip(), ""
    end = f"\n\n{tail}" if tail else ""
    return _join(kept) + end, _join(rest) + end


def _bound(units: List[str], keep: Set[int], i: int) -> bool:
    """Unit ``i`` belongs with a kept unit: how to reach the centre after it, the next day
    of a week's hours, or one of the first items of a kept heading's list."""
    unit = units[i]
    if i - 1 not in keep:
        return False
    if _REACH.search(unit.strip()):
        return True
    if _WEEKDAY.match(unit) and (_WEEKDAY.match(units[i - 1]) or units[i - 1].rstrip().endswith(":")):
        return True
    if _LIST_ITEM.match(unit):
        heading = next((j for j in range(i - 1, -1, -1) if not _LIST_ITEM.match(units[j])), None)
        return heading is not None and heading in keep and i - heading <= MAX_LIST_ITEMS
    return False


__all__ = ["split_reply", "FIRST_REPLY_WORDS"]
