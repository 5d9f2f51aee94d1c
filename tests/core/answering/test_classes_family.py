"""Failure class: the family's part in someone's treatment, own examples. "Bliver familien
inddraget?" is answered by what the catalogue says about involving family and network, not
by an offer that happens to share a word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("slug,text,expected", [
    ("fredericia", "Min søster skal udredes hos jer. Bliver vi i familien spurgt på nogen måde?",
     r"familien eller netværket"),
    ("vejle", "kan min familie blive inddraget i behandlingen?", r"inddraget"),
    ("sonderborg", "bliver mit netværk inddraget når jeg går til behandling", r"netværk"),
])
def test_family_involvement_is_answered_by_its_fact(ask, slug, text, expected):
    import re

    reply = ask(slug, text)
    assert reply is not None and re.search(expected, " ".join(reply.text.splitlines()[:2])), reply and reply.text


@pytest.mark.parametrize("slug,text,offer", [
    ("sonderborg", "Min kone drikker, og vi har en pige på 2. Har I noget, hvor hele familien kan være med?",
     "familieorienteret"),
    ("skanderborg", "min mand tager kokain og vi har små børn. kan vi få hjælp som familie?",
     "familieorienteret_behandling"),
])
def test_the_whole_family_asked_for_gets_the_family_offer(ask, slug, text, offer):
    reply = ask(slug, text)
    assert reply is not None and reply.offer_id == offer, reply and reply.text


def test_a_family_whose_teenager_tried_hash_is_not_sent_to_the_parents_treatment(ask):
    reply = ask("sonderborg", "Vores søn på 14 har røget hash. Kan vi komme til en snak med ham, hele familien?")
    assert reply is not None and reply.offer_id != "familieorienteret", reply.text


def test_a_grown_up_child_of_a_drinker_asking_for_themselves_gets_the_relatives_offer(ask):
    reply = ask("skanderborg", "Jeg er 35 og min far drak hele min barndom. Er jeg for gammel til at få hjælp?")
    assert reply is not None and "pårørende" in reply.text.splitlines()[0].lower(), reply.text


def test_a_partner_joining_the_talks_with_small_children_gets_the_family_treatment(ask):
    for slug, offer in (("skanderborg", "familieorienteret_behandling"), ("vejle", "alko_familieorienteret")):
        reply = ask(slug, "Må jeg tage med min kone til hendes samtaler? Hun drikker, og vi har to børn på 5 og 8.")
        assert reply is not None and reply.offer_id == offer, slug
