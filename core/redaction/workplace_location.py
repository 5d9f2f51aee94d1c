"""Where a workplace's name goes on: its branch after it ("Netto på Vestergade", "Rema 1000
i Kolding", "7-eleven på Greisvej i østbirk", "espresso house rønnede")."""

from __future__ import annotations

import re
from typing import List, Optional

from core.redaction.cues import FUNCTION_WORDS
from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.towns import TOWN_PREFIXES, town_end


def with_location(text: str, end: int, lex: Lexicon, bare: bool = False) -> int:
    """"Netto på Vestergade", "Rema 1000 i Kolding", "7-eleven på Greisvej i østbirk",
    "Matas i Herlev Vest"; with ``bare`` also a town right after the name ("espresso
    house rønnede", "Fitness World Rudkøbing")."""
    for _ in range(3):
        found = _location_end(text, end, lex, bare)
        if found is None:
            break
        end, bare = found, False
    return end


_LOCATION_PREP = re.compile(r"[ \t]+(?:på|paa|i|ved|in|on)(?=[ \t]+\S)", re.I)
_STREET_WORDS = re.compile(r"(?:[ \t]+[^\W\d_][\w'.-]*){1,4}")
_HOUSE_NUMBER = re.compile(r"[ \t]+\d{1,4}[a-zA-Z]?\b")
_STREET_PARTICLES = frozenset(("de", "la", "le", "du", "af", "von", "van"))
_STREET_ENDINGS = tuple(fold_word(w) for w in """
    vej vejen gade gaden allé alle stræde boulevard plads pladsen torv torvet vænget vænge
    parken stien gyde gyden centret centeret
""".split())


def _location_end(text: str, end: int, lex: Lexicon, bare: bool) -> Optional[int]:
    prep = _LOCATION_PREP.match(text, end)
    if prep is not None:
        street = _street_end(text, prep.end())
        if street is not None:
            return street  # "på Vestergade", "på Tovværk Allé 4", "på søren frichs vej"
        return town_end(text, prep.end(), lex, strong=True)  # "i sommersted": a town's ending
    if bare:
        return town_end(text, end, lex, strong=True)
    return None


def _street_end(text: str, pos: int) -> Optional[int]:
    """The end of a street of one to four words that starts after ``pos``, or ``None``."""
    found = _STREET_WORDS.match(text, pos)
    if found is None:
        return None
    end = pos
    words: List[str] = []
    for word in re.finditer(r"[^\W\d_][\w'.-]*", found.group(0)):
        key = fold_word(word.group(0).rstrip("."))
        ending = next((e for e in _STREET_ENDINGS if key.endswith(e)), None)
        end = pos + word.end()
        if ending is not None and (len(key) > len(ending) + 1 or words):
            number = _HOUSE_NUMBER.match(text, end)
            return number.end() if number else end
        if (key in STOP or key in FUNCTION_WORDS) and not (
                key in TOWN_PREFIXES or words and key in _STREET_PARTICLES):
            return None  # but "gammel jernbanestræde", "belle de boskoop allé"
        words.append(key)
    return None
