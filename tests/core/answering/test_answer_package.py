"""The package entry point: what ``answer`` returns, when it returns None, one Answer type."""

import core.answering.builders
from core.answering import Reply, answer
from core.answering.answer import Answer, contact_hint, silent, source_line
from tests.core.answering.conftest import NOW, first_line


def test_reply_carries_the_context_for_the_next_turn(kb):
    reply = answer(kb, "vejle", "hvor lang tid varer craft?", now=NOW)
    assert isinstance(reply, Reply) and reply.confident
    assert (reply.offer_id, reply.topic) == ("craft", "duration")
    assert reply.context.offer_id == "craft" and reply.text == reply.answer.render(kb["vejle"])
    assert reply.question.aspects[0].value == "duration"


def test_none_when_it_cannot_tell_what_is_asked(kb):
    for text in ("hej", "tak for hjælpen", "qwerty zxcv", "hvad er jeres telefonnummer",
                 "jeg vil gerne booke en tid", "jeg har det dårligt", "hvad er rusmidler",
                 "hvad er forskellen på alkohol og stoffer", "kan jeg selv vælge behandlingssted",
                 "hvordan klager jeg", "jeg bor i skanderborg"):
        assert answer(kb, "vejle", text, now=NOW) is None, text


def test_not_confident_when_a_detail_of_no_named_offer_is_asked(kb):
    reply = answer(kb, "sonderborg", "hvor mange gange om ugen er det?", now=NOW)
    assert reply is not None and not reply.confident
    assert first_line(reply) == "Det afhænger af tilbuddet. Hvilket tilbud tænker du på?"


def test_the_intent_is_only_a_hint(kb):
    reply = answer(kb, "vejle", "og craft?", intent="ask_price", now=NOW)
    assert reply.offer_id == "craft" and "Gratis" in first_line(reply)


def test_several_offers_give_no_single_offer_id(kb):
    reply = answer(kb, "vejle", "hvor længe varer døgnbehandling", now=NOW)
    assert reply.offer_id is None and len(reply.offer_ids) == 2


def test_one_answer_type_for_actions_and_core():
    assert core.answering.builders.Answer is Answer
    assert core.answering.builders.contact_hint is contact_hint
    assert core.answering.builders.silent is silent and core.answering.builders.source_line is source_line
