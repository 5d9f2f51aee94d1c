"""What holds in every municipality the assistant knows, for a person who has not said where
they live yet (the school page can be set up without a municipality).

:func:`answer_everywhere` answers the aspect asked only with a claim that every catalogue
supports, each with its own source; the claims are checked against the knowledge, not
assumed: a claim that one catalogue does not support (the price of counselling, which one
catalogue does not state) is not made. The caller still asks for the municipality.

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Mapping, Optional, Tuple

from core.answering.answer import short_title
from core.answering.aspects import Aspect
from core.answering.resolve import RELATIVE_ASKERS
from core.answering.understand import Context, understand
from core.knowledge.base import Fact, Municipality, Offer


def _anonymous(o: Offer) -> Optional[Fact]:
    fact = o.fact("anonymous")
    return fact if o.category == "counselling" and fact is not None and fact.value is True else None


def _no_referral(o: Offer) -> Optional[Fact]:
    fact = o.fact("visitation_required")
    return fact if o.category == "counselling" and fact is not None and fact.value is False else None


def _for_relatives(o: Offer) -> Optional[Fact]:
    if o.category == "relatives":
        return o.summary
    target = o.fact("target_group")
    if o.category == "counselling" and target is not None and "pårørende" in (target.text or ""):
        return target
    return None


def _for_young(o: Offer) -> Optional[Fact]:
    return o.summary if o.category == "youth" else None


@dataclass(frozen=True)
class Claim:
    """A sentence that is true where ``supports`` finds a fact in every catalogue."""

    sentence: str
    supports: Callable[[Offer], Optional[Fact]]


CLAIMS = {
    Aspect.ANONYMITY: Claim("I alle {n} kommuner kan du få anonym rådgivning: du behøver ikke sige, "
                            "hvem du er.", _anonymous),
    Aspect.HOW_TO_START: Claim("I alle {n} kommuner kan du selv kontakte centret og få rådgivning "
                               "uden en henvisning.", _no_referral),
    Aspect.RELATIVES: Claim("I alle {n} kommuner kan pårørende få rådgivning eller et tilbud for "
                            "pårørende.", _for_relatives),
    Aspect.TARGET_GROUP: Claim("Alle {n} kommuner har tilbud til unge.", _for_young),
}


def _support(knowledge: Mapping[str, Municipality],
             claim: Claim) -> Optional[List[Tuple[Municipality, Fact]]]:
    found = []
    for m in sorted(knowledge.values(), key=lambda m: m.name):
        fact = next((f for f in map(claim.supports, m.offers) if f is not None), None)
        if fact is None:
            return None
        found.append((m, fact))
    return found


def _aspect(text: str, intent: Optional[str]) -> Optional[Aspect]:
    q = understand(text, Context(), intent)
    for aspect in q.aspects:
        if aspect in CLAIMS:
            return aspect
    if q.asker in RELATIVE_ASKERS and not q.for_them:
        return Aspect.RELATIVES
    if any(age < 25 for age in q.ages[:1]):
        return Aspect.TARGET_GROUP
    return None


def answer_everywhere(knowledge: Mapping[str, Municipality], text: str,
                      intent: Optional[str] = None) -> Optional[str]:
    """The aspect asked, answered by what every catalogue says, with each source; None when
    nothing asked holds everywhere."""
    aspect = _aspect(text, intent)
    if aspect is None:
        return None
    claim = CLAIMS[aspect]
    support = _support(knowledge, claim)
    if support is None:
        return None
    sources = "; ".join(f"{short_title(m)}, {fact.section}" for m, fact in support)
    n = len(support)
    return f"{claim.sentence.format(n=_NUMBERS.get(n, str(n)))}\n\nKilde: {sources}"


_NUMBERS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks"}


__all__ = ["answer_everywhere", "CLAIMS"]
