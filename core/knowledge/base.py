"""Load and validate the per-municipality knowledge files in ``knowledge/``.

The schema is documented in ``knowledge/SCHEMA.md``. Validation is strict on purpose:
a wrong field name would otherwise silently make the assistant say "the catalogue does
not say" about something it does say. Every problem is reported as
``<file>: <field path>: <problem>``.

Run ``python -m core.knowledge.base [FILE ...]`` to validate files by hand.
"""

from __future__ import annotations

import calendar
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Dict, Iterable, List, Mapping, Optional, Tuple

import yaml

WEEKDAYS: Tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)
TOPICS: Tuple[str, ...] = (
    "target_groups", "access", "anonymity", "confidentiality", "youth", "relatives",
    "price", "waiting_time", "free_choice", "complaints", "methods", "follow_up",
    "medication", "pregnancy", "residential", "day_treatment", "outdated",
)
CATEGORIES: Tuple[str, ...] = (
    "counselling", "youth", "assessment", "adult_outpatient", "day_treatment",
    "residential", "medication", "relatives", "children", "prevention", "aftercare",
    "social", "employment", "other",
)
SUBSTANCES: Tuple[str, ...] = ("alcohol", "drugs")
ADDRESS_TAGS: Tuple[str, ...] = ("alcohol", "drugs", "youth", "adults", "relatives", "all")
OFFER_TEXT_FIELDS: Tuple[str, ...] = (
    "summary", "target_group", "access", "consent", "duration", "frequency",
    "session_length", "place", "content", "price", "next_step",
)
# Text fields about what lies *outside* the offer: read and checked like the others, but kept
# out of Offer.facts, whose texts describe the offer itself (the answer index reads them as
# evidence for the offer; "next_step" names the next offer). Offer.fact() returns them.
OFFER_RELATION_FIELDS: Tuple[str, ...] = ("next_step",)
SLUG_RE = re.compile(r"^[a-z0-9_]+$")
TIME_RANGE_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$")
SOURCE_RE = re.compile(r"^(?P<document>[\w.\-]+\.txt) §(?P<section>.+)$")
VALID_UNTIL_RE = re.compile(r"^(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>\d{2}))?$")

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"
# YAML files in knowledge/ that are not a municipality (data for checks on the knowledge base)
DATA_FILES: Tuple[str, ...] = ("completeness_exceptions.yml",)


def municipality_files(directory: Path = DEFAULT_KNOWLEDGE_DIR) -> List[Path]:
    """The municipality files in ``directory``: every ``*.yml`` except :data:`DATA_FILES`."""
    return sorted(p for p in Path(directory).glob("*.yml") if p.name not in DATA_FILES)


class KnowledgeError(ValueError):
    """Raised when a knowledge file breaks the schema."""


def valid_until_date(value: str) -> date:
    """The last day a ``valid_until`` value covers: ``"2025-12-31"`` is that day,
    ``"2025-08"`` is 31 August 2025. Raises ``ValueError`` for anything else."""
    m = VALID_UNTIL_RE.match(value or "")
    if not m:
        raise ValueError(f"expected 'YYYY-MM-DD' or 'YYYY-MM', got {value!r}")
    year, month = int(m.group("year")), int(m.group("month"))
    day = int(m.group("day")) if m.group("day") else calendar.monthrange(year, month)[1]
    return date(year, month, day)


def has_expired(value: str, today: date) -> bool:
    """True when ``today`` is after the last day ``value`` covers."""
    return today > valid_until_date(value)


@dataclass(frozen=True)
class Fact:
    """One statement from a catalogue with the place it comes from."""

    source: str
    text: Optional[str] = None
    value: Any = None
    inclusive: Optional[bool] = None
    # topic facts only: the last day (ISO "YYYY-MM-DD" or "YYYY-MM") the catalogue says the
    # fact holds, e.g. a project funded "til og med 2025"
    valid_until: Optional[str] = None

    @property
    def document(self) -> str:
        return self._source_parts().group("document")

    @property
    def section(self) -> str:
        return self._source_parts().group("section").strip()

    def _source_parts(self) -> re.Match[str]:
        match = SOURCE_RE.match(self.source)
        if match is None:  # load_knowledge() rejects such a file
            raise ValueError(f"not a '<file>.txt §<section>' source: {self.source!r}")
        return match


