"""Triage actions: exact events and messages for the main situations."""

import re

import pytest
from rasa_sdk.events import SlotSet

from actions.triage_actions import (
    ActionAskMunicipality,
    ActionAskTriageAskerAge,
    ActionAskTriageUserAge,
    ActionTriageAlternatives,
    ActionTriageRecommend,
    ActionTriageStart,
    ActionTriageStop,
    ActionTriageUpdate,
    ValidateTriageForm,
    answering,
    reset_events,
)
from core.triage.answers import INTRO, NOT_UNDERSTOOD, STOPPED

VEJLE_PARTNER = {"triage_asker": "relative", "triage_relation": "partner",
                 "triage_asker_age": "18-120", "triage_substance": "alcohol",
                 "triage_in_treatment": "no"}


def as_sent(tracker):
    """A tracker without events is one right after a user message."""
    return tracker if tracker.events else answered(tracker)


async def run(action, dispatcher, tracker, domain):
    return await action.run(dispatcher, tracker, domain)


def after(tracker, action_name):
    """The tracker Rasa sends the form's validation after ``action_name`` ran."""
    tracker.events = [{"event": "action", "name": "action_listen"},
                      {"event": "user", "text": "..."},
                      {"event": "action", "name": action_name},
                      {"event": "slot", "name": "requested_slot", "value": None},
                      {"event": "action", "name": "triage_form"}]
    return tracker


def answered(tracker):
    """The tracker Rasa sends the form's validation right after a user message."""
    tracker.events = [{"event": "action", "name": "action_listen"},
                      {"event": "user", "text": tracker.latest_message["text"]},
                      {"event": "action", "name": "action_extract_slots"},
                      {"event": "slot", "name": "requested_slot",
                       "value": tracker.get_slot("requested_slot")},
                      {"event": "action", "name": "triage_form"}]
    return tracker


@pytest.mark.asyncio
async def test_start_takes_every_fact_of_the_first_message(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("Min mand drikker alt for meget, men han vil ikke i behandling.",
                              "relative_use", metadata={"municipality": "vejle"})
    events = await run(ActionTriageStart(), dispatcher, tracker, domain)
    assert events == reset_events() + [SlotSet(k, v) for k, v in VEJLE_PARTNER.items()]
    assert dispatcher.messages == []


@pytest.mark.asyncio
async def test_start_switches_to_a_municipality_named_in_the_message(tracker_factory, dispatcher,
                                                                     domain):
    tracker = tracker_factory("jeg bor i vejle og drikker for meget", "own_use")
    events = await run(ActionTriageStart(), dispatcher, tracker, domain)
    assert events[-1] == SlotSet("municipality", "vejle")
    assert SlotSet("triage_asker", "self") in events


@pytest.mark.asyncio
async def test_form_with_everything_known_finishes_at_activation(tracker_factory, dispatcher, domain):
    tracker = after(tracker_factory("", "relative_use", slots=VEJLE_PARTNER,
                                    metadata={"municipality": "vejle"}), "action_triage_start")
    events = await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain)
    assert events == [SlotSet("municipality", "vejle"), SlotSet("requested_slot", None)]


@pytest.mark.asyncio
async def test_form_asks_what_is_missing(tracker_factory, dispatcher, domain):
    tracker = after(tracker_factory("", "own_use", slots={
        "municipality": "vejle", "triage_asker": "self", "triage_substance": "drugs"}),
        "action_triage_start")
    events = await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain)
    assert events == [SlotSet("requested_slot", "triage_user_age")]


@pytest.mark.asyncio
async def test_an_answer_fills_the_slot_and_finishes(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("16", "inform_triage", slots={
        "municipality": "vejle", "triage_asker": "self", "triage_substance": "drugs",
        "requested_slot": "triage_user_age"})
    events = await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain)
    assert events == [SlotSet("triage_user_age", "16"), SlotSet("triage_last_fact", "user_age"),
                      SlotSet("requested_slot", None)]


@pytest.mark.asyncio
async def test_skipping_is_remembered(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("ved ikke", "inform_triage", slots={
        "municipality": "vejle", "triage_asker": "self", "triage_substance": "drugs",
        "requested_slot": "triage_user_age"})
    events = await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain)
    assert events == [SlotSet("triage_user_age", "unknown"), SlotSet("triage_last_fact", "user_age"),
                      SlotSet("requested_slot", None)]


