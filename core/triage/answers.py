"""Danish texts for triage: the questions with their buttons, and the recommendation.

Everything factual in a recommendation (age limits, anonymity, consent, duration, how to
get in, phone and phone hours) comes from the offer and the centre in the knowledge base,
with its source; the rules only add a short plain reason.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence, Set, Tuple

from core.answering.answer import Answer
from core.answering.builders import age_line
from core.answering.reach import contact_hint, reach_person
from core.knowledge.base import KnowledgeError, Municipality, Offer
from core.language.ages import OLDEST, YOUNGEST
from core.triage.decide import NoFit, Recommendation, Situation
from core.triage.rules import AgeLimit, Rule

SKIP_BUTTON = "Ved ikke"
INTRO = ("Jeg stiller et par korte spørgsmål, så jeg kan finde det tilbud, der passer bedst. "
         "Du er anonym, og du kan altid skrive \"ved ikke\" eller \"stop\".")

ASKER_BUTTONS = ("Mig selv", "En anden, jeg er bekymret for", "Jeg spørger som fagperson")
RELATION_BUTTONS = ("Mit barn", "Min kæreste eller partner", "Min mor eller far",
                    "Min bror eller søster", "En ven", "En anden")
SUBSTANCE_BUTTONS = ("Alkohol", "Stoffer", "Begge dele")
TREATMENT_BUTTONS = ("Ja", "Nej")

# How to name the person who drinks or uses, from the asker's side.
PERSON = {"parent": "dit barn", "partner": "din kæreste eller partner",
          "child": "din mor eller far", "sibling": "din bror eller søster", "friend": "din ven",
          "other": "personen"}
OFFER_FACTS = ("anonymous", "consent", "duration", "frequency")
MAX_FACT_LINES = 3


def _person(s: Situation) -> str:
    return PERSON.get(s.relation or "other", "personen")


def age_bands(rules: Sequence[Rule], fact: str) -> List[Tuple[int, int]]:
    """Age bands that split at every limit the rules use, for the age buttons."""
    cuts: Set[int] = set()
    for rule in rules:
        limit: Optional[AgeLimit] = getattr(rule.when, fact)
        if limit is None:
            continue
        for cut in (limit.low, limit.high + 1):
            if YOUNGEST < cut <= 99:
                cuts.add(cut)
    bounds = [0, *sorted(cuts), OLDEST + 1]
    return [(low, high - 1) for low, high in zip(bounds, bounds[1:], strict=False)]


def band_label(band: Tuple[int, int]) -> str:
    low, high = band
    if low == 0:
        return f"Under {high + 1}"
    if high >= OLDEST:
        return f"{low} eller ældre"
    return f"{low} år" if low == high else f"{low}-{high} år"


def question(fact: str, s: Situation, rules: Sequence[Rule], first: bool) -> Answer:
    """The question for ``fact``, with buttons; ``first`` adds a short introduction."""
    buttons: Sequence[str]
    if fact == "asker":
        text, buttons = "Skriver du om dig selv eller om en anden?", ASKER_BUTTONS
    elif fact == "relation":
        text, buttons = "Hvem er du bekymret for?", RELATION_BUTTONS
    elif fact == "user_age":
        text = ("Hvor gammel er du?" if s.asker == "self"
                else f"Hvor gammel er {_person(s)}? Et cirka-tal er fint.")
        buttons = [band_label(b) for b in age_bands(rules, fact)]
    elif fact == "asker_age":
        text = "Hvor gammel er du selv?"
        buttons = [band_label(b) for b in age_bands(rules, fact)]
    elif fact == "substance":
        text = ("Handler det mest om alkohol eller om stoffer, fx hash eller kokain?"
                if s.asker == "self" else
                f"Drikker {_person(s)} for meget, eller handler det om stoffer, fx hash eller "
                f"kokain?")
        buttons = SUBSTANCE_BUTTONS
    elif fact == "in_treatment":
        text = f"Er {_person(s)} i behandling for det lige nu?"
        buttons = TREATMENT_BUTTONS
    else:
        raise ValueError(f"no question for {fact}")
    lines = [INTRO, text] if first else [text]
    return Answer(lines=lines, buttons=[{"title": b, "payload": b}
                                        for b in [*buttons, SKIP_BUTTON]])


def _assumption_line(fact: str, limit: Optional[AgeLimit], s: Situation) -> Optional[str]:
    if limit is None:
        return None
    who = "du er" if fact == "asker_age" or s.asker == "self" else f"{_person(s)} er"
    return f"Det passer, hvis {who} {limit.describe()}."


def _contact(m: Municipality) -> Answer:
    reach = reach_person(m)
    return Answer(lines=reach.lines, sources=reach.sources)


def offer_conditions(offer: Offer) -> Answer:
    """Age, anonymity/consent and length of an offer, each from the catalogue."""
    lines: List[str] = []
    sources: List[str] = []
    line = age_line(offer)
    age = offer.fact("age_min") or offer.fact("age_max")
    if line and age is not None:  # age_line() gives a line exactly when there is an age fact
        lines.append(line)
        sources.append(age.source)
    for name in OFFER_FACTS:
        fact = offer.fact(name)
        if fact is not None and fact.text and len(lines) < MAX_FACT_LINES + 1:
            lines.append(fact.text)
            sources.append(fact.source)
    return Answer(lines=lines, sources=sources)


def _rule_offer(m: Municipality, offer_id: str) -> Offer:
    """The offer a rule points to; load_rules() has checked that it is in the catalogue."""
    offer = m.offer(offer_id)
    if offer is None:
        raise KnowledgeError(f"{m.slug}: no offer '{offer_id}' for a triage rule")
    return offer


def recommendation(m: Municipality, s: Situation, rec: Recommendation) -> Answer:
    """One offer, why, its conditions, and how to get started."""
    offer = _rule_offer(m, rec.offer_id)
    lines = ["Ud fra det, du har fortalt, er det her et godt sted at starte:",
             offer.name, rec.rule.reason]
    sources: List[str] = []
    for fact, limit in rec.assumed:
        line = _assumption_line(fact, limit, s)
        if line and limit is not None:  # there is a line exactly when there is a limit
            lines.append(line)
            sources.append(limit.source)
    target = offer.fact("target_group")
    if target is not None and target.text:
        lines.append(f"Tilbuddet er for: {target.text}")
        sources.append(target.source)
    conditions = offer_conditions(offer)
    lines.extend(conditions.lines)
    sources.extend(conditions.sources)
    access = offer.fact("access")
    lines.append("Sådan kommer du i gang:")
    if access is not None and access.text:
        lines.append(access.text)
        sources.append(access.source)
    contact = _contact(m)
    phone = m.centre.phone.value if m.centre.phone is not None else None
    if not (phone and access is not None and phone in (access.text or "")):
        # the access text often gives the number already: say it once
        lines.extend(contact.lines)
        sources.extend(contact.sources)
    buttons: List[Dict[str, str]] = []
    if rec.alternatives:
        buttons.append({"title": "Vis andre muligheder", "payload": "/triage_alternatives"})
    buttons.append({"title": "Start forfra", "payload": "/start_over"})
    return Answer(lines=lines, sources=sources, buttons=buttons)


def alternatives(m: Municipality, rules: Sequence[Rule]) -> Answer:
    """The other offers that may fit, one line each."""
    if not rules:
        return Answer(lines=["Jeg har ikke fundet andre tilbud, der passer til det, du har "
                             "fortalt.", contact_hint(m)], found=False)
    lines = ["Det her kan også passe til dig:"]
    sources: List[str] = []
    for rule in rules:
        offer = _rule_offer(m, rule.offer_id)
        lines.append(f"• {offer.name}: {rule.reason}")
        target = offer.fact("target_group") or offer.summary
        sources.append(target.source)
    lines.append("Spørg mig gerne om et af dem, så fortæller jeg mere.")
    return Answer(lines=lines, sources=sources)


def no_fit(m: Municipality, result: NoFit) -> Answer:
    """The catalogue has nothing that fits: say so and point to the centre."""
    return Answer(lines=[f"Jeg kan ikke finde et tilbud i {m.document_title}, der passer til det, "
                         "du har fortalt. Det betyder ikke, at der ikke er hjælp at få.",
                         contact_hint(m)],
                  buttons=[{"title": "Start forfra", "payload": "/start_over"}], found=False)


STOPPED = ("Helt i orden, vi stopper her. Du kan altid skrive igen, hvis du vil have hjælp til "
           "at finde et tilbud.")
NOT_UNDERSTOOD = "Det forstod jeg ikke helt. Du kan trykke på en knap eller skrive \"ved ikke\"."
