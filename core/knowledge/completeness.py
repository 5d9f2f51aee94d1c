"""Which numbers does a catalogue state about an offer that the knowledge base does not carry?

For every offer in ``knowledge/<slug>.yml`` this module finds the offer's own section in the
catalogue the file cites (the heading its ``summary`` cites), cuts the section at the next
heading of the same or a higher level, and lists the numbers in that section -- digits,
"1½", clock times, and number words such as "to", "tre", "otte" where they count sessions,
weeks, hours and the like -- that no fact of the offer carries. Sentences elsewhere in the
catalogue that name the offer are checked the same way (a detail under another heading).

A number is read with its unit ("2 timer", "8 gruppesessioner", "kl. 15"): it counts as
carried only when a fact carries the same number with the same unit, and a number with a
unit must be carried by a typed field where it belongs (``TYPED_FIELDS``: hours in
session_length/frequency/duration, ages in age_min/age_max/target_group, kroner in price,
a calendar year in valid_until ...), not only by the summary or the content.

A number that is not about the offer (a paragraph of the law, a page number, the centre's
own phone number, ...) is explained in ``knowledge/completeness_exceptions.yml``: by a rule
(a pattern whose matches are never offer facts), by a single entry (offer, number, context,
reason), or by a generic name (an offer name that is an ordinary word, not searched for).

Offers whose summaries cite the same section share it: a number in a shared section counts
as carried when any of them carries it. A section cited as its own by another offer that
lies inside an offer's section (a sub-heading, a bullet) belongs to that other offer only.

Run ``python -m core.knowledge.completeness [-v]`` for the report; it ends with a total and
exits with 1 when something is uncovered or an exception is stale. Pure Python: nothing here
imports rasa.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple

import yaml

from core.knowledge.base import (
    DEFAULT_KNOWLEDGE_DIR,
    Fact,
    Municipality,
    Offer,
    load_knowledge,
)

DEFAULT_CATALOGUE_DIR = DEFAULT_KNOWLEDGE_DIR.parent.parent / "shared" / "catalogues"
DEFAULT_EXCEPTIONS = DEFAULT_KNOWLEDGE_DIR / "completeness_exceptions.yml"

# --------------------------------------------------------------------------- headings
#
# Each catalogue writes its headings differently, so each has its own rules: a list of
# (level, pattern) tried on the stripped line (``fullmatch``), and bullet patterns tried on
# the raw line (``match``). Level 1 is a chapter; a section ends at the next heading of the
# same or a higher (smaller) level. Bullets are deep levels: a bullet's section is the
# bullet with its continuation, up to the next bullet or heading.

TOC_RE = re.compile(r"\.{4,}|\t\d+(?:\t|\s*$)|\s{2,}s\.\s*\d+\s*$")


@dataclass(frozen=True)
class DocRules:
    headings: Tuple[Tuple[int, str], ...]
    bullets: Tuple[Tuple[int, str], ...] = ()
    # levels whose numbered lines are list items, not headings, when a bullet follows
    list_item_levels: Tuple[int, ...] = ()
    # catalogues that start paragraphs with the offer's name ("Vagten Et akut tilbud ...")
    # promote a cited label at the start of a line to a heading of this level
    inline_level: Optional[int] = None


_SONDERBORG_TOP = ("Indledning|Rusmiddelbehandling|Anonymitet|Øvrige ydelser|Information"
                   "|Godkendelse")
_SONDERBORG_FIELDS = r"(?:Formål|Aktiviteter|Tidsmæssigt omfang|Medarbejdere)\b.*|- Aktiviteter\*\*"

_FREDERICIA_SUB = (
    "Social behandling for stofmisbrug|Anonym ambulant stofmisbrugsbehandling"
    r"|Serviceloven § 101 a|Servicelovens § 101\.|Lægesamtaler og lægelig stofmisbrugsbehandling"
    r"|Sundhedslovens +§ 14[12]\.|Behandling for alkoholmisbrug|Arbejdsmarkedsrettede aktiviteter"
    "|Omsorg - Akademiet|Projekter|Over 18-årige i misbrug|Ungegruppen .*|Under 18 årige|Mål"
    "|Værdier|Typer af tilbud|Organisationsdiagram|Sagsbehandling|Klageadgang|Borgers sag"
    "|Behandlingens tilrettelæggelse|Socialtilsyn Syd .*")

_SKANDERBORG_SUB = (
    "Kernefortælling|Rusmiddelcentrets vision og mission|Øvrig monitorering"
    "|Dag- og døgnbehandling|Særligt for gravide med alkohol- eller stofmisbrug"
    "|Frit valg ved alkoholbehandling|Frit valg ved stofbehandling"
    "|Behandlingstilbud til unge over 18 år|Behandlingstilbud til unge under 18 år"
    "|Pårørende til unge med rusmiddelproblemer"
    "|BRUS – hjælp til børn og unge i familier med rusmiddelproblemer|Underretningspligt"
    "|Serviceloven|Sundhedsloven|Barnets lov|Adresse:|Åbningstider:")
_SKANDERBORG_SUBSUB = (
    "Særligt tilrettelagt forløb for unge 13-14 år:|Pålagt rusmiddelindsats|Forbedringsforløb"
    r"|§ \d+ ?a?|Serviceloven § 10 & § 12 samt barnets lov § 28")

_VEJLE_SUB = (
    "Serviceloven|Sundhedsloven|Klageadgang|Rammer for frit valg|Mål og værdier|Organisering"
    "|Visitation|Behandlingsindsats|Opfølgning|Døgnbehandling"
    "|Ambulant behandling af stofmisbrug over 25 år|Efterbehandling ved stofmisbrug"
    "|Medicinsk substitutionsbehandling ved stofmisbrug"
    "|Ambulant behandling af stofmisbrug for unge mellem .*"
    "|Tilbud til pårørende til unge under 25 år"
    "|Anonym behandling for stofmisbrug|Døgnbehandling og afgiftning – ved stofmisbrug"
    "|Ambulant afrusning ved alkoholmisbrug .*|Motivationsforløb – .*|Introforløb/-kursus .*"
    "|3 måneders behandlingsforløb .*|Flexbehandling .*|Døgnbehandling ved alkoholmisbrug .*"
    "|Pårørendekursus .*|Efterbehandling i gruppe .*|Stabiliseringsbehandling .*"
    r"|Familieorienteret alkoholbehandling .*|CRAFT - .*|Kognitiv metode"
    r"|MI \(Motiverende Interview\)"
    r"|ACT \(.*\)|CRAFT \(.*\)|NADA")
_VEJLE_SUBSUB = ("Klageadgang i forbindelse med .*|Klager vedrørende personalet .*"
                 "|Mål for behandlingen ved afsluttet behandling|Måling 6 måneder .*"
                 "|Værdierne er:|Formål med behandlingen er:|Målene er:")

DOCUMENT_RULES: Dict[str, DocRules] = {
    "sonderborg-indsatskatalog-2020.txt": DocRules(
        headings=((1, _SONDERBORG_TOP), (1, r"\d{1,2} [A-ZÆØÅ#][^.\t]{1,60}"),
                  (2, r"\d+\.\d+ [^\t]{1,80}"), (2, "Metodegrundlag|Andre opgaver"),
                  (3, _SONDERBORG_FIELDS)),
        bullets=((8, r"- "), (9, r"\s+- ")),
    ),
    "fredericia-kvalitetsstandard-2016.txt": DocRules(
        headings=((1, r"\d+\. ?[A-ZÆØÅ].{0,70}"), (2, _FREDERICIA_SUB)),
        bullets=((8, r"\s*[∙\uf0b7] ?"),),
        inline_level=3,
    ),
    "skanderborg-kvalitetsstandard-2025-2026.txt": DocRules(
        headings=((1, r"\d+\. [A-ZÆØÅ].*"), (1, "Bilag – relevant lovgivning|KONTAKT"),
                  (2, r"\d+\.\d+ .*"), (3, _SKANDERBORG_SUB), (4, _SKANDERBORG_SUBSUB)),
        bullets=((5, r"\s*• "), (6, r"\s*o ")),
        list_item_levels=(1,),
    ),
    "vejle-kvalitetsstandard-2024-2026.txt": DocRules(
        headings=((1, r"\d+\.\s+[A-ZÆØÅ].*"), (2, _VEJLE_SUB), (3, _VEJLE_SUBSUB),
                  (4, r"(?:Formål|Målgruppe|Ramme/tid|Rammer/tid|Metode|Indhold|Personale"
                      r"|Kontakt)\b.*")),
        bullets=((8, r"\s*[\uf0b7] ?"), (9, r"\s*o ")),
    ),
}


@dataclass(frozen=True)
class Heading:
    line: int          # 0-based line number
    level: int
    text: str          # the stripped line


@dataclass
class Catalogue:
    """One catalogue's lines and outline."""

    name: str
    lines: List[str]
    headings: List[Heading]
    toc: Set[int]

    def section(self, h: Heading) -> Tuple[int, int]:
        """Line range [start, end) of a heading's section."""
        end = len(self.lines)
        for other in self.headings:
            if other.line > h.line and other.level <= h.level:
                end = other.line
                break
        return h.line, end

    def paragraph(self, line: int) -> Tuple[int, int]:
        start = line
        while start > 0 and self.lines[start - 1].strip():
            start -= 1
        end = line + 1
        while end < len(self.lines) and self.lines[end].strip():
            end += 1
        return start, end


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


