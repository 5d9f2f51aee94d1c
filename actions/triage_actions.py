"""Thin Rasa actions for triage: start, the form's validation and questions, the outcome.

The decision is made by :mod:`core.triage.decide` and the texts by :mod:`core.triage.answers`;
these actions only move facts between the tracker's slots and those pure functions.

Flow: ``own_use``/``relative_use`` -> ``action_triage_start`` (facts from the first message)
-> ``triage_form``, whose validation asks :func:`core.triage.decide.decide` which fact is still
needed and sets ``requested_slot`` to it (or to ``None`` when an offer can be chosen) ->
``action_triage_recommend``.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import replace
from typing import Any, Dict, List, Mapping, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.booking_replies import OFFER_PAYLOAD, ask_desk
from actions.core_answers import (
    MORE_SLOT,
    READ_MORE_BUTTON,
    answers_unsure_triage,
    asks_question,
    core_reply,
    direct_answer,
    lead_offer_events,
    say_answer,
)
from actions.runtime import knowledge, named_municipality, resolve_municipality, services
from actions.tracker_helpers import ask_for_municipality
from core.answering.builders import QUESTION_INTENTS, Question, answer_question
from core.answering.cues import centre_intent, topic_intent
from core.answering.shorten import split_reply
from core.hours import now_in_copenhagen
from core.knowledge.base import Municipality
from core.municipalities import slug_from_text
from core.triage.answers import (
    NOT_UNDERSTOOD,
    STOPPED,
    alternatives,
    no_fit,
    question,
    recommendation,
)
from core.triage.decide import FACTS, Ask, Decision, NoFit, Recommendation, Situation, decide
from core.triage.parse import (
    DECLINED,
    FACT_OF_SLOT,
    SLOT_OF_FACT,
    correction_text,
    extract_facts,
    parse_answer,
    situation_from_slots,
    slot_updates,
)
from core.triage.rules import Rule, RuleBook

logger = logging.getLogger(__name__)

REQUESTED_SLOT = "requested_slot"
FORM_NAME = "triage_form"
MUNICIPALITY_SLOT = "municipality"
TRIAGE_SLOTS = tuple(SLOT_OF_FACT.values())
RESULT_SLOTS = ("triage_offer", "triage_alternatives")
BOOKKEEPING_SLOTS = ("triage_anonymous", "triage_last_fact", "triage_questions")
ASKER_OF_INTENT = {"own_use": "self", "relative_use": "relative"}
# Messages with these intents that do not answer the question leave the form for a moment
# (answer the question, handle the crisis, stop...) and then come back to it.
INTERRUPTING_INTENTS = frozenset({
    *QUESTION_INTENTS, "crisis", "stop_triage", "start_over", "inform_municipality", "greet",
    "goodbye", "bot_challenge", "ask_privacy", "ask_capabilities", "out_of_scope",
    "triage_alternatives", "book_talk", "thank"}) - {"nlu_fallback"}
INTERRUPT_CONFIDENCE = 0.5


def triage_rules() -> RuleBook:
    """The triage rules of the process's services (the same knowledge directory)."""
    return services().triage_rules


def anonymous_offers(m: Municipality) -> List[str]:
    return [o.id for o in m.offers
            if (o.fact("anonymous") is not None and o.fact("anonymous").value is True)]


def current_slots(tracker: Tracker) -> Dict[str, Optional[str]]:
    return {slot: tracker.get_slot(slot) for slot in TRIAGE_SLOTS}


def situation(slots: Mapping[str, Optional[str]], tracker: Tracker) -> Situation:
    return situation_from_slots(slots, wants_anonymous=tracker.get_slot("triage_anonymous") == "yes")


def decide_for(slug: str, s: Situation) -> Decision:
    m = knowledge()[slug]
    return decide(triage_rules()[slug], s, anonymous_offers(m))


def reset_events() -> List[EventType]:
    return [SlotSet(slot, None) for slot in (*TRIAGE_SLOTS, *RESULT_SLOTS, *BOOKKEEPING_SLOTS)]


def _intent(tracker: Tracker) -> Tuple[str, float]:
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name") or "", float(intent.get("confidence") or 0.0)


def _text(tracker: Tracker) -> str:
    return (tracker.latest_message or {}).get("text") or ""


