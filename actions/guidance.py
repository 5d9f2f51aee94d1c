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
from actions.text import find_age, find_writer_age, fold, without_writer_age

ALCOHOL = re.compile(r"\b(drik\w*|druk\w*|alkohol\w*|fuld|fulde|sprut|oel|bajere?|vin|stiv|hoenes)\b")
DRUGS = re.compile(r"\b(hash|joints?|pot|weed|skunk|pulser?|stoffer|stof|kokain|coke|amfetamin|speed|"
                   r"heroin|piller|ecstasy|mdma|ryger|skaev|stener)\b")
# The writer is a child of someone who drinks or uses: children's offers come first.
CHILD_OF_USER = re.compile(r"\bmin (mor|far|stedfar|stedmor|mors kaereste|fars kaereste)\b|"
                           r"\bmine foraeldre\b|\b(boern|barn) af\b")
NOT_IN_TREATMENT = re.compile(r"vil ikke|ikke i behandling|nægter|naegter|afviser|ikke hjælp|ikke hjaelp")
IN_TREATMENT = re.compile(r"(er|gaar|går) i behandling|i behandling nu|indskrevet")
SELF_FIELDS = ("summary", "target_group", "anonymous", "access")
RELATIVE_FIELDS = ("summary", "target_group", "frequency", "access")


def _has_age_limits(offer: Offer) -> bool:
    return offer.fact("age_min") is not None or offer.fact("age_max") is not None


def _text_fit(offer: Offer, text: str) -> float:
    target = " ".join(f.text or "" for f in (offer.fact("target_group"), offer.summary) if f)
    return fuzz.token_set_ratio(fold(text), fold(target))


def substance_of(text: str) -> Optional[str]:
    """``alcohol`` or ``drugs`` when the message makes it clear, else ``None``."""
    folded = fold(text)
    alcohol, drugs = ALCOHOL.search(folded), DRUGS.search(folded)
    if alcohol and not drugs:
        return "alcohol"
    if drugs and not alcohol:
        return "drugs"
    return None


def offers_for_self(m: Municipality, age: Optional[int],
                    substance: Optional[str] = None) -> List[Offer]:
    """Youth or open counselling offers that admit ``age`` and fit ``substance``; youth first."""
    order = {"youth": 0, "counselling": 1}
    candidates = [o for o in m.offers if o.category in order]
    if substance is not None:
        # an offer only for drugs does not fit someone who drinks (and vice versa)
        candidates = [o for o in candidates if not o.substances or substance in o.substances]
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
    # open counselling is for everyone, relatives too: a fallback where no relatives offer fits
    candidates = [o for o in m.offers if o.category in ("relatives", "children", "counselling")]
    # An age in "min søn på 16" is the age of the person who uses, not of the writer:
    # it says whether offers for relatives of young people or of adults fit.
    young = age is not None and age < 25
    child_of_user = CHILD_OF_USER.search(folded) is not None

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
        if offer.category == "counselling":
            s -= 40
        if child_of_user:
            s += 60 if offer.category == "children" else 0
        elif age is not None:
            about_young = re.search(r"\bunge?\b|under 25|under 18", target) is not None
            s += 25 if about_young == young else -25
        return s

    return sorted(candidates, key=score, reverse=True)


def guide(m: Municipality, intent: str, text: str) -> Answer:
    """Point to the offer that fits a described situation, with how to get in."""
    if intent == "relative_use":
        offers = offers_for_relative(m, text, find_age(without_writer_age(text)))
        intro = "Det er godt, at du søger hjælp til dig selv som pårørende. Det her kan passe til dig:"
        fields = RELATIVE_FIELDS
    else:
        offers = offers_for_self(m, find_writer_age(text) or find_age(text), substance_of(text))
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
