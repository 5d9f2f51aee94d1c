"""Failure class: follow-ups that lose the thread, own examples. A follow-up keeps the offer
of the last answer when its words cannot name another one (a word no offer uses, a word of
when one can come, "sådan et forløb"), and a complaint follow-up gets the step it asks."""

from __future__ import annotations

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
