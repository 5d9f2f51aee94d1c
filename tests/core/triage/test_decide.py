"""The triage decision, checked exhaustively against the catalogues' rules.

``EXPECTED`` below is written from the catalogues (not from knowledge/triage/rules.yml):
for each municipality and kind of asker, the first row whose test holds names the offer
the person should be sent to, or ``None`` where the catalogue has nothing that fits. The
cases are every municipality × who asks × boundary age × substance × in treatment.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, FrozenSet, Iterator, List, Optional, Tuple

import pytest

from core.answering.builders import age_line, offer_fits_age
from core.knowledge.base import DEFAULT_KNOWLEDGE_DIR
from core.triage.answers import recommendation
from core.triage.decide import (
    FACTS,
    MIN_PARENT_GAP,
    Ask,
    NoFit,
    Recommendation,
    Situation,
    candidate_values,
    decide,
    possible_rules,
)
from core.triage.rules import load_rules

BOUNDARY_AGES = (11, 12, 13, 14, 15, 17, 18, 22, 23, 24, 25, 29, 30)
RELATIONS = ("parent", "partner", "child", "sibling", "friend", "other")
ALCOHOL, DRUGS = frozenset({"alcohol"}), frozenset({"drugs"})
BOTH = ALCOHOL | DRUGS
SUBSTANCES = (ALCOHOL, DRUGS, BOTH)
TREATMENT = (True, False)


@dataclass(frozen=True)
class Case:
    municipality: str
    asker: str
    user_age: int
    asker_age: int
    substance: FrozenSet[str]
    in_treatment: bool
    relation: Optional[str] = None

    def situation(self) -> Situation:
        return Situation(asker=self.asker, relation=self.relation,
                         user_age=(self.user_age, self.user_age),
                         asker_age=None if self.asker == "self" else (self.asker_age, self.asker_age),
                         substance=self.substance, in_treatment=self.in_treatment)


Row = Tuple[Callable[[Case], bool], Optional[str]]
ANY: Callable[[Case], bool] = lambda c: True  # noqa: E731

EXPECTED: Dict[str, Dict[str, List[Row]]] = {
    # Sønderborg 2020: ungdomsrådgivning "12 år indtil det 23. leveår samt deres forældre",
    # åben rådgivning for everyone, pårørendeforløb for every pårørende.
    "sonderborg": {
        "self": [(lambda c: 12 <= c.user_age <= 22, "ungdomsraadgivning"),
                 (ANY, "aaben_raadgivning")],
        "relative": [(lambda c: c.relation != "parent" and 12 <= c.asker_age <= 22,
                      "ungdomsraadgivning"),
                     (ANY, "paaroerendeforloeb")],
        "professional": [(ANY, "raadgivning_arbejdsgivere")],
    },
    # Skanderborg 2025-26: Ungerådgivningen 13-29, åben rådgivning 30+, BRUS for children
    # and young people up to 24 in families with problems, parents of young people in
    # Ungerådgivningen, samtaler for voksne pårørende.
    "skanderborg": {
        "self": [(lambda c: 13 <= c.user_age <= 29, "ungeraadgivningen_raadgivning"),
                 (lambda c: c.user_age >= 30, "aaben_raadgivning"),
                 (ANY, None)],
        "relative": [(lambda c: c.relation in ("child", "sibling") and c.asker_age <= 24, "brus"),
                     (lambda c: c.relation == "parent" and 13 <= c.user_age <= 29,
                      "paaroerende_til_unge"),
                     (lambda c: c.asker_age >= 18, "paaroerende_samtaler"),
                     (lambda c: 13 <= c.asker_age <= 29, "ungeraadgivningen_raadgivning"),
                     (ANY, None)],
        "professional": [(ANY, "raadgivning_fagfolk")],
    },
    # Vejle 2024-26: drug treatment for young people 15-18 and 18-25, anonymous counselling
    # for everyone; CRAFT for relatives over 18 of someone who drinks too much and is not in
    # treatment; relatives of young people under 25; children of adults in alcohol
    # treatment (0-25); pårørendekursus for adult relatives of people 25+ in treatment.
    "vejle": {
        "self": [(lambda c: "drugs" in c.substance and 15 <= c.user_age <= 17, "unge_15_18"),
                 (lambda c: "drugs" in c.substance and 18 <= c.user_age <= 24, "unge_18_25"),
                 (ANY, "anonym_raadgivning")],
        "relative": [(lambda c: c.asker_age >= 18 and "alcohol" in c.substance
                      and not c.in_treatment, "craft"),
                     (lambda c: c.user_age <= 24 and "drugs" in c.substance,
                      "paarorende_unge_under_25"),
                     (lambda c: c.relation == "child" and c.asker_age <= 25
                      and "alcohol" in c.substance and c.in_treatment, "alko_boernesamtaler"),
                     (lambda c: c.asker_age >= 18 and c.user_age >= 25 and c.in_treatment,
                      "paarorendekursus"),
                     (lambda c: c.asker_age >= 18 and "alcohol" in c.substance
                      and c.in_treatment, "alko_paarorendesamtaler"),
                     (ANY, "anonym_raadgivning")],
        "professional": [(ANY, "anonym_raadgivning")],
    },
    # Fredericia 2016: the young target groups (under 18, 18-25) go to Ungebehandlingen;
    # Vagten for alcohol only, for users and relatives; åben anonym rådgivning for all.
    "fredericia": {
        "self": [(lambda c: c.user_age <= 25, "ungebehandlingen"),
                 (lambda c: c.substance == ALCOHOL, "vagten"),
                 (ANY, "aaben_anonym_raadgivning")],
        "relative": [(lambda c: c.substance == ALCOHOL, "vagten"),
                     (ANY, "aaben_anonym_raadgivning")],
        "professional": [(lambda c: c.substance == ALCOHOL, "vagten"),
                         (ANY, "aaben_anonym_raadgivning")],
    },
}


def expected_offer(case: Case) -> Optional[str]:
    return next(offer for test, offer in EXPECTED[case.municipality][case.asker] if test(case))


def cases(municipality: str) -> Iterator[Case]:
    for age, substance in itertools.product(BOUNDARY_AGES, SUBSTANCES):
        yield Case(municipality, "self", age, age, substance, False)
        yield Case(municipality, "professional", age, 40, substance, False)
    for relation, age, other, substance, treated in itertools.product(
            RELATIONS, BOUNDARY_AGES, (16, 45), SUBSTANCES, TREATMENT):
        # the age band is the asker's own age, then the age of the person who uses
        yield Case(municipality, "relative", other, age, substance, treated, relation)
        yield Case(municipality, "relative", age, other, substance, treated, relation)


def plausible(case: Case) -> bool:
    """Parents are older than their children (triage infers one age from the other)."""
    if case.relation == "parent":
        return case.asker_age >= case.user_age + MIN_PARENT_GAP
    if case.relation == "child":
        return case.user_age >= case.asker_age + MIN_PARENT_GAP
    return True


@pytest.fixture(scope="module")
def rulebook(kb):
    return load_rules(DEFAULT_KNOWLEDGE_DIR / "triage" / "rules.yml", kb)


@pytest.mark.parametrize("municipality", ["sonderborg", "skanderborg", "vejle", "fredericia"])
def test_every_case_gets_the_catalogue_offer(kb, rulebook, municipality):
    checked, failures = 0, []
    m = kb[municipality]
    for case in cases(municipality):
        decision = decide(rulebook[municipality], case.situation())
        want = expected_offer(case)
        got = decision.offer_id if isinstance(decision, Recommendation) else None
        assert not isinstance(decision, Ask), f"{case}: asked {decision} with every fact known"
        if got != want:
            failures.append(f"{case}: got {got}, want {want}")
            continue
        checked += 1
        if got is None:
            assert isinstance(decision, NoFit)
            continue
        offer = m.offer(got)
        # the offer's own age limits admit the person they are about
        if case.asker == "self":
            assert offer_fits_age(offer, case.user_age), case
        text = recommendation(m, case.situation(), decision).render(m)
        for fact_name in ("access", "anonymous", "consent"):
            fact = offer.fact(fact_name)
            if fact is not None and fact.text:
                assert fact.text in text, (case, fact_name)
        if age_line(offer):
            assert age_line(offer) in text
        assert offer.name in text and "Kilde:" in text
        assert decision.assumed == ()
    assert not failures, "\n".join(failures[:20]) + f"\n({len(failures)} failures)"
    assert checked > 1000  # hundreds of cases per municipality


@pytest.mark.parametrize("municipality", ["sonderborg", "skanderborg", "vejle", "fredericia"])
def test_a_question_is_asked_only_when_its_answer_changes_the_offer(rulebook, municipality):
    rules_by_asker = rulebook[municipality]
    asked = 0
    for case in filter(plausible, cases(municipality)):
        full = case.situation()
        for hidden in ("user_age", "asker_age", "substance", "in_treatment", "relation"):
            if getattr(full, hidden) is None:
                continue
            partial = full.with_fact(hidden, None)
            decision = decide(rules_by_asker, partial)
            rules = rules_by_asker[case.asker]
            if isinstance(decision, Ask):
                asked += 1
                assert decision.fact == hidden
                offers = {possible_rules(rules, partial.with_fact(hidden, v))[0].offer_id
                          if possible_rules(rules, partial.with_fact(hidden, v)) else None
                          for v in candidate_values(rules, hidden)}
                assert len(offers) > 1
            else:
                # not asked: then the hidden fact could not have changed the offer
                want = decide(rules_by_asker, full)
                assert type(decision) is type(want)
                if isinstance(want, Recommendation):
                    assert decision.offer_id == want.offer_id, (case, hidden)
    assert asked > 0


@pytest.mark.parametrize("municipality", ["sonderborg", "skanderborg", "vejle", "fredericia"])
def test_unknown_asker_is_asked_first(rulebook, municipality):
    assert decide(rulebook[municipality], Situation()) == Ask("asker")


def test_declined_age_recommends_with_the_assumed_condition(rulebook):
    s = Situation(asker="self", declined=frozenset({"user_age"}))
    decision = decide(rulebook["skanderborg"], s)
    assert isinstance(decision, Recommendation)
    assert decision.offer_id == "ungeraadgivningen_raadgivning"
    (fact, limit), = decision.assumed
    assert fact == "user_age" and (limit.low, limit.high) == (13, 29)
    assert "aaben_raadgivning" in [r.offer_id for r in decision.alternatives]


def test_declined_facts_are_never_asked_again(rulebook):
    s = Situation(asker="relative", relation="partner", substance=ALCOHOL,
                  declined=frozenset({"asker_age", "in_treatment", "user_age"}))
    decision = decide(rulebook["vejle"], s)
    assert isinstance(decision, Recommendation) and decision.offer_id == "craft"
    assert {f for f, _ in decision.assumed} == {"asker_age", "in_treatment"}


@pytest.mark.parametrize("municipality,situation,fact", [
    ("vejle", Situation(asker="self", substance=DRUGS), "user_age"),
    ("vejle", Situation(asker="relative", relation="partner", substance=ALCOHOL), "asker_age"),
    ("fredericia", Situation(asker="self", user_age=(40, 40)), "substance"),
    ("skanderborg", Situation(asker="relative"), "relation"),
    # a child writing about a parent is asked their own age, not the parent's
    ("sonderborg", Situation(asker="relative", relation="child"), "asker_age"),
    # a parent is asked the child's age first
    ("skanderborg", Situation(asker="relative", relation="parent"), "user_age"),
])
def test_first_question(rulebook, municipality, situation, fact):
    assert decide(rulebook[municipality], situation) == Ask(fact)


def test_parent_age_follows_from_the_child_age(rulebook):
    # "min søn er 20": the writer is a parent, so at least 32; CRAFT needs no age question
    s = Situation(asker="relative", relation="parent", user_age=(20, 20), substance=ALCOHOL,
                  in_treatment=False)
    assert decide(rulebook["vejle"], s).offer_id == "craft"


def test_wanting_anonymity_puts_anonymous_alternatives_first(kb, rulebook):
    s = Situation(asker="self", user_age=(40, 40), substance=DRUGS, wants_anonymous=True)
    anonymous = [o.id for o in kb["sonderborg"].offers
                 if o.fact("anonymous") is not None and o.fact("anonymous").value is True]
    decision = decide(rulebook["sonderborg"], s, anonymous)
    assert decision.alternatives[0].offer_id in anonymous


def test_every_fact_has_candidate_values(rulebook):
    rules = rulebook["vejle"]["relative"]
    for fact in FACTS[1:]:
        assert candidate_values(rules, fact)


def test_rules_file_is_where_the_loader_expects_it():
    assert (DEFAULT_KNOWLEDGE_DIR / "triage" / "rules.yml").is_file()
    assert Path(DEFAULT_KNOWLEDGE_DIR / "triage").is_dir()


def test_a_spouse_known_only_to_be_adult_is_asked_for_the_age_where_it_decides(rulebook):
    # "min mand drikker": the writer is an adult, but Sønderborg's youth counselling takes
    # relatives up to 22, so the exact age decides between it and the relatives' course.
    s = Situation(asker="relative", relation="partner", asker_age=(18, 120), substance=ALCOHOL)
    assert decide(rulebook["sonderborg"], s) == Ask("asker_age")
    older = decide(rulebook["sonderborg"], Situation(asker="relative", relation="partner",
                                                     asker_age=(45, 45), substance=ALCOHOL))
    assert isinstance(older, Recommendation) and older.offer_id == "paaroerendeforloeb"
    younger = decide(rulebook["sonderborg"], Situation(asker="relative", relation="partner",
                                                       asker_age=(20, 20), substance=ALCOHOL))
    assert isinstance(younger, Recommendation) and younger.offer_id == "ungdomsraadgivning"
    declined = decide(rulebook["sonderborg"], Situation(
        asker="relative", relation="partner", asker_age=(18, 120), substance=ALCOHOL,
        declined=frozenset({"asker_age"})))
    assert isinstance(declined, Recommendation)
