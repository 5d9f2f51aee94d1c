"""Failure classes of the fifth round about children and partners, own examples: children
whose parent drinks get the talks for children of a user (not youth treatment for their age),
a child of a parent in treatment asking for talks of their own gets them, and a partner
asking to join the user's talks is answered about joining that offer."""

from __future__ import annotations

from core.answering.understand import Asker, understand


def test_children_of_a_user_are_seen():
    q = understand("Mine tre børn på 7, 10 og 13 har en far, som drikker "
                   "hver dag. Hvad findes der til dem?", None, None)
    assert q.children_of_user and q.asker is Asker.PARENT
    assert not understand("vores børn drikker til fester", None, None).children_of_user


def test_children_of_a_user_get_the_talks_for_children(ask):
    reply = ask("skanderborg", "Mine børns mor drikker meget, og de er 8 og 11. Er der nogen de kan snakke med?")
    assert reply is not None and reply.offer_id == "brus"
    reply = ask(""
                "vejle", "Vores børn på 6 og 10 har en far, der er i "
                         "alkoholbehandling hos jer. Har I noget til børnene?")
    assert reply is not None and reply.offer_id == "alko_boernesamtaler"


def test_a_child_of_a_parent_in_treatment_asks_for_own_talks(ask):
    reply = ask("vejle", "min far drikker og er i behandling hos jer. kan jeg få nogle samtaler selv? er 14")
    assert reply is not None and reply.offer_id == "alko_boernesamtaler"


def test_a_partner_asking_to_join_keeps_the_offer_of_the_thread(ask):
    reply = ask("vejle", "kan jeg som kæreste komme med?", context={"offer_id": "gravide", "topic": "overview"})
    assert reply is not None and reply.offer_id == "gravide"
    assert "partner" in reply.text


def test_a_friend_whose_parent_drinks_gets_the_talks_for_children(ask):
    reply = ask("skanderborg", "min kammerat på 14 har en far, der drikker hver dag. er der nogen han kan snakke med?")
    assert reply is not None and reply.offer_id == "brus"
