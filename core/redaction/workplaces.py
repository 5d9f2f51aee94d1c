"""Workplaces: the whole name after a word of work ("arbejder i Netto på Vestergade",
"ansat hos Joe & The Juice", "job i Rema 1000 i Kolding", "kollega i Føtex",
"arbejdssted: skovbo hotel"), names with a company form ("Toft & Søn ApS"), and small
businesses named by a place and a kind of business ("vejle svømmehal", "fra Skovbo Hotel")."""

from __future__ import annotations

import re
from typing import List, Optional

from core.redaction.businesses import FROM_PUBLIC, find_businesses, find_chains
from core.redaction.cues import CONSUME_VERBS, FUNCTION_WORDS, SUBJECT_VERBS
from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.marks import Marks, hint
from core.redaction.workplace_location import with_location
from core.redaction.workplace_words import (
    _BUSINESS,
    _CHAINS,
    _COMPANY_HINTS,
    _EMPLOYERS,
    _EMPLOYMENT,
    _GENERIC,
    _JOB_CUES,
    _PUBLIC,
    _TYPE_AFTER,
    _TYPE_BEFORE,
    _WORK_HINTS,
    _WORK_WORDS,
)

__all__ = ["COMPANY_WITH_FORM", "_EMPLOYERS", "find_workplaces", "workplace_hint"]

_WORK_TRIGGER = re.compile(
    r"\b(?:" + _WORK_WORDS + r"|" + _EMPLOYMENT + r")\s+(?:i|på|paa|hos|ved|for|fra|inde\s+i"
    r"|ude\s+på|ude\s+hos|nede\s+i|nede\s+på|oppe\s+i)\s+"
    r"|\b(?:arbejdsgiver|arbejdsplads|arbejdssted|firma|firmaet|job|jobbet|mester|workplace"
    r"|employer|arbejde|arbejdet)(?:en|et)?\s*(?:er|hedder|:|=|-)\s*(?:i\s+|på\s+|hos\s+)?"
    r"|\b(?:work|works|worked|working|job|employed)\s+(?:at|in|for|by)\s+"
    r"|\bfra\s+(?=[\wæøåÆØÅ'’-]+\s+(?:" + _BUSINESS + r")\b|(?:Hotel|Restaurant|Café|Kro)\s)",
    re.I)
# "arbejder på lageret hos Bilka": the employer further on.
_WORK_TRIGGER_LATER = re.compile(
    r"\b(?:arbejder|arbejdede|arbejdet|ansat|job|jobber|jobbet|praktik|lærling|elev|" + _WORK_WORDS
    + r"|" + _EMPLOYMENT + r")\b[^.!?,\n]{1,30}?\s(?:hos|ved|i|på|for)\s+", re.I)
_COMPANY_FORMS = (r"(?:ApS|A/S|I/S|IVS|K/S|P/S|A\.m\.b\.a\.?|AMBA|amba|Ltd\.?|GmbH|AB|AS|HB|BA"
                  r"|LLC|Inc\.?|PLC|AG|e\.V\.|(?i:aps|a/s|i/s|ivs))")
_COMPANY_TOKEN = r"(?:[A-ZÆØÅ0-9][\w'’&+.-]*[\w'’]|[A-ZÆØÅ0-9]|&)"
COMPANY_WITH_FORM = re.compile(
    rf"(?<![\w])(?:{_COMPANY_TOKEN}(?:\s+og|\s+and|,)?\s+){{1,5}}{_COMPANY_FORMS}(?![\w/])"
    rf"|(?<![\w])(?:[\wæøå'’-]+\s+(?:&\s+[\wæøå'’-]+\s+)?){{1,2}}(?i:a/s|aps|i/s|ivs)(?![\w/])")

_SPAN_WORD = re.compile(r"\s*(?:&|\+|og\s|and\s|,\s)?\s*([\wæøåÆØÅ'’.-]+)")