def facts_from_message(text: str, requested: Optional[str], last_fact: Optional[str],
                       asker_hint: Optional[str]
                       ) -> Tuple[Dict[str, object], Optional[str]]:
    """Facts a message gives, and a Danish problem to show when an answer is impossible.

    Handles three kinds of message: a correction ("nej jeg mener 19", applied to the fact
    answered last), an answer to the requested fact, and facts stated in passing.
    """
    facts: Dict[str, object] = {}
    corrected = correction_text(text)
    if corrected is not None:
        target = last_fact if last_fact in FACTS else requested
        if target is not None:
            parsed = parse_answer(target, corrected)
            if parsed.value is not None:
                facts[target] = parsed.value
                facts.update(parsed.extra)
                return facts, None
        return {k: v for k, v in extract_facts(corrected, asker_hint).items()
                if k != "asker" or "asker" not in facts}, None
    stated = extract_facts(text, asker_hint)
    if asker_hint is not None and stated.get("asker") == asker_hint:
        stated.pop("asker")
    facts.update(stated)
    if requested in FACTS:
        parsed = parse_answer(requested, text)
        if parsed.problem:
            return {}, parsed.problem
        if parsed.value is not None:
            facts[requested] = parsed.value
            facts.update(parsed.extra)
        elif parsed.declined and requested not in facts:
            facts[requested] = DECLINED
    return facts, None


def _changes(facts: Mapping[str, object], slots: Mapping[str, Optional[str]]) -> Dict[str, Optional[str]]:
    updates = slot_updates({k: v for k, v in facts.items() if k in FACTS})
    return {slot: value for slot, value in updates.items() if slots.get(slot) != value}


TRIAGE_BUTTON = {"title": "Find det rette tilbud", "payload": "/start_over"}


def answer_directly(tracker: Tracker, dispatcher: CollectingDispatcher,
                    intent: str) -> Optional[List[EventType]]:
    """A direct question gets a direct answer; finding the right offer is offered after it.

    "min mor drikker, hvor mange gange er pårørendeforløbet?" is answered at once, with a
    button that starts triage; "jeg er 15 og ryger hash" (no question) starts triage.
    """
    if intent == "start_over":
        return None
    slug = resolve_municipality(tracker, knowledge()).slug
    if slug is None:
        return None
    reply = core_reply(tracker, slug, _text(tracker), intent)
    # a question the core leaves to an intent answer: complaints, medication, ... or the
    # centre's own phone hours or address ("min mand drikker. hvornår kan jeg ringe?")
    topic = (topic_intent(_text(tracker)) or centre_intent(_text(tracker))) if reply is None else None
    if topic is not None and asks_question(_text(tracker)):
        # "min veninde vil have antabus, kan hun få det hos jer?": the medication answer
        text = answer_question(knowledge(), slug, Question(topic, _text(tracker)))
        return say_answer(dispatcher, tracker, text, buttons=[TRIAGE_BUTTON]) + [FollowupAction("action_listen")]
    if not (direct_answer(reply) or answers_unsure_triage(reply, _intent(tracker)[1])):
        return None
    shown = say_answer(dispatcher, tracker, reply.text, buttons=[TRIAGE_BUTTON])
    # the one offer the answer leads with ("... kan du komme i et pårørendeforløb: ...") is
    # what "hvornår er det?" next asks about
    return lead_offer_events(tracker, slug, reply, reply.text, intent) + shown + [FollowupAction("action_listen")]


class ActionTriageStart(Action):
    """Start (or restart) triage with the facts the first message already gives."""

    def name(self) -> Text:
        return "action_triage_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        intent, _ = _intent(tracker)
        answered = answer_directly(tracker, dispatcher, intent)
        if answered is not None:
            return answered
        events = reset_events()
        facts = extract_facts(_text(tracker), ASKER_OF_INTENT.get(intent))
        for slot, value in slot_updates(facts).items():
            events.append(SlotSet(slot, value))
        if facts.get("wants_anonymous"):
            events.append(SlotSet("triage_anonymous", "yes"))
        named = slug_from_text(_text(tracker), knowledge())
        if named is not None:
            events.append(SlotSet(MUNICIPALITY_SLOT, named))
        return events


class ActionTriageUpdate(Action):
    """A fact given after the recommendation ("nej jeg mener 19"): update, then decide again."""

    def name(self) -> Text:
        return "action_triage_update"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        if asks_question(_text(tracker)):  # "kan en ung blive pålagt behandling?" is no fact
            answered = answer_directly(tracker, dispatcher, "inform_triage")
            if answered is not None:
                return answered
        slots = current_slots(tracker)
        facts, problem = facts_from_message(
            _text(tracker), None, tracker.get_slot("triage_last_fact"),
            slots.get("triage_asker"))
        if problem:
            dispatcher.utter_message(text=problem)
        events: List[EventType] = [SlotSet(slot, None) for slot in RESULT_SLOTS]
        events += [SlotSet(slot, value) for slot, value in _changes(facts, slots).items()]
        return events