@dataclass(frozen=True)
class Schedule:
    """Weekly hours: weekday -> list of (start, end) as ``"HH:MM"`` strings."""

    days: Mapping[str, Tuple[Tuple[str, str], ...]]
    source: str
    note: Optional[str] = None


@dataclass(frozen=True)
class Address:
    label: str
    street: str
    postcode: Optional[str]
    town: Optional[str]
    serves: Tuple[str, ...]
    source: str

    def one_line(self) -> str:
        place = " ".join(p for p in (self.postcode, self.town) if p)
        return f"{self.street}, {place}" if place else self.street


@dataclass(frozen=True)
class ExtraContact:
    label: str
    value: str
    source: str


@dataclass(frozen=True)
class Centre:
    name: Fact
    phone: Optional[Fact]
    email: Optional[Fact]
    website: Optional[Fact]
    addresses: Tuple[Address, ...]
    opening_hours: Optional[Schedule]
    phone_hours: Optional[Schedule]
    extra_contacts: Tuple[ExtraContact, ...]


@dataclass(frozen=True)
class Offer:
    id: str
    name: str
    aliases: Tuple[str, ...]
    category: str
    substances: Tuple[str, ...]
    summary: Fact
    facts: Mapping[str, Optional[Fact]]
    # the catalogue says the offer is funded or runs only until a date: value is the ISO
    # date or year-month ("2025-12-31", "2025-08"), text says it in Danish. None = no date.
    valid_until: Optional[Fact] = None
    # what the catalogue says comes after the offer ("hvad kommer bagefter?"): the text names
    # the next offer where there is one. None = the catalogue says nothing.
    next_step: Optional[Fact] = None

    def fact(self, name: str) -> Optional[Fact]:
        if name == "next_step":
            return self.next_step
        return self.facts.get(name)

    def valid_until_date(self) -> Optional[date]:
        """The last day the catalogue says the offer runs, or None."""
        return valid_until_date(self.valid_until.value) if self.valid_until else None

    def has_expired(self, today: date) -> bool:
        """True when the catalogue's end date for the offer lies before ``today``."""
        return self.valid_until is not None and has_expired(self.valid_until.value, today)


@dataclass(frozen=True)
class FaqEntry:
    id: str
    questions: Tuple[str, ...]
    answer: Fact


@dataclass(frozen=True)
class Municipality:
    slug: str
    name: str
    document: str
    document_title: str
    document_year: int
    centre: Centre
    topics: Mapping[str, Tuple[Fact, ...]]
    offers: Tuple[Offer, ...]
    faq: Tuple[FaqEntry, ...]
    path: Path = field(compare=False, default=Path("."))

    def offer(self, offer_id: str) -> Optional[Offer]:
        return next((o for o in self.offers if o.id == offer_id), None)

    def all_facts(self) -> Iterable[Tuple[str, Fact]]:
        """Yield ``(field path, fact)`` for every sourced fact in the file."""
        c = self.centre
        yield "centre.name", c.name
        for key in ("phone", "email", "website"):
            if getattr(c, key) is not None:
                yield f"centre.{key}", getattr(c, key)
        for topic, facts in self.topics.items():
            for i, f in enumerate(facts):
                yield f"topics.{topic}[{i}]", f
        for offer in self.offers:
            for key, fact in offer.facts.items():
                if fact is not None:
                    yield f"offers.{offer.id}.{key}", fact
            if offer.next_step is not None:
                yield f"offers.{offer.id}.next_step", offer.next_step
            if offer.valid_until is not None:
                yield f"offers.{offer.id}.valid_until", offer.valid_until
        for entry in self.faq:
            yield f"faq.{entry.id}.answer", entry.answer


# --------------------------------------------------------------------------- parsing


