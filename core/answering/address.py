"""Speak to the person who asks: a parent or a teacher reads about "den unge", not "du".

Catalogue facts about consent are written to the young person ("Du behøver ikke lov fra
dine forældre"). Told to a mother or a school nurse, that reads as if they were the one in
treatment. :func:`about_the_young` rewrites such a line in the third person; it touches
only lines that speak of "dine forældre" (consent to the young person's own help).

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

import re
from typing import List, Optional

from core.answering.text import normalise
from core.answering.understand import Asker, find_asker

# Askers who are not the young person a consent rule speaks to
ADULT_ASKERS = frozenset((Asker.PARENT, Asker.PARTNER, Asker.FRIEND, Asker.RELATIVE, Asker.PROFESSIONAL))

# Lines addressed to the young person about their parents
_TO_THE_YOUNG = re.compile(r"\bdine forældre\b|\bsamtykke\b", re.IGNORECASE)
_SWAPS = (
    (re.compile(r"\bdine forældre\b"), "forældrene"),
    (re.compile(r"\bDine forældre\b"), "Forældrene"),
    (re.compile(r"(^|(?<=[.!?:–-] ))Du\b"), "Den unge"),
    (re.compile(r"\b(Er|Har|Vil|Kan|Skal) du\b"), r"\1 den unge"),
    (re.compile(r"\bdu\b"), "den unge"),
    (re.compile(r"\bdig\b"), "den unge"),
    (re.compile(r"\b(din|dit|dine)\b"), "den unges"),
)


def about_the_young(line: str) -> str:
    """``line`` in the third person when it tells a young person about their parents."""
    if not _TO_THE_YOUNG.search(line):
        return line
    for pattern, replacement in _SWAPS:
        line = pattern.sub(replacement, line)
    return line


def for_the_asker(lines: List[str], adult_asker: bool) -> List[str]:
    """The lines as the asker should read them (unchanged for the young person themself)."""
    return [about_the_young(line) for line in lines] if adult_asker else list(lines)


def asker_of(text: str) -> Asker:
    """Who writes ``text`` ("jeg er lærer" -> professional); UNKNOWN when it does not say."""
    return find_asker(normalise(text))[0]


def speak_to(text: str, asker: Optional[str]) -> str:
    """A rendered answer for ``asker`` (an :class:`Asker` value, e.g. remembered from an
    earlier turn): the lines about the young person in the third person for an adult."""
    adult = asker is not None and asker in {a.value for a in ADULT_ASKERS}
    return "\n".join(for_the_asker(text.split("\n"), adult))


__all__ = ["about_the_young", "for_the_asker", "asker_of", "speak_to", "ADULT_ASKERS"]
