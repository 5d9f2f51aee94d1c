"""Recognise which of the known municipalities a message or metadata names."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from actions.text import fold

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


def metadata_municipality(metadata: Optional[dict]) -> Optional[str]:
    """The municipality value a client sent in metadata (may be unknown), or ``None``."""
    if not isinstance(metadata, dict):
        return None
    value = metadata.get("municipality")
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip()[:40]