class ValidateTriageForm(Action):
    """Read the answer, then ask :func:`decide` which fact, if any, is still needed."""

    def name(self) -> Text:
        return "validate_triage_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        known = knowledge()
        slots = current_slots(tracker)
        events: List[EventType] = []
        resolution = resolve_municipality(tracker, known)
        slug = resolution.slug
        events += resolution.slot_events()
        requested = tracker.get_slot(REQUESTED_SLOT)
        if answering(tracker):
            intent, confidence = _intent(tracker)
            if intent == "crisis":
                return []  # rejected: the crisis rule answers first, nothing else
            text = _text(tracker)
            named = named_municipality(tracker, known)
            changed_municipality = named is not None and named != slug
            if changed_municipality:
                slug = named
                events.append(SlotSet(MUNICIPALITY_SLOT, named))
                dispatcher.utter_message(text=f"Fint, så finder jeg tilbud i {known[named].name} "
                                              f"Kommune.")
            fact = FACT_OF_SLOT.get(requested)
            facts, problem = facts_from_message(
                text, fact, tracker.get_slot("triage_last_fact"), slots.get("triage_asker"))
            if problem:
                dispatcher.utter_message(text=problem)
                return events + [SlotSet(requested, None), SlotSet(REQUESTED_SLOT, requested)]
            changes = _changes(facts, slots)
            if facts.get("wants_anonymous"):
                events.append(SlotSet("triage_anonymous", "yes"))
            if not changes and not changed_municipality and not (
                    requested == MUNICIPALITY_SLOT and named is not None):
                if intent in INTERRUPTING_INTENTS and confidence >= INTERRUPT_CONFIDENCE:
                    return []  # rejected: a rule answers the question, then the form resumes
                dispatcher.utter_message(text=NOT_UNDERSTOOD)
                return events + [SlotSet(requested or "triage_asker", None),
                                 SlotSet(REQUESTED_SLOT, requested)]
            slots.update(changes)
            events += [SlotSet(slot, value) for slot, value in changes.items()]
            answered = [FACT_OF_SLOT[s] for s in changes]
            if answered:
                events.append(SlotSet("triage_last_fact", fact if fact in answered else answered[-1]))
        if slug is None:
            return events + [SlotSet(REQUESTED_SLOT, MUNICIPALITY_SLOT)]
        decision = decide_for(slug, situation(slots, tracker))
        next_slot = SLOT_OF_FACT[decision.fact] if isinstance(decision, Ask) else None
        return events + [SlotSet(REQUESTED_SLOT, next_slot)]


def answering(tracker: Tracker) -> bool:
    """Whether the form runs right after a user message (not at activation or after an
    interruption was answered).

    Rasa hands the validation action a tracker that ends with the form's own
    ``ActionExecuted`` and slot events, so ``latest_action_name`` is always the form:
    look past those to the last real action or user message.
    """
    for event in reversed(tracker.events):
        kind = event.get("event")
        if kind == "user":
            return True
        if kind == "action" and event.get("name") not in (FORM_NAME, "action_extract_slots"):
            return event.get("name") == "action_listen"
    return False


class _AskTriageFact(Action, ABC):
    """Ask for one fact, with buttons; the first question of a triage says why we ask."""

    @property
    @abstractmethod
    def fact(self) -> str:
        """The triage fact this action asks for."""

    def name(self) -> Text:
        return f"action_ask_triage_{self.fact}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        slug = resolve_municipality(tracker, knowledge()).slug
        asked = int(tracker.get_slot("triage_questions") or 0)
        s = situation(current_slots(tracker), tracker)
        rules: Tuple[Rule, ...] = ()
        if slug is not None and s.asker is not None:
            rules = tuple(triage_rules()[slug][s.asker])
        answer = question(self.fact, s, rules, first=asked == 0)
        dispatcher.utter_message(text="\n".join(answer.lines), buttons=answer.buttons)
        return [SlotSet("triage_questions", float(asked + 1))]


class ActionAskTriageAsker(_AskTriageFact):
    fact = "asker"  # type: ignore[assignment]


class ActionAskTriageRelation(_AskTriageFact):
    fact = "relation"  # type: ignore[assignment]


class ActionAskTriageUserAge(_AskTriageFact):
    fact = "user_age"  # type: ignore[assignment]


class ActionAskTriageAskerAge(_AskTriageFact):
    fact = "asker_age"  # type: ignore[assignment]


class ActionAskTriageSubstance(_AskTriageFact):
    fact = "substance"  # type: ignore[assignment]


