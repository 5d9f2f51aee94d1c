"""Compose Danish answers from the knowledge base.

Pure functions: no Rasa imports, the clock is passed in. Each question intent has a
composer that picks facts for the current municipality and returns an :class:`Answer`
whose text ends with a short source line ("Kilde: ..."). When the catalogue is silent
the answer says so and points to the centre's own contact data; it never guesses.
"""

from __future__ import annotations

import re
from typing import Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from core.answering.answer import (  # noqa: F401  (re-exported for existing callers)
    MAX_SOURCES,
    OUTDATED_BEFORE_YEAR,
    Answer,
    contact_hint,
    silent,
    source_line,
)
from core.answering.centre_answers import (  # noqa: F401  (re-exported for existing callers)
    ADDRESS_KEYWORDS,
    answer_address,
    answer_email,
    answer_open_now,
    answer_opening_hours,
    answer_phone,
    answer_phone_hours,
)
from core.answering.intent_question import Question, merge_answers
from core.answering.ranking import complaint_facts_first
from core.answering.retrieval import (
    FALLBACK_SCORE,
    FAQ_SCORE,
    best_faq,
    best_offers,
    find_foreign_offer,
    match_offers,
    search_offers_by_text,
)
from core.knowledge.base import Fact, FaqEntry, Municipality, Offer
from core.language.ages import ELDEST, YOUNGEST
from core.language.ages import first_age as find_age
from core.language.text import fold
from core.language.vocab import CATEGORY_LABELS

MAX_TOPIC_FACTS = 5

# Topic intents: which topic list answers them and which offer categories belong there.
TOPIC_INTENTS: Dict[str, Tuple[str, Tuple[str, ...]]] = {
    "ask_price": ("price", ()),
    "ask_waiting_time": ("waiting_time", ()),
    "ask_free_choice": ("free_choice", ()),
    "ask_complaint": ("complaints", ()),
    "ask_methods": ("methods", ()),
    "ask_follow_up": ("follow_up", ("aftercare",)),
    "ask_medication": ("medication", ("medication",)),
    "ask_pregnancy": ("pregnancy", ()),
    "ask_residential": ("residential", ("residential",)),
    "ask_how_to_start": ("access", ()),
}
# Offer fields that answer a topic question about one named offer.
TOPIC_OFFER_FIELDS: Dict[str, Tuple[str, ...]] = {
    "price": ("price",), "waiting_time": ("access",), "access": ("access",
                                                                  "visitation_required"),
    "residential": ("summary", "duration", "access"), "medication": ("summary", "content"),
    "follow_up": ("summary", "duration"), "methods": ("content",),
}
OFFER_INFO_FIELDS = ("summary", "target_group", "duration", "frequency", "session_length",
                     "content", "access")
DURATION_FIELDS = ("duration", "frequency", "session_length")
PREGNANCY_WORDS = ("gravid",)


def _fact_lines(facts: Iterable[Optional[Fact]]) -> Tuple[List[str], List[str]]:
    lines, sources = [], []
    for f in facts:
        if f is None:
            continue
        text = f.text or (str(f.value) if f.value is not None else None)
        if text and text not in lines:
            lines.append(text)
            sources.append(f.source)
    return lines, sources


def age_line(offer: Offer) -> Optional[str]:
    low, high = offer.fact("age_min"), offer.fact("age_max")
    if low is not None and high is not None:
        upper = (f"til og med {high.value} år" if high.inclusive is not False
                 else f"til du fylder {high.value}")
        return f"Alder: fra {low.value} år {upper}."
    if low is not None:
        return f"Alder: fra {low.value} år."
    if high is None:
        return None
    upper = f"til og med {high.value} år" if high.inclusive is not False else f"under {high.value} år"
    return f"Alder: {upper}."


def describe_offer(offer: Offer, fields: Sequence[str], title: bool = True) -> Answer:
    facts = [offer.fact(f) for f in fields]
    lines, sources = _fact_lines(facts)
    if title:
        lines.insert(0, f"{offer.name}:")
    return Answer(lines=lines, sources=sources)


def offer_fits_age(offer: Offer, age: int) -> bool:
    low, high = offer.fact("age_min"), offer.fact("age_max")
    if low is not None and age < low.value:
        return False
    if high is not None:
        if high.inclusive is False and age >= high.value:
            return False
        if high.inclusive is not False and age > high.value:
            return False
    return True


def _offers_in(m: Municipality, categories: Iterable[str]) -> List[Offer]:
    wanted = set(categories)
    return [o for o in m.offers if o.category in wanted]


