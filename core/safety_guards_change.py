"""A wish to change one's life, not to end it (a guard of :mod:`core.safety_guards`, since set O).

Words of ending and leaving said of a habit, a bond or a place: "gøre en ende på mit forhold
til alkohol", "forsvinde fra det miljø / den by", "vil ikke leve sådan her resten af livet,
jeg vil stoppe for altid" ("resten af livet" is a span of time). Leaving the world, life or
everything stays a crisis ("forsvinde fra jorden", "fra det hele").
"""

from __future__ import annotations

import re

from core.safety_patterns_fragments import _HABIT

# An end put to a bond with a habit: "en ende på mit forhold til alkohol", "på min afhængighed af piller"
_BOND_TO_HABIT = re.compile(
    r"^ (?:(?:mit|min|mine|hans|hendes|vores|det|den|et|en) )?(?:\w+ )?(?:forhold|afhaengighed|brug|forbrug|"
    r"problem\w*|kamp|vane\w*|trang|behov|misbrug|venskab|kaerlighedsforhold) (?:til|af|med|for) (?:\w+ ){0,2}"
    r"(?:" + _HABIT + r")\b")
# Leaving a place or a crowd: "fra det miljø", "fra den by", "væk fra kredsen" (not "fra jorden")
_FROM_A_PLACE = re.compile(r"^ (?:\w+ )?(?:fra|ud af|vaek fra|hjemmefra)\b(?! (?:jorden|jordens overflade|verden|"
                           r"verdenen|livet|det hele|alt|alle|alting|denne verden|mig selv)\b)")
_ENDS = re.compile(r"\b(?:goere|gore) en ende paa$")
_LEAVES = re.compile(r"\bforsvinde$")
# "resten af (mit) liv" said of a word of danger ("liv") read by the second reader
_LIFE = re.compile(r"liv(?:et)?$")
_REST_OF = re.compile(r"\bresten af (?:mit |sit |hans |hendes |dit )?$")
# "resten af livet" is how long a change should last, not a life to end
REST_OF_LIFE = re.compile(r"\bresten af (?:mit |sit |hans |hendes )?liv(?:et)?\b")


def changing_life(clause: str, matched: str) -> bool:
    """The hit ends a bond with a habit or leaves a place, read from what follows it."""
    position = clause.find(matched)
    if position < 0:
        return False
    after = clause[position + len(matched):]
    return bool(_ENDS.search(matched) and _BOND_TO_HABIT.match(after)
                or _LEAVES.search(matched) and _FROM_A_PLACE.match(after)
                or _LIFE.match(matched) and _REST_OF.search(clause[:position]))
