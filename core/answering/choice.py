"""Choices the answering core makes before it composes: which details a question asks when
its words do not say (:func:`aspects_for`), which offers fit the person asking
(:func:`offers_for_the_asker`), the one offer for an age, and the anonymous treatment offer.

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence

from core.answering.aspects import OFFER_ONLY, Aspect
from core.answering.facts import fits_age, fitting_offers
from core.answering.resolve import RELATIVE_ASKERS, Candidate, choose_weak, for_asker
from core.answering.sentences import asking, sentences
from core.answering.text import normalise, skeleton_pattern
from core.answering.understand import Asker, Question
from core.knowledge.base import Municipality, Offer


def aspects_for(q: Question, chosen: List[Candidate]) -> List[Aspect]:
    if q.aspects:
        if (q.asker is Asker.PROFESSIONAL and any(age < 18 for age in q.ages[:1]) and
                q.aspects[0] is Aspect.HOW_TO_START and Aspect.CONSENT not in q.aspects):
            return [*q.aspects, Aspect.CONSENT]  # "hvordan henviser jeg en elev på 16?": the parents' part too
        return list(q.aspects)
    if q.asker is Asker.PROFESSIONAL:
        return ([Aspect.OVERVIEW] if chosen else []) + [Aspect.HOW_TO_START, Aspect.CONSENT]
    if q.ages and (q.asker not in RELATIVE_ASKERS or q.for_them) and not q.children_of_user:
        return [Aspect.TARGET_GROUP]  # (the ages of children of a user ask for no youth treatment)
    if chosen:
        return [Aspect.OVERVIEW]
    return []


# The asker asks for themself, after an answer about the other person's offer
# (matched against Question.folded: "forældre" reads "foraldre", "også" "ogsa")
_FOR_ME = re.compile(r"\bsom (foraldre|foralder|mor|far|parorende|kareste|partner)\b|"
                     r"\b(for|til) (mig|os)( selv)?\b|\b(jeg|vi) (selv|ogsa)\b")


# "kan I hjælpe mig som arbejdsgiver?", "hvad kan I tilbyde os som skole?": help for the asker's role
_HELP_ME_AS = re.compile(r"\b(hjalpe|stotte|radgive|vejlede|tilbyde|gore noget for) (mig|os)\b.{0,25}\bsom\b|"
                         r"\b(for|til) (mig|os) som\b")


# A candidate found by most of its words and far ahead of the next one is what a
# professional's question is about, not the professionals' own offer.
CLEAR_COVERAGE, CLEAR_LEAD = 0.6, 2.0


def _clear_winner(candidates: Sequence[Candidate]) -> bool:
    if not candidates or not candidates[0].strong or candidates[0].coverage < CLEAR_COVERAGE:
        return False
    return len(candidates) == 1 or candidates[0].score >= CLEAR_LEAD * candidates[1].score


# The whole family asked for: "noget hvor hele familien kan være med", "os alle sammen som familie"
_WHOLE_FAMILY = re.compile(r"\b(hele familien|alle i familien|som (en )?familie|familien (kan )?(være|vaere|komme) med|"
                           r"(os|vi) (alle|allesammen|sammen)( sammen)? som familie)\b")


def asks_for_the_family(q: Question) -> bool:
    """The whole family asked for in a question, where a grown-up in it uses (the family offers
    are for a parent or partner who drinks, not for a teenager who tried hash)."""
    asked = any(asking(s) and _WHOLE_FAMILY.search(normalise(s)) for s in sentences(q.text))
    return asked and (q.asker in (Asker.PARTNER, Asker.CHILD) or "familieorienteret" in q.expansions)


def family_offer(candidates: Sequence[Candidate], within: int, relatives_too: bool) -> Optional[Candidate]:
    """The first family offer among the ``within`` best candidates (by its name); with
    ``relatives_too`` also one for the relatives alone."""
    return next((c for c in candidates[:within] if "famil" in c.offer.name.lower()
                 and (relatives_too or c.offer.category != "relatives")), None)


def asks_help_as_role(q: Question) -> bool:
    """A professional asks what the centre does for people in their role (not who an offer is for)."""
    return q.asker is Asker.PROFESSIONAL and bool(_HELP_ME_AS.search(q.folded)) and (
        not q.aspects or q.aspects[0] is Aspect.TARGET_GROUP)


def offers_for_the_asker(q: Question, m: Municipality, candidates: List[Candidate],
                   chosen: List[Candidate]) -> List[Candidate]:
    """Who asks decides between offers found only by their words: a parent's own offer
    before their child's treatment, offers for professionals before offers for users."""
    kids = [c for c in candidates[:8] if c.offer.category == "children"]
    if q.children_of_user and kids and not any(
            c.from_context or c.offer.category in ("children", "relatives") for c in chosen):
        # "vores børn har en far, der er i alkoholbehandling": the talks for children of a user,
        # not the parent's treatment the words name
        return kids[:1]
    if any(c.from_context for c in chosen) and not any(c.named for c in chosen) and \
            q.asker in RELATIVE_ASKERS and _FOR_ME.search(q.folded) and Aspect.RELATIVES not in q.aspects:
        # "kan jeg som forælder også få hjælp?" (not "kan jeg som far komme med?": joining the offer)
        return for_asker(q, m, candidates) or chosen
    if any(c.named or c.from_context for c in chosen):
        return chosen
    if asks_help_as_role(q):
        return for_asker(q, m, candidates) or chosen  # "kan I hjælpe mig som arbejdsgiver?"
    if q.asker is Asker.CHILD and not q.for_them and not any(
            c.offer.category in ("children", "relatives") for c in chosen):
        # "min mor drikker ... kan jeg selv komme til nogle samtaler?": talks for the child,
        # not the parent's course that shares the words
        return for_asker(q, m, candidates) or chosen
    if not q.explicit and q.asker in RELATIVE_ASKERS and not q.for_them:
        family = family_offer(candidates, within=3, relatives_too=True)
        if "familieorienteret" in q.expansions and family is not None:
            return [family]  # small children at home: the offer for the whole family
        return for_asker(q, m, candidates) or chosen
    if not q.explicit and q.asker is Asker.PROFESSIONAL and not q.expansions:
        if _clear_winner(candidates):
            return candidates[:1]  # "en borger med varigt nedsat funktionsevne": the offer for him
        theirs = for_asker(q, m, candidates)
        if not theirs and candidates and candidates[0].strong and candidates[0].coverage >= CLEAR_COVERAGE:
            return candidates[:1]  # no offer for their profession: the one their words describe
        return theirs
    if q.aspects and q.aspects[0] in (Aspect.PLACE, Aspect.ADDRESS):
        return chosen  # "hvor skal jeg hen?": the address for the person (compose_where)
    if not any(c.strong for c in chosen) and q.asker in RELATIVE_ASKERS and not q.for_them and \
            q.aspects[:1] == (Aspect.TARGET_GROUP,):
        return for_asker(q, m, candidates) or chosen  # "er jeg for gammel til at få hjælp?" from a relative
    if not chosen and q.asker in RELATIVE_ASKERS and not q.for_them and q.aspects and \
            q.aspects[0] in OFFER_ONLY:
        return for_asker(q, m, candidates)  # "kan vi komme til en samtale, og hvor mange gange?"
    if not chosen and (q.ages or (q.aspects and q.aspects[0] in OFFER_ONLY)):
        return choose_weak(candidates, q.ages)
    return chosen