@pytest.mark.asyncio
async def test_an_impossible_age_is_asked_again_kindly(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("jeg er 200", "inform_triage", slots={
        "municipality": "vejle", "triage_asker": "self", "requested_slot": "triage_user_age"})
    events = await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain)
    assert events == [SlotSet("triage_user_age", None),
                      SlotSet("requested_slot", "triage_user_age")]
    assert "passer vist ikke" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
@pytest.mark.parametrize("text,intent", [("hvornår har I åbent", "ask_opening_hours"),
                                         ('/crisis{"crisis_type": "suicide"}', "crisis"),
                                         ("glem det", "stop_triage")])
async def test_questions_crises_and_stop_leave_the_form(tracker_factory, dispatcher, domain,
                                                        text, intent):
    tracker = tracker_factory(text, intent, slots={
        "municipality": "vejle", "triage_asker": "self", "requested_slot": "triage_user_age"})
    assert await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain) == []
    assert dispatcher.messages == []


@pytest.mark.asyncio
async def test_something_else_is_not_understood_and_asked_again(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("blablabla", "nlu_fallback", slots={
        "municipality": "vejle", "triage_asker": "self", "requested_slot": "triage_user_age"})
    events = await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain)
    assert events == [SlotSet("triage_user_age", None),
                      SlotSet("requested_slot", "triage_user_age")]
    assert dispatcher.messages[0]["text"] == NOT_UNDERSTOOD


@pytest.mark.asyncio
async def test_correction_changes_the_last_answer(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("nej jeg mener 19", "inform_triage", slots={
        "municipality": "skanderborg", "triage_asker": "relative", "triage_relation": "partner",
        "triage_asker_age": "17", "triage_substance": "drugs", "triage_last_fact": "asker_age",
        "requested_slot": "triage_in_treatment"})
    events = await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain)
    assert events == [SlotSet("triage_asker_age", "19"), SlotSet("triage_last_fact", "asker_age"),
                      SlotSet("requested_slot", None)]


@pytest.mark.asyncio
async def test_switching_municipality_midway(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("jeg bor faktisk i Skanderborg", "inform_municipality",
                              slots={"municipality": "vejle", "triage_asker": "self",
                                     "requested_slot": "triage_user_age"},
                              entities=[{"entity": "municipality", "value": "skanderborg"}])
    events = await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain)
    assert events == [SlotSet("municipality", "skanderborg"),
                      SlotSet("requested_slot", "triage_user_age")]
    assert "Skanderborg" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_no_municipality_is_asked_for_first(tracker_factory, dispatcher, domain):
    tracker = after(tracker_factory("", "own_use", slots={"triage_asker": "self"}),
                    "action_triage_start")
    assert await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain) == [
        SlotSet("requested_slot", "municipality")]
    tracker = tracker_factory('/inform_municipality{"municipality":"vejle"}', "inform_municipality",
                              slots={"triage_asker": "self", "requested_slot": "municipality"},
                              entities=[{"entity": "municipality", "value": "vejle"}])
    events = await run(ValidateTriageForm(), dispatcher, as_sent(tracker), domain)
    assert events == [SlotSet("municipality", "vejle"), SlotSet("requested_slot", "triage_user_age")]


@pytest.mark.asyncio
async def test_ask_municipality_offers_buttons(tracker_factory, dispatcher, domain):
    assert await run(ActionAskMunicipality(), dispatcher, tracker_factory(), domain) == []
    assert len(dispatcher.messages[0]["buttons"]) == 4


