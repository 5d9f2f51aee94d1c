"""The second detail of a two-part question: "hvor ligger det, og skal jeg bare møde op?",
"er jeg for ung, og hvor lang tid varer en samtale?".

The answer for the first detail is composed as before; :func:`add_second` then adds a short
answer (at most :data:`SECOND_LINES` lines) for the next detail the question asks in words
that the answer does not say yet: from the one offer answered, the centre's own facts
(address, phone, hours) or the municipality's general facts. A detail the catalogue is silent
on adds nothing (the first answer stays short). :func:`centre_and_more` answers a question
whose first detail is the centre's own and whose second is not ("hvor ligger I, og koster
det noget?"), which the intent answers alone would cut to the first.

Nothing here imports rasa or rasa_sdk.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Callable, Dict, Optional, Sequence

from core.answering.answer import Answer
from core.answering.aspects import CENTRE_LEVEL, OFFER_ONLY, Aspect
from core.answering.centre_answers import answer_address, answer_opening_hours, answer_phone
from core.answering.compose import SILENT_LINE, aspect_part, compose_offers
from core.answering.cues import answers_aspect, other_topic
from core.answering.general import compose_topic
from core.answering.intent_question import Question as IntentQuestion
from core.answering.lookup import fact_answer
from core.answering.resolve import Candidate
from core.answering.understand import Question
from core.knowledge.base import Municipality, Offer

SECOND_LINES = 2
MAX_LISTED = 3  # a detail of offers just listed is given for at most this many
# Details that another detail's answer implies or that are no detail of their own.
_NOT_SECOND = frozenset((Aspect.OVERVIEW, Aspect.VALIDITY))
_CENTRE: Dict[Aspect, Callable[[Municipality, IntentQuestion], Answer]] = {
    Aspect.ADDRESS: answer_address, Aspect.PLACE: answer_address,
    Aspect.PHONE: answer_phone, Aspect.HOURS: answer_opening_hours,
}


def next_detail(q: Question, said: str, done: Sequence[Aspect]) -> Optional[Aspect]:
    """The first detail asked in words that is neither answered (``done``) nor said in ``said``."""
    if not q.explicit:
        return None
    for aspect in q.aspects:
        if aspect in done or aspect in _NOT_SECOND:
            continue
        if not answers_aspect(said, aspect):
            return aspect
    return None


def _part(m: Municipality, q: Question, aspect: Aspect, offers: Sequence[Offer],
          now: datetime) -> Optional[Answer]:
    if len(offers) == 1 and aspect not in (Aspect.PHONE, Aspect.HOURS, Aspect.ADDRESS):
        part = aspect_part(m, offers[0], aspect, q, now)
    elif 1 < len(offers) <= MAX_LISTED and aspect in OFFER_ONLY:  # each offer just listed, one line each
        part = compose_offers(m, [Candidate(offer=o, score=0.0, why=()) for o in offers], q, [aspect], now)
    elif aspect in _CENTRE and not offers:
        part = _CENTRE[aspect](m, IntentQuestion(intent="", text=q.text))
    elif aspect not in OFFER_ONLY and aspect not in CENTRE_LEVEL:
        part = compose_topic(m, q, aspect, now)
    else:
        return None
    return part if part.found and part.lines else None


# A second question in the same message: "..., og kan han vælge et andet sted?"
_NEXT_QUESTION = re.compile(r"[?.!]\s+|,?\s+(?:og|eller)\s+(?=(?:kan|skal|må|ma|er|har|hvad|hvor|hvordan|"
                            r"hvornår|hvornaar|hvem)\b)", re.IGNORECASE)


def other_question(m: Municipality, q: Question, said: str) -> Optional[Answer]:
    """A later question of the message about what no detail covers (free choice, complaints,
    medication): the fact that answers it, when the answer does not say it yet."""
    for clause in _NEXT_QUESTION.split(q.text.split("\n")[0])[1:]:
        if not other_topic(clause):
            continue
        found = fact_answer(m, clause)
        if found is not None and found.lines and found.lines[0] not in said:
            return found
    return None


def add_second(m: Municipality, q: Question, answer: Answer, offers: Sequence[Offer],
               done: Sequence[Aspect], now: datetime) -> bool:
    """Add the answer to the next detail asked to ``answer``; True when something was added."""
    said = "\n".join(line for line in answer.lines if not line.lstrip().startswith("-"))  # a list names offers
    aspect = next_detail(q, said, done)
    if aspect is None:
        found = other_question(m, q, "\n".join(answer.lines)) if q.explicit else None
        if found is None:
            return False
        answer.lines.extend(found.lines[:1])
        answer.sources.extend(found.sources[:1])
        return True
    part = _part(m, q, aspect, offers, now)
    if part is None:
        return False
    lines = [line for line in part.lines if line not in answer.lines and not line.endswith(SILENT_LINE)]
    lines = lines[:SECOND_LINES]
    if not lines:
        return False
    answer.lines.extend(lines)
    answer.sources.extend(part.sources[:SECOND_LINES])
    return True


def centre_and_more(m: Municipality, q: Question, now: datetime) -> Optional[Answer]:
    """A question whose first detail is the centre's own (where, phone, hours) and that asks
    another detail too: both answers, or None when only the centre's detail is asked."""
    if not q.explicit or not q.aspects or q.aspects[0] not in _CENTRE:
        return None
    first = q.aspects[0]
    answer = _CENTRE[first](m, IntentQuestion(intent="", text=q.text))
    if not add_second(m, q, answer, (), (first, *CENTRE_LEVEL), now):
        return None
    return answer


__all__ = ["add_second", "centre_and_more", "next_detail", "SECOND_LINES"]
