"""Normalise what people type so that detectors see one spelling.

People write crisis words and identifiers in many shapes: full-width letters
("ｓｅｌｖｍｏｒｄ"), words split by invisible characters (zero-width space, soft
hyphen), Unicode dashes in CPR numbers, letters spaced out ("s e l v m o r d"),
with or without æ/ø/å. Every detector works on the output of these functions.

- :func:`clean` keeps case and letters; it applies NFKC, drops Unicode format
  characters (category ``Cf``) and writes every dash as ``-`` and every space as ``" "``.
- :func:`fold` is :func:`clean`, lower-cased, with æ/ø/å as ae/oe/aa and other accents
  dropped, whitespace collapsed.
- :func:`collapse_spaced_letters` joins runs of single letters ("s e l v m o r d").
"""

from __future__ import annotations

import re
import unicodedata

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                 "\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"), " ")
_FOLD = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "u",
                       "é": "e", "è": "e", "ê": "e", "á": "a", "à": "a", "í": "i", "ó": "o",
                       "ú": "u", "ñ": "n", "ç": "c", "ß": "ss"})
_SPACED_RUN = re.compile(r"(?<![^\W\d_])(?:[^\W\d_][ .*_-]){2,}[^\W\d_](?![^\W\d_])")
_WHITESPACE = re.compile(r"[ \t]+")


def clean(text: str) -> str:
    """NFKC, without format characters, with plain dashes and spaces. Case is kept."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return text.translate(_DASHES).translate(_SPACES)


def fold(text: str) -> str:
    """Lower case, æ/ø/å as ae/oe/aa, accents dropped, whitespace collapsed."""
    folded = clean(text).lower().translate(_FOLD)
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded)
                     if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", folded).strip()


def collapse_spaced_letters(text: str) -> str:
    """Join runs of three or more single letters: "s e l v m o r d" -> "selvmord"."""
    return _SPACED_RUN.sub(lambda m: re.sub(r"[ .*_-]", "", m.group(0)), text)
