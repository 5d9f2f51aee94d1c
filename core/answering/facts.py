"""What the catalogue says about an offer: its fields, sentences, ages, general facts.

- :func:`offer_evidence`: sentences in an offer's *other* fields that answer an aspect
  (the waiting time stated in the content of an offer with no waiting field).
- :func:`topic_facts`: the municipality's general facts about an aspect that hold for an
  offer: a fact that names another offer, another substance or another kind of offer
  (døgn, dagbehandling, medicin, anonym) is left out.
- :func:`situation_fact`: a general fact with a rare word of the question ("autisme").
- Ages: :func:`fits_age`, :func:`age_range`, :func:`fitting_offers`.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Dict, List, Optional, Sequence, Tuple

from core.answering.answer import Answer
from core.answering.aspects import Aspect
from core.answering.cues import answers_aspect
from core.answering.index import TopicFact, index_for, own_facts
from core.answering.text import content_words, normalise, skeleton, stem
from core.answering.understand import Question
from core.answering.validity import ended_note
from core.knowledge.base import Fact, Municipality, Offer

# Offer field(s) that answer an aspect directly.
FIELDS: Dict[Aspect, Tuple[str, ...]] = {
    Aspect.FREQUENCY: ("frequency",), Aspect.DURATION: ("duration",),
    Aspect.SESSION_LENGTH: ("session_length",), Aspect.PLACE: ("place",),
    Aspect.ADDRESS: ("place",), Aspect.TARGET_GROUP: ("target_group",),
    Aspect.CONTENT: ("content",), Aspect.PRICE: ("price",), Aspect.ANONYMITY: ("anonymous",),
    Aspect.HOW_TO_START: ("access",), Aspect.CONSENT: ("consent",),
    Aspect.NEXT_STEP: ("next_step",),
}
# The municipality's topic lists that speak to an aspect.
TOPICS: Dict[Aspect, Tuple[str, ...]] = {
    Aspect.PRICE: ("price",), Aspect.WAITING_TIME: ("waiting_time",),
    Aspect.ANONYMITY: ("anonymity", "confidentiality"),
    Aspect.CONSENT: ("confidentiality", "anonymity", "youth"),
    Aspect.HOW_TO_START: ("access",), Aspect.RELATIVES: ("relatives",),
    Aspect.TARGET_GROUP: ("target_groups",), Aspect.CONTENT: ("methods",),
    Aspect.VALIDITY: ("outdated",), Aspect.NEXT_STEP: ("follow_up",),
}
CATEGORY_TOPICS = {"residential": "residential", "day_treatment": "day_treatment",
                   "medication": "medication", "aftercare": "follow_up",
                   "relatives": "relatives", "youth": "youth"}
# A general fact with one of these words is only about offers of that kind.
_EXCLUSIVE = ((re.compile(r"\bdogn"), lambda o: o.category == "residential"),
              (re.compile(r"\bdagbehandling"), lambda o: o.category == "day_treatment"),
              (re.compile(r"\bmedicin|\bsubstitution|\bantabus"),
               lambda o: o.category == "medication"),
              (re.compile(r"\banonym"), lambda o: "anonym" in skeleton(o.name)),
              (re.compile(r"\bambulant"), lambda o: o.category != "residential"))
# A fact for people of some age only: "for dig, der er over 18 år", "for unge under 18 år" (matched
# against skeleton text); "familier med børn under 18 år" speaks of someone else's age.
_FOR_AGE = re.compile(r"\bfor (dig|unge|voksne|borgere|personer)(,? \w+){0,3},? (over|under|fra) (\d{2}) ar\b")


def excludes_age(text: str, age: int) -> bool:
    """A fact whose stated age leaves out a person of ``age`` (``text`` folded by skeleton)."""
    for match in _FOR_AGE.finditer(text):
        bound, limit = match.group(3), int(match.group(4))
        if bound == "under" and age >= limit or bound in ("over", "fra") and age < limit:
            return True
    return False


_ALCOHOL_ONLY = re.compile(r"\balkohol")
_DRUGS_ONLY = re.compile(r"\bstof")
AGE_CATEGORIES = ("counselling", "youth", "assessment")


def short_name(offer: Offer) -> str:
    """The offer's name without its subtitle: "CRAFT - pårørende til ..." -> "CRAFT"; a
    subtitle that tells two offers apart ("Dagbehandling – Efterforløb") is kept."""
    name = re.split(r" \(|: ", offer.name)[0].strip() or offer.name
    parts = re.split(r" [-–] ", name, maxsplit=1)
    if len(parts) == 2 and parts[1][:1].isupper() and len(parts[1].split()) <= 2:
        return name
    return parts[0]


def fits_age(offer: Offer, age: int) -> Optional[bool]:
    """True/False when the offer states an age range, None when it does not."""
    low, high = offer.fact("age_min"), offer.fact("age_max")
    if low is None and high is None:
        return None
    if low is not None and age < low.value:
        return False
    if high is not None and (age > high.value or (high.inclusive is False and age == high.value)):
        return False
    return True


def sentences(text: str) -> List[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


# A sentence ends at . ! ? before a capital or a digit, not after "kl." or "fx." ("kl. 8.30")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bkl\.)(?<!\bca\.)(?<!\bnr\.)(?<!\bfx\.)(?<!\bbl\.a\.)"
                           r"\s+(?=[A-ZÆØÅ0-9])")


def offer_evidence(offer: Offer, aspect: Aspect) -> List[Tuple[str, Fact]]:
    """Sentences in the offer's other fields that speak to ``aspect`` (its own field first)."""
    own = FIELDS.get(aspect, ())
    order = list(own) + [k for k in ("summary", "target_group", "access", "content",
                                     "duration", "frequency", "session_length", "place",
                                     "price", "consent", "anonymous") if k not in own]
    found: List[Tuple[str, Fact]] = []
    for key in order:
        fact = offer.fact(key) if key != "summary" else offer.summary
        if fact is None or not fact.text:
            continue
        for sentence in sentences(fact.text):
            if answers_aspect(sentence, aspect) and all(sentence != s for s, _ in found):
                found.append((sentence, fact))
    return found


