"""Triage decision: which offer fits this person, and what we still need to ask.

Pure logic, no Rasa imports. The input is a :class:`Situation` (what the person has told
us so far); the output of :func:`decide` is either the next fact to :class:`Ask` about, a
:class:`Recommendation` (one offer, the alternatives, and the conditions we had to assume),
or :class:`NoFit` when the catalogue has nothing for this person.

A fact is asked for only when its answer would change the recommended offer: for each
fact not yet known, every value that could matter (the age limits the rules use, each
substance, in treatment or not) is tried, and the question is asked only if the first
fitting rule is not the same offer for all of them. Facts the person skipped ("ved ikke")
are never asked again; rules that depend on them stay possible, and the recommendation
then says which condition it assumes ("hvis du er 13-29 år").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from core.language.ages import ADULT_AGE, OLDEST, YOUNGEST
from core.language.vocab import RELATIONS
from core.triage.rules import AgeLimit, Rule

AgeBand = Tuple[int, int]
# The band a word implies without an age ("min mand": an adult), not an age the person gave.
IMPLIED_ADULT: AgeBand = (ADULT_AGE, OLDEST)
"""An inclusive age band; an exact age ``16`` is ``(16, 16)``."""

FactValue = Union[str, AgeBand, FrozenSet[str], bool]
"""The value of one triage fact: ``asker``/``relation`` a string, ``user_age``/``asker_age``
an :data:`AgeBand`, ``substance`` a set of substances, ``in_treatment`` (and
``wants_anonymous``) a bool."""

FACTS = ("asker", "relation", "user_age", "asker_age", "substance", "in_treatment")
"""The facts triage can ask for, in the order it asks them."""

# Nobody is a parent before this age: "min søn er 16" tells us the writer is at least 28,
# and "min far drikker" from a 14-year-old tells us the father is at least 26.
MIN_PARENT_GAP = 12
# Ages tried besides the rules' own limits: the youngest we read, a grown-up, an old person.
PROBE_AGES = (YOUNGEST, 30, 99)


@dataclass(frozen=True)
class Situation:
    """What the person has told us. ``None`` means not told yet.

    Attributes:
        asker: ``self``, ``relative`` or ``professional``.
        relation: for relatives, what the asker is to the person who uses
            (``parent`` when the asker's child uses, ``child`` when a parent uses, ...).
        user_age: age band of the person who drinks or uses (for ``self``, the asker).
        asker_age: age band of the asker when that is someone else (relatives).
        substance: what is used: a set of ``alcohol`` and/or ``drugs``.
        in_treatment: whether the person who uses is in treatment now.
        wants_anonymous: the person said anonymity matters; anonymous alternatives first.
        declined: facts the person skipped or does not know; never asked again.
    """

    asker: Optional[str] = None
    relation: Optional[str] = None
    user_age: Optional[AgeBand] = None
    asker_age: Optional[AgeBand] = None
    substance: Optional[FrozenSet[str]] = None
    in_treatment: Optional[bool] = None
    wants_anonymous: Optional[bool] = None
    declined: FrozenSet[str] = field(default_factory=frozenset)

    def with_fact(self, fact: str, value: Optional[FactValue]) -> "Situation":
        # The field's type depends on the fact's name, which is only known at run time.
        change: Dict[str, Any] = {fact: value}
        return replace(self, **change)

    def open_facts(self) -> List[str]:
        """Facts neither given nor declined, in asking order.

        A parent is asked how old the child is; anyone else is asked their own age first
        ("min far drikker": the writer's age decides, not the father's). An age known only
        to be adult ("min mand drikker": the writer is 18 or more) is still open: the
        exact age may decide between a youth offer and the relatives' offers.
        """
        order = list(FACTS)
        if self.relation != "parent":
            order.remove("asker_age")
            order.insert(order.index("user_age"), "asker_age")
        return [f for f in order if f not in self.declined and (
            getattr(self, f) is None or getattr(self, f) == IMPLIED_ADULT)]


@dataclass(frozen=True)
class Ask:
    """Ask the person for ``fact`` next."""

    fact: str


@dataclass(frozen=True)
class Recommendation:
    """The offer to point to, and what else could fit.

    Attributes:
        rule: the rule that chose the offer (its ``offer_id`` and ``reason``).
        assumed: conditions of that rule we could not check because the person skipped a
            question: ``(fact, age limit or None)``; shown as "Det passer, hvis ...".
        alternatives: later rules that may also fit, each a different offer.
    """

    rule: Rule
    assumed: Tuple[Tuple[str, Optional[AgeLimit]], ...] = ()
    alternatives: Tuple[Rule, ...] = ()

    @property
    def offer_id(self) -> str:
        return self.rule.offer_id


@dataclass(frozen=True)
class NoFit:
    """No rule fits: the catalogue has no offer for this person."""

    asker: str


Decision = Union[Ask, Recommendation, NoFit]


def _effective_ages(s: Situation) -> Tuple[Optional[AgeBand], Optional[AgeBand]]:
    """User and asker age bands, filling what the relation implies."""
    user, asker = s.user_age, s.asker_age
    if s.asker == "self":
        return user, user
    if s.relation == "parent":
        if asker is None and user is not None:
            asker = (min(user[0] + MIN_PARENT_GAP, OLDEST), OLDEST)
        if user is None and asker is not None:
            user = (0, max(asker[1] - MIN_PARENT_GAP, 0))
    elif s.relation == "child":
        if user is None and asker is not None:
            user = (min(asker[0] + MIN_PARENT_GAP, OLDEST), OLDEST)
        if asker is None and user is not None:
            asker = (0, max(user[1] - MIN_PARENT_GAP, 0))
    return user, asker


def _age_state(band: Optional[AgeBand], limit: AgeLimit) -> Optional[bool]:
    if band is None:
        return None
    low, high = band
    if low >= limit.low and high <= limit.high:
        return True
    if high < limit.low or low > limit.high:
        return False
    return None  # the band straddles the limit: the exact age decides


def condition_states(rule: Rule, s: Situation) -> Dict[str, Optional[bool]]:
    """For each condition of ``rule``: True (holds), False (fails) or None (unknown)."""
    when = rule.when
    user, asker = _effective_ages(s)
    states: Dict[str, Optional[bool]] = {}
    if when.relation is not None:
        states["relation"] = None if s.relation is None else s.relation in when.relation
    if when.user_age is not None:
        states["user_age"] = _age_state(user, when.user_age)
    if when.asker_age is not None:
        states["asker_age"] = _age_state(asker, when.asker_age)
    if when.substance is not None:
        states["substance"] = (None if s.substance is None
                               else bool(s.substance & set(when.substance)))
    if when.substance_only is not None:
        states["substance"] = (None if s.substance is None
                               else s.substance <= set(when.substance_only))
    if when.in_treatment is not None:
        states["in_treatment"] = (None if s.in_treatment is None
                                  else s.in_treatment == when.in_treatment)
    return states


def possible_rules(rules: Sequence[Rule], s: Situation) -> List[Rule]:
    """Rules none of whose conditions is known to fail, in order."""
    return [r for r in rules if False not in condition_states(r, s).values()]


def _first_offer(rules: Sequence[Rule], s: Situation) -> Optional[str]:
    possible = possible_rules(rules, s)
    return possible[0].offer_id if possible else None


def _age_points(rules: Sequence[Rule], fact: str) -> List[int]:
    """Ages on both sides of every limit the rules use for ``fact``, plus the extremes."""
    points = set(PROBE_AGES)
    for rule in rules:
        limit: Optional[AgeLimit] = getattr(rule.when, fact)
        if limit is None:
            continue
        for age in (limit.low - 1, limit.low, limit.high, limit.high + 1):
            if 0 <= age <= OLDEST:
                points.add(age)
    return sorted(points)


def candidate_values(rules: Sequence[Rule], fact: str) -> List[FactValue]:
    """Values of ``fact`` that could lead to different offers."""
    if fact in ("user_age", "asker_age"):
        return [(age, age) for age in _age_points(rules, fact)]
    if fact == "relation":
        return list(RELATIONS)
    if fact == "substance":
        return [frozenset({"alcohol"}), frozenset({"drugs"}), frozenset({"alcohol", "drugs"})]
    if fact == "in_treatment":
        return [True, False]
    raise ValueError(f"not a rule fact: {fact}")


def _relevant(fact: str, asker: Optional[str]) -> bool:
    if asker == "self":
        return fact not in ("relation", "asker_age")
    if asker == "professional":
        return fact not in ("relation", "asker_age", "user_age")
    return True


def next_question(rules: Sequence[Rule], s: Situation) -> Optional[str]:
    """The first open fact whose answer changes which offer comes first, or ``None``."""
    for fact in s.open_facts():
        if fact == "asker" or not _relevant(fact, s.asker):
            continue
        values = candidate_values(rules, fact)
        if fact in ("user_age", "asker_age"):
            # An age the relation already implies ("min søn er 20": the writer is 32+)
            # is only asked if the answer could still change the offer within that band.
            implied = dict(zip(("user_age", "asker_age"), _effective_ages(s), strict=True))[fact]
            if implied is not None:
                values = [v for v in values
                          if isinstance(v, tuple) and implied[0] <= v[0] <= implied[1]]
        offers = {_first_offer(rules, s.with_fact(fact, v)) for v in values}
        if len(offers) > 1:
            return fact
    return None


def _is_anonymous(rule: Rule, anonymous_offers: Iterable[str]) -> bool:
    return rule.offer_id in anonymous_offers


def decide(rulebook: Mapping[str, Sequence[Rule]], s: Situation,
           anonymous_offers: Iterable[str] = ()) -> Decision:
    """Decide what to do next for one municipality's rules.

    Args:
        rulebook: the municipality's rules per asker (``self``/``relative``/``professional``).
        s: what the person has told us.
        anonymous_offers: ids of offers the catalogue calls anonymous; when the person
            wants anonymity these come first among the alternatives.

    Returns:
        :class:`Ask` for the next needed fact, a :class:`Recommendation`, or :class:`NoFit`.
    """
    asker = s.asker
    if asker is None:
        if "asker" not in s.declined:
            return Ask("asker")
        # Who is asking stays unknown: answer as to the person themself, the most common case.
        asker = "self"
        s = replace(s, asker=asker)
    rules = rulebook[asker]
    fact = next_question(rules, s)
    if fact is not None:
        return Ask(fact)
    possible = possible_rules(rules, s)
    if not possible:
        return NoFit(asker=asker)
    best = possible[0]
    assumed = tuple((f, getattr(best.when, f, None) if f.endswith("_age") else None)
                    for f, state in condition_states(best, s).items() if state is None)
    seen = {best.offer_id}
    alternatives: List[Rule] = []
    for rule in possible[1:]:
        if rule.offer_id not in seen:
            seen.add(rule.offer_id)
            alternatives.append(rule)
    if s.wants_anonymous:
        anonymous = set(anonymous_offers)
        alternatives.sort(key=lambda r: not _is_anonymous(r, anonymous))
    return Recommendation(rule=best, assumed=assumed, alternatives=tuple(alternatives[:3]))
