"""Answers that are not about one offer: general facts, ages, other municipalities.

- :func:`compose_topic`: the municipality's general facts about an aspect (price,
  waiting time, anonymity, consent, how to start, relatives, ...).
- :func:`compose_age`: an age and no offer: the offers whose age range fits.
- :func:`compose_foreign`: an offer only another municipality's catalogue names.
- :func:`compose_which`: a detail only an offer has, and no offer: ask which.
"""

from __future__ import annotations

from datetime import datetime
from typing import Dict, Optional

from actions.knowledge_base import Municipality, Offer
from core.answering.answer import Answer, contact_hint
from core.answering.aspects import Aspect, about_confidentiality, answers_aspect
from core.answering.facts import (
    AGE_CATEGORIES, FIELDS, age_range, age_source, fact_lines, fitting_offers, short_name,
    topic_facts,
)
from core.answering.understand import Question

AGE_OFFERS = 4

TOPIC_SILENT: Dict[Aspect, str] = {
    Aspect.PRICE: "hvad det koster", Aspect.WAITING_TIME: "hvor lang ventetiden er",
    Aspect.ANONYMITY: "om du kan være anonym", Aspect.HOW_TO_START: "hvordan du kommer i gang",
    Aspect.CONSENT: "hvornår forældre skal give samtykke",
    Aspect.RELATIVES: "hvilken hjælp der er til pårørende",
    Aspect.TARGET_GROUP: "hvem tilbuddene er for", Aspect.CONTENT: "hvilke metoder der bruges",
    Aspect.VALIDITY: "om noget er stoppet eller ændret",
}


def compose_topic(m: Municipality, q: Question, aspect: Aspect,
                  now: Optional[datetime] = None) -> Answer:
    """No offer: the municipality's general facts about ``aspect``."""
    answer = Answer(lines=[], sources=[])
    if aspect is Aspect.CONSENT:
        for age in q.ages[:1]:
            for o in fitting_offers(m, age, q.substance):
                if o.fact("consent") is not None:
                    answer.lines.append(f"Når du er {age} år – {o.name}: "
                                        f"{o.fact('consent').text}")
                    answer.sources.append(o.fact("consent").source)
                    break
    limit = 3 if aspect in (Aspect.PRICE, Aspect.ANONYMITY) else 2
    topics: tuple = ()
    if aspect is Aspect.ANONYMITY:
        topics = ("confidentiality", "anonymity") if about_confidentiality(q.text) \
            else ("anonymity",)
    facts = topic_facts(m, aspect, None, q, limit=9, topics=topics)
    if aspect is Aspect.ANONYMITY and not (any(a < 18 for a in q.ages) or
                                           answers_aspect(q.text, Aspect.CONSENT)):
        facts = [t for t in facts if not answers_aspect(t.fact.text or "", Aspect.CONSENT)]
    facts = facts[:limit - len(answer.lines) // 2]
    answer.lines += fact_lines([t.fact for t in facts], now)
    answer.sources += [t.fact.source for t in facts]
    if aspect is Aspect.RELATIVES:
        names = [short_name(o) for o in m.offers if o.category in ("relatives", "children")]
        if names:
            answer.lines.append("Tilbud til pårørende: " + "; ".join(names[:6]) + ".")
    if not answer.lines:
        return Answer(lines=[f"Det fremgår ikke af {m.document_title}, {TOPIC_SILENT[aspect]}.",
                             contact_hint(m)], found=False)
    return answer


def compose_age(m: Municipality, q: Question, age: int) -> Answer:
    """No offer named, an age stated: the offers whose age range fits."""
    offers = fitting_offers(m, age, q.substance)[:AGE_OFFERS]
    if offers:
        lines = [f"Tilbud, der passer til en på {age} år:"]
        lines += [f"- {o.name} ({age_range(o)})" for o in offers]
        return Answer(lines=lines, sources=[age_source(o) for o in offers])
    lines = [f"Det fremgår ikke af {m.document_title}, at der er et tilbud med en "
             f"aldersgrænse, der passer til en på {age} år."]
    nearest = sorted((o for o in m.offers if o.category in AGE_CATEGORIES and age_range(o)),
                     key=lambda o: abs((o.fact("age_min") or o.fact("age_max")).value - age))
    sources = []
    if nearest:
        lines.append(f"Det nærmeste er {nearest[0].name} ({age_range(nearest[0])}).")
        sources.append(age_source(nearest[0]))
    lines.append(contact_hint(m))
    return Answer(lines=lines, sources=sources, found=False)


def compose_foreign(m: Municipality, other: Municipality, offer: Offer) -> Answer:
    same = [o.name for o in m.offers if o.category == offer.category][:4]
    lines = [f"{offer.name} er et tilbud i {other.name}. Det står ikke i {m.document_title}."]
    if same:
        lines.append(f"I {m.name} kan du i stedet spørge om: {', '.join(same)}.")
    lines.append(contact_hint(m))
    return Answer(lines=lines, found=False)


def compose_which(m: Municipality, aspect: Aspect) -> Answer:
    """An offer-only aspect and no offer: ask which, naming offers that state it."""
    key = FIELDS.get(aspect, ("summary",))[0]
    names = [o.name for o in m.offers if o.fact(key) is not None][:6]
    lines = ["Det afhænger af tilbuddet. Hvilket tilbud tænker du på?"]
    if names:
        lines.append("Fx: " + ", ".join(names) + ".")
    return Answer(lines=lines, found=False)
