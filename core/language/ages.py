"""The one reader of ages in Danish messages, and the age limits that are not per offer.

Every part of the project that reads an age from text uses :func:`stated_ages` (or its
helpers :func:`ages`, :func:`first_age`, :func:`writer_age`, :func:`other_age`): the
answering core (``core.answering.understand``), the intent answers
(``core.answering.builders``) and triage (``core.triage.parse``).

What counts as a stated age (always the age *now*):

- "jeg er 16", "jeg e 16", "er 16 og ...", "I am 16", "jeg er seksten" -> the writer, 16;
- "han er 14", "min søn er 14 år", "min søn på 16", "en pige på 15", "en 14-årig",
  "14 år gammel", "19 år og ryger" -> someone (the writer or the one written about), 14;
- turning an age: "jeg fylder 16", "jeg bliver 16", "jeg er snart/næsten 16",
  "lige under 16" -> 15. The rule: a birthday still to come means the person is one year
  younger today, and age limits in the catalogues are about the age today ("fra 18 år").
  "fylder 16 i dag", "har (lige) fyldt 16" and "er lige blevet 16" -> 16.
- not ages: "2 samtaler", "kl. 15", "3 gange om ugen", "uge 42", "i 10 år", "for 5 år
  siden", "over 18 år" / "under 25 år" (a limit, not an age), and numbers outside
  :data:`YOUNGEST`..:data:`ELDEST`.

Age limits that are not a single offer's ``age_min``/``age_max`` live here, each with
where it comes from; per-offer limits stay in ``knowledge/*.yml`` with their source, and
the youth ages of a municipality are read from its youth offers (:func:`youth_top_age`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

from core.knowledge.base import Municipality
from core.language.normalize import fold

YOUNGEST, ELDEST = 5, 110
"""Ages people state; outside this range a number is a typing error or a joke."""
OLDEST = 120
"""Open upper end of an age band ("18 or older" is ``(18, OLDEST)``)."""
ADULT_AGE = 18
"""Myndighedsalderen (værgemålsloven § 1) and the marriage age (ægteskabsloven § 2): a
minor's parents may have a say (consent), a married person is an adult."""
TEEN_BAND: Tuple[int, int] = (13, 19)
""""teenager": thirteen to nineteen."""
DEFAULT_YOUTH_TOP = 24
"""Youth treatment under serviceloven § 101 reaches "unge under 25"; used only for a
municipality whose catalogue has no youth offer with an upper age."""

NUMBER_WORDS = {
    "et": 1, "en": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7,
    "otte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14,
    "femten": 15, "seksten": 16, "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20,
    "enogtyve": 21, "toogtyve": 22, "treogtyve": 23, "fireogtyve": 24, "femogtyve": 25,
    "seksogtyve": 26, "syvogtyve": 27, "otteogtyve": 28, "niogtyve": 29, "tredive": 30,
}
"""Danish number words people use for ages (folded spelling)."""


def read_number(token: str) -> Optional[int]:
    """``"16"`` or ``"seksten"`` -> 16; anything else -> ``None``."""
    token = fold(token)
    if token.isdigit():
        return int(token)
    return NUMBER_WORDS.get(token)


def _plain(text: str) -> str:
    """Folded text with aa/oe/ae as a/o/a: one spelling whether or not æ/ø/å were typed
    (the answering core's skeleton spelling, so its normalised text reads the same)."""
    s = fold(text)
    for old, new in (("aa", "a"), ("oe", "o"), ("ae", "a")):
        s = s.replace(old, new)
    return s


@dataclass(frozen=True)
class StatedAge:
    """An age a message states: the age now, whether it is the writer's, where it stands."""

    age: int
    writer: bool
    start: int


_N = r"(?P<n>\d{1,2}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_NOT_AN_AGE = r"(?! ?(?:gange|gang|samtaler|samtale|uger|uge|maneder|maned|dage|dag|timer|time|" \
              r"minutter|kr|kroner|procent|%|mennesker|personer|stk)\b)"
_WRITER = r"jeg|i am|i'm|im"
_OTHER = (r"han|hun|hen|de|vedkommende|den unge|eleven|borgeren|"
          r"(?:min|mit|mine|vores|hans|hendes) \w+")
