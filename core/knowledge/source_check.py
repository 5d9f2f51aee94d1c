"""Check that every number in the knowledge base occurs in the catalogue it cites.

A fact passes when its cited section heading occurs in the cited document and every
e-mail address, phone number, clock time and other digit sequence in it occurs there
too. Clock times and phone numbers are compared in normalised form, because the
knowledge base writes ``08:30`` where a catalogue writes ``kl. 8.30`` and ``76 81 90 00``
where it writes ``76819000``.

Run ``python -m core.knowledge.source_check [FILE ...]`` to check files by hand.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import FrozenSet, Iterable, List, Optional, Set, Tuple

from core.knowledge.base import (
    DEFAULT_KNOWLEDGE_DIR,
    VALID_UNTIL_RE,
    Fact,
    Municipality,
    Schedule,
    load_file,
    municipality_files,
)

DEFAULT_CATALOGUE_DIR = DEFAULT_KNOWLEDGE_DIR.parent.parent / "shared" / "catalogues"

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<![\d])(?:\+45\s?)?(\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{4}\s\d{4})(?![\d])")
TIME_RE = re.compile(r"(?<![\d.:])(\d{1,2})[.:](\d{2})(?![\d])")
NUMBER_RE = re.compile(r"\d+")


@dataclass(frozen=True)
class DocumentIndex:
    """The checkable tokens of one catalogue document."""

    text: str
    emails: FrozenSet[str]
    phones: FrozenSet[str]  # digits only
    times: FrozenSet[Tuple[int, str]]  # (hour, minutes)
    numbers: FrozenSet[int]

    def has_section(self, section: str) -> bool:
        return _normalise(section) in self.text


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _phones(text: str) -> Set[str]:
    return {re.sub(r"\D", "", m.group(1)) for m in PHONE_RE.finditer(text)}


def _times(text: str) -> Set[Tuple[int, str]]:
    return {(int(h), mm) for h, mm in TIME_RE.findall(text) if int(h) <= 24 and int(mm) < 60}


def _numbers(text: str) -> Set[int]:
    return {int(n) for n in NUMBER_RE.findall(text)}


@lru_cache(maxsize=16)
def index_document(path: Path) -> DocumentIndex:
    text = path.read_text(encoding="utf-8")
    return DocumentIndex(
        text=_normalise(text),
        emails=frozenset(e.lower().rstrip(".") for e in EMAIL_RE.findall(text)),
        phones=frozenset(_phones(text)),
        times=frozenset(_times(text)),
        numbers=frozenset(_numbers(text)),
    )


def unverified_tokens(text: str, doc: DocumentIndex) -> List[str]:
    """Return the tokens of ``text`` that do not occur in ``doc``."""
    missing: List[str] = []
    rest = text
    for email in EMAIL_RE.findall(rest):
        if email.lower().rstrip(".") not in doc.emails:
            missing.append(email)
    rest = EMAIL_RE.sub(" ", rest)
    for match in PHONE_RE.finditer(rest):
        if re.sub(r"\D", "", match.group(1)) not in doc.phones:
            missing.append(match.group(0))
    rest = PHONE_RE.sub(" ", rest)
    for h, mm in TIME_RE.findall(rest):
        hour = int(h)
        if (hour, mm) not in doc.times and not (mm == "00" and hour in doc.numbers):
            missing.append(f"{h}.{mm}")
    rest = TIME_RE.sub(" ", rest)
    for n in NUMBER_RE.findall(rest):
        if int(n) not in doc.numbers:
            missing.append(n)
    return missing


def _fact_strings(fact: Fact) -> Iterable[str]:
    if fact.text:
        yield fact.text
    if fact.value is not None and not isinstance(fact.value, bool) and not _is_date(fact.value):
        yield str(fact.value)


def _is_date(value: object) -> bool:
    return isinstance(value, str) and bool(VALID_UNTIL_RE.match(value))


def _fact_years(fact: Fact) -> Iterable[int]:
    """The years of a fact's valid_until date(s): each must occur in the document."""
    if _is_date(fact.value):
        yield int(fact.value[:4])
    if fact.valid_until:
        yield int(fact.valid_until[:4])


def year_occurs(year: int, doc: DocumentIndex) -> bool:
    """The document writes the year in full ("2025") or ends a range with it ("2022-25")."""
    if year in doc.numbers:
        return True
    return re.search(rf"\b(?:19|20)\d\d ?[-–] ?{year % 100:02d}\b", doc.text) is not None


def _schedule_strings(schedule: Schedule) -> Iterable[str]:
    for ranges in schedule.days.values():
        for start, end in ranges:
            yield start
            yield end
    if schedule.note:
        yield schedule.note


def check_municipality(m: Municipality, catalogue_dir: Path) -> List[str]:
    """Return one problem line per unverifiable fact; an empty list means all verified."""
    problems: List[str] = []

    def check(where: str, source: str, strings: Iterable[str], years: Iterable[int] = ()) -> None:
        fact = Fact(source=source)
        path = catalogue_dir / fact.document
        if not path.is_file():
            problems.append(f"{m.path.name}: {where}: cited document {fact.document} not found")
            return
        doc = index_document(path)
        if not doc.has_section(fact.section):
            problems.append(f"{m.path.name}: {where}: section {fact.section!r} "
                            f"does not occur in {fact.document}")
        for s in strings:
            for token in unverified_tokens(s, doc):
                problems.append(f"{m.path.name}: {where}: {token!r} does not occur "
                                f"in {fact.document}")
        for year in years:
            if not year_occurs(year, doc):
                problems.append(f"{m.path.name}: {where}: the year {year} of valid_until "
                                f"does not occur in {fact.document}")

    for where, fact in m.all_facts():
        check(where, fact.source, _fact_strings(fact), _fact_years(fact))
    c = m.centre
    for i, a in enumerate(c.addresses):
        check(f"centre.addresses[{i}]", a.source,
              [a.street, a.postcode or "", a.town or "", a.label])
    for i, e in enumerate(c.extra_contacts):
        check(f"centre.extra_contacts[{i}]", e.source, [e.value, e.label])
    for key in ("opening_hours", "phone_hours"):
        schedule: Optional[Schedule] = getattr(c, key)
        if schedule is not None:
            check(f"centre.{key}", schedule.source, _schedule_strings(schedule))
    return problems


def main(argv: List[str], catalogue_dir: Path = DEFAULT_CATALOGUE_DIR) -> int:
    paths = [Path(a) for a in argv] or municipality_files()
    total = 0
    for path in paths:
        problems = check_municipality(load_file(path), catalogue_dir)
        total += len(problems)
        print("\n".join(problems) if problems else f"{path.name}: every number verified")
    return 1 if total else 0


if __name__ == "__main__":
    from core.settings import Settings

    sys.exit(main(sys.argv[1:], Settings.from_env(os.environ).catalogue_dir))