def find_workplaces(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in COMPANY_WITH_FORM.finditer(text):
        start = match.start()
        words = match.group(0).split()
        while words and fold_word(words[0]) in STOP | FUNCTION_WORDS:
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
            while text[start].isspace():
                start += 1
        if len(words) > 1:
            marks.add(start, with_location(text, match.end(), lex), "workplace")
    for pattern in (_WORK_TRIGGER, _WORK_TRIGGER_LATER):
        for trigger in pattern.finditer(text):
            end = _company_end(text, trigger.end(), lex)
            if end is not None:
                marks.add(trigger.end(), with_location(text, end, lex, bare=True), "workplace")
    # chains and kinds of business widen what a trigger found: they know where the name
    # ends ("malerfirma hansen & søn", "nilsson transport")
    find_chains(marks, lex)
    find_businesses(marks, lex)


def _kind_of_place(found: str, words: List[str], lex: Lexicon) -> bool:
    """One lower-case word that is a kind of business or a Danish word ("vuggestue",
    "udskolingen", "bornehave"): it names no workplace; a chain or a name does."""
    words = [w for w in words if w]
    if len(words) != 1 or not found.islower() or words[0] in _EMPLOYERS or words[0] in lex.first \
            or words[0] in lex.last:
        return False
    key = words[0]
    return re.fullmatch(_BUSINESS, found.strip(), re.I) is not None or lex.is_known(key) \
        or lex.compound(key) or lex.written_plain(key)


def _namelike(word: str, key: str, lex: Lexicon) -> bool:
    """A word of a business's name: capitalised, a place, a digit, or no ordinary word."""
    return (word[:1].isupper() or word[:1].isdigit() or key in lex.allow or key in _EMPLOYERS
            or not lex.is_known(key, strict=True))


def _company_end(text: str, pos: int, lex: Lexicon) -> Optional[int]:
    """Where the company's name that starts at ``pos`` ends, or ``None`` for "en tømrer",
    "kommunen", "Mette Hansen" (a person, left to the names)."""
    quote = text[pos:pos + 1] in "\"'«“”"
    if quote:
        pos += 1  # 'chauffør hos "Dansk Transport Center"'
    chain = _CHAINS.match(text, pos)
    words: List[str] = [fold_word(chain.group(0))] if chain else []
    end = chain.end() if chain else pos
    while len(words) < 5:
        match = _SPAN_WORD.match(text, end)
        if match is None:
            break
        word = match.group(1).rstrip(".,")
        key = fold_word(word)
        joiner = text[end:match.start(1)].strip()
        business = re.fullmatch(_BUSINESS, word, re.I) is not None
        after_and = bool(words) and joiner in ("&", "+")
        nxt = _SPAN_WORD.match(text, match.start(1) + len(word))
        next_word = nxt.group(1) if nxt else ""
        if words and key in ("the", "of", "de", "la", "af", "du", "le") and next_word[:1].isupper():
            words.append(key)  # "Hotel Kongen af Danmark", "Joe & The Juice"
            end = match.start(1) + len(word)
            continue
        if not after_and and (key in STOP and key not in _EMPLOYERS or key in FUNCTION_WORDS
                              or key in SUBJECT_VERBS or key in CONSUME_VERBS):
            break
        if words and joiner in ("og", "and", ",") and not word[:1].isupper():
            break
        if not words and key.isdigit():
            return None  # "arbejdet i 3 år"
        if not words and key in lex.allow and key not in _EMPLOYERS:
            follow = fold_word(next_word)
            if not (re.fullmatch(_BUSINESS, next_word, re.I) or next_word[:1].isupper()
                    and follow not in _GENERIC and follow not in STOP | FUNCTION_WORDS
                    and follow not in _PUBLIC):
                return None  # "arbejder i Kolding", "ved Vejle Kommune"; not "Vejle Svømmehal"
        if not words and key in _GENERIC:
            if not ((next_word[:1].isupper() or "'" in next_word[:3])
                    and fold_word(next_word) not in STOP | FUNCTION_WORDS):
                return None  # "i kommunen", but "på Plejehjemmet Solgården"
        elif not (_namelike(word, key, lex) or business or after_and or (
                words and (key in ("the", "of", "de", "la", "af") or word.endswith(("'s", "’s"))))
                or (not words and re.fullmatch(_BUSINESS, next_word, re.I)
                    and key not in _GENERIC)):
            break
        words.append(key)
        end = match.start(1) + len(word)
    if not words:
        return None
    if quote and text[end:end + 1] in "\"'»“”":
        end += 1
    if _kind_of_place(text[pos:end], words, lex):
        return None  # "pædagog i vuggestue", "skolevejleder i udskolingen": no name
    names = [w for w in words if re.fullmatch(r"[^\W\d_]+", w)]
    if (len(words) <= 2 and names == words and all(w in lex.first or w in lex.last for w in words)
            and words[0] not in _EMPLOYERS and text[pos:end][:1].isupper()):
        return None  # "hos Mette Hansen": a person
    return end


def workplace_hint(text: str, low: str) -> bool:
    """Cheap test whether :func:`find_workplaces` can find anything."""
    return (hint(low, _WORK_HINTS) or hint(text, _COMPANY_HINTS) or hint(low, _JOB_CUES)
            or _CHAINS.search(text) is not None or _TYPE_BEFORE.search(text) is not None
            or _TYPE_AFTER.search(text) is not None or FROM_PUBLIC.search(text) is not None)
