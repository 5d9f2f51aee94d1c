"""Digits: phone and CPR numbers in any grouping, IP addresses, licence plates."""

from __future__ import annotations

import re
from typing import FrozenSet, List, Optional, Tuple

from core.redaction.marks import Marks
from core.redaction.streets import UNITS

IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.|\s\.\s)){3}"
                  r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\d|\.\d)")
# Where an IPv6 address may start: not inside a word or another address, but right after a
# label glued on with a colon ("ip:2001:DB8:...", "ipv6:fe80::1").
_IPV6_START = r"(?:(?<![\w:])|(?<=[g-zG-Z]:)|(?<=[iI][pP][vV]6:))"
# An address may end a clause with a colon after it ("error from <address>: timeout")
IPV6 = re.compile(_IPV6_START + r"(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?::\d{1,5})?(?!\w|:[\w:])"  # port
                  r"|" + _IPV6_START + r"(?:[0-9a-f]{1,4}:){2,7}(?::|[0-9a-f]{1,4})(?!\w|:[\w:])"
                  r"|" + _IPV6_START + r"(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?",
                  re.I)
_IPV4_MAPPED = re.compile(r"(?<![\w:])(?:0{1,4}:){0,5}:?:ffff:$", re.I)
_PORT = re.compile(r":\d{2,5}(?!\d|[.:]\d)")  # "10.0.0.1:8080": the port goes with it
_IP_CONTEXT = re.compile(r"\b(?:ip[\w'’-]*|fra)\b[^.!?\n\d]{0,40}$", re.I)

PLATE = re.compile(r"(?<![\w-])[A-ZÆØÅ]{2}[ .-]?\d{2}[ .-]?\d{3}(?![\w-]|[.,]\d)")
# "T Y 2 6 5 1 5", "ab 1 2 3 4 5": a plate written one sign at a time
PLATE_SPACED = re.compile(r"(?<![\w-])[a-zA-ZæøåÆØÅ] [a-zA-ZæøåÆØÅ](?: \d){5}(?![\w-]|\s?[.,]?\d)")
# "ab12345": two letters glued to five digits are no word and a number
PLATE_GLUED = re.compile(r"(?<![\w-])[a-zæøåA-ZÆØÅ]{2}\d{5}(?![\w-]|[.,]\d)")
_CAR_WORDS = re.compile(r"\b(?:bil|bilen|biler|nummerplade\w*|plade|pladen|reg\w*|knallert\w*"
                        r"|scooter\w*|motorcykel\w*|kørte|kører|car|plate)\b", re.I)
# "på 12 345 kr": two letters that are a word before a number
_TWO_LETTER_WORDS = frozenset("""
    er og på at en et så du de da nu ja jo om op ud vi os af mm ca kl nr tv fx vh kh og
    is in on at to of or if it be we me my no so up us an am as by do go he hi ok
""".split())
_AFTER_PLATE_UNIT = re.compile(r"\s*(?:kr|kroner|dkk|%|år|dage|timer|stk|mg|ml|km)\b", re.I)
PLATE_ANY_CASE = re.compile(r"(?<![\w-])[a-zæøåA-ZÆØÅ]{2}[ -]?\d{2}[ .-]?\d{3}(?![\w-]|[.,]\d)")
_PLATE_CONTEXT = re.compile(r"(?:nummerplade|nummerpladen|plade|pladen|reg\.?\s?nr|regnr"
                            r"|registreringsnummer|registreringsnummeret|bilen|bil|knallert"
                            r"|scooter|motorcykel)\W{0,4}(?:er|var|med|hedder|:)?\W{0,2}$", re.I)

# Times, dates, prices, quantities, years: numbers that are not phone or CPR numbers.
_KEEP_AFTER_WORD = re.compile(
    r"\b(?:kl|klokken)\.?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*-\s*\d{1,2}(?:[.:]\d{2})?)?"
    r"|(?:\b(?:uge|uger|side|kapitel|fase|niveau|trin|stk|version|klasse)|§)\.?\s*\d{1,3}\b"
    r"(?:\s*-\s*\d{1,3}\b)?", re.I)
