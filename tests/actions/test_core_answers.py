"""actions.core_answers: how the answering core is asked from a rasa-sdk action."""

from __future__ import annotations

import pytest

from actions.core_answers import core_reply
from tests.conftest import make_tracker

TEXT = "kan vi få parsamtaler? min kone er i alkoholbehandling hos jer"


@pytest.mark.parametrize("confidence,anonymity", [(0.3, False), (0.95, True)])
def test_a_weakly_read_intent_does_not_decide_the_detail_asked(confidence, anonymity):
    tracker = make_tracker(TEXT, "ask_anonymity", metadata={"municipality": "vejle"})
    tracker.latest_message["intent"]["confidence"] = confidence
    reply = core_reply(tracker, "vejle", TEXT, "ask_anonymity")
    assert reply is not None
    assert (reply.question.aspects[:1] == ()) is not anonymity, reply.question.aspects
    if not anonymity:
        assert reply.text.startswith("Parsamtaler"), reply.text


def test_an_intent_answer_leaves_its_detail_for_the_next_turn():
    from rasa_sdk.events import SlotSet

    from actions.core_answers import lead_offer_events

    tracker = make_tracker("hvor lang ventetid er der?", "ask_waiting_time",
                           metadata={"municipality": "skanderborg"})
    events = lead_offer_events(tracker, "skanderborg", None, "Der er behandlingsgaranti.", "ask_waiting_time")
    assert SlotSet("last_topic", "waiting_time") in events
    follow = make_tracker("gælder det også den anonyme stofbehandling?", "nlu_fallback",
                          slots={"last_topic": "waiting_time"})
    reply = core_reply(follow, "skanderborg", "gælder det også den anonyme stofbehandling?", "nlu_fallback")
    assert "gælder ikke" in reply.text, reply.text


def test_where_to_go_for_a_described_person_is_the_place_for_their_group():
    from actions.core_answers import use_core

    text = "hvor skal jeg hen? er 22 og ryger for meget hash"
    reply = core_reply(make_tracker(text, "ask_address"), "vejle", text, "ask_address")
    assert use_core(reply, "ask_address", "vejle", text)
    assert "Boulevarden 19" in reply.text, reply.text


def test_a_day_after_a_schedule_asks_the_same_schedule_for_that_day():
    from rasa_sdk.events import SlotSet

    from actions.core_answers import continued_intent, lead_offer_events

    tracker = make_tracker("hvornår er der telefontid?", "ask_phone_hours", metadata={"municipality": "vejle"})
    assert SlotSet("last_topic", "ask_phone_hours") in lead_offer_events(
        tracker, "vejle", None, "Telefontid: ...", "ask_phone_hours")
    follow = make_tracker("og om fredagen?", "nlu_fallback", slots={"last_topic": "ask_phone_hours"})
    assert continued_intent(follow, "og om fredagen?") == "ask_phone_hours"
    other = make_tracker("og om fredagen?", "nlu_fallback", slots={"last_topic": "price"})
    assert continued_intent(other, "og om fredagen?") is None


def test_another_case_after_a_complaint_answer_keeps_the_complaint():
    from actions.core_answers import continued_intent

    follow = make_tracker("og hvis de stadig siger nej?", "nlu_fallback", slots={"last_topic": "ask_complaint"})
    assert continued_intent(follow, "og hvis de stadig siger nej?") == "ask_complaint"
    new = make_tracker("hvad koster det hvis jeg er under 18?", "nlu_fallback", slots={"last_topic": "ask_complaint"})
    assert continued_intent(new, "hvad koster det hvis jeg er under 18?") is None


def test_a_short_question_after_a_complaint_answer_continues_the_complaint():
    from actions.core_answers import thread_continues

    for text in ("hvor lang tid har han?", "kan hun gå til nogen udenfor?"):
        follow = make_tracker(text, "nlu_fallback", slots={"last_topic": "ask_complaint"})
        reply = core_reply(follow, "fredericia", text, "nlu_fallback")
        assert thread_continues(follow, text, reply) == "ask_complaint", text
    named = "hvor lang tid varer motivationsgruppen?"
    follow = make_tracker(named, "nlu_fallback", slots={"last_topic": "ask_complaint"})
    assert thread_continues(follow, named, core_reply(follow, "fredericia", named, "nlu_fallback")) is None
    other = make_tracker("hvor lang tid har han?", "nlu_fallback", slots={"last_topic": "ask_price"})
    assert thread_continues(other, "hvor lang tid har han?", None) is None
    price = "hvad koster behandlingen?"
    follow = make_tracker(price, "ask_price", slots={"last_topic": "ask_complaint"})
    assert thread_continues(follow, price, core_reply(follow, "vejle", price, "ask_price")) is None


def test_words_asking_another_detail_win_over_a_phone_intent():
    from actions.core_answers import use_core

    text = "hvis jeg skriver til jer i dag, hvornår kan jeg så starte?"
    reply = core_reply(make_tracker(text, "ask_phone_hours"), "vejle", text, "ask_phone_hours")
    assert use_core(reply, "ask_phone_hours", "vejle", text)
    assert "14 dage" in reply.text, reply.text
    phone = "hvornår kan jeg ringe til jer?"
    reply = core_reply(make_tracker(phone, "ask_phone_hours"), "vejle", phone, "ask_phone_hours")
    assert not use_core(reply, "ask_phone_hours", "vejle", phone)


@pytest.mark.asyncio
async def test_a_confident_core_answer_beats_a_dead_end(dispatcher):
    from actions.answer_flow import answer_question_turn
    from core.answering.builders import CANNOT_ANSWER_LEAD

    text = "hvem bestemmer om hun kan komme afsted?"
    tracker = make_tracker(text, "nlu_fallback", slots={"municipality": "skanderborg", "last_topic": "price"})
    tracker.latest_message["intent"]["confidence"] = 0.3
    await answer_question_turn(dispatcher, tracker, "nlu_fallback")
    said = dispatcher.messages[0]["text"]
    assert not said.startswith(CANNOT_ANSWER_LEAD) and "udvalg" in said, said
