"""Ordinary Danish words, to tell a word spelled right from a typo.

The list is ``core/data/da_words.txt`` (built by ``scripts/build_name_lists.py`` from the
spaCy lookup lemmas and the project's own texts), folded to skeleton spelling here so that
"hjemmet", "hjemmét" and "slags" are recognised however æ, ø and å were typed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import FrozenSet

from core.answering.text import skeleton

WORD_LIST = Path(__file__).resolve().parent.parent / "data" / "da_words.txt"


@lru_cache(maxsize=1)
def danish_words() -> FrozenSet[str]:
    """The folded Danish words of :data:`WORD_LIST`."""
    lines = WORD_LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(skeleton(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


def is_danish_word(word: str) -> bool:
    """``word`` (in skeleton spelling) is an ordinary Danish word, not a misspelling."""
    return word in danish_words()
