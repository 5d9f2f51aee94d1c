"""actions/insight_hook.py: the ``insight`` dict each action's last reply carries (no text)."""

from __future__ import annotations

import asyncio

import pytest

from actions.insight_hook import insight_for, tag
from actions.question_actions import OUT_OF_SCOPE
from core.answering.builders import CANNOT_ANSWER_LEAD


def tracker(intent="ask_anonymity", slots=None):
    return {"sender_id": "x", "slots": dict(slots or {}),
            "latest_message": {"text": "er det anonymt?", "intent": {"name": intent,
                                                                      "confidence": 0.9}}}


def slot(name, value):
    return {"event": "slot", "name": name, "value": value}


def say(text):
    return {"text": text, "buttons": [], "custom": {}}


@pytest.mark.parametrize("action,track,events,texts,expected", [
    # an answer: topic = the intent, municipality from the tracker's slots
    ("action_answer_question", tracker(slots={"municipality": "vejle"}), [],
     ["Ja, du kan være anonym."],
     {"outcome": "answered", "topic": "ask_anonymity", "municipality": "vejle"}),
    # the aspect the action set (last_topic) wins over the intent
    ("action_answer_question", tracker("ask_offer_info", {"municipality": "vejle"}),
     [slot("last_topic", "price")], ["Det er gratis."],
     {"outcome": "answered", "topic": "price", "municipality": "vejle"}),
    # a municipality set by this action wins over the tracker's
    ("action_set_municipality", tracker("inform_municipality", {"municipality": "vejle"}),
     [slot("municipality", "sonderborg")], ["Sønderborg, godt."],
     {"outcome": "answered", "topic": "inform_municipality", "municipality": "sonderborg"}),
    # no municipality known: no key at all
    ("action_answer_question", tracker(), [], ["Ja."],
     {"outcome": "answered", "topic": "ask_anonymity"}),
    # "cannot answer", by the lead of any reply of the action
    ("action_answer_question", tracker("ask_price", {"municipality": "vejle"}), [],
     ["Lige et øjeblik.", CANNOT_ANSWER_LEAD + " Jeg kan svare på ..."],
     {"outcome": "cannot_answer", "topic": "ask_price", "municipality": "vejle"}),
    ("action_out_of_scope", tracker("out_of_scope"), [], [OUT_OF_SCOPE],
     {"outcome": "cannot_answer", "topic": "out_of_scope"}),
    # the fallback action with an answer it found anyway
    ("action_fallback", tracker("nlu_fallback", {"municipality": "fredericia"}), [],
     ["Måske mener du åbningstiden: ..."],
     {"outcome": "fallback", "topic": "nlu_fallback", "municipality": "fredericia"}),
    # a triage recommendation is counted under the offer, whatever the reply says
    ("action_triage_recommend", tracker("inform", {"municipality": "vejle"}),
     [slot("triage_offer", "craft"), slot("last_topic", "overview")],
     [CANNOT_ANSWER_LEAD],
     {"outcome": "triage_recommendation", "topic": "offer:craft", "municipality": "vejle"}),
    # an offer id that is no identifier falls back to the topic
    ("action_triage_recommend", tracker("inform"), [slot("triage_offer", "Ung & Rus")],
     ["Prøv det her."], {"outcome": "triage_recommendation", "topic": "inform"}),
    # an intent name that is no identifier gives no topic (never text)
    ("action_answer_question", tracker("Hvad koster det?"), [], ["Det er gratis."],
     {"outcome": "answered", "topic": None}),
    # a municipality that is not a string is left out
    ("action_answer_question", tracker(slots={"municipality": ["vejle"]}), [], ["Ja."],
     {"outcome": "answered", "topic": "ask_anonymity"}),
])
def test_insight_for(action, track, events, texts, expected):
    assert insight_for(action, track, events, [say(t) for t in texts]) == expected


def test_insight_for_with_an_empty_tracker():
    assert insight_for("action_answer_question", {}, [], []) == {"outcome": "answered",
                                                                   "topic": None}


def test_tag_marks_only_the_last_reply():
    call = {"next_action": "action_answer_question",
            "tracker": tracker(slots={"municipality": "vejle"})}
    result = {"events": [], "responses": [say("Ja."), say("Kilde: Vejle")]}
    tag(call, result)
    assert "insight" not in result["responses"][0]
    assert result["responses"][1]["insight"] == {
        "outcome": "answered", "topic": "ask_anonymity", "municipality": "vejle"}
    assert result["responses"][1]["text"] == "Kilde: Vejle"


def test_tag_keeps_an_action_s_own_insight_and_skips_silent_actions():
    own = {"outcome": "booking_made", "topic": "booking"}
    result = {"events": [], "responses": [say("Din tid er booket."), {**say("x"), "insight": own}]}
    tag({"next_action": "action_booking_book", "tracker": tracker()}, result)
    assert "insight" not in result["responses"][0] and result["responses"][1]["insight"] == own
    silent = {"events": [slot("municipality", "vejle")], "responses": []}
    tag({"next_action": "action_set_municipality", "tracker": tracker()}, silent)
    assert silent == {"events": [slot("municipality", "vejle")], "responses": []}


@pytest.mark.parametrize("result", [None, {}, {"responses": None}, {"responses": ["text"]},
                                    {"responses": [{"text": None}], "events": "x"}])
def test_tag_never_raises(result):
    tag({"next_action": "action_answer_question", "tracker": {"latest_message": "odd"}}, result)


def test_install_tags_replies_of_the_real_executor():
    from rasa_sdk import Action
    from rasa_sdk.executor import ActionExecutor

    from actions.insight_hook import install

    install()  # what python -m actions does at start-up

    class Hello(Action):
        def name(self):
            return "action_test_insight_hello"

        def run(self, dispatcher, tracker, domain):
            dispatcher.utter_message(text="Hej.")
            return []

    executor = ActionExecutor()
    executor.register_action(Hello)
    result = asyncio.run(executor.run({
        "next_action": "action_test_insight_hello", "tracker": {
            **tracker("greet"), "events": [], "paused": False, "followup_action": None,
            "active_loop": {}, "latest_action_name": "action_listen"}, "domain": {}}))
    assert result["responses"][-1]["insight"] == {"outcome": "answered", "topic": "greet"}
    assert result["responses"][-1]["text"] == "Hej."