class ActionAskTriageInTreatment(_AskTriageFact):
    fact = "in_treatment"  # type: ignore[assignment]


class ActionAskMunicipality(Action):
    """Triage needs the municipality: ask with one button per known municipality."""

    def name(self) -> Text:
        return "action_ask_municipality"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        ask_for_municipality(tracker, dispatcher, resolve_municipality(tracker, knowledge()).unknown)
        return []


class ActionTriageRecommend(Action):
    """Say which offer fits, why, its conditions and the next step."""

    def name(self) -> Text:
        return "action_triage_recommend"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        known = knowledge()
        resolution = resolve_municipality(tracker, known)
        if resolution.slug is None:
            ask_for_municipality(tracker, dispatcher, resolution.unknown)
            return []
        m = known[resolution.slug]
        s = situation(current_slots(tracker), tracker)
        decision = decide_for(m.slug, s)
        if isinstance(decision, Ask):
            # Only reached if the form was left early: answer with what we know.
            decision = decide_for(m.slug, _declining_open(s))
        if isinstance(decision, NoFit):
            answer = no_fit(m, decision)
            dispatcher.utter_message(text=answer.render(m, now_in_copenhagen()), buttons=answer.buttons)
            return resolution.slot_events() + [SlotSet("triage_offer", None),
                                               SlotSet("triage_alternatives", None)]
        assert isinstance(decision, Recommendation)
        answer = recommendation(m, s, decision)
        # short first, the rest behind "Læs mere" (the phone hours, the other ways in)
        first, more = split_reply(answer.render(m, now_in_copenhagen()))
        dispatcher.utter_message(text=first, buttons=([READ_MORE_BUTTON] if more else []) +
                                 await booking_button(m.slug, decision.offer_id) + answer.buttons)
        return resolution.slot_events() + [SlotSet(MORE_SLOT, more or None)] + [
            SlotSet("triage_offer", decision.offer_id),
            SlotSet("triage_alternatives", [r.id for r in decision.alternatives]),
            # "hvor lang tid varer det?" next is about the recommended offer
            SlotSet("last_offer", decision.offer_id), SlotSet("last_topic", None)]


async def booking_button(slug: str, offer_id: str) -> List[Dict[str, str]]:
    """A "book a talk" button when the chat can book this offer; none if booking is down.
    The store is asked off the event loop, like every desk step."""
    try:
        bookable = await ask_desk(lambda desk: desk.is_bookable(slug, offer_id))
    except Exception:  # noqa: BLE001  the recommendation must not fail with the booking store
        logger.exception("booking store unavailable; recommending without a booking button")
        return []
    if not bookable:
        return []
    return [{"title": "Book en anonym samtale", "payload": OFFER_PAYLOAD.format(offer_id)}]


def _declining_open(s: Situation) -> Situation:
    return replace(s, declined=s.declined | frozenset(s.open_facts()))


class ActionTriageAlternatives(Action):
    """List the other offers that may fit the last recommendation."""

    def name(self) -> Text:
        return "action_triage_alternatives"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        known = knowledge()
        slug = resolve_municipality(tracker, known).slug
        rule_ids = tracker.get_slot("triage_alternatives") or []
        asker = situation(current_slots(tracker), tracker).asker or "self"
        if slug is None or not tracker.get_slot("triage_offer"):
            dispatcher.utter_message(
                text="Fortæl mig lidt om, hvad du har brug for hjælp til, så finder jeg de "
                     "tilbud, der passer. Fx \"jeg er 17 og ryger hash\" eller \"min mand "
                     "drikker for meget\".")
            return []
        m = known[slug]
        by_id = {r.id: r for r in triage_rules()[slug][asker]}
        answer = alternatives(m, [by_id[i] for i in rule_ids if i in by_id])
        dispatcher.utter_message(text=answer.render(m, now_in_copenhagen()))
        return []


# Below this NLU confidence "stop" may be about stopping drinking: a question is answered.
STOP_CONFIDENCE = 0.6


class ActionTriageStop(Action):
    """Stop triage kindly and forget its facts."""

    def name(self) -> Text:
        return "action_triage_stop"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        _, confidence = _intent(tracker)
        if confidence < STOP_CONFIDENCE or asks_question(_text(tracker)):
            # "vil ikke stoppe helt, vil bare drikke mindre. kan man få hjælp til det?" is a
            # question about stopping, not a wish to stop talking
            answered = answer_directly(tracker, dispatcher, "nlu_fallback")
            if answered is not None:
                return answered
        dispatcher.utter_message(text=STOPPED)
        return reset_events() + [SlotSet(REQUESTED_SLOT, None)]