def answer_offers(m: Municipality, q: Question) -> Answer:
    groups: Dict[str, List[str]] = {}
    for offer in m.offers:
        groups.setdefault(offer.category, []).append(offer.name)
    lines = [f"{m.centre.name.value} har blandt andet disse tilbud:"]
    for category, label in CATEGORY_LABELS.items():
        if category in groups:
            lines.append(f"- {label}: {', '.join(groups[category])}")
    lines.append("Spørg bare om et af dem, fx hvem det er for, eller hvor længe det varer.")
    return Answer(lines=lines, sources=[m.offers[0].summary.source] if m.offers else [])


def _named_offers(m: Municipality, q: Question) -> List[Offer]:
    return best_offers(m.offers, q.text, q.offer_hints)


def _named_offer(m: Municipality, q: Question) -> Optional[Offer]:
    found = _named_offers(m, q)
    return found[0] if found else None


def _describe_each(offers: Sequence[Offer], fields: Sequence[str]) -> Answer:
    """Describe one or more offers; offers with nothing but a title are left out."""
    parts = [describe_offer(o, fields) for o in offers]
    return merge_answers(*[p for p in parts if len(p.lines) > 1])


def _not_here(m: Municipality, others: Mapping[str, Municipality], q: Question) -> Optional[Answer]:
    foreign = find_foreign_offer(others, m, q.text, q.offer_hints)
    if foreign is None:
        return None
    other, offer = foreign
    same_kind = [o.name for o in _offers_in(m, [offer.category])]
    lines = [f"{offer.name} er et tilbud i {other.name}. Det står ikke i {m.document_title}."]
    if same_kind:
        lines.append(f"I {m.name} kan du i stedet spørge om: {', '.join(same_kind)}.")
    lines.append(contact_hint(m))
    return Answer(lines=lines, sources=[], found=False)


def answer_offer_info(m: Municipality, q: Question,
                      others: Mapping[str, Municipality]) -> Answer:
    offers = _named_offers(m, q)
    if offers:
        return _describe_each(offers, OFFER_INFO_FIELDS)
    return _not_here(m, others, q) or retrieval_answer(m, q) or answer_offers(m, q)


def answer_duration(m: Municipality, q: Question, others: Mapping[str, Municipality]) -> Answer:
    offers = _named_offers(m, q)
    if not offers:
        return _not_here(m, others, q) or Answer(
            lines=["Hvilket tilbud tænker du på? Det afhænger af tilbuddet.",
                   *answer_offers(m, q).lines[1:-1]], sources=[])
    answer = _describe_each(offers, DURATION_FIELDS)
    if not answer.lines:
        return silent(m, f"hvor længe {offers[0].name} varer")
    return answer


def answer_age(m: Municipality, q: Question, others: Mapping[str, Municipality]) -> Answer:
    offer = _named_offer(m, q)
    if offer is not None:
        answer = describe_offer(offer, ("target_group",))
        line = age_line(offer)
        age = offer.fact("age_min") or offer.fact("age_max")
        if line and age is not None:  # age_line() gives a line exactly when there is an age fact
            answer.lines.append(line)
            answer.sources.append(age.source)
        if len(answer.lines) == 1:
            return silent(m, f"hvilken alder {offer.name} er for")
        return answer
    foreign = _not_here(m, others, q)
    if foreign:
        return foreign
    lines, sources = _fact_lines(m.topics["target_groups"][:MAX_TOPIC_FACTS])
    for o in m.offers:
        line = age_line(o)
        age = o.fact("age_min") or o.fact("age_max")
        if line and age is not None and o.category in ("youth", "counselling", "relatives", "children"):
            lines.append(f"- {o.name}: {line[len('Alder: '):]}")
            sources.append(age.source)
    if not lines:
        return silent(m, "hvilke aldersgrænser der gælder")
    return Answer(lines=lines, sources=sources)


def _youth_offers_for(m: Municipality, age: int) -> List[Offer]:
    return [o for o in m.offers
            if o.category in ("youth", "counselling") and
            (o.fact("age_min") is not None or o.fact("age_max") is not None)
            and offer_fits_age(o, age)]


CONFIDENTIALITY_WORDS = re.compile(r"tavshedspligt|journal|oplysninger|\bse det\b|\bfaa det at vide|"
                                   r"\bvide det\b|\bfortaelle det\b|\bsige det videre|videregive")


