"""Recognise which of the known municipalities a message or metadata names."""

from __future__ import annotations

import re
from typing import Iterable, List, Optional

from core.language.text import fold

# Folded spellings people use, including common typos; value is the knowledge file slug.
ALIASES = {
    "sonderborg": ("soenderborg", "sonderborg", "sønderborg", "sdb", "sunderborg",
                   "soenderbog", "sonderbog"),
    "fredericia": ("fredericia", "fredricia", "fredrecia", "fredericja", "fredersia"),
    "skanderborg": ("skanderborg", "skandeborg", "skanderbog", "skanderbor"),
    "vejle": ("vejle", "vejl", "veile"),
}


def slug_from_text(text: str, known: Iterable[str]) -> Optional[str]:
    """The municipality named in ``text`` (only among ``known`` slugs), or ``None``."""
    folded = fold(text)
    for slug in known:
        for alias in (slug, *ALIASES.get(slug, ())):
            if re.search(rf"(?<!\w){re.escape(fold(alias))}(?!\w)", folded):
                return slug
    return None


def metadata_municipality(metadata: object) -> Optional[str]:
    """The municipality value a client sent in metadata (may be unknown), or ``None``."""
    if not isinstance(metadata, dict):
        return None
    value = metadata.get("municipality")
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()[:40]


# Words that only frame a municipality ("og i Vejle?", "jeg bor i Skanderborg kommune").
_FRAME_WORDS = frozenset(
    "i på paa fra og men hvad med så saa nu jeg bor er kommune kommunen inde oppe nede "
    "det den der her hos jer what about and how in the live from "
    # "og hvis jeg bor i Fredericia?", "what if we lived in Vejle?"
    "hvis man han hun vi boede if we he she lived".split())
_SWITCH_START = re.compile(r"^\s*(?:og|men|hvad med|hvad så|hvad saa|hvordan med|what about|"
                           r"and|how about)\b", re.IGNORECASE)


def words_besides_municipality(text: str, known: Iterable[str]) -> List[str]:
    """The words of ``text`` that neither name a municipality nor only frame one."""
    known = list(known)
    words = re.findall(r"[\wæøåÆØÅ]+", text)
    return [w for w in words
            if fold(w).lower() not in _FRAME_WORDS and slug_from_text(w, known) is None]


def is_switch_follow_up(text: str, known: Iterable[str]) -> bool:
    """``text`` asks the previous question again for another municipality ("og i Vejle?"),
    possibly followed by a remark ("og i Vejle? min kæreste bor der")."""
    known = list(known)
    first = re.split(r"[?!.]", text.strip(), maxsplit=1)[0]
    return (slug_from_text(first, known) is not None and bool(_SWITCH_START.search(first))
            and not words_besides_municipality(first, known))


_ASKS = re.compile(r"\?|\b(?:hvad|hvor|hvem|hvordan|hvorn[aå]r|hvornaar|hvilke[nt]?|koster|"
                   r"what|where|when|how|who|which)\b", re.IGNORECASE)


def asks_own_question(text: str, known: Iterable[str], min_words: int = 3) -> bool:
    """Besides naming a municipality, ``text`` asks something ("hvad koster det i Vejle?")."""
    if is_switch_follow_up(text, known):
        return False
    rest = words_besides_municipality(text, known)
    return len(rest) >= min_words or (bool(rest) and bool(_ASKS.search(text)))
