"""The turns the question and municipality actions share, as functions (not action runs).

Answering a question may first have to set the municipality ("Vejle" as the answer to
"which municipality?", "og i Vejle?"), and setting it may answer a question ("is there
free help in Skanderborg?") or start a booking left waiting: these functions call each
other, so the action modules only wrap them and never import one another.
"""

from __future__ import annotations

from datetime import datetime
from typing import List, Optional, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.booking_replies import answer_by_code, offer_booking
from actions.core_answers import (
    answer_from_core,
    context_events,
    continued_intent,
    core_reply,
    lead_offer_events,
    say_answer,
    thread_continues,
    use_core,
)
from actions.runtime import knowledge, named_municipality
from actions.tracker_helpers import ask_for_municipality, entity_values, latest_text, municipality_or_ask
from core.answering.builders import CANNOT_ANSWER_LEAD, Question, answer_question
from core.answering.cues import centre_intent, topic_intent
from core.hours import COPENHAGEN
from core.municipalities import asks_own_question, is_switch_follow_up, slug_from_text

FALLBACK_INTENT = "nlu_fallback"
# Intents that say little about the topic: "hører han fra jer igen?" filed under one of them
# is answered by the intent its words name (core.answering.cues.topic_intent).
GENERIC_INTENTS = frozenset((FALLBACK_INTENT, "ask_offers", "ask_offer_info", "ask_relatives",
                             "own_use", "relative_use", "out_of_scope"))


async def answer_question_turn(dispatcher: CollectingDispatcher, tracker: Tracker,
                               intent: str) -> List[EventType]:
    """Answer the latest message as a question of ``intent`` for the current municipality."""
    text = latest_text(tracker)
    pending = tracker.get_slot("pending_intent")
    if pending and len(text.split()) <= 4 and slug_from_text(text, knowledge()):
        # "Vejle" as the answer to "which municipality?", whatever NLU made of it
        return await set_municipality_turn(dispatcher, tracker)
    if is_switch_follow_up(text, knowledge()):
        # "og i Vejle?": the previous question, for another municipality
        return await set_municipality_turn(dispatcher, tracker)
    slug, events = municipality_or_ask(tracker, dispatcher, intent)
    if slug is None:
        return events
    continued = continued_intent(tracker, text)
    if continued is not None:  # "og fredag?" after the phone hours, "og hvis ...?" after a complaint
        intent = continued
    reply = core_reply(tracker, slug, text, intent) if continued is None else None
    thread = thread_continues(tracker, text, reply) if continued is None else None
    if thread is not None:  # "hvor lang tid har hun?" after a complaint: the same thread
        intent, reply = thread, None
    if use_core(reply, intent, slug, text):
        events += say_answer(dispatcher, tracker, reply.text)
        return events + lead_offer_events(tracker, slug, reply, reply.text, intent)
    if intent in GENERIC_INTENTS:  # the words name the topic better than a guessed intent
        intent = topic_intent(text) or (centre_intent(text) if reply is None else None) or intent
    question = Question(intent=intent, text=text, offer_hints=entity_values(tracker, "offer"))
    answer = answer_question(knowledge(), slug, question)
    if answer.startswith(CANNOT_ANSWER_LEAD) and reply is not None and reply.confident:
        # the core's answer was set aside for a FAQ entry or an intent that then found nothing
        events += say_answer(dispatcher, tracker, reply.text)
        return events + lead_offer_events(tracker, slug, reply, reply.text, intent)
    events += say_answer(dispatcher, tracker, answer)
    return events + lead_offer_events(tracker, slug, None, answer, intent)


async def fallback_turn(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """Low NLU confidence: a booking code, else the FAQ and offers by fuzzy search."""
    if await answer_by_code(tracker, dispatcher):
        return []
    return await answer_question_turn(dispatcher, tracker, FALLBACK_INTENT)


async def set_municipality_turn(dispatcher: CollectingDispatcher,
                                tracker: Tracker) -> List[EventType]:
    """Remember the municipality the user named, then answer a question left waiting."""
    known = knowledge()
    slug = named_municipality(tracker, known)
    if slug is None:
        ask_for_municipality(tracker, dispatcher, "?")
        return []
    m = known[slug]
    events: List[EventType] = [SlotSet("municipality", slug)]
    pending_intent = tracker.get_slot("pending_intent")
    if pending_intent:
        done = [SlotSet("pending_intent", None), SlotSet("pending_question", None)]
        if pending_intent == "book_talk":
            await offer_booking(dispatcher, slug)
            return events + done
        pending_text = tracker.get_slot("pending_question") or ""
        text = answer_question(known, slug, Question(pending_intent, pending_text))
        return events + done + say_answer(dispatcher, tracker, f"Tak. Her er svaret for {m.name}:\n\n{text}")
    text = latest_text(tracker)
    if asks_own_question(text, known):
        # "is there free help for weed in skanderborg": the question is the point
        return await fallback_turn(dispatcher, tracker)
    previous = previous_question(tracker) if is_switch_follow_up(text, known) else None
    if previous is not None:
        answer, answer_events = answer_again(tracker, slug, *previous)
        return events + answer_events + say_answer(dispatcher, tracker, f"I {m.name} Kommune:\n\n{answer}")
    dispatcher.utter_message(text=f"Fint, nu svarer jeg ud fra tilbuddene i {m.name} "
                                  f"Kommune. Hvad vil du gerne vide?")
    return events


def previous_question(tracker: Tracker) -> Optional[Tuple[str, str]]:
    """Text and intent of the user's message before the latest one (typed, not a button)."""
    users = [e for e in tracker.events if e.get("event") == "user"]
    for event in reversed(users[:-1]):
        text = (event.get("text") or "").strip()
        if text and not text.startswith("/"):
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            return text, intent or FALLBACK_INTENT
    return None


def answer_again(tracker: Tracker, slug: str, text: str,
                 intent: str) -> Tuple[str, List[EventType]]:
    """The previous question answered for another municipality ("og i Vejle?").

    The previous offer belongs to the other municipality, so only the topic carries over.
    """
    reply = answer_from_core(knowledge(), slug, text, intent=intent,
                             context={"offer_id": None, "topic": tracker.get_slot("last_topic")},
                             now=datetime.now(COPENHAGEN))
    if use_core(reply, intent, slug, text):
        return reply.text, context_events(tracker, reply)
    return answer_question(knowledge(), slug, Question(intent, text)), context_events(tracker, None)
