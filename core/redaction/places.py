"""Street addresses."""

from __future__ import annotations

import re

from core.redaction.marks import Marks

STREET_SUFFIXES = (
    "vej", "vejen", "gade", "gaden", "allé", "alle", "stræde", "straede", "vænget",
    "vaenget", "parken", "plads", "pladsen", "boulevard", "boulevarden", "torv", "torvet",
    "bakken", "høj", "hoej", "lund", "have", "haven", "sti", "stien", "park", "toften",
    "engen", "marken", "skoven", "kær", "kaer", "bjerg", "dal", "løkke", "loekke", "holm",
    "mose", "mark", "kvarter", "ringen", "svinget", "kilde", "stykket",
    "vænge", "vaenge", "bakke", "gyde", "vang", "vangen", "bro", "broen", "gård", "gården",
    "gaard", "gaarden", "mølle", "møllen", "enge", "lunden", "dalen", "høje", "højen",
    "strand", "stranden", "toft", "krogen", "banke", "hegnet", "sletten", "haven",
)
STANDALONE_STREET_WORDS = ("Allé", "Alle", "Vej", "Gade", "Plads", "Stræde", "Straede", "Torv",
                           "Park", "Vænge", "Boulevard", "Have", "Bakke", "Høj", "Toft", "Mark",
                           "Eng", "Vang", "Sti", "Kvarter", "Hegn", "Bakken", "Gyde", "Krog",
                           "Løkke", "Parken", "Haven", "Vænget", "Stien", "Vejen", "Gaden")
UNITS = (r"(?:år|årig|årige|uge|uger|dag|dage|døgn|gang|gange|time|timer|minutter|måned"
          r"|måneder|mdr|kr|kroner|procent|%|øl|genstande|km|kg|mg|ml|cl|stk|samtaler|personer"
          r"|børn|unge|voksne|pladser|mennesker|cigaretter|joints?)")
ADDRESS = re.compile(
    r"\b(?:"
    r"(?:[A-ZÆØÅ][\wæøåÆØÅ.-]*\s){0,3}[A-ZÆØÅa-zæøå][\wæøåÆØÅ-]*(?:"
    + "|".join(STREET_SUFFIXES) + r")"
    r"|(?:[A-ZÆØÅ][\wæøåÆØÅ.-]*\s){1,3}(?:" + "|".join(STANDALONE_STREET_WORDS) + r")"
    r")(?:\s+nr\.?)?\s+\d{1,4}(?:\s?-\s?\d{1,4})?(?!\d)"
    r"(?![.,:]\d|\s?-\s?\d)(?!\s*" + UNITS + r"\b)\s?[A-Za-z]?\b"
    r"(?:,?\s*(?:st|\d{1,2})\.?\s*(?:th|tv|mf|sal)?\b\.?)?"
    r"(?:,?\s*\d{4}\s+[A-ZÆØÅ][\wæøåÆØÅ]+(?:\s[A-ZÆØÅ][\wæøåÆØÅ]*)?)?",
    re.UNICODE)
_NOT_STREETS = frozenset(("danmark", "sverige", "grønland", "finland", "holland", "island",
                          "england", "irland", "skotland", "marken", "parken", "haven",
                          "skoven", "engen", "lund", "have", "dal", "mark", "holm", "park"))

def find_addresses(marks: Marks) -> None:
    text = marks.text
    for match in ADDRESS.finditer(text):
        street = re.match(r"[^\d]+", match.group(0))
        street_words = street.group(0).strip().lower().split() if street else []
        if street_words and street_words[-1] in _NOT_STREETS and len(street_words) == 1:
            continue
        marks.add(match.start(), match.end(), "address")

