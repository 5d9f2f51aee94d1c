"""core.answering.second: the second detail of a two-part question (own examples)."""

from __future__ import annotations

from core.answering.aspects import Aspect
from core.answering.second import next_detail
from core.answering.understand import understand


def test_the_centres_place_and_how_to_start_are_both_answered(ask):
    reply = ask("sonderborg", "hvor ligger jeres center, og kan man bare dukke op uden aftale?")
    assert reply is not None
    assert "Kongevej 19" in reply.text
    assert "møde op" in reply.text or "aftale" in reply.text.split("Kongevej 19")[1]


def test_an_age_question_and_how_long_a_talk_lasts(ask):
    reply = ask("sonderborg", "jeg er 14 år, er jeg for ung til at komme hos jer? og hvor længe varer hver samtale?")
    assert reply is not None
    assert "30 minutter" in reply.text


def test_a_detail_already_answered_is_not_added_again():
    q = understand("hvor tit mødes gruppen, og hvor lang tid varer det?", None, None)
    assert next_detail(q, "Gruppen mødes hver uge i 10 uger.", [Aspect.FREQUENCY]) is None


def test_only_details_asked_in_words_count():
    q = understand("og hvad så?", {"offer_id": "unge", "topic": "frequency"}, None)
    assert next_detail(q, "", []) is None


def test_a_silent_second_detail_adds_nothing(ask):
    reply = ask("sonderborg", "hvor tit er der skurvogne, og hvor mange kan være der?")
    assert reply is not None
    assert "står ikke i kataloget." not in reply.text.split("\n")[-3:]


def test_a_second_question_about_free_choice_is_answered_too(ask):
    reply = ask("sonderborg", "Kan min mor få anonym alkoholbehandling, og kan hun selv vælge et andet sted end jer?")
    assert reply is not None
    assert "selv vælger" in reply.text
