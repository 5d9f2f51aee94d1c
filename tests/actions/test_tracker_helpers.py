"""Asking for the municipality: the full question once, then a short reminder, never twice a turn."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions.runtime import MUNICIPALITY_QUESTION, MUNICIPALITY_REMINDER
from actions.tracker_helpers import ask_for_municipality, municipality_or_ask


def tracker(events):
    return Tracker(sender_id="t", slots={}, latest_message={"text": "er det anonymt?", "entities": []},
                   events=events, paused=False, followup_action=None, active_loop={},
                   latest_action_name="action_listen")


def user(text):
    return {"event": "user", "text": text}


def bot(text):
    return {"event": "bot", "text": text}


def test_the_first_time_the_whole_question_with_buttons(dispatcher):
    slug, events = municipality_or_ask(tracker([user("er det anonymt?")]), dispatcher, "ask_anonymity")
    assert slug is None and len(dispatcher.messages) == 2
    meanwhile, question = dispatcher.messages
    # what all four catalogues say, with their sources, while the municipality is not known
    assert meanwhile["text"].startswith("I alle fire kommuner kan du få anonym rådgivning")
    assert meanwhile["text"].count("§") == 0 and meanwhile["text"].count(";") == 3
    assert MUNICIPALITY_QUESTION in question["text"]
    assert [b["title"] for b in question["buttons"]] == [
        "Fredericia", "Skanderborg", "Sønderborg", "Vejle"]


def test_nothing_is_said_meanwhile_when_the_catalogues_do_not_all_say_it(dispatcher):
    asking = Tracker(sender_id="t", slots={}, latest_message={"text": "hvornår har I åbent?", "entities": []},
                     events=[user("hvornår har I åbent?")], paused=False, followup_action=None,
                     active_loop={}, latest_action_name="action_listen")
    municipality_or_ask(asking, dispatcher, "ask_opening_hours")
    assert len(dispatcher.messages) == 1 and MUNICIPALITY_QUESTION in dispatcher.messages[0]["text"]


def test_asked_before_gets_a_short_reminder_not_the_same_text(dispatcher):
    first = "Jeg kender tilbuddene i ... " + MUNICIPALITY_QUESTION
    ask_for_municipality(tracker([user("hej"), bot(first), user("er det anonymt?")]), dispatcher)
    assert dispatcher.messages[-1]["text"] == MUNICIPALITY_REMINDER
    assert dispatcher.messages[-1]["buttons"]


def test_a_second_action_in_the_same_turn_does_not_ask_again(dispatcher):
    asked = "Jeg kender tilbuddene i ... " + MUNICIPALITY_QUESTION
    ask_for_municipality(tracker([user("er det anonymt?"), bot(asked)]), dispatcher)
    assert dispatcher.messages == []


@pytest.mark.parametrize("unknown", ["Aarhus"])
def test_an_unknown_municipality_is_always_said(dispatcher, unknown):
    asked = "Jeg kender tilbuddene i ... " + MUNICIPALITY_QUESTION
    ask_for_municipality(tracker([user("hej"), bot(asked), user("jeg bor i aarhus")]), dispatcher, unknown)
    assert dispatcher.messages[-1]["text"].startswith("Den kommune kender jeg desværre ikke")