_BULLET_PREFIX = re.compile(r"^[-•∙\uf0b7*]\s*|^o\s+")
_NUMBER_PREFIX = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def _clean_variants(line: str) -> Tuple[str, ...]:
    """The line as a label could be written: with and without bullet and numbering."""
    text = _norm(line).rstrip(":").strip()
    text = _BULLET_PREFIX.sub("", text)
    without = _NUMBER_PREFIX.sub("", text)
    return (text, without) if without != text else (text,)


def build_catalogue(path: Path, labels: Iterable[str] = ()) -> Catalogue:
    """Read a catalogue and find its headings; ``labels`` are the section labels the
    knowledge base cites (used only where the catalogue starts paragraphs with a name)."""
    rules = DOCUMENT_RULES.get(path.name)
    if rules is None:
        raise KeyError(f"no heading rules for {path.name}; add them to DOCUMENT_RULES")
    lines = path.read_text(encoding="utf-8").split("\n")
    toc = {i for i, line in enumerate(lines) if TOC_RE.search(line)}
    heading_res = [(level, re.compile(p)) for level, p in rules.headings]
    bullet_res = [(level, re.compile(p)) for level, p in rules.bullets]
    inline = sorted({_norm(lab) for lab in labels}, key=len, reverse=True)

    def next_is_bullet(i: int) -> bool:
        for j in range(i + 1, min(i + 6, len(lines))):
            if lines[j].strip():
                return any(b.match(lines[j]) for _, b in bullet_res)
        return False

    headings: List[Heading] = []
    for i, raw in enumerate(lines):
        text = raw.strip()
        if not text or i in toc:
            continue
        level = None
        for lvl, rx in heading_res:
            if rx.fullmatch(text):
                if lvl in rules.list_item_levels and next_is_bullet(i):
                    continue
                level = lvl
                break
        if level is None:
            for lvl, rx in bullet_res:
                if rx.match(raw):
                    level = lvl
                    break
        if level is None and rules.inline_level is not None and text[0].isupper():
            # "Vagten Et akut tilbud ...": the name, then a new sentence or a comma
            low = _norm(text)
            for lab in inline:
                rest = text[len(lab):].lstrip() if low.startswith(lab) else None
                if rest is not None and (not rest or rest[0].isupper() or rest[0] == ","
                                         or text[len(lab)] == ","):
                    level = rules.inline_level
                    break
        if level is not None:
            headings.append(Heading(i, level, text))
    return Catalogue(name=path.name, lines=lines, headings=headings, toc=toc)