_KEEP_NUMBERS = re.compile(
    r"(?=\d)(?:(?<![\d.])\d{1,2}[.:]\d{2}\s?-\s?\d{1,2}[.:]\d{2}(?!\d|\.\d)"
    r"|(?<![\d.])\d{1,2}[./]\d{1,2}\s?-\s?\d{1,2}[./]\d{1,2}(?!\d|\.\d)"
    r"|(?<![\d.:])\d{1,2}:\d{2}(?::\d{2})?(?!\d|:\d)"
    r"|(?<![\d./-])\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}(?!\d|[./-]\d)"
    r"|(?<![\d./-])(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}(?!\d|[./-]\d)"
    r"|(?<![\d./-])(?:19|20)\d{2}\s?[-/]\s?(?:19|20)?\d{2}(?!\d|[./-]\d)"
    r"|(?<![\d./-])(?<!\d\s)\d[\d.]*(?:,\d+)?\s*(?:kr\b\.?|kroner\b|,-|dkk\b|€|euro\b|%"
    r"|procent\b)"
    r"|(?<![\d./-])(?<!\d\s)\d+(?:[.,]\d+)?\s*-?\s*" + UNITS + r"\b"
    r"|(?<![\d./-])(?<!\d\s)\d{4}[ \t]+(?-i:(?=[A-ZÆØÅ][a-zæøå])))", re.I)
_PHONE_BEFORE = re.compile(r"\b(?:ring|tlf|telefon|nummer|nr|mobil|sms|kontakt|fastnet|træffes"
                           r"|fang|fat\s+i|whatsapp|signal|opkald|skriv|call|text)\w*", re.I)
_PHONE_AFTER = re.compile(r"\W{0,3}(?:er|var)?\s*(?:mit|min|hans|hendes|vores|deres)?\s*"
                          r"(?:nummer|nr|mobil|tlf|telefon)", re.I)
_IP_AFTER = re.compile(r"\W{0,3}(?:er|var)?\s*(?:min|mit|hans|hendes|vores|deres)?\s*ip\b", re.I)
_NUMBER = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_GAP = re.compile(r"\s{1,3}|\s?[.\-/]\s?|\s?\)\s?|\s?\(\s?")

def _valid_cpr_date(digits: str) -> bool:
    d, m = int(digits[:2]), int(digits[2:4])
    days_in_month = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    return 1 <= m <= 12 and 1 <= d <= days_in_month[m - 1]


def _valid_day_month(a: int, b: int) -> bool:
    return 1 <= a <= 31 and 1 <= b <= 12


def find_ips(marks: Marks) -> None:
    text = marks.text
    for match in IPV4.finditer(text):
        parts = [p.strip() for p in match.group(0).split(".")]
        phone_like = (all(len(p) == 2 for p in parts) and parts[0][0] in "23456789"
                      or " " in match.group(0))
        if phone_like and not (_IP_CONTEXT.search(text[max(0, match.start() - 30):match.start()])
                               or _IP_AFTER.match(text[match.end():match.end() + 20])):
            continue
        start, end = match.start(), match.end()
        mapped = _IPV4_MAPPED.search(text, max(0, start - 8), start)
        if mapped is not None:
            start = mapped.start()  # "::ffff:10.0.0.1": IPv4 written as IPv6
        port = _PORT.match(text, end)
        marks.add(start, port.end() if port else end, "ip")
    for match in IPV6.finditer(text):
        found = match.group(0)
        if len(found) < 6 or not re.search(r"\d", found):
            continue
        if found.count(":") < 4 and "::" not in found and not re.search(r"[a-f]", found, re.I):
            continue  # "12:30:45" is a time
        marks.add(match.start(), match.end(), "ip")