def answer_anonymity(m: Municipality, q: Question, others: Mapping[str, Municipality]) -> Answer:
    offer = _named_offer(m, q)
    age = find_age(q.text)
    if offer is not None:
        answer = describe_offer(offer, ("anonymous", "consent", "summary"))
        if offer.fact("anonymous") is not None or offer.fact("consent") is not None:
            return answer
    if age is not None:
        parts = [describe_offer(o, ("anonymous", "consent"))
                 for o in _youth_offers_for(m, age)]
        parts = [p for p in parts if len(p.lines) > 1]
        if parts:
            return merge_answers(Answer(lines=[f"Når du er {age} år:"]), *parts[:2])
    facts = list(m.topics["anonymity"][:MAX_TOPIC_FACTS])
    if CONFIDENTIALITY_WORDS.search(fold(q.text)):
        # "er der tavshedspligt?", "kan mine forældre se det?": confidentiality first
        facts = list(m.topics["confidentiality"][:3]) + facts[:3]
    lines, sources = _fact_lines(facts)
    if not lines:
        return silent(m, "om du kan være anonym")
    return Answer(lines=lines, sources=sources)


def _age_range(text: str) -> Optional[Tuple[int, int]]:
    match = re.search(r"\b(\d{1,2})\s*(?:og|-|til)\s*(\d{1,2})\b", text)
    if match:
        low, high = int(match.group(1)), int(match.group(2))
        if YOUNGEST <= low < high <= ELDEST:
            return low, high
    return None


def answer_youth(m: Municipality, q: Question) -> Answer:
    offers = _offers_in(m, ["youth"]) or [
        o for o in _offers_in(m, ["counselling"]) if o.fact("age_max") is not None]
    age = find_age(q.text)
    span = _age_range(q.text)
    if span:
        offers = [o for o in offers if offer_fits_age(o, span[0]) or offer_fits_age(o, span[1])] or offers
    elif age is not None:
        offers = [o for o in offers if offer_fits_age(o, age)] or offers
    folded = fold(q.text)
    if any(w in folded for w in ADDRESS_KEYWORDS["drugs"]):
        offers = [o for o in offers if "drugs" in o.substances or not o.substances] or offers
    if not offers:
        return answer_topic_facts(m, "youth", "hvad der er for unge")
    parts = [describe_offer(o, ("summary", "target_group", "duration", "anonymous"))
             for o in offers[:3]]
    for part, offer in zip(parts, offers, strict=False):  # parts: the first three offers only
        line = age_line(offer)
        if line and offer.fact("target_group") is None:
            part.lines.append(line)
    return merge_answers(*parts)


CHILD_OF_USER = re.compile(r"\b(boern|barn) af\b|\bmine foraeldre\b|\bmin (mor|far) (drikker|tager|ryger|bruger)"
                           r"|\bsom barn\b|\bjeg er (et )?barn\b|\bfor boern\b|\btil boern\b")


def answer_relatives(m: Municipality, q: Question) -> Answer:
    named = _named_offers(m, q)
    if named:
        return _describe_each(named, ("summary", "target_group", "frequency", "duration", "access"))
    relatives, children = _offers_in(m, ["relatives"]), _offers_in(m, ["children"])
    # a child of someone who drinks needs the children's offers first
    offers = children + relatives if CHILD_OF_USER.search(fold(q.text)) else relatives + children
    topic_lines, topic_sources = _fact_lines(m.topics["relatives"][:2])
    if not offers:
        if topic_lines:
            return Answer(lines=topic_lines, sources=topic_sources)
        return silent(m, "hvilke tilbud der er til pårørende")
    parts = [describe_offer(o, ("summary", "target_group", "frequency", "duration", "access"))
             for o in offers[:4]]
    return merge_answers(*parts)


def answer_topic_facts(m: Municipality, topic: str, silent_what: str,
                       extra: Sequence[Offer] = (), text: str = "") -> Answer:
    facts: List[Fact] = list(m.topics[topic])
    if text and topic == "complaints":
        facts = complaint_facts_first(facts, text)
    lines, sources = _fact_lines(facts[:MAX_TOPIC_FACTS])
    answer = Answer(lines=lines, sources=sources)
    for offer in extra:
        answer = merge_answers(answer, describe_offer(offer, ("summary", "duration", "access")))
    if not answer.lines:
        return silent(m, silent_what)
    return answer


TOPIC_SILENT = {
    "price": "hvad det koster", "waiting_time": "hvor lang ventetiden er",
    "free_choice": "om du frit kan vælge behandlingssted", "complaints": "hvordan du klager",
    "methods": "hvilke metoder der bruges", "follow_up": "hvad der sker efter behandlingen",
    "medication": "noget om medicin", "pregnancy": "noget særligt for gravide",
    "residential": "noget om døgnbehandling", "access": "hvordan du kommer i gang",
}