def locate(cat: Catalogue, label: str) -> List[Tuple[int, int]]:
    """The line ranges of the section(s) a cited label names: headings equal to the label,
    else headings starting with it, else headings containing it, else the sentence(s)
    that contain it. A label the catalogue uses as heading twice names both sections."""
    want = _norm(label).rstrip(":").strip()
    for test in (lambda v: v == want, lambda v: v.startswith(want), lambda v: want in v):
        found = [h for h in cat.headings if any(test(v) for v in _clean_variants(h.text))]
        if found:
            return [cat.section(h) for h in found]
    ranges = []
    for i, line in enumerate(cat.lines):
        low = _norm(line)
        if i in cat.toc or want not in low:
            continue
        # the sentence that names it: from this line to the line where the sentence ends
        end = i
        tail = low[low.index(want) + len(want):]
        while not re.search(r"\.(\s|$)", tail) and end + 1 < len(cat.lines) \
                and cat.lines[end + 1].strip():
            end += 1
            tail = _norm(cat.lines[end])
        ranges.append((i, end + 1))
    if not ranges:  # the label runs across a line break
        joined = _norm(" ".join(cat.lines))
        if want in joined:
            pos, acc = joined.index(want), 0
            for i, line in enumerate(cat.lines):
                acc += len(_norm(line)) + 1
                if acc > pos:
                    ranges.append(cat.paragraph(i))
                    break
    return sorted(set(ranges))