def _applies(t: TopicFact, offer: Optional[Offer], aspect: Aspect) -> bool:
    if offer is None:
        return True
    if t.mentions and offer.id not in t.mentions:
        return False
    if offer.id in t.mentions:
        return True
    text = skeleton(t.fact.text or "")
    subs = set(offer.substances)
    if _ALCOHOL_ONLY.search(text) and not _DRUGS_ONLY.search(text) and subs == {"drugs"}:
        return False
    if _DRUGS_ONLY.search(text) and not _ALCOHOL_ONLY.search(text) and subs == {"alcohol"}:
        return False
    return all(ok(offer) for pattern, ok in _EXCLUSIVE
               if pattern.search(text) and not (aspect is Aspect.ANONYMITY
                                                and pattern.pattern == r"\banonym"))


def topic_facts(municipality: Municipality, aspect: Aspect, offer: Optional[Offer] = None,
                question: Optional[Question] = None, limit: int = 3,
                topics: Sequence[str] = ()) -> List[TopicFact]:
    """General facts of the municipality about ``aspect`` that hold for ``offer``
    (from ``topics`` instead of the aspect's own topic lists, when given)."""
    ix = index_for(municipality)
    own = tuple(topics) or TOPICS.get(aspect, ())
    extra = (CATEGORY_TOPICS.get(offer.category),) if offer is not None else ()
    wanted = {stem(w) for w in (question.offer_words if question else ())} | {
        stem(w) for w in (question.expansions if question else ())} | {
        stem(w) for w in (content_words(question.text) if question else ())
        if not answers_aspect(w, aspect)}  # not "koster" for price: "kost og logi"
    named = set(question.substance) if question is not None else set()
    scored = []
    for i, t in enumerate(ix.facts_for([*own, *[e for e in extra if e]])):
        if t.topic not in own and not answers_aspect(t.fact.text or "", aspect):
            continue
        if aspect in (Aspect.CONSENT, Aspect.RELATIVES) and \
                not answers_aspect(t.fact.text or "", aspect):
            continue
        if not _applies(t, offer, aspect):
            continue
        text = skeleton(t.fact.text or "")
        if named == {"alcohol"} and _DRUGS_ONLY.search(text) and not _ALCOHOL_ONLY.search(text) \
                or named == {"drugs"} and _ALCOHOL_ONLY.search(text) and \
                not _DRUGS_ONLY.search(text):
            continue  # the question names the other substance
        if question is not None and question.ages and excludes_age(text, question.ages[0]):
            continue  # "anonym behandling for dig over 18" to a 16-year-old
        rank = (2.0 if offer is not None and offer.id in t.mentions else 0.0) + \
            sum(ix.idf(s) for s in wanted & t.stems) + \
            (0.5 if t.topic == (own[0] if own else None) else 0.0)
        scored.append((-rank, i, t))
    return [t for _, _, t in sorted(scored, key=lambda x: (x[0], x[1]))][:limit]


def best_sentence(municipality: Municipality, offer: Offer,
                  terms: Dict[str, Dict[str, float]]) -> Optional[Tuple[str, Fact]]:
    """The sentence of the offer's facts that matches the question's words best."""
    ix = index_for(municipality)
    best, best_score = None, 0.0
    for fact in [offer.summary, *own_facts(offer)]:
        for sentence in sentences(fact.text or ""):
            stems = set(ix._terms([(sentence, 1.0)]))
            score = sum(max((w * ix.idf(t) for t, w in ts.items() if t in stems), default=0.0)
                        for ts in terms.values())
            if score > best_score:
                best, best_score = (sentence, fact), score
    return best


def situation_fact(municipality: Municipality, question: Question,
                   offers: Sequence[Offer]) -> Optional[TopicFact]:
    """A general fact with a rare word of the question that the offers lack ("autisme"
    in a fact about young people), to add as context."""
    ix = index_for(municipality)
    own = {t for o in offers for t in ix.docs.get(o.id, {})}
    rare = {stem(w) for w in (*question.offer_words, *question.expansions)
            if len(w) >= 5 and ix.df.get(stem(w), 0) <= 1} - own
    if not rare:
        return None
    best = max(ix.topics, key=lambda t: len(rare & t.stems), default=None)
    return best if best is not None and rare & best.stems else None


