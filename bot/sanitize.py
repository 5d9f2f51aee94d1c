"""Clean what a client sent before anything else sees it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# C0/C1 control characters except tab and newline; also lone surrogates from bad UTF-8.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200b-\u200f\u2028-\u202e\ufeff]")
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class CleanText:
    text: str
    truncated: bool = False


def clean_message(raw: object, max_chars: int) -> CleanText:
    """Normalise a message: str only, NFC, no control characters, at most ``max_chars``.

    Anything that is not a string (numbers, lists, null) becomes the empty string.
    """
    if not isinstance(raw, str):
        return CleanText("")
    text = unicodedata.normalize("NFC", raw)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if len(text) > max_chars:
        cut = text[:max_chars]
        # cut at the last whitespace so no word (or number) is split in half
        space = cut.rfind(" ")
        return CleanText(cut[:space] if space > max_chars // 2 else cut, truncated=True)
    return CleanText(text)


def has_words(text: str) -> bool:
    """True when the text has at least one letter or digit (not only emoji/punctuation)."""
    return any(ch.isalnum() for ch in text)