# --------------------------------------------------------------------------- numbers

NUMBER_WORDS: Mapping[str, str] = {
    "én": "1", "ét": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5", "seks": "6",
    "syv": "7", "otte": "8", "ni": "9", "ti": "10", "elleve": "11", "tolv": "12",
    "halvanden": "1.5",
}

# What a number counts, from the word after it ("8 gruppesessioner" -> occasion). A number
# in a section counts as carried only when a fact carries the same number with the same
# unit: "2 timer" is not carried by "2-4 gange om måneden".
UNITS: Tuple[Tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(p)) for name, p in (
    ("minute", r"min(ut\w*)?$"),
    ("hour", r"time[rs]?$|timers$|t$"),
    ("week", r"uge[rn]?$|ugers$|ugentlig\w*$"),
    ("month", r"måned\w*$|mdr$|md$"),
    ("day", r"dage?$|dages$|døgn(et)?$|hverdage$"),
    ("year", r"år$|årige?$|års$"),
    ("money", r"kr$"),
    ("percent", r"%$"),
    ("occasion", r".*(samtale|session|seance|modul|møde|fremmøde|kursusgang)\w*$|gang(e|en)?$|x$"),
))
_CONNECTORS = {"-", "–", "til", "og", "eller", "á", "à", "a", "af"}
_TOKEN_RE = re.compile(r"%|[-–]|\d+(?:[.,]\d+)*|[a-zæøåé]+", re.IGNORECASE)


def unit_of(word: str) -> Optional[str]:
    w = word.lower()
    for name, rx in UNITS:
        if rx.match(w):
            return name
    return None


def _is_number_token(tok: str) -> bool:
    return tok[0].isdigit() or tok.lower() in NUMBER_WORDS


def _unit_after(text: str, end: int) -> Optional[str]:
    """The unit of the number that ends at ``end``: the first unit word after it, skipping
    a range ("2 – 4 gange", "1 til 4 samtaler") and at most two other words."""
    rest = text[end:end + 80]
    stop = re.search(r"\.\s+[A-ZÆØÅ]|\n\s*\n|[;:()]", rest)
    tokens = _TOKEN_RE.findall(rest[:stop.start()] if stop else rest)
    fillers = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.lower() in _CONNECTORS and i + 1 < len(tokens) and _is_number_token(tokens[i + 1]):
            i += 2
            continue
        if tok in "-–":     # "to-ugers"
            i += 1
            continue
        if _is_number_token(tok):
            return None
        unit = unit_of(tok)
        if unit:
            return unit
        fillers += 1
        if fillers > 2:
            return None
        i += 1
    return None


_PHONE_RE = re.compile(
    r"(?<![\d.,])(?:\+45\s?)?(\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|\d{4}\s\d{4})(?!\d|,\d)")
_DATE_RE = re.compile(r"(?<!\d)\d{1,2}-\d{1,2}-\d{4}(?!\d)")
_TIME_RE = re.compile(r"(?<![\d.,])(\d{1,2})[.:](\d{2})(?![\d,]|\.\d)")
_THOUSANDS_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])")
_DECIMAL_RE = re.compile(r"(?<![\d.,])(\d+),(\d+|-)(?![\d])")
_HALF_RE = re.compile(r"(?<![\d.,])(\d+)\s?½")
_INT_RE = re.compile(r"\d+")
_WORD_RE = re.compile(r"[a-zæøåé]+", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?:kl\.?|klokken)\s*$", re.IGNORECASE)


