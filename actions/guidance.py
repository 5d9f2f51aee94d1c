"""First guidance for people who describe a situation instead of asking a question.

"jeg er 15 og ryger joints hver dag" or "min mand drikker" should lead to the one offer
that fits, in the person's own municipality. This is deliberately simple and
data-driven: offers are chosen by category, age limits and how well their target
group text matches the message.
"""

from __future__ import annotations

import re
from typing import List, Optional

from rapidfuzz import fuzz

from actions.answers import Answer, contact_hint, describe_offer, offer_fits_age
from actions.knowledge_base import Municipality, Offer
from actions.text import find_age, fold

NOT_IN_TREATMENT = re.compile(r"vil ikke|ikke i behandling|nægter|naegter|afviser|ikke hjælp|ikke hjaelp")
IN_TREATMENT = re.compile(r"(er|gaar|går) i behandling|i behandling nu|indskrevet")
SELF_FIELDS = ("summary", "target_group", "anonymous", "access")
RELATIVE_FIELDS = ("summary", "target_group", "frequency", "access")


def _has_age_limits(offer: Offer) -> bool:
    return offer.fact("age_min") is not None or offer.fact("age_max") is not None


def _text_fit(offer: Offer, text: str) -> float:
    target = " ".join(f.text or "" for f in (offer.fact("target_group"), offer.summary) if f)
    return fuzz.token_set_ratio(fold(text), fold(target))


def offers_for_self(m: Municipality, age: Optional[int]) -> List[Offer]:
    """Youth or open counselling offers that admit ``age``; youth first."""
    order = {"youth": 0, "counselling": 1}
    candidates = [o for o in m.offers if o.category in order]
    if age is not None:
        candidates = [o for o in candidates if offer_fits_age(o, age)]
        if age < 30:
            limited = [o for o in candidates if _has_age_limits(o)]
            candidates = limited or candidates
    def first_contact(offer: Offer) -> tuple:
        # A first step should be easy: anonymous and without visitation comes first.
        anonymous = offer.fact("anonymous")
        visitation = offer.fact("visitation_required")
        return (not (anonymous is not None and anonymous.value is True),
                visitation is not None and visitation.value is True,
                order[offer.category], not _has_age_limits(offer))

    return sorted(candidates, key=first_contact)


def offers_for_relative(m: Municipality, text: str, age: Optional[int]) -> List[Offer]:
    """Offers for pårørende, best fitting the situation the message describes first."""
    folded = fold(text)
    candidates = [o for o in m.offers if o.category in ("relatives", "children")]
    # An age in "min søn på 16" is the age of the person who uses, not of the writer:
    # it says whether offers for relatives of young people or of adults fit.
    young = age is not None and age < 25

    def score(offer: Offer) -> float:
        target = fold(" ".join(f.text or "" for f in (offer.fact("target_group"),
                                                       offer.summary) if f))
        s = _text_fit(offer, text)
        if NOT_IN_TREATMENT.search(folded) and NOT_IN_TREATMENT.search(target):
            s += 40
        if IN_TREATMENT.search(folded) and IN_TREATMENT.search(target):
            s += 20
        if offer.category == "relatives":
            s += 10
        if age is not None:
            about_young = re.search(r"\bunge?\b|under 25|under 18", target) is not None
            s += 25 if about_young == young else -25
        return s

    return sorted(candidates, key=score, reverse=True)


def guide(m: Municipality, intent: str, text: str) -> Answer:
    """Point to the offer that fits a described situation, with how to get in."""
    age = find_age(text)
    if intent == "relative_use":
        offers = offers_for_relative(m, text, age)
        intro = "Det er godt, at du søger hjælp til dig selv som pårørende. Det her kan passe til dig:"
        fields = RELATIVE_FIELDS
    else:
        offers = offers_for_self(m, age)
        intro = "Godt, at du skriver. Det her kan passe til dig:"
        fields = SELF_FIELDS
    if not offers:
        return Answer(lines=[f"Jeg kan ikke finde et tilbud i {m.document_title}, der passer "
                             "præcis til det, du beskriver.", contact_hint(m)], found=False)
    best = describe_offer(offers[0], fields)
    answer = Answer(lines=[intro, *best.lines, contact_hint(m)], sources=best.sources)
    others = [o.name for o in offers[1:3]]
    if others:
        answer.lines.append(f"Du kan også spørge mig om: {', '.join(others)}.")
    return answer
