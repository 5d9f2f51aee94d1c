"""Replace identifying details in a message by typed placeholders, before NLU sees it.

Finds CPR numbers (with a valid date; the modulus-11 check is not used because CPR
numbers issued since 2007 may fail it), Danish phone numbers, e-mail addresses, IPv4
and IPv6 addresses, URLs with query strings, street addresses and personal names after
phrases like "jeg hedder" or "min søn". The centre phone numbers and addresses given
in ``allowed`` survive, and so do ages, clock times and week numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import FrozenSet, Iterable, List

_DIGITS = re.compile(r"\D")
_IP_CONTEXT = re.compile(r"\b(?:ip|ip-adresse|ipadresse|ip adresse|fra)\b\W{0,3}(?:er\s)?$", re.I)

CPR = re.compile(r"(?<![\d\w+/-])(\d{2})(\d{2})(\d{2})[ -]?(\d{4})(?![\d\w])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
URL_WITH_QUERY = re.compile(r"\b(?:https?://|www\.)[^\s?#]+\?[^\s]+", re.I)
IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\d|\.\d)")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?![\w:])"
                  r"|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?", re.I)
# 8 digits: 12345678, 12 34 56 78, 1234 5678, 12-34-56-78, 12.34.56.78, 123 45 678,
# optionally with +45 / 0045 / (+45) in front.
PHONE = re.compile(
    r"(?<![\d\w])(?:(?:\+|00)\s?45[\s.-]?|\(\+?45\)\s?)?"
    r"(?:\d{8}|\d{2}([\s.-])\d{2}\1\d{2}\1\d{2}|\d{4}[\s.-]\d{4}|\d{3}\s\d{2}\s\d{3}"
    r"|\d{2}\s\d{3}\s\d{3})(?![\d\w])")
STREET_SUFFIXES = (
    "vej", "vejen", "gade", "gaden", "allé", "alle", "stræde", "straede", "vænget",
    "vaenget", "parken", "plads", "pladsen", "boulevard", "boulevarden", "torv", "torvet",
    "bakken", "høj", "hoej", "lund", "have", "haven", "sti", "stien", "park", "toften",
    "engen", "marken", "skoven", "kær", "kaer", "bjerg", "dal", "løkke", "loekke", "holm",
    "mose", "mark", "agre", "ager", "kvarter", "ringen", "svinget", "kilde", "stykket",
)
STANDALONE_STREET_WORDS = ("Allé", "Alle", "Vej", "Gade", "Plads", "Stræde", "Straede", "Torv",
                           "Park", "Vænge", "Boulevard", "Have", "Bakke")
ADDRESS = re.compile(
    r"\b(?:"
    # "Nørregade 12", "Ole Lund Kirkegaards Stræde 2F" (street word ending in a suffix)
    r"(?:[A-ZÆØÅ][\wæøåÆØÅ.-]*\s){0,3}[A-ZÆØÅa-zæøå][\wæøåÆØÅ-]*(?:"
    + "|".join(STREET_SUFFIXES) + r")"
    # "Kastanie Allé 21", "H.C. Andersens Boulevard 3" (suffix as its own word)
    r"|(?:[A-ZÆØÅ][\wæøåÆØÅ.-]*\s){1,3}(?:" + "|".join(STANDALONE_STREET_WORDS) + r")"
    r")\s+\d{1,4}\s?[A-Za-z]?\b(?:,?\s*(?:st|\d{1,2})\.?\s*(?:th|tv|mf|sal)?\b\.?)?"
    r"(?:,?\s*\d{4}\s+[A-ZÆØÅ][\wæøåÆØÅ]+(?:\s[A-ZÆØÅ][\wæøåÆØÅ]*)?)?",
    re.UNICODE)
NAME_TRIGGERS = (
    r"jeg hedder", r"jeg hed", r"mit navn er", r"mit navn", r"navnet er", r"hedder",
    r"jeg er", r"det er", r"her er", r"skriver", r"navn:",
    r"min (?:søn|soen|datter|mand|kone|kæreste|kaereste|ven|veninde|mor|far|bror|"
    r"søster|soester|lillebror|lillesøster|lillesoester|storebror|storesøster|"
    r"storesoester|onkel|moster|faster|morfar|farfar|mormor|farmor|partner|kollega|"
    r"nabo|elev|klassekammerat|stedfar|stedmor|eks|ekskæreste|chef)",
    r"mit (?:barn|barnebarn)",
)
NAME_WORD = r"[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?"
_NAME_AFTER_TRIGGER = re.compile(
    r"\b(?P<trigger>" + "|".join(NAME_TRIGGERS) + r")[,:]?\s+"
    r"(?P<name>[\wæøåÆØÅé-]+(?:\s+" + NAME_WORD + r"){0,2})", re.IGNORECASE)
_NOT_NAMES = frozenset("""
    en et ikke bare lige meget så saa også ogsaa godt rigtig helt nok snart kun selv der
    den det de jeg du han hun vi i mig dig ham hende os jer dem sin sit sine min mit mine
    din dit dine har er var blev bliver kan vil skal må maa og eller men for fra til med
    på paa af om ved hos efter før foer under over nu her hvor hvad hvem hvordan hvornår
    hvornaar hvorfor mor far søn soen datter mand kone bror søster soester ven veninde
    bekymret bange træt traet ked glad sur fuld skæv skaev afhængig afhaengig gravid
    misbruger alkoholiker år aar gammel ung voksen pige dreng kvinde teenager studerende
    elev mor far forælder foraelder pårørende paaroerende lærer laerer ansat ude inde