def _canon_float(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


@dataclass(frozen=True)
class Number:
    value: str      # canonical: "8", "1.5", "8:30", "tel:76819000", "date:4-6-2020"
    start: int
    end: int
    unit: Optional[str] = None   # see UNITS; "clock" for times of day

    @property
    def key(self) -> Tuple[str, Optional[str]]:
        return self.value, self.unit


def numbers_in(text: str) -> List[Number]:
    """Every number in ``text`` in canonical form with its position and unit."""
    found: List[Tuple[str, int, int, bool]] = []
    taken = [False] * len(text)

    def take(m: re.Match[str], value: str, group: int = 0, clock: bool = False) -> None:
        s, e = m.span(group)
        if any(taken[s:e]):
            return
        for k in range(s, e):
            taken[k] = True
        found.append((value, s, e, clock))

    for m in _DATE_RE.finditer(text):
        d, mth, y = m.group(0).split("-")
        take(m, f"date:{int(d)}-{int(mth)}-{y}")
    for m in _PHONE_RE.finditer(text):
        take(m, "tel:" + re.sub(r"\D", "", m.group(1)), 1)
    for m in _TIME_RE.finditer(text):
        hour, minute = int(m.group(1)), m.group(2)
        if hour > 24 or int(minute) > 59:
            continue
        take(m, str(hour) if minute == "00" else f"{hour}:{minute}", clock=True)
    for m in _THOUSANDS_RE.finditer(text):
        whole, _, dec = m.group(0).partition(",")
        take(m, _canon_float(float(whole.replace(".", "") + ("." + dec if dec else ""))))
    for m in _DECIMAL_RE.finditer(text):
        dec = m.group(2)
        take(m, m.group(1) if dec == "-" else _canon_float(float(f"{m.group(1)}.{dec}")))
    for m in _HALF_RE.finditer(text):
        take(m, _canon_float(int(m.group(1)) + 0.5))
    for m in _INT_RE.finditer(text):
        take(m, str(int(m.group(0))))
    words = list(_WORD_RE.finditer(text))
    for i, m in enumerate(words):
        word = m.group(0).lower()
        if word == "en" and i + 2 < len(words) and words[i + 1].group(0).lower() == "til":
            if words[i + 2].group(0).lower() in NUMBER_WORDS:
                take(m, "1")
            continue
        if word not in NUMBER_WORDS:
            continue
        if word == "halvanden" or any(unit_of(w.group(0)) for w in words[i + 1:i + 4]):
            take(m, NUMBER_WORDS[word])
    out = []
    for value, s, e, clock in sorted(found, key=lambda f: f[1]):
        if ":" in value and not value.startswith(("tel:", "date:")):
            clock = True
        if not clock and _CLOCK_BEFORE.search(text[max(0, s - 10):s]):
            clock = True
        if value.startswith(("tel:", "date:")):
            unit = None
        elif clock:
            unit = "clock"
        elif text[e - 2:e] == ",-":      # "2500,-" is kroner
            unit = "money"
        else:
            unit = _unit_after(text, e)
            if unit is None and re.fullmatch(r"(19|20)\d\d", value) and e - s == 4:
                unit = "calendar"        # a year: "til og med 2025"
        out.append(Number(value, s, e, unit))
    # "kl. 15-16:30": the start of a clock range is a clock time too
    for i, n in enumerate(out[:-1]):
        nxt = out[i + 1]
        if (nxt.unit == "clock" and n.unit != "clock"
                and re.fullmatch(r"\s*[-–]\s*", text[n.end:nxt.start])):
            out[i] = Number(n.value, n.start, n.end, "clock")
    return out


def fact_numbers(facts: Iterable[Tuple[str, Optional[Fact]]]) -> Set[Tuple[str, Optional[str]]]:
    """(value, unit) of every number the facts carry; typed ages count as years."""
    out: Set[Tuple[str, Optional[str]]] = set()
    for name, f in facts:
        if f is None:
            continue
        if f.text:
            out.update(n.key for n in numbers_in(f.text))
        if f.value is not None and not isinstance(f.value, bool):
            if name in ("age_min", "age_max"):
                out.add((str(f.value), "year"))
                if name == "age_max" and f.inclusive is True:     # 17 inclusive = under 18
                    out.add((str(f.value + 1), "year"))
                if name == "age_max" and f.inclusive is False:    # under 25 = 24 inclusive
                    out.add((str(f.value - 1), "year"))
            else:
                out.update(n.key for n in numbers_in(str(f.value)))
    return out


def offer_numbers(offer: Offer, fields: Optional[Iterable[str]] = None
                  ) -> Set[Tuple[str, Optional[str]]]:
    """(value, unit) of the numbers the offer's facts carry (only ``fields`` if given)."""
    facts: List[Tuple[str, Optional[Fact]]] = list(offer.facts.items())
    valid = getattr(offer, "valid_until", None)
    if valid is not None:
        facts.append(("valid_until", valid))
    if fields is not None:
        wanted = set(fields)
        facts = [(k, f) for k, f in facts if k in wanted]
    return fact_numbers(facts)


# Where a number with a unit belongs: "2 timer" in a section must be carried by one of these
# typed fields, not only by the summary or the content.
TYPED_FIELDS: Mapping[str, Tuple[str, ...]] = {
    "minute": ("session_length", "frequency", "duration"),
    "hour": ("session_length", "frequency", "duration"),
    "clock": ("frequency", "session_length"),
    "occasion": ("duration", "frequency", "session_length", "price", "anonymous", "consent"),
    "week": ("duration", "frequency"),
    "month": ("duration", "frequency", "valid_until"),
    "day": ("duration", "frequency", "session_length"),
    "year": ("age_min", "age_max", "target_group", "consent", "valid_until"),
    "money": ("price",),
    "calendar": ("valid_until",),
}


def is_carried(number: Number, carried: Set[Tuple[str, Optional[str]]]) -> bool:
    """A number with a unit needs the same number with the same unit; one without a unit
    is carried by the same number with any unit."""
    if number.unit is None:
        return any(v == number.value for v, _ in carried)
    return number.key in carried


# --------------------------------------------------------------------------- exceptions


@dataclass(frozen=True)
class Rule:
    id: str
    patterns: Tuple[re.Pattern[str], ...]
    documents: Optional[Tuple[str, ...]]   # None = every catalogue
    reason: str

    def applies_to(self, document: str) -> bool:
        return self.documents is None or document in self.documents


@dataclass(frozen=True)
class NumberException:
    offer: str          # "<slug>/<offer id>"
    number: str         # canonical value
    context: Optional[str]
    reason: str

    def matches(self, slug: str, offer_ids: Sequence[str], item: "Uncovered") -> bool:
        slug_, oid = self.offer.split("/", 1)
        if slug_ != slug or oid not in offer_ids or self.number != item.number:
            return False
        return self.context is None or _norm(self.context) in _norm(item.context)


@dataclass(frozen=True)
class Exceptions:
    rules: Tuple[Rule, ...] = ()
    numbers: Tuple[NumberException, ...] = ()
    # offer names that are ordinary words ("unge"): not searched for mentions
    generic_names: Mapping[str, str] = field(default_factory=dict)


def load_exceptions(path: Path = DEFAULT_EXCEPTIONS) -> Exceptions:
    if not path.is_file():
        return Exceptions()
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    rules = []
    for r in raw.get("rules") or []:
        if not r.get("reason"):
            raise ValueError(f"{path.name}: rule {r.get('id')!r} has no reason")
        docs = r.get("documents")
        rules.append(Rule(id=r["id"],
                          patterns=tuple(re.compile(p) for p in r["patterns"]),
                          documents=tuple(docs) if docs else None, reason=r["reason"]))
    numbers = []
    for n in raw.get("numbers") or []:
        if not n.get("reason"):
            raise ValueError(f"{path.name}: exception {n} has no reason")
        raw_number = str(n["number"]).strip()
        canon = numbers_in(raw_number)
        value = NUMBER_WORDS.get(raw_number.lower()) or (canon[0].value if canon else raw_number)
        numbers.append(NumberException(offer=n["offer"], number=value,
                                       context=n.get("context"), reason=n["reason"]))
    generic = {}
    for g in raw.get("generic_names") or []:
        if not g.get("reason"):
            raise ValueError(f"{path.name}: generic name {g.get('name')!r} has no reason")
        generic[_norm(g["name"])] = g["reason"]
    return Exceptions(rules=tuple(rules), numbers=tuple(numbers), generic_names=generic)


# --------------------------------------------------------------------------- report


@dataclass(frozen=True)
class Uncovered:
    number: str
    unit: Optional[str]
    context: str
    line: int        # 1-based line in the catalogue
    where: str = "own section"   # or "mention": a sentence elsewhere naming the offer
    kind: str = "uncovered"      # or "untyped": carried, but by no typed field it belongs in

    @property
    def label(self) -> str:
        return f"{self.number} {self.unit}" if self.unit else self.number


@dataclass
class OfferReport:
    slug: str
    offers: Tuple[str, ...]              # offers sharing the section
    sections: Tuple[str, ...]            # the labels cited
    ranges: Tuple[Tuple[int, int], ...]  # 0-based [start, end) line ranges checked
    uncovered: List[Uncovered] = field(default_factory=list)
    excepted: List[Tuple[Uncovered, str]] = field(default_factory=list)


@dataclass
class Report:
    offers: List[OfferReport]
    used_rules: Set[str]
    used_numbers: Set[int]               # indexes into Exceptions.numbers
    exceptions: Exceptions
    used_generic: Set[str] = field(default_factory=set)

    def total(self, slug: Optional[str] = None) -> int:
        return sum(len(o.uncovered) for o in self.offers if slug is None or o.slug == slug)

    def stale(self) -> List[str]:
        out = [f"rule {r.id}" for r in self.exceptions.rules if r.id not in self.used_rules]
        out += [f"number {n.offer} {n.number!r} ({n.context or 'any context'})"
                for i, n in enumerate(self.exceptions.numbers) if i not in self.used_numbers]
        out += [f"generic name {n!r}" for n in self.exceptions.generic_names
                if n not in self.used_generic]
        return out


def _own_labels(offer: Offer) -> Tuple[str, ...]:
    return (offer.summary.section,)


def _subtract(ranges: Sequence[Tuple[int, int]], holes: Sequence[Tuple[int, int]]
              ) -> List[Tuple[int, int]]:
    lines: Set[int] = set()
    for a, b in ranges:
        lines.update(range(a, b))
    for a, b in holes:
        lines.difference_update(range(a, b))
    out: List[Tuple[int, int]] = []
    for i in sorted(lines):
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def _context(text: str, start: int, end: int, width: int = 45) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    snippet = re.sub(r"\s+", " ", text[a:b]).strip()
    return ("…" if a else "") + snippet + ("…" if b < len(text) else "")


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ•\-\uf0b7∙])|\n(?=\s*[•\-\uf0b7∙o]\s)")
_PAREN = re.compile(r"\s*\(.*?\)")