# "hvad kan I gøre for hende?", "hvad kan misbrugscentret tilbyde?" (matched against Question.folded)
WHAT_CAN_BE_DONE = re.compile(skeleton_pattern(
    r"\bhvad (kan|vil|gør|gor) (i|de|centret|misbrugscentret|rusmiddelcentret|man|jeres \w+) "
    r"(så |egentlig |konkret )?(gøre|gore|tilbyde|hjælpe|hjaelpe)\b"))


def sole_offer_for_age(m: Municipality, q: Question) -> Optional[Offer]:
    """The one offer whose age range takes the person asked about (for their substance if
    that leaves one), when a detail of "the" offer is asked and none is named."""
    if not q.ages or (q.asker in RELATIVE_ASKERS and not q.for_them):
        return None
    fit = fitting_offers(m, q.ages[0], q.substance) or fitting_offers(m, q.ages[0], ())
    return fit[0] if len(fit) == 1 else None


# "den anonyme stofbehandling", "det anonyme stof forløb": the anonymous treatment by name
THE_ANONYMOUS = re.compile(skeleton_pattern(
    r"\b(den|det|jeres|til|om) anonyme (stof\w*|alkohol\w*|behandling\w*|forløb\w*|gruppe\w*|"
    r"ambulante? \w+)"))
# Matched against Question.folded (æ, ø, å folded to a, o, a).
_WANTS_TREATMENT = re.compile(r"\bbehandl|\bstoppe\b|\bholde op\b|\bskare ned\b|\btreatment\b|\bquit\b|"
                              r"\bhjaelp\b|\bhjalp\b|\bhelp\b")  # "kan jeg få hjælp helt anonymt?"
_WANTS_TO_TALK = re.compile(r"\b(?:snakke|tale|radgiv\w*|samtale\w*|talk)\b")


def _anonymous_offers(m: Municipality, substance: Sequence[str]) -> List[Offer]:
    """The anonymous treatment offers for ``substance`` (all of them when none is named)."""
    return [o for o in m.offers if o.category == "adult_outpatient" and "anonym" in o.name.lower()
            and (not substance or set(substance) & set(o.substances))]


def anonymous_treatment(m: Municipality, q: Question) -> Optional[Offer]:
    """The municipality's anonymous treatment for the substance a person uses, when the
    question is about anonymous treatment (for oneself, or for the daughter, brother or
    citizen a relative or a professional writes about)."""
    if not q.substance:
        return None
    if not _WANTS_TREATMENT.search(q.folded) or _WANTS_TO_TALK.search(q.folded):
        return None  # "kan jeg snakke med nogen uden at blive skrevet ind?" is counselling
    return next((o for o in _anonymous_offers(m, q.substance)
                 if not any(fits_age(o, age) is False for age in q.ages[:1])), None)


def the_anonymous_treatment(m: Municipality, q: Question) -> Optional[Offer]:
    """The one anonymous treatment offer for the substance named (or the only one)."""
    found = _anonymous_offers(m, q.substance)
    return found[0] if len(found) == 1 else None


__all__ = ["aspects_for", "asks_for_the_family", "asks_help_as_role", "family_offer", "offers_for_the_asker",
           "WHAT_CAN_BE_DONE", "sole_offer_for_age", "THE_ANONYMOUS", "anonymous_treatment", "the_anonymous_treatment"]