""".split())
PLACEHOLDERS = {"cpr": "[CPR]", "phone": "[TLF]", "email": "[EMAIL]", "ip": "[IP]",
                "url": "[URL]", "address": "[ADRESSE]", "name": "[NAVN]"}


def _load_first_names() -> FrozenSet[str]:
    path = Path(__file__).resolve().parent / "data" / "first_names.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


FIRST_NAMES = _load_first_names()


def _valid_cpr_date(day: str, month: str) -> bool:
    d, m = int(day), int(month)
    days_in_month = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return 1 <= m <= 12 and 1 <= d <= days_in_month[m - 1]


@dataclass
class Redaction:
    """The redacted text and which kinds of detail were removed."""

    text: str
    kinds: List[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.kinds)


@dataclass(frozen=True)
class Redactor:
    """Redacts messages; ``allowed_phones``/``allowed_streets`` are the centres' own."""

    allowed_phones: FrozenSet[str] = frozenset()
    allowed_streets: FrozenSet[str] = frozenset()

    def redact(self, text: str) -> Redaction:
        kinds: List[str] = []

        def sub(pattern: re.Pattern, kind: str, text: str, keep=None) -> str:
            def replace(match: re.Match) -> str:
                if keep is not None and keep(match):
                    return match.group(0)
                kinds.append(kind)
                return PLACEHOLDERS[kind]
            return pattern.sub(replace, text)

        text = sub(URL_WITH_QUERY, "url", text)
        text = sub(EMAIL, "email", text)
        text = sub(CPR, "cpr", text, keep=lambda m: not _valid_cpr_date(m.group(1), m.group(2)))
        # phone before IP: "12.34.56.78" is a Danish phone number, not an address
        text = sub(PHONE, "phone", text, keep=self._keep_phone)
        text = sub(IPV4, "ip", text)
        text = sub(IPV6, "ip", text, keep=lambda m: not re.search(r"\d", m.group(0))
                   or len(m.group(0)) < 6)
        text = sub(ADDRESS, "address", text, keep=self._is_centre_address)
        text = self._redact_names(text, kinds)
        return Redaction(text=text, kinds=kinds)

    def _keep_phone(self, match: re.Match) -> bool:
        """Keep the centres' own numbers; leave "ip: 12.34.56.78" to the IP pattern."""
        if _DIGITS.sub("", match.group(0))[-8:] in self.allowed_phones:
            return True
        dotted = match.group(0).count(".") == 3
        return dotted and _IP_CONTEXT.search(match.string[:match.start()]) is not None

    def _is_centre_address(self, match: re.Match) -> bool:
        found = match.group(0).lower()
        return any(street in found for street in self.allowed_streets)

    def _redact_names(self, text: str, kinds: List[str]) -> str:
        def replace(match: re.Match) -> str:
            words = match.group("name").split()
            first = words[0]
            is_known = first.lower() in FIRST_NAMES
            trigger = match.group("trigger").lower()
            strong_trigger = not trigger.startswith(("jeg er", "det er", "her er", "skriver",
                                                     "hedder"))
            capitalised = first[:1].isupper()
            if first.lower() in _NOT_NAMES or first.startswith("["):
                return match.group(0)
            if not (is_known or (strong_trigger and capitalised)
                    or (trigger in ("jeg hedder", "mit navn er", "navnet er", "navn:", "hedder")
                        and first.isalpha())):
                return match.group(0)
            # keep following lower-case words: only capitalised surnames are part of the name
            name_words = [first] + [w for w in words[1:] if w[:1].isupper()
                                    and w.lower() not in _NOT_NAMES]
            kinds.append("name")
            rest = match.group("name")[len(" ".join(name_words)):] if match.group(
                "name").startswith(" ".join(name_words)) else ""
            prefix = match.group(0)[:match.start("name") - match.start(0)]
            return f"{prefix}{PLACEHOLDERS['name']}{rest}"

        return _NAME_AFTER_TRIGGER.sub(replace, text)


def redactor_for(phones: Iterable[str], streets: Iterable[str]) -> Redactor:
    """A redactor that keeps the given centre phone numbers and street addresses."""
    return Redactor(
        allowed_phones=frozenset(_DIGITS.sub("", p)[-8:] for p in phones),
        allowed_streets=frozenset(s.lower() for s in streets if s),
    )