def fact_lines(facts: Sequence[Fact], now: Optional[datetime]) -> List[str]:
    """General facts as lines; one that the catalogue dates in the past says so."""
    lines = []
    for f in facts:
        note = ended_note(f, now) if now is not None else None
        lines.append(f"{f.text} ({note})" if note else f.text or "")
    return lines


_GROUP = re.compile(r"\bgrupp?e\w*|\bgrupper\b|\bhold\b|\bkursus")
_ALONE = re.compile(r"\balene\b|\bindividuel\w*|\benesamtale\w*|\ben til en\b|"
                    r"\bsamtaler med (dig|en behandler)\b")


def group_or_alone(offer: Offer) -> Optional[Answer]:
    """What the offer's own text says about group and about one-to-one, both when it says
    both; None when its text says neither."""
    found: Dict[str, Tuple[str, Fact]] = {}
    own = [offer.summary if key == "summary" else offer.fact(key)
           for key in ("frequency", "session_length", "content", "summary")]
    for sentence, f in offer_evidence(offer, Aspect.GROUP_OR_INDIVIDUAL) + [
            (s, o) for o in own if o is not None and o.text for s in sentences(o.text)]:
        folded = normalise(sentence)
        for side, pattern in (("group", _GROUP), ("alone", _ALONE)):
            if side not in found and pattern.search(folded):
                found[side] = (sentence, f)
    if not found:
        return None
    picked = list(dict.fromkeys(found.values()))
    lines = [f"{short_name(offer)}: " + " ".join(s for s, _ in picked)]
    if len(found) == 1:
        lines.append("Kataloget nævner ikke " + ("samtaler alene" if "group" in found
                                                   else "grupper") + " i dette tilbud.")
    return Answer(lines=lines, sources=list(dict.fromkeys(f.source for _, f in picked)))


def age_range(offer: Offer) -> Optional[str]:
    low, high = offer.fact("age_min"), offer.fact("age_max")
    if high is None:
        return None if low is None else f"fra {low.value} år"
    upper = f"til du fylder {high.value}" if high.inclusive is False else f"til {high.value} år"
    return f"{'fra ' + str(low.value) + ' år ' if low is not None else ''}{upper}"


def age_fact(offer: Offer) -> Fact:
    """The fact the offer's age limit is cited from (``age_min``, else ``age_max``); only for
    an offer that has an age range (see :func:`age_range`)."""
    fact = offer.fact("age_min") or offer.fact("age_max")
    if fact is None:
        raise ValueError(f"offer {offer.id} has no age_min or age_max")
    return fact


def age_source(offer: Offer) -> str:
    return age_fact(offer).source


def _width(o: Offer) -> int:
    low, high = o.fact("age_min"), o.fact("age_max")
    return (high.value if high else 99) - (low.value if low else 0)


def serves_substance(offer: Offer, substance: Sequence[str]) -> bool:
    """The offer is for one of the substances named (or none is named, or it names none)."""
    return not substance or not offer.substances or bool(set(substance) & set(offer.substances))


def fitting_offers(m: Municipality, age: int, substance: Sequence[str] = (),
                   categories: Sequence[str] = AGE_CATEGORIES) -> List[Offer]:
    """Offers for the person themself whose stated age range includes ``age``."""
    fit = [o for o in m.offers if fits_age(o, age) is True and o.category in categories
           and serves_substance(o, substance)]
    return sorted(fit, key=lambda o: (o.category != "counselling", _width(o)))


# "Han vil ikke i behandling – kan jeg få hjælp alligevel?": a relative whose person refuses
_REFUSES = re.compile(r"\b(vil|ønsker) (ikke|slet ikke|overhovedet ikke|aldrig|på ingen måde) (selv )?"
                      r"(i |starte i |gå i |have )?(behandling|hjælp)|\bnægter\b|"
                      r"\bikke (er |selv er )?(i|indskrevet i) behandling")
# ... and the catalogue sentence that says relatives get help regardless
_REGARDLESS = re.compile(r"\b(selv om|selvom|uanset|behøver ikke|også hvis)\b.{0,80}\bikke\b.{0,25}\b(i behandling|"
                         r"indskrevet|skrevet ind)|\bbehøver ikke (selv )?(at )?(være|er) (skrevet ind|indskrevet|i "
                         r"behandling)", re.IGNORECASE)


def regardless_fact(municipality: Municipality, offer: Offer, question_text: str) -> Optional[Fact]:
    """For a relative whose person refuses treatment: the offer's (or else the catalogue's)
    sentence saying relatives get help all the same, if there is one."""
    if not _REFUSES.search(question_text.lower()):
        return None
    own = [offer.summary, *own_facts(offer)]
    general = [f for facts in municipality.topics.values() for f in facts]
    return next((f for f in own + general if f.text and _REGARDLESS.search(f.text)), None)
