"""The answering core (``core.answering``) for the Rasa actions: context slots and when to use it.

The core is tried first; the intent-based answers of ``core.answering.builders`` remain for what it
does not answer (the centre's own phone and hours, complaints, free choice, curated FAQ).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.runtime import knowledge
from actions.tracker_helpers import latest_text
from core.answering import Reply, lead_offer
from core.answering import answer as answer_from_core
from core.answering.address import asker_of, speak_to
from core.answering.aspects import CENTRE_LEVEL, Aspect
from core.answering.cues import HOURS_INTENTS, THREAD_INTENTS, day_follow_up, if_follow_up
from core.answering.retrieval import best_faq
from core.answering.shorten import split_reply
from core.answering.understand import INTENT_ASPECTS, Asker
from core.hours import COPENHAGEN
from core.language.ages import writer_age

# A FAQ entry this close to the message answers it as written (curated question and answer).
FAQ_FIRST_SCORE = 85
FAQ_OVER_SUMMARY_SCORE = 70
# Intents about the centre itself: the core answers them only when an offer is in question.
CENTRE_INTENTS = frozenset(("ask_opening_hours", "ask_open_now", "ask_phone_hours", "ask_phone",
                            "ask_email", "ask_address"))


# Below this NLU confidence the message's own intent does not say which detail is asked
# ("kan vi få parsamtaler?" read as anonymity at 0.32): the words decide alone.
INTENT_HINT_CONFIDENCE = 0.45


def core_reply(tracker: Tracker, slug: str, text: str, intent: str) -> Optional[Reply]:
    """The answering core's reply for this turn, with the previous turn's offer as context."""
    context = {"offer_id": tracker.get_slot("last_offer"), "topic": tracker.get_slot("last_topic"),
               "age": tracker.get_slot(AGE_SLOT)}
    parsed = (tracker.latest_message or {}).get("intent") or {}
    weak = parsed.get("name") == intent and float(parsed.get("confidence") or 0.0) < INTENT_HINT_CONFIDENCE
    return answer_from_core(knowledge(), slug, text, intent=None if weak else intent,
                            context=context, now=datetime.now(COPENHAGEN))


def _remember(tracker: Tracker, offer: Optional[str], topic: Optional[str]) -> List[EventType]:
    """The context slots for the next turn, set only where they change."""
    wanted = {"last_offer": offer, "last_topic": topic}
    return [SlotSet(slot, value) for slot, value in wanted.items()
            if tracker.get_slot(slot) != value]


def context_events(tracker: Tracker, reply: Optional[Reply]) -> List[EventType]:
    """Remember what this answer was about (or forget it when it was not about one)."""
    return _remember(tracker, reply.context_offer if reply else None, reply.topic if reply else None)


# Intents asking about offers: an answer to them that is about one offer makes it the
# context ("har I en gruppe for pårørende?" -> the group; "hvor tit mødes de?" next).
# Answers to other intents (the centre's phone, waiting time, complaints) may name an offer
# in passing and leave the context empty.
OFFER_INTENTS = frozenset(("ask_offer_info", "ask_offers", "ask_relatives", "ask_youth",
                           "ask_residential", "ask_methods", "ask_pregnancy", "nlu_fallback"))


def lead_offer_events(tracker: Tracker, slug: str, reply: Optional[Reply], text: str,
                      intent: str) -> List[EventType]:
    """Context after an answer that names no single offer itself: the one offer the answer
    is about (the core's answer leads with it in its first line, whatever the intent:
    "Når du er 16 år – Ungdomsrådgivning ..." makes "hvor mange gange kan jeg komme?" about
    it; an offer intent's answer names only it)."""
    if reply is not None and reply.context_offer is not None:
        return context_events(tracker, reply)
    offer = None
    if reply is not None or intent in OFFER_INTENTS:  # the core's answer leads with its offer
        offer = lead_offer(knowledge()[slug], text, first_line=reply is not None)
    if offer is None:  # the one offer the person named themself ("... i ungdomsrådgivningen?")
        offer = lead_offer(knowledge()[slug], latest_text(tracker))
    # the detail an intent's answer gave ("behandlingsgaranti"), for "gælder det også X?" next
    asked = INTENT_ASPECTS.get(intent) if intent not in CENTRE_INTENTS else None
    topic = reply.topic if reply else asked.value if asked else None
    if reply is None and intent in HOURS_INTENTS | THREAD_INTENTS:
        topic = intent  # "og fredag?" next asks the schedule for that day, "og hvis ...?" the topic
    return _remember(tracker, offer, topic)


def continued_intent(tracker: Tracker, text: str) -> Optional[str]:
    """The intent of the last answer when ``text`` only continues it: a schedule and only a
    day ("og fredag?"), a complaint and another case ("og hvis de fastholder afslaget?")."""
    last = tracker.get_slot("last_topic")
    if last in HOURS_INTENTS and day_follow_up(text):
        return str(last)
    return str(last) if last in THREAD_INTENTS and if_follow_up(text) else None


# A short message after a complaint or free-choice answer that the core cannot place on its
# own ("hvor lang tid har hun?", "kan han gå til nogen uvildige?") continues that thread.
THREAD_FOLLOW_UP_WORDS = 12
_NO_DETAIL = frozenset(("overview", "target_group"))  # "kan hun gå til nogen udenfor?" asks no detail


def thread_continues(tracker: Tracker, text: str, reply: Optional[Reply]) -> Optional[str]:
    """The last answer's intent when it was a thread (complaint, free choice) and ``text`` is a
    short follow-up that names no offer and asks no detail of its own the core could answer."""
    last = tracker.get_slot("last_topic")
    if last not in THREAD_INTENTS or len(text.split()) > THREAD_FOLLOW_UP_WORDS:
        return None
    if reply is not None and (any(c.named for c in reply.candidates) or
                              reply.confident and (reply.offer_ids or reply.topic not in _NO_DETAIL)):
        return None  # an offer named, or a detail of its own asked ("hvad koster det?")
    return str(last)


def use_core(reply: Optional[Reply], intent: str, slug: str, text: str) -> bool:
    """The core answers unless a FAQ entry matches closely or the centre itself is asked."""
    if reply is None:
        return False
    _, faq_score = best_faq(knowledge()[slug], text)
    if faq_score >= FAQ_FIRST_SCORE:
        return False
    if faq_score >= FAQ_OVER_SUMMARY_SCORE and reply.topic == "overview":
        return False  # the core found only an offer's summary; the FAQ entry is more specific
    if intent in CENTRE_INTENTS:
        if asks_other_than_the_centre(reply):
            return reply.confident  # "hvis jeg ringer i dag, hvornår kan jeg starte?": the start, not the phone
        return reply.confident and (names_an_offer(reply) or describes_the_person(reply))
    return True


def asks_other_than_the_centre(reply: Reply) -> bool:
    """The words ask a detail, and none of the centre's own (phone, hours, address)."""
    asked = set(reply.question.aspects) if reply.question.explicit else set()
    return bool(asked) and not asked & CENTRE_LEVEL and Aspect.OVERVIEW not in asked


def describes_the_person(reply: Reply) -> bool:
    """"Hvor skal jeg hen? er 23 og ryger hash": the core finds the place for their group."""
    q = reply.question
    return reply.topic in ("place", "address") and bool(q.ages or q.substance)


def names_an_offer(reply: Reply) -> bool:
    """The message (or the previous answer) names the offer, not only describes it."""
    return any(c.named or c.from_context for c in reply.candidates)


# A question: a question mark, or a clause that opens with a question word or an inverted
# verb ("min kone drikker. er der noget for mig?", "..., kan jeg ringe og spørge?").
_QUESTION = re.compile(r"\?|(?:^|[.!,;:]\s*|\b(?:og|men|så)\s+)(?:hvad|hvor|hvem|hvordan|hvorn[aå]r|"
                       r"hvilke[nt]?|kan|har|er (?:der|det|i|jeres|man)|findes|m[aå] (?:jeg|vi|man|han|hun)|"
                       r"skal|what|where|when|how|can|is|do|are)\b", re.IGNORECASE)


_WHAT_CAN_I_DO = re.compile(r"\bhvad (?:kan|skal|goer|gør) (?:jeg|vi|man)(?: (?:goere|gøre|stille op))?\b|"
                           r"\bwhat (?:can|should) i do\b", re.IGNORECASE)


def direct_answer(reply: Optional[Reply]) -> bool:
    """A question the knowledge answers ("min kone drikker. er der noget for mig?"), not a
    situation told without one ("min mand drikker") nor a plea for guidance ("hvad skal
    jeg gøre?"): those start triage, which finds the one offer that fits."""
    if reply is None or not reply.confident:
        return False
    return reply.question.explicit or asks_question(reply.question.text)


# Below this NLU confidence a triage intent is a guess: a question is answered instead.
UNSURE_TRIAGE_CONFIDENCE = 0.5


def asks_question(text: str) -> bool:
    """A question rather than a situation told or a plea for guidance."""
    return bool(_QUESTION.search(text)) and not _WHAT_CAN_I_DO.search(text)


def answers_unsure_triage(reply: Optional[Reply], confidence: float) -> bool:
    """NLU only guessed that the person wants guidance, and the message asks a question the
    knowledge answers ("... har I et tilbud til ham?"): answer it rather than start a form."""
    if reply is None or not reply.confident or confidence >= UNSURE_TRIAGE_CONFIDENCE:
        return False
    return asks_question(reply.question.text)


MORE_SLOT = "more_text"
ASKER_SLOT = "last_asker"
AGE_SLOT = "last_age"
READ_MORE_BUTTON = {"title": "Læs mere", "payload": "/read_more"}


def say_answer(dispatcher: CollectingDispatcher, tracker: Tracker, text: str,
               buttons: Optional[List[Dict[str, str]]] = None) -> List[EventType]:
    """Send an answer short: the first reply, with "Læs mere" when more is kept for later
    (:func:`core.answering.shorten.split_reply`)."""
    asker = asker_of(latest_text(tracker))
    known = asker.value if asker is not Asker.UNKNOWN else tracker.get_slot(ASKER_SLOT)
    first, more = split_reply(speak_to(text, known))  # "den unge", not "du", to a parent
    dispatcher.utter_message(text=first, buttons=([READ_MORE_BUTTON] if more else []) + list(buttons or []))
    events: List[EventType] = []
    if more or tracker.get_slot(MORE_SLOT):
        events.append(SlotSet(MORE_SLOT, more or None))
    if known != tracker.get_slot(ASKER_SLOT):
        events.append(SlotSet(ASKER_SLOT, known))  # who asks, for the next turns
    own_age = writer_age(latest_text(tracker))
    if own_age is not None and own_age != tracker.get_slot(AGE_SLOT):
        events.append(SlotSet(AGE_SLOT, float(own_age)))  # "er 16 og ...": for the next turns
    return events