_SOON = r"snart|nasten|lige under"
_MOD = rf"(?:(?P<soon>{_SOON})|kun|lige blevet|ca\.?|forst|omkring) "
_VERB = r"(?P<verb>er|e|bliver|blir|fylder|har fyldt|har lige fyldt)"
# Greetings before "er 16 og ...", as young people write them
_GREETING = r"hej+|hey+|hi+|hejsa|hallo|halloj|hello|yo|jo|dav|davs|goddag|godaften"
_PATTERNS: Tuple[Tuple[re.Pattern[str], Optional[bool]], ...] = (
    # "jeg er 16", "min søn Peter er 14", "hun fylder 16": the subject says whose age
    (re.compile(rf"\b(?P<who>{_WRITER}|{_OTHER})(?: \w+)? {_VERB} (?:{_MOD})?{_N}\b"
                rf"(?P<today> i dag)?{_NOT_AN_AGE}"), None),
    # "I am 19", "I'm 19"
    (re.compile(rf"\b(?:i am|i'm|im) {_N}\b{_NOT_AN_AGE}"), True),
    # "er 17 kan jeg få hjælp": an age first in the message is the writer's
    # "er 19 og ryger", also after a greeting or another sentence ("hvor skal jeg hen? er 23 og ...")
    # (or after a comma: "hvor skal jeg møde op, er 20 og ryger for meget")
    (re.compile(rf"(?:^|[.!?,;]\s+|\b(?:{_GREETING})\s+)(?:er|e) (?:{_MOD})?{_N}\b{_NOT_AN_AGE}"
                rf"(?! (?:der|som|af|i|paa|pa|ud|til)\b)"), True),
    # "jeg er en voksen datter på 40", "I am a mum of 45": the writer described, then the age
    (re.compile(rf"\b(?:jeg er|i am|i'm|im) (?:en|et|a|an) (?:\w+ ){{1,2}}(?:pa|of) {_N}\b{_NOT_AN_AGE}"), True),
    # "min søn på 16", "en pige på 15", "en på 16"
    (re.compile(rf"\b(?:(?:min|mit|mine|vores|hans|hendes|en|et) \w+|en|son|datter|dreng|pige|"
                rf"barn|knagt|elev|ung|unge|teenager|ven|veninde|kareste)(?: \w+)? pa {_N}\b"
                rf"{_NOT_AN_AGE}"), False),
    # "en 14-årig", "14 år gammel", "19 years old"
    (re.compile(rf"\b{_N} ?-? ?arig"), False),
    (re.compile(rf"\b{_N} ar gam(?:mel|le)\b"), False),
    (re.compile(rf"\b{_N} years? old\b"), False),
    # "19 år og ryger", "16 aar": a bare "N år", unless it is a limit or a duration
    (re.compile(rf"(?<!over )(?<!under )(?<!fra )(?<!til )(?<!for )(?<!i )(?<!mellem )"
                rf"(?<!og )(?<!-)(?<!op til )\b{_N} ?(?:ar|yo)\b(?! siden)(?! gammel)"), False),
    # "lige under 16" on its own (an answer)
    (re.compile(rf"^(?:(?P<soon>{_SOON}) ){_N}\b{_NOT_AN_AGE}"), False),
)


def stated_ages(text: str) -> List[StatedAge]:
    """Every age ``text`` states, in the order they stand, each position once."""
    s = _plain(text)
    found: List[StatedAge] = []
    taken: List[Tuple[int, int]] = []
    for pattern, writer in _PATTERNS:
        for m in pattern.finditer(s):
            groups = m.groupdict()
            n = read_number(groups["n"])
            if n is None or not YOUNGEST <= n <= ELDEST:
                continue
            span = m.span()
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            who = groups.get("who")
            is_writer = writer if writer is not None else who in ("jeg", "i am", "i'm", "im")
            verb = groups.get("verb") or ""
            turning = bool(groups.get("soon")) or (verb in ("fylder", "bliver", "blir")
                                                   and not groups.get("today"))
            found.append(StatedAge(age=n - 1 if turning else n, writer=bool(is_writer),
                                   start=span[0]))
    return sorted(found, key=lambda a: a.start)


def ages(text: str) -> Tuple[int, ...]:
    """The distinct ages ``text`` states, in order."""
    out: List[int] = []
    for a in stated_ages(text):
        if a.age not in out:
            out.append(a.age)
    return tuple(out)


def first_age(text: str) -> Optional[int]:
    """The first age ``text`` states (the writer's or another's), or ``None``."""
    found = stated_ages(text)
    return found[0].age if found else None


def writer_age(text: str) -> Optional[int]:
    """The writer's own age ("jeg er 12"), or ``None``."""
    return next((a.age for a in stated_ages(text) if a.writer), None)


def other_age(text: str) -> Optional[int]:
    """The first age that is not the writer's ("min søn på 16"), or ``None``."""
    return next((a.age for a in stated_ages(text) if not a.writer), None)


def turning(n: int) -> int:
    """The age now of someone who is "snart"/"næsten" ``n``."""
    return n - 1


def youth_top_age(m: Municipality) -> int:
    """The oldest age the municipality's youth offers take, from their ``age_max``."""
    tops = []
    for offer in m.offers:
        high = offer.fact("age_max")
        if offer.category == "youth" and high is not None and high.value is not None:
            tops.append(high.value - 1 if high.inclusive is False else high.value)
    return max(tops) if tops else DEFAULT_YOUTH_TOP


# Ages said in words: "unge under 18 år", "unge på 18-25 år", "fra 12 år".
_AGE_SPANS = re.compile(r"\b(?:under|op til) (\d{1,2})\b|\b(\d{1,2}) ?[-–] ?(\d{1,2}) år\b|"
                        r"\b(?:fra|over) (\d{1,2}) år\b")


def says_age(text: str, age: int) -> bool:
    """``text`` says in words that an ``age``-year-old is included."""
    for under, low, high, lower in _AGE_SPANS.findall(text):
        if under and age < int(under):
            return True
        if low and int(low) <= age <= int(high):
            return True
        if lower and age >= int(lower):
            return True
    return False


def names_other_ages(text: str, age: int) -> bool:
    """``text`` is about ages in words ("unge på 13-14 år") and ``age`` is none of them."""
    return bool(_AGE_SPANS.search(text)) and not says_age(text, age)
