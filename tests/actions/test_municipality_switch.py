"""Naming another municipality mid-conversation: the question is answered for it."""

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.answer_flow import previous_question
from actions.municipality_actions import ActionSetMunicipality
from actions.question_actions import ActionFallback
from core.municipalities import asks_own_question, is_switch_follow_up

KNOWN = ["sonderborg", "fredericia", "skanderborg", "vejle"]


def tracker(text, intent, slots, earlier=()):
    """A tracker whose events hold ``earlier`` (text, intent) user turns before ``text``."""
    events = []
    for said, said_intent in [*earlier, (text, intent)]:
        events.append({"event": "user", "text": said,
                       "parse_data": {"intent": {"name": said_intent, "confidence": 0.9}}})
        events.append({"event": "bot", "text": "..."})
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    return Tracker(sender_id="t", slots=dict(slots), latest_message=latest, events=events[:-1],
                   paused=False, followup_action=None, active_loop={},
                   latest_action_name="action_listen")


@pytest.mark.parametrize("text", ["og i Vejle?", "hvad med veile", "what about Vejle?",
                                  "Og hvad med Fredericia kommune?",
                                  "og i Skanderborg? min søster bor der",
                                  "men hvis vi bor i Skanderborg?"])
def test_switch_follow_ups(text):
    assert is_switch_follow_up(text, KNOWN)
    assert not asks_own_question(text, KNOWN)


@pytest.mark.parametrize("text", ["Vejle", "jeg bor i Skanderborg", "jeg er 16 og bor i vejle",
                                  "og så var der ham fra Vejle der drak",
                                  "og hvad koster det i Vejle? jeg er 17"])
def test_not_a_switch_follow_up(text):
    assert not is_switch_follow_up(text, KNOWN)


@pytest.mark.parametrize("text,asks", [
    ("hvad koster det i vejle", True),
    ("is counselling for parents free in sonderborg", True),
    ("jeg bor i Skanderborg", False),
    ("jeg er 16 og bor i vejle", False),
    ("Fredericia?", False),
])
def test_asks_own_question(text, asks):
    assert asks_own_question(text, KNOWN) is asks


def test_previous_question_skips_buttons_and_the_latest_message():
    t = tracker("og i Vejle?", "inform_municipality", {},
                earlier=[("hvad er jeres telefonnummer", "ask_phone"),
                         ('/inform_municipality{"municipality":"vejle"}', "inform_municipality")])
    assert previous_question(t) == ("hvad er jeres telefonnummer", "ask_phone")
    assert previous_question(tracker("og i Vejle?", "inform_municipality", {})) is None


@pytest.mark.asyncio
async def test_og_i_vejle_answers_the_previous_question_for_vejle(dispatcher, domain):
    t = tracker("og i Vejle?", "inform_municipality", {"municipality": "skanderborg"},
                earlier=[("hvad er jeres telefonnummer", "ask_phone")])
    events = await ActionSetMunicipality().run(dispatcher, t, domain)
    assert events[0] == SlotSet("municipality", "vejle")
    text = dispatcher.messages[0]["text"]
    assert text.startswith("I Vejle Kommune:") and "76 81 90 00" in text
    assert "8794 7580" not in text  # Skanderborg's number


@pytest.mark.asyncio
async def test_the_fallback_path_also_switches(dispatcher, domain):
    t = tracker("og hvad med Sønderborg?", "nlu_fallback", {"municipality": "vejle"},
                earlier=[("hvad er jeres telefonnummer", "ask_phone")])
    await ActionFallback().run(dispatcher, t, domain)
    assert "88 72 44 85" in dispatcher.messages[0]["text"]


@pytest.mark.asyncio
async def test_a_question_that_names_a_municipality_is_answered(dispatcher, domain):
    t = tracker("hvad er telefonnummeret til rusmiddelcentret i fredericia", "inform_municipality",
                {"municipality": "vejle"})
    events = await ActionSetMunicipality().run(dispatcher, t, domain)
    assert SlotSet("municipality", "fredericia") in events
    text = dispatcher.messages[0]["text"]
    assert "Hvad vil du gerne vide" not in text and "Fredericia" in text


@pytest.mark.asyncio
async def test_a_bare_municipality_only_confirms(dispatcher, domain):
    t = tracker("jeg bor i Skanderborg", "inform_municipality", {})
    assert await ActionSetMunicipality().run(dispatcher, t, domain) == [
        SlotSet("municipality", "skanderborg")]
    assert "Hvad vil du gerne vide?" in dispatcher.messages[0]["text"]


# ---- a triage intent NLU only guessed: a question is answered, not met with a form ----

def triage_tracker(text, confidence):
    latest = {"text": text, "intent": {"name": "relative_use", "confidence": confidence},
              "entities": []}
    return Tracker(sender_id="t", slots={"municipality": "vejle"}, latest_message=latest,
                   events=[], paused=False, followup_action=None, active_loop={},
                   latest_action_name="action_listen")


QUESTION = ("Jeg er kontaktperson for en mand på 50 med svær alkoholafhængighed og store "
            "psykiske problemer. Findes der et længere forløb hos jer?")


@pytest.mark.asyncio
@pytest.mark.parametrize("text,confidence", [
    (QUESTION, 0.35),                                  # NLU only guessed guidance
    (QUESTION, 0.9),                                   # sure, but a question is answered first
    ("min kone drikker hver aften. er der noget for mig som pårørende", 0.9),  # no "?"
])
async def test_a_question_is_answered_before_triage(dispatcher, domain, text, confidence):
    from rasa_sdk.events import FollowupAction

    from actions.triage_actions import TRIAGE_BUTTON, ActionTriageStart
    events = await ActionTriageStart().run(dispatcher, triage_tracker(text, confidence), domain)
    assert events[-1] == FollowupAction("action_listen")
    assert "Kilde:" in dispatcher.messages[0]["text"]
    assert TRIAGE_BUTTON in dispatcher.messages[0]["buttons"]  # triage is the next step


@pytest.mark.asyncio
@pytest.mark.parametrize("text,confidence", [
    ("min mor drikker hver dag", 0.35),                # no question: triage
    ("min kæreste ryger hash, hvad kan jeg gøre?", 0.35),  # asks for guidance: triage
])
async def test_triage_starts_otherwise(dispatcher, domain, text, confidence):
    from actions.triage_actions import ActionTriageStart
    events = await ActionTriageStart().run(dispatcher, triage_tracker(text, confidence), domain)
    assert dispatcher.messages == []
    assert all(e.get("event") == "slot" for e in events)


@pytest.mark.asyncio
async def test_a_relatives_question_about_medication_is_answered_not_triaged(dispatcher, domain):
    from rasa_sdk.events import FollowupAction

    from actions.triage_actions import TRIAGE_BUTTON, ActionTriageStart
    tracker = triage_tracker("min søster vil gerne stoppe med at drikke. kan hun få antabus hos jer?", 0.9)
    events = await ActionTriageStart().run(dispatcher, tracker, domain)
    assert events[-1] == FollowupAction("action_listen")
    assert "ntabus" in dispatcher.messages[0]["text"]
    assert TRIAGE_BUTTON in dispatcher.messages[0]["buttons"]
