"""Text helpers shared by the answer logic: folding Danish letters, finding weekdays.

Ages are read by :mod:`core.language.ages` (the one age reader).
"""

from __future__ import annotations

import re
from typing import Dict, List, Tuple

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ä": "ae", "ö": "oe",
                       "ü": "u"})


def fold(text: str) -> str:
    """Lower-case and write æ, ø, å as ae, oe, aa so both spellings compare equal."""
    return re.sub(r"\s+", " ", text.lower().translate(_FOLD)).strip()


WEEKDAY_WORDS: Dict[str, Tuple[str, ...]] = {
    "mandag": ("monday",), "tirsdag": ("tuesday",), "onsdag": ("wednesday",),
    "torsdag": ("thursday",), "fredag": ("friday",), "loerdag": ("saturday",),
    "lordag": ("saturday",), "soendag": ("sunday",), "sondag": ("sunday",),
    "weekend": ("saturday", "sunday"), "weekenden": ("saturday", "sunday"),
}


def find_weekdays(text: str) -> Tuple[str, ...]:
    """Weekday keys named in ``text`` ("om lørdagen", "i weekenden"), in order."""
    days: List[str] = []
    for word in re.findall(r"[a-z]+", fold(text)):
        for key, values in WEEKDAY_WORDS.items():
            if word.startswith(key) and len(word) <= len(key) + 2:
                days.extend(v for v in values if v not in days)
    return tuple(days)
