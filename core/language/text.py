"""Text helpers shared by the answer logic: folding Danish letters, finding ages."""

from __future__ import annotations

import re
from typing import Optional

_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ä": "ae", "ö": "oe",
                       "ü": "u"})

NUMBER_WORDS = {
    "et": 1, "en": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
    "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
    "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20,
    "enogtyve": 21, "toogtyve": 22, "treogtyve": 23, "fireogtyve": 24, "femogtyve": 25,
    "seksogtyve": 26, "syvogtyve": 27, "otteogtyve": 28, "niogtyve": 29, "tredive": 30,
}

# "jeg er 16", "jeg e 15", "16 år", "16 aar", "16-årig", "er 19 og"; a bare number is not an age
_AGE_PATTERNS = (
    re.compile(r"\b(?:jeg|han|hun|hen|vi|de|min \w+|mit \w+)\s+(?:er|e|bliver|blir)\s+"
               r"(?:snart\s+|kun\s+|lige\s+blevet\s+)?(\d{1,2}|[a-zæøå]+)\b"),
    re.compile(r"\b(\d{1,2})\s*(?:år|aar|-årig|-aarig|årig|aarig|yo|years?)\b"),
    re.compile(r"\b(?:på|paa)\s+(\d{1,2})\b"),
)


def fold(text: str) -> str:
    """Lower-case and write æ, ø, å as ae, oe, aa so both spellings compare equal."""
    return re.sub(r"\s+", " ", text.lower().translate(_FOLD)).strip()


def parse_number(token: str) -> Optional[int]:
    token = token.strip().lower()
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


_WRITER_AGE = re.compile(r"\bjeg\s+(?:er|e|bliver|blir)\s+(?:snart\s+|kun\s+|lige\s+blevet\s+)?"
                         r"(\d{1,2}|[a-zæøå]+)\b(?:\s*(?:år|aar))?")

WEEKDAY_WORDS = {
    "mandag": ("monday",), "tirsdag": ("tuesday",), "onsdag": ("wednesday",),
    "torsdag": ("thursday",), "fredag": ("friday",), "loerdag": ("saturday",),
    "lordag": ("saturday",), "soendag": ("sunday",), "sondag": ("sunday",),
    "weekend": ("saturday", "sunday"), "weekenden": ("saturday", "sunday"),
}


def find_weekdays(text: str) -> tuple:
    """Weekday keys named in ``text`` ("om lørdagen", "i weekenden"), in order."""
    days = []
    for word in re.findall(r"[a-z]+", fold(text)):
        for key, values in WEEKDAY_WORDS.items():
            if word.startswith(key) and len(word) <= len(key) + 2:
                days.extend(v for v in values if v not in days)
    return tuple(days)


def find_writer_age(text: str) -> Optional[int]:
    """The writer's own age ("jeg er 12"), or ``None``."""
    match = _WRITER_AGE.search(text.lower())
    if match:
        age = parse_number(match.group(1))
        if age is not None and 5 <= age <= 110:
            return age
    return None


def without_writer_age(text: str) -> str:
    """``text`` with "jeg er 12" removed, so what is left is about someone else."""
    return _WRITER_AGE.sub(" ", text.lower())


def find_age(text: str) -> Optional[int]:
    """Return the age a message states about its writer or subject, if any.

    Only phrasings that clearly state an age count, so that "2 samtaler" or
    "kl. 15" is never read as an age.
    """
    lowered = text.lower()
    for pattern in _AGE_PATTERNS:
        for match in pattern.finditer(lowered):
            age = parse_number(match.group(1))
            if age is not None and 5 <= age <= 110:
                return age
    return None
