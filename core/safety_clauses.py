"""Clauses and sentences of a normalised message: where the safety patterns and guards read."""

from __future__ import annotations

import re
from typing import List, Tuple

# An ordinal ("i 8. klasse", "10. sal") ends no clause
_ORDINAL_DOT = (r"(?:(?<!\d)\.|\.(?! ?(?:klasse\w*|sal|g|aargang|semester|januar|februar|marts|april|maj|juni|juli|"
                r"august|september|oktober|november|december)\b))")
# a numbered item ("1) hvor mange ...") starts a clause of its own
_CLAUSE_SPLIT = re.compile(r"(?:[!?;:\n]|" + _ORDINAL_DOT + r"|\.(?=\.))+|,\s|\s(?:men|but)\s|(?:^|\s)\d{1,2}\)\s|"
                           r"\s(?:og|and)\s(?=(?:nu|now)\b)")


def clauses(normalised: str) -> List[str]:
    return [c.strip() for c in _CLAUSE_SPLIT.split(normalised) if c and c.strip()]

_SENTENCE_SPLIT = re.compile(r"(?:[!?;\n]|" + _ORDINAL_DOT + r"|\.(?=\.))+")


def _clause_before(whole: str, clause: str) -> str:
    """The clause before this one in its sentence, or ''."""
    parts = clauses(_sentence_of(whole, clause))
    for i, part in enumerate(parts):
        if part == clause or clause in part:
            return parts[i - 1] if i > 0 else ""
    return ""


def _clause_and_after(whole: str, clause: str, after: int = 40) -> str:
    """The clause and the start of what follows it in its sentence: a hyperbole's condition
    often stands after a comma ("chefen slår mig ihjel, hvis jeg kommer for sent")."""
    position = whole.find(clause)
    if position < 0:
        return clause
    rest = _SENTENCE_SPLIT.split(whole[position + len(clause):], maxsplit=1)[0]
    return clause + rest[:after]


def _sentence_of(whole: str, clause: str) -> str:
    """The sentence (split at . ! ? ; and line breaks only) that holds the clause."""
    for sentence in _SENTENCE_SPLIT.split(whole):
        if clause and clause in sentence:
            return sentence
    return clause


def _clause_at(normalised: str, position: int) -> Tuple[str, int]:
    """The clause holding ``position`` and the position within it."""
    begin, end = 0, len(normalised)
    for boundary in _CLAUSE_SPLIT.finditer(normalised):
        if boundary.start() > position:
            end = boundary.start()
            break
        begin = boundary.end()
    while begin < position and normalised[begin] == " ":
        begin += 1
    return normalised[begin:end], position - begin
