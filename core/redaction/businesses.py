"""Chains and small businesses wherever they stand with their branch or their name: "i Lidl
på Nørretoftevej", "børnehaven Egebo", "vognmand Nielsen", "Jyllinge Bowling"."""

from __future__ import annotations

import re

from core.redaction.cues import CONSUME_VERBS, FUNCTION_WORDS, SUBJECT_VERBS
from core.redaction.lexicon import STOP, Lexicon, fold_word
from core.redaction.marks import Marks, hint
from core.redaction.tokens import sentence_start
from core.redaction.towns import TOWN_PREFIXES, TOWNS, TOWNS_PLAIN, not_a_place, plain, town_like
from core.redaction.workplace_location import with_location
from core.redaction.workplace_words import (
    _CHAIN_WORDS,
    _CHAINS,
    _GENERIC,
    _JOB_WORDS,
    _PUBLIC_AFTER,
    _TYPE_AFTER,
    _TYPE_BEFORE,
)

_PREPOSITION_BEFORE = re.compile(r"\b(?:i|på|paa|hos|fra|ved|til|at|in|for)[ \t]+$", re.I)


def find_chains(marks: Marks, lex: Lexicon) -> None:
    """"i Lidl på Nørretoftevej", "fra Matas i Anholt", "kan elgiganten i bolderslev nord":
    a chain with its branch is a workplace; the chain alone stays."""
    text = marks.text
    for match in _CHAINS.finditer(text):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "-'"):
            continue
        name = match.group(0)
        plain_word = fold_word(name.split()[0].rstrip("'s")) in _CHAIN_WORDS and " " not in name
        before = _PREPOSITION_BEFORE.search(text, max(0, start - 8), start) is not None
        branch = plain_word and not (name[:1].isupper() or before) and _branch_town(
            text, match.end(), lex)
        if plain_word and not (name[:1].isupper() or before or branch):
            continue  # "fakta om alkohol", "max 2 øl"
        end = with_location(text, match.end(), lex, bare=True)
        if end > match.end():
            marks.widen(start, end, "workplace")
        elif any(ch.isdigit() for ch in name):
            marks.add(start, end, None)  # "Rema 1000 sælger øl": the shop, never a person


_BRANCH = re.compile(r"[ \t]+(?:(?:i|på)[ \t]+)?([^\W\d_][\w'’-]*)", re.I)


def _branch_town(text: str, end: int, lex: Lexicon) -> bool:
    """A chain in lower case that is also a word ("power", "spar") is a workplace when a
    town of the list or a word of no dictionary follows it ("spar tornby", "power i
    nibe"), not when a word does ("spar penge", "max tre", "normal dosis")."""
    found = _BRANCH.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    key = fold_word(word)
    if not word.islower() or not_a_place(key):
        return False
    return key in TOWNS or plain(key) in TOWNS_PLAIN or (
        len(key) >= 4 and not lex.is_known(key) and key not in lex.english)


# Someone from a public place, or home from it, works there: "Jens fra Tarm Sygehus",
# "kommer hjem fra Tarm Sygehus"; not "en henvisning fra Tarm Sygehus".
FROM_PUBLIC = re.compile(
    r"(?:\b(?-i:[A-ZÆØÅ])[\wæøå'’-]+|\bhjem)[ \t]+fra[ \t]+[^\W\d_][\w'’-]*"
    + _PUBLIC_AFTER.pattern, re.I)


def _small_town(word: str, lex: Lexicon) -> bool:
    """A word in lower case before a public place in a message about work that is no base
    word of the dictionary: a village ("vils sygehus"), not "det lokale sygehus"."""
    key = fold_word(word)
    return (word.islower() and len(key) >= 3 and key not in lex.words and key not in _GENERIC
            and key not in lex.english and not not_a_place(key))


_NAME_GAP = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_JOINED = re.compile(r"[ \t]*(?:&|og|and|\+)[ \t]*(?:søn|sønner|co\.?|datter|døtre)\b", re.I)


def _business_name(word: str, lex: Lexicon, sentence_start: bool = False) -> bool:
    """A word that names a business: a capital, a surname or first name, a town, or a
    word in no dictionary ("Padborg", "nielsen", "Iversens", "egebo")."""
    bare = word.rstrip("'’")
    key = fold_word(bare)
    if len(key) < 2 or key in _GENERIC or key in STOP or key in FUNCTION_WORDS \
            or key in SUBJECT_VERBS or key in CONSUME_VERBS:
        return False
    stem = key[:-1] if key.endswith("s") and len(key) > 3 else key
    if key in lex.allow and bare.islower():
        return key in TOWNS  # "friday bar"; but "ærø hotel"
    if key in lex.first or key in lex.last or stem in lex.last:
        return True
    if bare[:1].isupper() and not sentence_start and not bare.isupper():
        return True
    if key.endswith("'s") or key in lex.english:
        return False  # "people's service", "friday bar"
    return town_like(bare, lex) and not lex.is_known(key) or key in TOWNS


def _institution_name(kind: str, word: str, lex: Lexicon) -> bool:
    """"vuggestuen ahorntuen", "plejehjemmet solbakken": after an institution in the
    definite form, a compound that is no base word and no verb is its name."""
    key = fold_word(word)
    return (kind.strip().lower().endswith(("en", "et")) and word.islower() and len(key) >= 5
            and key not in lex.words and key not in lex.english and key not in STOP
            and key not in FUNCTION_WORDS and key not in SUBJECT_VERBS
            and key not in CONSUME_VERBS and not key.endswith(("er", "ede", "te", "es", "ne")))


def find_businesses(marks: Marks, lex: Lexicon) -> None:
    text = marks.text
    for match in _TYPE_BEFORE.finditer(text):
        end = match.end()
        words = 0
        while words < 2:
            word = _NAME_GAP.match(text, end - 1) if text[end - 1:end].isspace() else None
            if word is None or not (_business_name(word.group(1), lex) or (
                    words == 0 and _institution_name(match.group(0), word.group(1), lex))):
                break
            end = word.start(1) + len(word.group(1).rstrip("'’"))
            words += 1
            joined = _JOINED.match(text, end)
            if joined:
                end = joined.end()  # "malerfirma Jacobsen & Søn"
                break
            end += 1
        if words:
            end = end if not text[end - 1:end].isspace() else end - 1
            marks.widen(match.start(), with_location(text, end, lex, bare=True), "workplace")
    after = [_TYPE_AFTER]
    if hint(text.lower(), _JOB_WORDS) or FROM_PUBLIC.search(text):
        after.append(_PUBLIC_AFTER)
    for match in (m for pattern in after for m in pattern.finditer(text)):
        public = match.re is _PUBLIC_AFTER
        start = match.start()
        words = 0
        while words < 2:
            word = re.search(r"(?:^|[ \t(\"'])([^\W\d_][\w'’-]*)$", text[max(0, start - 30):start])
            if word is None:
                break
            first = start - len(word.group(1))
            if not (_business_name(word.group(1), lex, sentence_start(text, first))
                    or public and words == 0 and _small_town(word.group(1), lex)):
                break
            start = first - 1 if first > 0 and text[first - 1] in " \t" else first
            words += 1
        if words:
            while text[start].isspace():
                start += 1
            prefix = re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 12):start])
            if prefix and fold_word(prefix.group(1)) in TOWN_PREFIXES:
                start -= len(prefix.group(0))  # "kirke såby bowling"
            marks.widen(start, with_location(text, match.end(), lex), "workplace")
