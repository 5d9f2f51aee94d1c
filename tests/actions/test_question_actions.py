"""Thin actions: exact events and messages for the main situations."""

import pytest
from rasa_sdk.events import SlotSet

from actions.greeting_actions import ActionGreet
from actions.municipality_actions import ActionSetMunicipality
from actions.question_actions import ActionAnswerQuestion, ActionFallback

ASK_BUTTONS = ['/inform_municipality{"municipality":"fredericia"}',
               '/inform_municipality{"municipality":"sonderborg"}',
               '/inform_municipality{"municipality":"skanderborg"}',
               '/inform_municipality{"municipality":"vejle"}']


async def run(action, dispatcher, tracker, domain):
    return await action.run(dispatcher, tracker, domain)


@pytest.mark.asyncio
async def test_answer_uses_municipality_from_metadata(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("hvad er jeres telefonnummer", "ask_phone",
                              metadata={"municipality": "vejle"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert events == [SlotSet("municipality", "vejle")]
    assert "76 81 90 00" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_slot_wins_over_metadata(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("hvad er jeres telefonnummer", "ask_phone",
                              slots={"municipality": "sonderborg"},
                              metadata={"municipality": "vejle"})
    assert await run(ActionAnswerQuestion(), dispatcher, tracker, domain) == []
    assert "88 72 44 85" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_municipality_named_in_the_message_switches(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("hvad er telefonnummeret i skanderborg", "ask_phone",
                              slots={"municipality": "vejle"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert events == [SlotSet("municipality", "skanderborg")]
    assert "8794 7580" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
@pytest.mark.parametrize("metadata", [None, {"municipality": "aarhus"}])
async def test_unknown_municipality_asks_with_buttons(tracker_factory, dispatcher, domain, metadata):
    tracker = tracker_factory("hvornår har i åbent", "ask_opening_hours", metadata=metadata)
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert events == [SlotSet("pending_intent", "ask_opening_hours"),
                      SlotSet("pending_question", "hvornår har i åbent")]
    message = dispatcher.messages[0]
    assert sorted(b["payload"] for b in message["buttons"]) == sorted(ASK_BUTTONS)
    assert "Sønderborg" in message["text"] and "aarhus" not in message["text"]


@pytest.mark.asyncio
async def test_set_municipality_answers_the_waiting_question(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("Vejle", "inform_municipality",
                              slots={"pending_intent": "ask_phone",
                                     "pending_question": "hvad er jeres nummer"},
                              entities=[{"entity": "municipality", "value": "vejle"}])
    events = await run(ActionSetMunicipality(), dispatcher, tracker, domain)
    assert events == [SlotSet("municipality", "vejle"), SlotSet("pending_intent", None),
                      SlotSet("pending_question", None)]
    assert "76 81 90 00" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_set_municipality_without_a_known_name_asks_again(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("jeg bor i Aarhus", "inform_municipality")
    assert await run(ActionSetMunicipality(), dispatcher, tracker, domain) == []
    assert len(dispatcher.messages[0]["buttons"]) == 4


@pytest.mark.asyncio
async def test_fallback_finds_an_offer_by_fuzzy_search(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("gavekort move", "nlu_fallback", slots={"municipality": "skanderborg"})
    events = await run(ActionFallback(), dispatcher, tracker, domain)
    # the offer the person named is the context for "hvor tit?" next; the rest waits for "Læs mere"
    assert [e for e in events if e.get("name") != "more_text"] == [SlotSet("last_offer", "move")]
    assert "200" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_a_follow_up_refers_to_the_last_offer(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("hvor lang tid varer det?", "ask_duration",
                              slots={"municipality": "vejle", "last_offer": "craft",
                                     "last_topic": "overview"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert "CRAFT" in text or "craft" in text.lower()
    assert SlotSet("last_topic", "duration") in events


@pytest.mark.asyncio
async def test_greeting_says_anonymous_and_automatic(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("hej", "greet", slots={"municipality": "sonderborg"})
    assert await run(ActionGreet(), dispatcher, tracker, domain) == []
    text = dispatcher.messages[0]["text"]
    assert "anonym" in text and "automatisk" in text and "88 72 44 85" in text


@pytest.mark.asyncio
async def test_out_of_scope_that_names_an_offer_answers_it(tracker_factory, dispatcher, domain):
    from actions.question_actions import ActionOutOfScope
    tracker = tracker_factory("hvad er stifinder", "out_of_scope", slots={"municipality": "fredericia"})
    await run(ActionOutOfScope(), dispatcher, tracker, domain)
    assert "Stifinder" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_real_out_of_scope(tracker_factory, dispatcher, domain):
    from actions.question_actions import OUT_OF_SCOPE, ActionOutOfScope
    tracker = tracker_factory("hvad bliver vejret i morgen", "out_of_scope", slots={"municipality": "vejle"})
    await run(ActionOutOfScope(), dispatcher, tracker, domain)
    assert dispatcher.messages[0]["text"] == OUT_OF_SCOPE


@pytest.mark.asyncio
async def test_a_bare_municipality_answers_the_waiting_question_whatever_the_intent(
        tracker_factory, dispatcher, domain):
    tracker = tracker_factory("Skanderborg", "ask_address",
                              slots={"pending_intent": "ask_phone",
                                     "pending_question": "telefonnummer?"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert SlotSet("municipality", "skanderborg") in events
    assert "8794 7580" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_an_intent_answer_about_one_offer_becomes_the_context(tracker_factory, dispatcher, domain):
    # Sønderborg's answer for relatives is its one group: "hvor tit mødes de?" refers to it.
    tracker = tracker_factory("har I en gruppe for pårørende?", "ask_relatives",
                              slots={"municipality": "sonderborg"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert SlotSet("last_offer", "paaroerendeforloeb") in events


@pytest.mark.asyncio
async def test_an_answer_about_the_centre_names_no_offer_for_later(tracker_factory, dispatcher, domain):
    # Skanderborg's opening hours mention BRUS's own phone, but they are about the centre.
    tracker = tracker_factory("hvad er jeres åbningstider", "ask_opening_hours",
                              slots={"municipality": "skanderborg"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert "BRUS" in dispatcher.messages[0]["text"]
    assert not [e for e in events if e.get("name") == "last_offer"]


@pytest.mark.asyncio
async def test_a_long_answer_keeps_the_rest_for_laes_mere(tracker_factory, dispatcher, domain):
    from actions.core_answers import MORE_SLOT, READ_MORE_BUTTON
    from actions.question_actions import ActionReadMore
    tracker = tracker_factory("hvilken medicin kan man få mod alkohol hos jer", "ask_medication",
                              slots={"municipality": "skanderborg"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    first = dispatcher.messages[0]
    more = [e for e in events if e.get("name") == MORE_SLOT]
    assert READ_MORE_BUTTON in first["buttons"] and more and more[-1]["value"]
    assert more[-1]["value"] not in first["text"]
    dispatcher.messages.clear()
    later = tracker_factory("/read_more", "read_more", slots={"municipality": "skanderborg",
                                                              MORE_SLOT: more[-1]["value"]})
    events = await run(ActionReadMore(), dispatcher, later, domain)
    assert dispatcher.messages[0]["text"].startswith(more[-1]["value"].split("\n")[0])
    rest = [e["value"] for e in events if e.get("name") == MORE_SLOT]
    assert rest and (rest[-1] is None or len(rest[-1]) < len(more[-1]["value"]))  # read on, in parts


@pytest.mark.asyncio
async def test_laes_mere_with_nothing_kept_says_so_kindly(tracker_factory, dispatcher, domain):
    from actions.question_actions import NOTHING_MORE, ActionReadMore
    tracker = tracker_factory("læs mere", "read_more", slots={"municipality": "vejle"})
    assert await run(ActionReadMore(), dispatcher, tracker, domain) == []
    assert dispatcher.messages[0]["text"] == NOTHING_MORE


@pytest.mark.asyncio
async def test_an_unclassified_question_about_the_centre_gets_the_centre_answer(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("what time do you open on fridays?", "nlu_fallback",
                              slots={"municipality": "skanderborg"})
    await run(ActionFallback(), dispatcher, tracker, domain)
    assert "12.00" in dispatcher.messages[0]["text"]  # Skanderborg's Friday hours, not "kan ikke svare"


@pytest.mark.asyncio
async def test_a_professional_is_spoken_to_as_one_in_the_next_turn_too(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("skal forældrene vide det?", "ask_privacy",
                              slots={"municipality": "sonderborg", "last_asker": "professional"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert "dine forældre" not in text and "den unge" in text.lower()
    assert not [e for e in events if e.get("name") == "last_asker"]  # remembered, unchanged


@pytest.mark.asyncio
async def test_the_asker_is_remembered(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("jeg er lærer. må en elev på 14 komme til jer uden forældrene?", "ask_privacy",
                              slots={"municipality": "sonderborg"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert SlotSet("last_asker", "professional") in events


@pytest.mark.asyncio
async def test_the_writers_own_age_is_remembered_and_used(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("er 15 og ryger hash. hvad har I for unge?", "ask_youth",
                              slots={"municipality": "sonderborg"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert SlotSet("last_age", 15.0) in events
    tracker = tracker_factory("kan jeg komme uden at mine forældre finder ud af det?", "ask_privacy",
                              slots={"municipality": "sonderborg", "last_age": 15.0})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert "15 år" in dispatcher.messages[-1]["text"]
    assert not [e for e in events if e.get("name") == "last_age"]  # remembered, unchanged


@pytest.mark.asyncio
async def test_an_age_of_someone_else_is_not_the_writers(tracker_factory, dispatcher, domain):
    tracker = tracker_factory("min søn på 16 ryger hash. hvad kan I tilbyde?", "ask_youth",
                              slots={"municipality": "sonderborg"})
    events = await run(ActionAnswerQuestion(), dispatcher, tracker, domain)
    assert not [e for e in events if e.get("name") == "last_age"]
