"""The form crisis messages are read in: the text both crisis readers see.

:func:`normalise` is shared by the rules of :mod:`core.safety` and the trained second
reader of :mod:`core.safety_model`, which is why it lives in neither of them. On top of
:mod:`core.language.normalize` (NFKC, invisible characters dropped, æ/ø/å folded, spaced-out
letters joined) it replaces crisis emoji by words, undoes look-alike letters, simple
leetspeak, masked ("selvm*rd") and split ("selv.mord") words, and drops quotes.
"""

from __future__ import annotations

import re

from core.language.normalize import clean, collapse_spaced_letters, fold

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i"})
_LEET_WORD = re.compile(r"\b(?=[a-z0-9@$!]*[a-z])(?=[a-z0-9@$!]*[0-9@$!])[a-z0-9@$!]{4,}\b")
_MASKED_WORD = re.compile(r"\b[a-z]+[*#][a-z*#]*\b")
_MASKABLE = ("selvmord", "suicide", "selvskade", "overdosis", "voldtaegt", "ihjel", "livet", "slutte", "doe")


def _unmask(match: "re.Match[str]") -> str:
    word = match.group(0)
    pattern = re.compile("^" + re.sub(r"[*#]", ".", word) + "$")
    for candidate in _MASKABLE:
        if pattern.match(candidate):
            return candidate
    return word


_EMOJI = {"\U0001faa2": " reb ", "\U0001f48a": " piller ", "\U0001f52a": " kniv ", "\U0001fa78": " blod ",
          "\U0001f52b": " pistol ", "\u26b0": " kiste "}
# Cyrillic and Greek letters that look like Latin ones ("ѕеlvmоrd")
_HOMOGLYPHS = str.maketrans("аеорсхуукмтнвіјѕԁԛԝαεορτυνκ", "aeopcxyykmthbijsdqwaeoptuvk")
_SPLIT_WORD = re.compile(r"\b[a-z]+(?:[.*_'][a-z]+)+\b")
_JOINABLE = frozenset(("doe", "doed", "selvmord", "ihjel", "slutte", "selvskade", "overdosis", "suicide",
                       "cutte", "skaere", "skaerer", "livet", "draebe"))


def _join_split(match: "re.Match[str]") -> str:
    joined = re.sub(r"[.*_']", "", match.group(0))
    return joined if joined in _JOINABLE else match.group(0)


# A quote mark at the edge of a word (not the apostrophe inside "don't")
_QUOTE = re.compile(r"(?<!\w)['\"\u2018\u2019\u201c\u201d\u00ab\u00bb`\u00b4]"
                    r"|['\"\u2018\u2019\u201c\u201d\u00ab\u00bb`\u00b4](?!\w)")


def normalise(text: str) -> str:
    """The form every pattern of :mod:`core.safety` is written for."""
    for emoji, word in _EMOJI.items():
        text = text.replace(emoji, word)
    text = collapse_spaced_letters(clean(text).lower().translate(_HOMOGLYPHS))
    text = _QUOTE.sub(" ", text)
    folded = _SPLIT_WORD.sub(_join_split, fold(text))
    folded = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), folded)
    folded = _MASKED_WORD.sub(_unmask, folded)
    folded = re.sub(r"(?<=[a-z])-(?=[a-z])", "", folded)  # "selv-mord", "d-ø"
    return folded
