"""Failure class: follow-ups that lose the thread, own examples. A follow-up keeps the offer
of the last answer when its words cannot name another one (a word no offer uses, a word of
when one can come, "sådan et forløb"), and a complaint follow-up gets the step it asks."""

from __future__ import annotations

from core.answering.aspects import Aspect
from core.answering.ranking import complaint_facts_first
from core.knowledge.base import Fact


def test_a_word_no_offer_uses_keeps_the_thread(ask):
    reply = ask("sonderborg", "hvor længe er man væk hjemmefra?", context={"offer_id": "doegnbehandling"})
    assert reply is not None and reply.offer_id == "doegnbehandling"


def test_when_one_works_is_a_detail_of_the_same_offer(ask):
    reply = ask("vejle", "hvilket tidspunkt er det? jeg har job til kl 16", context={"offer_id": "paarorendekursus"})
    assert reply is not None and reply.offer_id == "paarorendekursus"


def test_a_general_word_in_an_offer_name_names_no_offer(kb):
    from core.answering.index import index_for
    ix = index_for(kb["sonderborg"])
    assert ix.names("hvor mange uger er sådan et forløb?") == []
    assert [oid for oid, _, _ in ix.names("hvad sker der i før-forløbet?")] == ["foerforloeb_dagbehandling"]


def test_such_a_course_is_the_course_of_the_last_answer(ask):
    reply = ask("sonderborg", "hvor mange uger er sådan et forløb?", context={"offer_id": "familieorienteret"})
    assert reply is not None and reply.offer_id == "familieorienteret"


FACTS = [Fact(text="Du kan klage, hvis du får afslag.", source="x"),
         Fact(text="Får du ikke ret, går klagen videre til Ankestyrelsen.", source="x"),
         Fact(text="Klagen skal være sendt senest 4 uger efter afgørelsen.", source="x"),
         Fact(text="Du kan også gå til borgerrådgiveren.", source="x")]


def test_a_complaint_follow_up_gets_the_step_it_asks():
    assert "4 uger" in (complaint_facts_first(FACTS, "hvor lang tid har jeg?")[0].text or "")
    assert "Ankestyrelsen" in (complaint_facts_first(FACTS, "og hvis de fastholder det?")[0].text or "")
    assert "borgerrådgiveren" in (complaint_facts_first(FACTS, "er der nogen uvildige?")[0].text or "")
    assert complaint_facts_first(FACTS, "kan man klage?") == FACTS


def test_medicine_after_an_offer_whose_description_is_silent_on_it_goes_to_the_medicine_facts(ask):
    # the family offer mentions medicine only where it says when anonymity ends
    assert ask("skanderborg", "kan hun også få medicin til at stoppe?",
               context={"offer_id": "familieorienteret_behandling"}) is None


def test_a_relative_whose_person_is_not_enrolled_asks_for_themselves_not_anonymity(ask):
    reply = ask("skanderborg", "Min mand drikker og vil ikke i behandling. "
                               "Kan jeg få hjælp, selvom han ikke er skrevet ind?")
    assert reply is not None and Aspect.ANONYMITY not in reply.question.aspects
    assert "pårørende" in reply.text.splitlines()[0].lower(), reply.text


def test_calling_after_work_asks_the_centre_phone_not_an_evening_offer(ask):
    assert ask("skanderborg", "jeg har fri kl 15. kan jeg ringe til jer efter arbejde om torsdagen?") is None


def test_whether_one_must_have_stopped_first_is_answered_from_the_offer(ask):
    reply = ask("fredericia", "skal man have stoppet helt for at komme med?",
                context={"offer_id": "forandringsgruppen"})
    assert reply is not None and "stadig" in reply.text.splitlines()[0], reply and reply.text


def test_another_group_in_a_follow_up_keeps_the_detail(ask):
    reply = ask("vejle", "og hvad med for unge?", context={"offer_id": None, "topic": "how_to_start"})
    assert reply is not None and reply.confident
    assert "unge" in reply.text.split("\n")[0] and "76 81 90 00" in reply.text


def test_an_age_in_a_follow_up_to_a_consent_answer_is_answered(ask):
    reply = ask("skanderborg", "og hvis hun kun er 15?", context={"offer_id": None, "topic": "consent"})
    assert reply is not None and reply.confident
    assert "15 år" in reply.text and "samtykke" in reply.text