def offer_names(offer: Offer) -> Set[str]:
    """Names under which the catalogue mentions an offer outside its own section: its
    name without a parenthesis or a dash-suffix ("Motivationsforløb – alkoholmisbrug – Fase 2"
    -> "motivationsforløb"), and the label its summary cites."""
    names = set()
    for raw in (offer.name, offer.summary.section):
        text = _PAREN.sub("", raw)
        text = re.split(r"\s[–-]\s", text)[0]
        text = _NUMBER_PREFIX.sub("", _norm(text)).strip(" :")
        if len(text) >= 3:
            names.add(text)
    return names


def _mentions(text: str, names: Iterable[str]) -> bool:
    low = text.lower()
    return any(re.search(r"(?<![\wæøå])" + re.escape(n) + r"(?![\wæøå])", low) for n in names)


def check_municipality(m: Municipality, catalogue_dir: Path, exceptions: Exceptions,
                       report: Report) -> None:
    path = catalogue_dir / m.document
    labels = {f.section for _, f in m.all_facts()}
    cat = build_catalogue(path, labels)
    lines = ["" if i in cat.toc else line for i, line in enumerate(cat.lines)]
    text = "\n".join(lines)
    line_start = [0]
    for line in lines:
        line_start.append(line_start[-1] + len(line) + 1)

    # mask what the rules explain, once for the whole catalogue
    masked = list(text)
    for rule in (r for r in exceptions.rules if r.applies_to(m.document)):
        for rx in rule.patterns:
            for mt in rx.finditer(text):
                if numbers_in(mt.group(0)):
                    report.used_rules.add(rule.id)
                for k in range(*mt.span()):
                    if masked[k] != "\n":
                        masked[k] = " "
    numbers = numbers_in("".join(masked))

    def line_of(pos: int) -> int:
        lo, hi = 0, len(line_start) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if line_start[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    groups: Dict[Tuple[Tuple[int, int], ...], List[Offer]] = {}
    group_labels: Dict[Tuple[Tuple[int, int], ...], Set[str]] = {}
    for offer in m.offers:
        ranges: List[Tuple[int, int]] = []
        for label in _own_labels(offer):
            ranges.extend(locate(cat, label))
        key = tuple(sorted(set(ranges)))
        groups.setdefault(key, []).append(offer)
        group_labels.setdefault(key, set()).update(_own_labels(offer))

    # sentences, for mentions of an offer outside its own section
    sentences: List[Tuple[int, int]] = []
    for para in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text):
        pos = para.start()
        for piece in _SENTENCE_END.split(para.group(0)):
            idx = text.index(piece, pos) if piece else pos
            sentences.append((idx, idx + len(piece)))
            pos = idx + len(piece)

    for key, offers in groups.items():
        holes = [r for other in groups if other != key for r in other
                 if any(a <= r[0] and r[1] <= b and r != (a, b) for a, b in key)]
        checked = _subtract(key, holes)
        own_lines: Set[int] = set()
        for a, b in checked:
            own_lines.update(range(a, b))
        carried: Set[Tuple[str, Optional[str]]] = set()
        typed: Dict[Tuple[str, ...], Set[Tuple[str, Optional[str]]]] = {
            f: set().union(*(offer_numbers(o, f) for o in offers))
            for f in set(TYPED_FIELDS.values())}
        names: Set[str] = set()
        for o in offers:
            carried |= offer_numbers(o)
            for name in offer_names(o):
                if name in exceptions.generic_names:
                    report.used_generic.add(name)
                else:
                    names.add(name)
        ids = tuple(o.id for o in offers)
        rep = OfferReport(slug=m.slug, offers=ids, sections=tuple(sorted(group_labels[key])),
                          ranges=tuple(checked))
        spans = [(line_start[a], line_start[b]) for a, b in checked]
        spans += [(s, e) for s, e in sentences
                  if line_of(s) not in own_lines and _mentions(text[s:e], names)]
        seen: Set[Tuple[int, int]] = set()
        for s, e in spans:
            for num in numbers:
                if not (s <= num.start < e) or (num.start, num.end) in seen:
                    continue
                seen.add((num.start, num.end))
                fields = TYPED_FIELDS.get(num.unit or "")
                if is_carried(num, carried):
                    if fields is None or is_carried(num, typed[fields]):
                        continue
                    kind = "untyped"
                else:
                    kind = "uncovered"
                line_no = line_of(num.start)
                where = "own section" if line_no in own_lines else "mention"
                item = Uncovered(num.value, num.unit, _context(text, num.start, num.end),
                                 line_no + 1, where, kind)
                hit = next((i for i, x in enumerate(exceptions.numbers)
                            if x.matches(m.slug, ids, item)), None)
                if hit is None:
                    rep.uncovered.append(item)
                else:
                    report.used_numbers.add(hit)
                    rep.excepted.append((item, exceptions.numbers[hit].reason))
        rep.uncovered.sort(key=lambda u: u.line)
        report.offers.append(rep)