def find_plates(marks: Marks) -> None:
    text = marks.text
    for pattern in (PLATE, PLATE_GLUED):
        for match in pattern.finditer(text):
            if not _AFTER_PLATE_UNIT.match(text, match.end()):
                marks.add(match.start(), match.end(), "plate")
    for match in PLATE_SPACED.finditer(text):
        if match.group(0)[:1].isupper() or _PLATE_CONTEXT.search(
                text[max(0, match.start() - 40):match.start()]) or _CAR_WORDS.search(text):
            marks.add(match.start(), match.end(), "plate")
    cars = _CAR_WORDS.search(text) is not None
    for match in PLATE_ANY_CASE.finditer(text):
        letters = match.group(0)[:2].lower()
        if _PLATE_CONTEXT.search(text[max(0, match.start() - 40):match.start()]) or (
                letters not in _TWO_LETTER_WORDS and (cars or match.group(0)[2:3] == " ")
                and not _AFTER_PLATE_UNIT.match(text, match.end())):
            marks.add(match.start(), match.end(), "plate")

# -- digits
def find_numbers(marks: Marks, allowed: FrozenSet[str]) -> None:
    text = marks.text
    for pattern in (_KEEP_AFTER_WORD, _KEEP_NUMBERS):
        for match in pattern.finditer(text):
            if _keep_number(match.group(0)):
                marks.add(match.start(), match.end(), None)
    runs: List[List[Tuple[int, int]]] = []
    for match in _NUMBER.finditer(text):
        if marks.taken(match.start()):
            continue
        if runs:
            last = runs[-1][-1]
            gap = text[last[1]:match.start()]
            if gap and _GAP.fullmatch(gap) and marks.free(last[1], match.start()):
                runs[-1].append((match.start(), match.end()))
                continue
        runs.append([(match.start(), match.end())])
    for run in runs:
        _split_run(marks, run, allowed)

def _keep_number(found: str) -> bool:
    """Dates and day-month ranges count only when they are valid dates."""
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](?:19|20)\d{2}", found)
    if m:
        return _valid_day_month(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})\s?-\s?(\d{1,2})[./](\d{1,2})", found)
    if m:
        a, b, c, d = (int(x) for x in m.groups())
        return ((_valid_day_month(a, b) and _valid_day_month(c, d))
                or (a <= 24 and b <= 59 and c <= 24 and d <= 59))
    return True

def _split_run(marks: Marks, run: List[Tuple[int, int]],
               allowed: FrozenSet[str]) -> None:
    text = marks.text
    groups = [text[s:e] for s, e in run]
    # "ring til mig på ..." / "... er mit nummer", or grouped like a phone number: then
    # 8 digits are one even when they start with 0 or 1, which no Danish number does
    context = bool(_PHONE_BEFORE.search(text[max(0, run[0][0] - 30):run[0][0]])
                   or _PHONE_AFTER.match(text[run[-1][1]:run[-1][1] + 30])
                   or (len(groups) == 4 and all(len(g) == 2 for g in groups))
                   or (len(groups) == 2 and all(len(g) == 4 for g in groups)
                       and not all(g[:2] in ("19", "20") for g in groups)))
    i = 0
    while i < len(groups):
        best: Optional[Tuple[int, str, str]] = None
        digits = ""
        prefix = re.search(r"(?:\(\s?)?(?:\+\s?)?$", text[max(0, run[i][0] - 3):run[i][0]])
        plus = bool(prefix and "+" in prefix.group(0))
        for j in range(i, len(groups)):
            digits += groups[j]
            if len(digits) > 12:
                break
            kind = _classify(digits, plus, context)
            if kind:
                best = (j, kind, digits)
        if best is None:
            i += 1
            continue
        j, kind, digits = best
        start, end = run[i][0], run[j][1]
        if prefix and prefix.group(0):
            start -= len(prefix.group(0))
        if text[start:start + 1] == "(" and text[end:end + 1] == ")":
            end += 1
        keep = kind == "phone" and digits[-8:] in allowed
        marks.add(start, end, None if keep else kind)
        i = j + 1

def _classify(digits: str, plus: bool, context: bool = False) -> Optional[str]:
    n = len(digits)
    if n == 8 and (digits[0] in "23456789" or plus or context):
        return "phone"
    if n == 10:
        if digits.startswith("45") and (digits[2] in "23456789" or plus) and (
                plus or not _valid_cpr_date(digits)):
            return "phone"
        if _valid_cpr_date(digits):
            return "cpr"
    if n == 12 and digits.startswith("0045"):
        return "phone"
    return None


