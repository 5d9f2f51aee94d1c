"""Failure classes A (which length or count is asked) and B (group or alone), own examples."""

from __future__ import annotations

import re

import pytest

from core.answering.aspects import Aspect, detect_aspects
from tests.core.answering.conftest import first_line

ASPECTS = [
    ("hvor lange er gruppesessionerne i pårørendegruppen?", [Aspect.SESSION_LENGTH]),
    ("hvor lange er gruppemøderne?", [Aspect.SESSION_LENGTH]),
    ("hvor lang tid varer en samtale?", [Aspect.SESSION_LENGTH]),
    ("hvor mange samtaler får man?", [Aspect.DURATION]),
    ("hvor mange gange skal man møde op?", [Aspect.DURATION]),
    ("hvor lang tid varer forløbet?", [Aspect.DURATION]),
    ("hvor lange er samtalerne, og hvor mange er der?", [Aspect.SESSION_LENGTH, Aspect.DURATION]),
    ("hvor længe er møderne og hvor tit er de?", [Aspect.SESSION_LENGTH, Aspect.FREQUENCY]),
]


@pytest.mark.parametrize("text,expected", ASPECTS)
def test_classA_aspect_detected(text, expected):
    assert detect_aspects(text) == expected


ANSWERS = [
    ("sonderborg", "hvor lange er gruppemøderne i behandlingsgruppen?", "behandlingsgruppe",
     r"Det fremgår ikke|time"),
    ("sonderborg", "hvor mange gange skal man møde op i introgruppen", "introgruppe",
     r"4 gange"),
    ("sonderborg", "hvor mange gange i alt er pårørendeforløbet?", "paaroerendeforloeb",
     r"4 gange i alt"),
    ("vejle", "hvor lang tid varer en gruppesession på pårørendekurset", "paarorendekursus",
     r"2 timer"),
]


@pytest.mark.parametrize("slug,text,offer,pattern", ANSWERS)
def test_classA_right_field_leads(ask, slug, text, offer, pattern):
    reply = ask(slug, text)
    assert reply.offer_id == offer
    assert re.search(pattern, first_line(reply)), reply.text


def test_classA_two_aspects_both_answered(ask):
    text = ask("sonderborg", "hvor lange er møderne i introgruppen, og hvor ofte mødes de?").text
    assert "1½ time" in text.splitlines()[0]
    assert "Hvor tit: 1 gang om ugen." in text
    text = ask("skanderborg", "hvor lange er samtalerne i MOVE, og hvor mange er der?").text
    assert "Hele forløbet: 12 samtaler" in text


GROUP = [
    ("vejle", "er unge 18-25 i gruppe eller alene", r"alene og i grupper"),
    ("vejle", "foregår pårørendekurset i gruppe eller alene?", r"i gruppe"),
    ("sonderborg", "er behandlingsgruppen i gruppe eller enesamtaler?", r"gruppe"),
]


@pytest.mark.parametrize("slug,text,pattern", GROUP)
def test_classB_group_or_alone(ask, slug, text, pattern):
    reply = ask(slug, text)
    assert reply.topic == "group_or_individual"
    assert re.search(pattern, first_line(reply)), reply.text


def test_classB_the_side_not_mentioned_is_said(ask):
    text = ask("vejle", "foregår pårørendekurset i gruppe eller alene?").text
    assert "nævner ikke samtaler alene" in text


def test_classA_a_second_aspect_the_catalogue_lacks_is_said(ask):
    text = ask("fredericia", "hvor tit mødes forandringsgruppen og hvor lang tid varer det "
                             "hver gang?").text
    assert "Hver gang: det står ikke i kataloget." in text


@pytest.mark.parametrize("text", ["foregår MOVE i grupper?",
                                  "kan jeg få en gruppe eller kun samtaler alene i introkurset?"])
def test_classB_more_ways_to_ask_group_or_alone(text):
    assert detect_aspects(text)[:1] == [Aspect.GROUP_OR_INDIVIDUAL]


def test_classB_a_general_fact_about_another_offer_does_not_lead(ask):
    first = first_line(ask("skanderborg", "foregår MOVE i grupper?"))
    assert "18 år eller ældre" not in first


@pytest.mark.parametrize("slug,place", [("sonderborg", "Kolding"), ("vejle", "Esbjerg"),
                                        ("fredericia", "Odense"), ("skanderborg", "neutralt sted")])
def test_anonymous_treatment_for_ones_own_drug_use_says_where_and_for_whom(ask, slug, place):
    reply = ask(slug, "jeg tager amfetamin og har et job. kan jeg komme i behandling uden at nogen ved det?")
    assert "anonym" in reply.text.lower() and place in reply.text and "18 år" in reply.text


def test_talking_to_someone_anonymously_is_counselling_not_the_treatment_offer(ask):
    reply = ask("skanderborg", "jeg ryger hash for at sove. kan jeg snakke med nogen uden at blive skrevet ind?")
    assert "neutralt sted" not in reply.text


@pytest.mark.parametrize("slug,text,offer", [
    ("vejle", "hvor længe varer den anonyme stofbehandling?", "anonym_stofbehandling"),
    ("skanderborg", "foregår det anonyme forløb for stoffer i en gruppe?", "anonym_stofbehandling"),
])
def test_the_anonymous_treatment_named_by_its_adjective(ask, slug, text, offer):
    reply = ask(slug, text)
    assert reply is not None and reply.offer_id == offer, reply and reply.text


def test_help_anonymously_for_a_grown_up_using_drugs_is_the_anonymous_treatment(ask):
    reply = ask("fredericia", "er 30 og sniffer coke i weekenden, kan man få hjælp uden at nogen ved det?")
    assert reply is not None and reply.offer_id == "anonym_ambulant_stofbehandling", reply and reply.text


def test_how_much_it_fills_a_week_asks_how_often():
    assert detect_aspects("hvor meget kommer det til at fylde i hans hverdag?")[:1] == [Aspect.FREQUENCY]
    assert detect_aspects("hvor meget tid tager det om ugen?")[:1] == [Aspect.FREQUENCY]