def build_report(knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR,
                 catalogue_dir: Path = DEFAULT_CATALOGUE_DIR,
                 exceptions_path: Optional[Path] = None) -> Report:
    exceptions = load_exceptions(exceptions_path or knowledge_dir / "completeness_exceptions.yml")
    report = Report(offers=[], used_rules=set(), used_numbers=set(), exceptions=exceptions)
    for _slug, m in sorted(load_knowledge(knowledge_dir).items()):
        check_municipality(m, catalogue_dir, exceptions, report)
    return report


def format_report(report: Report, verbose: bool = False) -> str:
    out: List[str] = []
    slugs = sorted({o.slug for o in report.offers})
    for slug in slugs:
        out.append(f"== {slug}: {report.total(slug)} uncovered")
        for o in report.offers:
            if o.slug != slug or not (o.uncovered or (verbose and o.excepted)):
                continue
            out.append(f"  {', '.join(o.offers)}  [§{' | §'.join(o.sections)}]")
            for u in o.uncovered:
                flags = (" (mention)" if u.where == "mention" else "") + \
                    (" [not in a typed field]" if u.kind == "untyped" else "")
                out.append(f"    {u.label:>12}  l.{u.line}{flags}: {u.context}")
            if verbose:
                for u, reason in o.excepted:
                    out.append(f"    ({u.number}) l.{u.line}: excepted: {reason}")
    stale = report.stale()
    if stale:
        out.append("stale exceptions (no longer needed): " + "; ".join(stale))
    excepted = sum(len(o.excepted) for o in report.offers)
    out.append("total uncovered: " + str(report.total()) + " ("
               + ", ".join(f"{s} {report.total(s)}" for s in slugs) + f"); {excepted} explained "
               f"by single exceptions (-v lists them), {len(report.used_rules)} rules used")
    return "\n".join(out)


def main(argv: List[str]) -> int:
    verbose = "-v" in argv or "--verbose" in argv
    report = build_report()
    print(format_report(report, verbose=verbose))
    return 1 if report.total() or report.stale() else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