class _Reader:
    """Walks the raw YAML and collects errors with their field paths."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.errors: List[str] = []

    def error(self, where: str, problem: str) -> None:
        self.errors.append(f"{self.path.name}: {where}: {problem}")

    def mapping(self, raw: Any, where: str) -> Dict[str, Any]:
        if not isinstance(raw, dict):
            self.error(where, f"expected a mapping, got {type(raw).__name__}")
            return {}
        return raw

    def string(self, raw: Any, where: str, optional: bool = False) -> Optional[str]:
        if raw is None and optional:
            return None
        if not isinstance(raw, (str, int)) or isinstance(raw, bool) or str(raw).strip() == "":
            self.error(where, "expected a non-empty string")
            return None
        return str(raw).strip()

    def source(self, raw: Any, where: str, document: str) -> str:
        text = self.string(raw, f"{where}.source") or ""
        match = SOURCE_RE.match(text)
        if not match:
            self.error(f"{where}.source", f"expected '<file>.txt §<section>', got {text!r}")
        elif match.group("document") != document:
            self.error(f"{where}.source", f"cites {match.group('document')!r}, "
                                          f"but this file's document is {document!r}")
        return text

    def date_value(self, raw: Any, where: str) -> Optional[str]:
        """An ISO date or year-month (``valid_until``); YAML may give an unquoted date."""
        if isinstance(raw, date):
            raw = raw.isoformat()
        if not isinstance(raw, str) or not VALID_UNTIL_RE.match(raw):
            self.error(where, f"expected 'YYYY-MM-DD' or 'YYYY-MM', got {raw!r}")
            return None
        try:
            valid_until_date(raw)
        except ValueError:
            self.error(where, f"{raw!r} is not a real date")
            return None
        return raw

    def valid_until(self, raw: Any, where: str, document: str) -> Optional[Fact]:
        """``valid_until: {value: "2025-12-31", text: "...", source: "..."}`` or null."""
        if raw is None:
            return None
        data = self.mapping(raw, where)
        if not data:
            return None
        for key in data:
            if key not in ("value", "text", "source"):
                self.error(f"{where}.{key}", "unknown key")
        value = self.date_value(data.get("value"), f"{where}.value")
        return Fact(source=self.source(data.get("source"), where, document),
                    text=self.string(data.get("text"), f"{where}.text"), value=value)

    def fact(self, raw: Any, where: str, document: str, *, optional: bool = True,
             kind: str = "text", dated: bool = False) -> Optional[Fact]:
        if raw is None:
            if not optional:
                self.error(where, "is required")
            return None
        data = self.mapping(raw, where)
        if not data:
            return None
        allowed = {"source", "text", "value", "inclusive"} | ({"valid_until"} if dated else set())
        for key in data:
            if key not in allowed:
                self.error(f"{where}.{key}", "unknown key")
        source = self.source(data.get("source"), where, document)
        text = self.string(data.get("text"), f"{where}.text", optional=kind != "text")
        value = data.get("value")
        if kind == "value" and value is None:
            self.error(f"{where}.value", "is required (use null for the whole field instead)")
        if kind == "int" and (not isinstance(value, int) or isinstance(value, bool)
                              or not 0 <= value <= 120):
            self.error(f"{where}.value", "expected an age 0-120")
        if kind == "bool" and not isinstance(value, bool):
            self.error(f"{where}.value", "expected true or false")
        if kind == "anonymity" and value not in (True, False, "partly"):
            self.error(f"{where}.value", "expected true, false or 'partly'")
        inclusive = data.get("inclusive")
        if inclusive is not None and not isinstance(inclusive, bool):
            self.error(f"{where}.inclusive", "expected true or false")
        valid = data.get("valid_until")
        valid = self.date_value(valid, f"{where}.valid_until") if valid is not None else None
        return Fact(source=source, text=text, value=value, inclusive=inclusive,
                    valid_until=valid)

    def required_fact(self, raw: Any, where: str, document: str, *, kind: str = "text") -> Fact:
        """A fact that must be there. When it is missing the error is recorded and an empty
        fact stands in: load_knowledge() raises before anyone sees it."""
        found = self.fact(raw, where, document, optional=False, kind=kind)
        if found is None:
            if isinstance(raw, dict):  # empty; fact() reported None and non-mappings
                self.error(where, "is required")
            return Fact(source="")
        return found

    def schedule(self, raw: Any, where: str, document: str) -> Optional[Schedule]:
        if raw is None:
            return None
        data = self.mapping(raw, where)
        days_raw = self.mapping(data.get("days"), f"{where}.days")
        days: Dict[str, Tuple[Tuple[str, str], ...]] = {}
        for day in WEEKDAYS:
            if day not in days_raw:
                self.error(f"{where}.days.{day}", "missing (use [] for a closed day)")
                continue
            ranges = days_raw[day] or []
            if not isinstance(ranges, list):
                self.error(f"{where}.days.{day}", "expected a list of 'HH:MM-HH:MM'")
                continue
            parsed = []
            for i, r in enumerate(ranges):
                if not isinstance(r, str) or not TIME_RANGE_RE.match(r):
                    self.error(f"{where}.days.{day}[{i}]", f"expected 'HH:MM-HH:MM', got {r!r}")
                    continue
                start, end = r.split("-")
                if end <= start:
                    self.error(f"{where}.days.{day}[{i}]", "ends before it starts")
                parsed.append((start, end))
            days[day] = tuple(parsed)
        for day in days_raw:
            if day not in WEEKDAYS:
                self.error(f"{where}.days.{day}", "unknown weekday")
        return Schedule(days=days, source=self.source(data.get("source"), where, document),
                        note=self.string(data.get("note"), f"{where}.note", optional=True))


def parse_municipality(raw: Any, path: Path) -> Municipality:
    """Turn one file's YAML into a :class:`Municipality` or raise :class:`KnowledgeError`."""
    r = _Reader(path)
    data = r.mapping(raw, "<top>")
    slug = r.string(data.get("slug"), "slug") or ""
    if slug and slug != path.stem:
        r.error("slug", f"{slug!r} does not match the file name {path.stem!r}")
    document = r.string(data.get("document"), "document") or ""
    year = data.get("document_year")
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        r.error("document_year", "expected a year")
        year = 0

    c = r.mapping(data.get("centre"), "centre")
    addresses = []
    for i, a in enumerate(c.get("addresses") or []):
        where = f"centre.addresses[{i}]"
        a = r.mapping(a, where)
        serves = tuple(a.get("serves") or ())
        for tag in serves:
            if tag not in ADDRESS_TAGS:
                r.error(f"{where}.serves", f"unknown tag {tag!r}; use {ADDRESS_TAGS}")
        addresses.append(Address(
            label=r.string(a.get("label"), f"{where}.label") or "",
            street=r.string(a.get("street"), f"{where}.street") or "",
            postcode=r.string(a.get("postcode"), f"{where}.postcode", optional=True),
            town=r.string(a.get("town"), f"{where}.town", optional=True),
            serves=serves,
            source=r.source(a.get("source"), where, document),
        ))
    extra = []
    for i, e in enumerate(c.get("extra_contacts") or []):
        where = f"centre.extra_contacts[{i}]"
        e = r.mapping(e, where)
        extra.append(ExtraContact(
            label=r.string(e.get("label"), f"{where}.label") or "",
            value=r.string(e.get("value"), f"{where}.value") or "",
            source=r.source(e.get("source"), where, document),
        ))
    centre = Centre(
        name=r.required_fact(c.get("name"), "centre.name", document, kind="value"),
        phone=r.fact(c.get("phone"), "centre.phone", document, kind="value"),
        email=r.fact(c.get("email"), "centre.email", document, kind="value"),
        website=r.fact(c.get("website"), "centre.website", document, kind="value"),
        addresses=tuple(addresses),
        opening_hours=r.schedule(c.get("opening_hours"), "centre.opening_hours", document),
        phone_hours=r.schedule(c.get("phone_hours"), "centre.phone_hours", document),
        extra_contacts=tuple(extra),
    )

    topics_raw = r.mapping(data.get("topics"), "topics")
    topics: Dict[str, Tuple[Fact, ...]] = {}
    for name in topics_raw:
        if name not in TOPICS:
            r.error(f"topics.{name}", f"unknown topic; use one of {TOPICS}")
    for name in TOPICS:
        items = topics_raw.get(name) or []
        if not isinstance(items, list):
            r.error(f"topics.{name}", "expected a list of facts")
            items = []
        topics[name] = tuple(
            f for f in (r.fact(x, f"topics.{name}[{i}]", document, optional=False, dated=True)
                        for i, x in enumerate(items)) if f is not None)

    offers = []
    seen_ids = set()
    for i, o in enumerate(data.get("offers") or []):
        o = r.mapping(o, f"offers[{i}]")
        oid = r.string(o.get("id"), f"offers[{i}].id") or f"#{i}"
        where = f"offers.{oid}"
        if not SLUG_RE.match(oid):
            r.error(f"{where}.id", "use lower-case letters, digits and _")
        if oid in seen_ids:
            r.error(f"{where}.id", "duplicate id")
        seen_ids.add(oid)
        category = o.get("category")
        if category not in CATEGORIES:
            r.error(f"{where}.category", f"{category!r} is not one of {CATEGORIES}")
        substances = tuple(o.get("substances") or ())
        for s in substances:
            if s not in SUBSTANCES:
                r.error(f"{where}.substances", f"unknown substance {s!r}")
        aliases = tuple(str(a).lower().strip() for a in (o.get("aliases") or ()))
        facts: Dict[str, Optional[Fact]] = {}
        for key in OFFER_TEXT_FIELDS:
            facts[key] = r.fact(o.get(key), f"{where}.{key}", document,
                                optional=key != "summary")
        facts["age_min"] = r.fact(o.get("age_min"), f"{where}.age_min", document, kind="int")
        facts["age_max"] = r.fact(o.get("age_max"), f"{where}.age_max", document, kind="int")
        facts["anonymous"] = r.fact(o.get("anonymous"), f"{where}.anonymous", document,
                                    kind="anonymity")
        facts["visitation_required"] = r.fact(o.get("visitation_required"),
                                              f"{where}.visitation_required", document,
                                              kind="bool")
        valid_until = r.valid_until(o.get("valid_until"), f"{where}.valid_until", document)
        known = set(OFFER_TEXT_FIELDS) | {"age_min", "age_max", "anonymous",
                                          "visitation_required", "id", "name", "aliases",
                                          "category", "substances", "valid_until"}
        for key in o:
            if key not in known:
                r.error(f"{where}.{key}", "unknown field")
        relations = {key: facts.pop(key) for key in OFFER_RELATION_FIELDS}
        offers.append(Offer(
            id=oid, name=r.string(o.get("name"), f"{where}.name") or oid, aliases=aliases,
            category=category or "other", substances=substances,
            summary=facts["summary"] or Fact(source=""), facts=facts,
            valid_until=valid_until, next_step=relations["next_step"],
        ))
    if not offers:
        r.error("offers", "no offers")

    faq = []
    for i, q in enumerate(data.get("faq") or []):
        q = r.mapping(q, f"faq[{i}]")
        qid = r.string(q.get("id"), f"faq[{i}].id") or f"#{i}"
        questions = q.get("questions") or []
        if not isinstance(questions, list) or not questions:
            r.error(f"faq.{qid}.questions", "expected a non-empty list")
            questions = []
        answer = r.fact(q.get("answer"), f"faq.{qid}.answer", document, optional=False)
        if answer is not None:
            faq.append(FaqEntry(id=qid, questions=tuple(map(str, questions)), answer=answer))

    if r.errors:
        raise KnowledgeError("\n".join(r.errors))
    return Municipality(
        slug=slug, name=r.string(data.get("name"), "name") or slug, document=document,
        document_title=str(data.get("document_title") or document), document_year=year,
        centre=centre, topics=topics, offers=tuple(offers), faq=tuple(faq), path=path,
    )


def load_file(path: Path) -> Municipality:
    """Load and validate one knowledge file."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KnowledgeError(f"{path.name}: <yaml>: {exc}") from exc
    return parse_municipality(raw, path)


def load_knowledge(directory: Path = DEFAULT_KNOWLEDGE_DIR) -> Dict[str, Municipality]:
    """Load every municipality file in ``directory``; all problems of all files are reported."""
    result: Dict[str, Municipality] = {}
    errors: List[str] = []
    for path in municipality_files(directory):
        try:
            m = load_file(path)
        except KnowledgeError as exc:
            errors.append(str(exc))
            continue
        result[m.slug] = m
    if errors:
        raise KnowledgeError("\n".join(errors))
    if not result:
        raise KnowledgeError(f"{directory}: no knowledge files (*.yml) found")
    return result


def main(argv: List[str]) -> int:
    paths = [Path(a) for a in argv] or municipality_files()
    failed = False
    for path in paths:
        try:
            m = load_file(path)
        except KnowledgeError as exc:
            print(exc)
            failed = True
        else:
            print(f"{path.name}: OK ({len(m.offers)} offers, {len(m.faq)} faq, "
                  f"{sum(1 for _ in m.all_facts())} facts)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
