"""Loading and checking the triage rules in ``knowledge/triage.yml``.

The rules are data so that a municipality's catalogue can change without code changes,
and so that every limit they use (an age, a substance) can be traced to the catalogue:
age limits are either the offer's own ``age_min``/``age_max`` or carry a ``source``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Mapping, NoReturn, Optional, Tuple

import yaml

from core.knowledge.base import SOURCE_RE, KnowledgeError, Municipality, Offer
from core.language.ages import OLDEST
from core.language.vocab import RELATIONS as RELATIONS  # re-exported: the relations rules name

ASKERS = ("self", "relative", "professional")
SUBSTANCES = ("alcohol", "drugs")
AGE_FACTS = ("user_age", "asker_age")
CONDITION_KEYS = ("relation", "user_age", "asker_age", "substance", "substance_only",
                  "in_treatment")


@dataclass(frozen=True)
class AgeLimit:
    """Inclusive age band a condition asks for, with the catalogue section it comes from."""

    low: int
    high: int
    source: str

    def describe(self) -> str:
        if self.high >= OLDEST:
            return f"fra {self.low} år"
        if self.low <= 0:
            return f"til og med {self.high} år"
        return f"{self.low}-{self.high} år"


@dataclass(frozen=True)
class Conditions:
    relation: Optional[Tuple[str, ...]] = None
    user_age: Optional[AgeLimit] = None
    asker_age: Optional[AgeLimit] = None
    substance: Optional[Tuple[str, ...]] = None
    substance_only: Optional[Tuple[str, ...]] = None
    in_treatment: Optional[bool] = None


@dataclass(frozen=True)
class Rule:
    id: str
    asker: str
    offer_id: str
    when: Conditions
    reason: str


RuleBook = Mapping[str, Mapping[str, Tuple[Rule, ...]]]
"""municipality slug -> asker -> rules in order."""


def offer_age_limit(offer: Offer) -> Optional[AgeLimit]:
    """The offer's own age band (inclusive), or ``None`` when the catalogue gives none."""
    low, high = offer.fact("age_min"), offer.fact("age_max")
    cited = low if low is not None else high
    if cited is None:
        return None
    top = OLDEST
    if high is not None:
        top = high.value - 1 if high.inclusive is False else high.value
    return AgeLimit(low=low.value if low is not None else 0, high=top, source=cited.source)


class _RuleReader:
    def __init__(self, path: Path, knowledge: Mapping[str, Municipality]) -> None:
        self.path = path
        self.knowledge = knowledge

    def fail(self, where: str, problem: str) -> NoReturn:
        raise KnowledgeError(f"{self.path.name}: {where}: {problem}")

    def age(self, raw: Any, offer: Offer, where: str, document: str) -> AgeLimit:
        if raw == "offer":
            limit = offer_age_limit(offer)
            if limit is None:
                self.fail(where, f"offer {offer.id} has no age_min/age_max to use")
            return limit
        if not isinstance(raw, dict) or "source" not in raw or not ({"min", "max"} & set(raw)):
            self.fail(where, "must be `offer` or {min, max, source}")
        match = SOURCE_RE.match(str(raw["source"]))
        if not match or match.group("document") != document:
            self.fail(where, f"source must be '{document} §<heading>'")
        low, high = raw.get("min", 0), raw.get("max", OLDEST)
        if not (isinstance(low, int) and isinstance(high, int) and 0 <= low <= high <= OLDEST):
            self.fail(where, f"bad age band {low}-{high}")
        return AgeLimit(low=low, high=high, source=raw["source"])

    def choices(self, raw: Any, allowed: Tuple[str, ...], where: str) -> Tuple[str, ...]:
        if not isinstance(raw, list) or not raw or any(v not in allowed for v in raw):
            self.fail(where, f"must be a list of {', '.join(allowed)}")
        return tuple(raw)

    def rule(self, raw: Any, slug: str, asker: str, where: str) -> Rule:
        m = self.knowledge[slug]
        if not isinstance(raw, dict):
            self.fail(where, "must be a mapping")
        for key in ("id", "offer", "when", "reason"):
            if key not in raw:
                self.fail(where, f"missing {key}")
        offer = m.offer(raw["offer"])
        if offer is None:
            self.fail(f"{where}.offer", f"no offer '{raw['offer']}' in {slug}.yml")
        when = raw["when"] or {}
        unknown = set(when) - set(CONDITION_KEYS)
        if unknown:
            self.fail(f"{where}.when", f"unknown conditions {sorted(unknown)}")
        if asker != "relative" and ("relation" in when or "asker_age" in when):
            self.fail(f"{where}.when", "relation and asker_age apply to relatives only")
        reason = raw["reason"]
        if not isinstance(reason, str) or not reason.strip() or any(c.isdigit() for c in reason):
            self.fail(f"{where}.reason", "must be a Danish sentence without numbers")
        in_treatment = when.get("in_treatment")
        if in_treatment is not None and not isinstance(in_treatment, bool):
            self.fail(f"{where}.when.in_treatment", "must be true or false")
        conditions = Conditions(
            relation=(self.choices(when["relation"], RELATIONS, f"{where}.when.relation")
                      if "relation" in when else None),
            user_age=(self.age(when["user_age"], offer, f"{where}.when.user_age", m.document)
                      if "user_age" in when else None),
            asker_age=(self.age(when["asker_age"], offer, f"{where}.when.asker_age", m.document)
                       if "asker_age" in when else None),
            substance=(self.choices(when["substance"], SUBSTANCES, f"{where}.when.substance")
                       if "substance" in when else None),
            substance_only=(self.choices(when["substance_only"], SUBSTANCES,
                                         f"{where}.when.substance_only")
                            if "substance_only" in when else None),
            in_treatment=in_treatment,
        )
        return Rule(id=str(raw["id"]), asker=asker, offer_id=offer.id, when=conditions,
                    reason=reason.strip())

    def read(self, raw: Any) -> Dict[str, Dict[str, Tuple[Rule, ...]]]:
        if not isinstance(raw, dict):
            self.fail("(top)", "must map municipality slugs to rules")
        book: Dict[str, Dict[str, Tuple[Rule, ...]]] = {}
        for slug in self.knowledge:
            if slug not in raw:
                self.fail(slug, "no triage rules for this municipality")
        for slug, by_asker in raw.items():
            if slug not in self.knowledge:
                self.fail(slug, "no knowledge file for this municipality")
            if not isinstance(by_asker, dict) or set(by_asker) != set(ASKERS):
                self.fail(slug, f"needs exactly the askers {', '.join(ASKERS)}")
            book[slug] = {}
            for asker in ASKERS:
                rules = by_asker[asker]
                if not isinstance(rules, list) or not rules:
                    self.fail(f"{slug}.{asker}", "needs at least one rule")
                parsed = tuple(self.rule(r, slug, asker, f"{slug}.{asker}[{i}]")
                               for i, r in enumerate(rules))
                ids = [r.id for r in parsed]
                if len(set(ids)) != len(ids):
                    self.fail(f"{slug}.{asker}", "rule ids must be unique")
                book[slug][asker] = parsed
        return book


def load_rules(path: Path, knowledge: Mapping[str, Municipality]) -> RuleBook:
    """Read and check ``triage.yml`` against the loaded knowledge base.

    Raises:
        KnowledgeError: with ``<file>: <where>: <problem>`` when the file is wrong.
    """
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeError(f"{path.name}: cannot read: {error}") from error
    return _RuleReader(path, knowledge).read(raw)