@pytest.mark.asyncio
async def test_first_question_explains_and_offers_age_buttons(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("", "own_use", slots={"municipality": "vejle", "triage_asker": "self",
                                                    "triage_substance": "drugs"})
    events = await run(ActionAskTriageUserAge(), dispatcher, tracker, domain)
    assert events == [SlotSet("triage_questions", 1.0)]
    message = dispatcher.messages[0]
    assert message["text"].startswith(INTRO) and message["text"].endswith("Hvor gammel er du?")
    assert [b["title"] for b in message["buttons"]] == [
        "Under 15", "15-17 år", "18-24 år", "25 eller ældre", "Ved ikke"]
    assert all(b["payload"] == b["title"] for b in message["buttons"])


@pytest.mark.asyncio
async def test_later_questions_are_short(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("", "", slots={"municipality": "vejle", "triage_asker": "relative",
                                             "triage_relation": "partner", "triage_questions": 1.0})
    assert await run(ActionAskTriageAskerAge(), dispatcher, tracker, domain) == [
        SlotSet("triage_questions", 2.0)]
    assert dispatcher.messages[0]["text"] == "Hvor gammel er du selv?"


@pytest.mark.asyncio
async def test_recommendation_for_craft(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("", "", slots={"municipality": "vejle", **VEJLE_PARTNER})
    events = await run(ActionTriageRecommend(), dispatcher, tracker, domain)
    assert [e for e in events if e["name"] != "more_text"] == [
        SlotSet("triage_offer", "craft"), SlotSet("triage_alternatives", ["anonymous_counselling"]),
        SlotSet("last_offer", "craft"), SlotSet("last_topic", None)]
    text = dispatcher.messages[0]["text"]
    assert "CRAFT" in text and "76 81 90 00" in text and "Du skal have kontakt med personen" in text
    assert "Kilde: Vejle kvalitetsstandard 2024-2026" in text
    assert [b["payload"] for b in dispatcher.messages[0]["buttons"]] == [
        "/read_more", "/triage_alternatives", "/start_over"]


@pytest.mark.asyncio
async def test_fredericia_recommendation_says_the_document_is_from_2016(tracker_factory, dispatcher,
                                                                        domain):
    tracker = tracker_factory("", "", slots={"municipality": "fredericia", "triage_asker": "self",
                                             "triage_user_age": "40", "triage_substance": "alcohol"})
    await run(ActionTriageRecommend(), dispatcher, tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert "Vagten" in text and "2016" in text


@pytest.mark.asyncio
async def test_no_fitting_offer_says_so_and_gives_the_contact(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("", "", slots={"municipality": "skanderborg", "triage_asker": "self",
                                             "triage_user_age": "11"})
    events = await run(ActionTriageRecommend(), dispatcher, tracker, domain)
    assert events == [SlotSet("triage_offer", None), SlotSet("triage_alternatives", None)]
    text = dispatcher.messages[0]["text"]
    assert "kan ikke finde et tilbud" in text and "8794 7580" in text


@pytest.mark.asyncio
async def test_alternatives_list_the_other_offers(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("", "triage_alternatives", slots={
        "municipality": "vejle", **VEJLE_PARTNER, "triage_offer": "craft",
        "triage_alternatives": ["anonymous_counselling"]})
    assert await run(ActionTriageAlternatives(), dispatcher, tracker, domain) == []
    assert "Anonyme rådgivningssamtaler" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_alternatives_before_any_triage_invite_a_description(tracker_factory, dispatcher,
                                                                   domain):
    tracker = tracker_factory("andre muligheder", "triage_alternatives",
                              slots={"municipality": "vejle"})
    assert await run(ActionTriageAlternatives(), dispatcher, tracker, domain) == []
    assert "Fortæl mig" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_stop_forgets_the_facts(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("glem det", "stop_triage", slots=VEJLE_PARTNER)
    events = await run(ActionTriageStop(), dispatcher, tracker, domain)
    assert events == reset_events() + [SlotSet("requested_slot", None)]
    assert dispatcher.messages[0]["text"] == STOPPED


@pytest.mark.asyncio
async def test_update_after_the_recommendation(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("nej jeg mener 25", "inform_triage", slots={
        "municipality": "vejle", "triage_asker": "self", "triage_user_age": "15",
        "triage_substance": "drugs", "triage_last_fact": "user_age", "triage_offer": "unge_15_18"})
    events = await run(ActionTriageUpdate(), dispatcher, tracker, domain)
    assert events == [SlotSet("triage_offer", None), SlotSet("triage_alternatives", None),
                      SlotSet("triage_user_age", "25")]


@pytest.mark.parametrize("previous,expected", [
    ("action_listen", True), ("action_triage_start", False), ("action_answer_question", False),
    ("utter_thank", False)])
def test_answering_looks_past_the_form_s_own_events(tracker_factory, previous, expected):
    tracker = tracker_factory("16", "inform_triage")
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": "16"}]
    if previous != "action_listen":
        events.append({"event": "action", "name": previous})
    tracker.events = events + [{"event": "slot", "name": "requested_slot", "value": None},
                               {"event": "action", "name": "triage_form"}]
    assert answering(tracker) is expected


@pytest.mark.asyncio
async def test_a_direct_question_is_answered_first_with_triage_offered(tracker_factory, dispatcher,
                                                                      domain):
    from rasa_sdk.events import FollowupAction

    tracker = tracker_factory("min mor drikker. hvor mange gange er pårørendeforløbet i alt?",
                              "relative_use", metadata={"municipality": "sonderborg"})
    events = await run(ActionTriageStart(), dispatcher, tracker, domain)
    message = dispatcher.messages[0]
    assert "4 gange" in message["text"]  # Sønderborg's pårørendeforløb: 4 gange i alt
    assert message["buttons"][0]["payload"] == "/start_over"
    assert FollowupAction("action_listen") in events


@pytest.mark.asyncio
async def test_a_relative_asking_when_to_call_gets_the_phone_hours_not_the_form(
        tracker_factory, dispatcher, domain):
    from rasa_sdk.events import FollowupAction

    tracker = tracker_factory("min kæreste drikker for meget og jeg vil gerne snakke med nogen. "
                              "hvornår kan jeg ringe til jer?", "relative_use",
                              metadata={"municipality": "sonderborg"})
    events = await run(ActionTriageStart(), dispatcher, tracker, domain)
    assert "88 72 44 85" in dispatcher.messages[0]["text"]
    assert FollowupAction("action_listen") in events


@pytest.mark.asyncio
async def test_a_question_read_as_a_triage_fact_outside_triage_is_answered(
        tracker_factory, dispatcher, domain):
    from rasa_sdk.events import FollowupAction

    tracker = tracker_factory("kan jeg få samtaler sammen med min mand, når han går i "
                              "alkoholbehandling hos jer?", "inform_triage",
                              metadata={"municipality": "vejle"})
    events = await run(ActionTriageUpdate(), dispatcher, tracker, domain)
    assert re.search(r"Parsamtaler|pårørende", dispatcher.messages[0]["text"])  # not a form question
    assert FollowupAction("action_listen") in events


@pytest.mark.asyncio
async def test_a_question_about_stopping_drinking_read_as_stop_is_answered(
        tracker_factory, dispatcher, domain):
    from rasa_sdk.events import FollowupAction

    tracker = tracker_factory("jeg vil ikke stoppe helt, bare skære ned. kan I hjælpe med det?",
                              "stop_triage", metadata={"municipality": "skanderborg"})
    tracker.latest_message["intent"]["confidence"] = 0.35
    events = await run(ActionTriageStop(), dispatcher, tracker, domain)
    assert "skære ned" in dispatcher.messages[0]["text"]
    assert FollowupAction("action_listen") in events


@pytest.mark.asyncio
async def test_a_plain_stop_still_stops(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("stop", "stop_triage", metadata={"municipality": "skanderborg"})
    await run(ActionTriageStop(), dispatcher, tracker, domain)
    assert dispatcher.messages[0]["text"] == STOPPED


@pytest.mark.asyncio
async def test_a_long_recommendation_is_sent_short_with_the_rest_behind_read_more(
        tracker_factory, dispatcher, domain):
    tracker = tracker_factory("", "", slots={"municipality": "skanderborg", "triage_asker": "self",
                                             "triage_user_age": "15", "triage_substance": "alcohol"})
    events = await run(ActionTriageRecommend(), dispatcher, tracker, domain)
    text, buttons = dispatcher.messages[0]["text"], dispatcher.messages[0]["buttons"]
    more = next(e["value"] for e in events if e["name"] == "more_text")
    assert len(text.split()) <= 95 and more, text
    assert buttons[0]["payload"] == "/read_more"
    assert not re.search(r":\n\n|:$", more.split("Kilde:")[0].strip()), more  # no heading left alone
