"""Replace identifying details in a message by typed placeholders, before anything reads it.

The privacy text promises that names, CPR numbers, phone numbers, e-mail and street
addresses are removed before a message is read or stored. This module keeps that
promise for the shapes people actually write:

- **Numbers** are read as runs of digits, whatever separates them: ``20456789``,
  ``2045 6789``, ``20.45.67.89``, ``20/45/67/89``, ``2 0 4 5 6 7 8 9``, with ``+45``,
  ``0045`` or ``(+45)`` in front (phone numbers), and ``120398-1234`` in any grouping
  with a valid date (CPR; the modulus-11 check is not used because CPR numbers issued
  since 2007 may fail it). Ages, clock times, dates, years, prices, week numbers,
  postcodes next to a town and the centres' own numbers survive.
- **E-mail addresses**, also written as ``navn at gmail dot com``, ``navn(at)hotmail.dk``,
  ``navn [at] live punktum dk`` or ``navn snabel-a ...``.
- **Names** anywhere in a message, from shipped lists of first names and surnames common
  in Denmark (``core/data/``, built by ``scripts/build_name_lists.py``), with capitals
  and position as cues: names that are also ordinary words ("Bent", "Dag", "Per") and
  capitalised words that are in no list are removed only when the context says name
  ("med Per", "Dag drikker", "min søn Xander", "Mikkels mor").
- Schools and school classes, workplaces, licence plates, profiles and handles on social
  media, IP addresses, links with a query string and street addresses.

The package: ``lexicon`` (word lists, what is a word), ``tokens`` and ``positions`` (words
and the cues around them), ``names``, ``numbers`` (phone, CPR, IP, plates), ``online``
(e-mail, links, handles), ``places`` (addresses), ``schools``, ``workplaces``, ``marks`` (the
result and the note). This module wires them into :class:`Redactor`.

Everything works on :func:`core.language.normalize.clean` of the message, so full-width
letters, invisible characters and Unicode dashes change nothing; the redacted text is
that cleaned text with placeholders. Nothing here imports Rasa.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import FrozenSet, Iterable

from core.language.normalize import clean
from core.redaction.keep_phrases import kept_phrases
from core.redaction.lexicon import Lexicon, fold_word, lexicon, word_in
from core.redaction.marks import (
    KIND_WORDS,
    PLACEHOLDER_TEXT,
    PLACEHOLDERS,
    Marks,
    Redaction,
    describe_kinds,
    hint,
    redaction_note,
)
from core.redaction.names import Names
from core.redaction.numbers import _DIGIT, find_ips, find_numbers, find_plates
from core.redaction.online import (
    _BARE_AT_HINT,
    _DOMAIN,
    _EMAIL_HINTS,
    _HANDLE_HINTS,
    _IG_HINT,
    find_emails,
    find_glued_handles,
    find_handles,
    find_urls,
)
from core.redaction.places import find_addresses
from core.redaction.schools import _SCHOOL_HINTS, find_schools
from core.redaction.workplaces import find_workplaces, workplace_hint

_ADDRESS_HINTS = ("bor ", "boede", "adresse", "flytte")
_HANDLE_CUES = ("skriv", "dm", "profil", "konto", "account", "bruger", "følg", "poster")

__all__ = ["HELPLINES", "KIND_WORDS", "PLACEHOLDERS", "Lexicon", "Redaction", "Redactor",
           "describe_kinds", "fold_word", "lexicon", "redact", "redaction_note",
           "redactor_for", "word_in"]


@dataclass(frozen=True)
class Redactor:
    """Redacts messages; ``allowed_*`` are the centres' own phone numbers, streets and
    mail addresses, which survive."""

    allowed_phones: FrozenSet[str] = frozenset()
    allowed_streets: FrozenSet[str] = frozenset()
    allowed_emails: FrozenSet[str] = frozenset()

    def redact(self, text: str) -> Redaction:
        lex = lexicon()
        marks = Marks(clean(text))
        t = marks.text
        low = t.lower()
        digits = _DIGIT.search(t) is not None
        # Each detector runs only when its cheap hint is there: redaction must stay cheap.
        self._keep_known(marks, low)
        if "/" in t or "?" in t or "www" in low:
            find_urls(marks)
        if "@" in t or hint(low, _EMAIL_HINTS) or _BARE_AT_HINT.search(low):
            find_emails(marks, lex, self.allowed_emails)
        if "@" in t or "_" in t or hint(low, _HANDLE_HINTS) or _IG_HINT.search(low) \
                or hint(low, _HANDLE_CUES):
            find_handles(marks, lex)
        elif digits:
            find_glued_handles(marks, lex)
        if "." in t:
            for match in _DOMAIN.finditer(t):  # "borger.dk", "www.vejle.dk/...": not names
                marks.add(match.start(), match.end(), None)
        if digits:
            find_ips(marks)
        if digits or hint(low, _ADDRESS_HINTS):
            find_addresses(marks, lex)
        if digits:
            find_plates(marks)
        if digits or hint(low, _SCHOOL_HINTS):
            find_schools(marks, lex, low)
        if workplace_hint(t, low):
            find_workplaces(marks, lex)
        if digits:
            find_numbers(marks, self.allowed_phones | lex.knowledge_phones | HELPLINES)
        Names(marks, lex).run()
        return marks.render()

    # -- things that must survive
    def _keep_known(self, marks: Marks, lower: str) -> None:
        text = marks.text
        if "[" in text:
            for match in PLACEHOLDER_TEXT.finditer(text):
                marks.add(match.start(), match.end(), None)
        for start, end in kept_phrases(text):  # "Captain Morgan", "Skanderborg Sø", "tager Molly"
            marks.add(start, end, None)
        for street in self.allowed_streets | lexicon().knowledge_streets:
            # the centre's own address, and its street name alone ("Ole Lund Kirkegaards
            # Stræde"), but not another number in the same street
            name = re.sub(r"\s+\d.*$", "", street)
            for needle, numbered in ((street, True), (name, False)):
                if len(needle) < 4 or needle not in lower:
                    continue
                for match in re.finditer(re.escape(needle), lower):
                    end = match.end()
                    if re.match(r"\w" if numbered else r"\s*\d|\w", text[end:]):
                        continue
                    tail = re.match(r",?\s*\d{4}\s+[A-ZÆØÅ][\wæøå]+", text[end:])
                    marks.add(match.start(), end + (tail.end() if tail else 0), None)


# National helplines people are told to call; they identify no one.
HELPLINES = frozenset(("80200500", "70201201"))  # Alkolinjen, Livslinien


def redactor_for(phones: Iterable[str], streets: Iterable[str],
                 emails: Iterable[str] = ()) -> Redactor:
    """A redactor that keeps the given centre phone numbers, streets and mail addresses.

    Loads the word lists now (about a third of a second), not at the first message."""
    lexicon()
    return Redactor(
        allowed_phones=frozenset(re.sub(r"\D", "", p)[-8:] for p in phones if p),
        allowed_streets=frozenset(s.lower() for s in streets if s),
        allowed_emails=frozenset(e.lower() for e in emails if e),
    )


def redact(text: str) -> Redaction:
    """Redact with only the knowledge base's own contacts allowed."""
    return _default().redact(text)


@lru_cache(maxsize=1)
def _default() -> Redactor:
    return Redactor()
