"""The street-address pattern, without word lists.

:mod:`core.redaction.places` finds addresses in messages with it, and
:mod:`core.redaction.lexicon` reads the centres' own streets out of ``knowledge/`` with it;
it lives here so that neither of those two modules needs the other.
"""

from __future__ import annotations

import re

STREET_SUFFIXES = (
    "vej", "vejen", "gade", "gaden", "allé", "alle", "stræde", "straede", "strade", "vænget",
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
# Words after a number that make it a quantity, not a house number ("3 år", "2 øl")
UNITS = (r"(?:år|årig|årige|uge|uger|dag|dage|døgn|gang|gange|time|timer|minutter|måned"
         r"|måneder|mdr|kr|kroner|procent|%|øl|genstande|km|kg|mg|ml|cl|stk|samtaler|personer"
         r"|børn|unge|voksne|pladser|mennesker|cigaretter|joints?)")
# " 14", " nr. 3", " 12-14", " 4B", " 4 C": not a time, a decimal or "3 år"
HOUSE_NUMBER = (r"(?:\s+nr\.?)?\s+\d{1,4}(?:\s?-\s?\d{1,4})?(?!\d)"
                r"(?![.:]\d|,\d(?!\.?\s?(?i:th|tv|mf|sal)\b)|\s?-\s?\d)"
                r"(?!\s*" + UNITS + r"\b)(?:[A-Za-z]|\s[A-H])?\b")
# "2. tv", "st. th.", "3. mf", "1.sal", "kl.", "2 th", "3. 12" (floor and door)
_FLOOR = (r"(?i:,?\s*(?:\d{1,2}\.\s?\d{1,3}(?!\d|[.:,]\d|\s*" + UNITS + r"\b)"
          r"|(?:st|kl|kld)\s?\.?\s*(?:th|tv|mf|sal)?|\d{1,2}\s?\.(?:\s*(?:th|tv|mf|sal)|(?!\s?\d))"
          r"|\d{1,2}\s*(?:th|tv|mf|sal)|th|tv|mf)\b\.?"
          r"(?:\s*(?:th|tv|mf)\b\.?)?)?")
# ", 6368 Jyderup", "\n8000 aarhus c", "DK-7100 Vejle"
_POSTCODE_TOWN = (r"(?:,?\s*(?:DK-?)?\d{4}\s+(?!" + UNITS + r"\b)[A-ZÆØÅa-zæøå][\wæøåÆØÅ-]+"
                  r"(?:\s(?:(?i:[ckvø]|nv|sv|nø|sø|n|s)|[A-ZÆØÅ][\wæøåÆØÅ]+)\b)?)?")
ADDRESS_TAIL = HOUSE_NUMBER + _FLOOR + _POSTCODE_TOWN
ADDRESS = re.compile(
    r"\b(?:"
    r"(?:[A-ZÆØÅ][\wæøåÆØÅ.-]*\s){0,3}[A-ZÆØÅa-zæøå][\wæøåÆØÅ-]*(?i:"
    + "|".join(STREET_SUFFIXES) + r")"
    r"|(?:[A-ZÆØÅ][\wæøåÆØÅ.-]*\s){1,3}(?i:" + "|".join(STANDALONE_STREET_WORDS) + r")"
    r"|(?:[A-ZÆØÅa-zæøå][\wæøå.-]*\s){1,2}(?:allé|alle|vej|gade|stræde|straede|boulevard"
    r"|vænget|vænge|torv)"
    r")" + ADDRESS_TAIL, re.UNICODE)