def answer_topic(m: Municipality, q: Question, intent: str) -> Answer:
    topic, categories = TOPIC_INTENTS[intent]
    offers = _named_offers(m, q)
    if offers and topic in TOPIC_OFFER_FIELDS:
        named = _describe_each(offers, TOPIC_OFFER_FIELDS[topic])
        if named.lines:
            return named
    extra = _offers_in(m, categories)[:3]
    if topic == "pregnancy":
        extra = [o for o in m.offers
                 if any(w in fold(" ".join([o.name, *o.aliases])) for w in PREGNANCY_WORDS)]
    return answer_topic_facts(m, topic, TOPIC_SILENT[topic], extra, q.text)


def _faq_answer(entry: FaqEntry) -> Answer:
    """The FAQ entry's answer (load_knowledge() requires its text)."""
    return Answer(lines=[entry.answer.text or ""], sources=[entry.answer.source])


def retrieval_answer(m: Municipality, q: Question) -> Optional[Answer]:
    """Best FAQ entry or offer for a message NLU was unsure about, or ``None``."""
    entry, faq_score = best_faq(m, q.text)
    offer, offer_score = search_offers_by_text(m, q.text)
    if entry is not None and faq_score >= FALLBACK_SCORE and faq_score >= offer_score:
        return _faq_answer(entry)
    if offer is not None and offer_score >= FALLBACK_SCORE + 10:
        return describe_offer(offer, OFFER_INFO_FIELDS)
    return None


CANNOT_ANSWER_LEAD = "Det kan jeg desværre ikke svare på."


def answer_fallback(m: Municipality, q: Question) -> Answer:
    exact = [match.offer for match in match_offers(m.offers, q.text, q.offer_hints)
             if match.score >= 100]
    if exact:  # NLU was unsure, but the message names an offer
        return _describe_each(exact[:2], OFFER_INFO_FIELDS)
    found = retrieval_answer(m, q)
    if found is not None:
        return found
    return Answer(lines=[CANNOT_ANSWER_LEAD,
                         "Jeg kan svare på spørgsmål om hjælp til alkohol og stoffer, fx "
                         "tilbud, alder, anonymitet, åbningstider og priser.",
                         contact_hint(m)], sources=[], found=False)


# ----------------------------------------------------------------------------- dispatch

SIMPLE: Dict[str, Callable[[Municipality, Question], Answer]] = {
    "ask_opening_hours": answer_opening_hours,
    "ask_open_now": answer_open_now,
    "ask_phone_hours": answer_phone_hours,
    "ask_phone": answer_phone,
    "ask_email": answer_email,
    "ask_address": answer_address,
    "ask_offers": answer_offers,
    "ask_youth": answer_youth,
    "ask_relatives": answer_relatives,
    "nlu_fallback": answer_fallback,
}
WITH_OTHERS = {
    "ask_offer_info": answer_offer_info,
    "ask_duration": answer_duration,
    "ask_age": answer_age,
    "ask_anonymity": answer_anonymity,
}
QUESTION_INTENTS = frozenset([*SIMPLE, *WITH_OTHERS, *TOPIC_INTENTS])


def _compose(knowledge: Mapping[str, Municipality], m: Municipality, q: Question) -> Answer:
    if q.intent in SIMPLE:
        return SIMPLE[q.intent](m, q)
    if q.intent in WITH_OTHERS:
        return WITH_OTHERS[q.intent](m, q, knowledge)
    if q.intent in TOPIC_INTENTS:
        return answer_topic(m, q, q.intent)
    return answer_fallback(m, q)


def answer_question(knowledge: Mapping[str, Municipality], slug: str, q: Question) -> str:
    """Answer ``q`` for municipality ``slug`` and return the text to show.

    A FAQ entry answers when it is a near-verbatim match, or when the structured
    answer would only say that the catalogue is silent.
    """
    m = knowledge[slug]
    entry, score = best_faq(m, q.text)
    if entry is not None and score >= FAQ_SCORE:
        return _faq_answer(entry).render(m)
    answer = _compose(knowledge, m, q)
    if not answer.found and entry is not None and score >= FALLBACK_SCORE:
        answer = _faq_answer(entry)
    return answer.render(m)


def knowledge_answer_if_named(knowledge: Mapping[str, Municipality], slug: str,
                              text: str) -> Optional[str]:
    """An answer when ``text`` names an offer exactly or closely matches a FAQ entry.

    Used for messages NLU did not file as a question (out of scope, "what can you do").
    """
    m = knowledge[slug]
    exact = [match for match in match_offers(m.offers, text) if match.score >= 100]
    if exact:
        return answer_question(knowledge, slug, Question(intent="ask_offer_info", text=text))
    entry, score = best_faq(m, text)
    if entry is not None and score >= FALLBACK_SCORE:
        return _faq_answer(entry).render(m)
    return None
