"""Failure classes of long and foreign messages, own examples: the question in a story,
ordinary words taken for a misspelt offer name, a professional asking for their role, and
English questions."""

from __future__ import annotations

import pytest

from core.answering.aspects import Aspect
from core.answering.sentences import asked_part, sentences
from core.answering.understand import understand
from core.language.english import gloss, looks_english


def test_sentences_keep_abbreviations_together():
    assert sentences("Han kommer kl. 8 i morgen. Er det ok?") == ["Han kommer kl. 8 i morgen", "Er det ok?"]


def test_the_question_of_a_story_is_its_question_sentences():
    story = ("Min søster er 30 og drikker hver dag. Hun har lovet at ringe til jer på mandag. "
             "Hvad slags hjælp kan hun få?")
    assert asked_part(story) == "Hvad slags hjælp kan hun få?"


def test_a_short_message_is_all_question():
    assert asked_part("jeg er 17. hvad koster det?") is None
    assert asked_part("Vi har ringet. Vi har skrevet. Vi har ventet.") is None  # no question at all


def test_story_words_are_not_the_detail_asked():
    q = understand("Min far drikker. Han har sagt at han vil ringe til jer i morgen. "
                   "Hvad kan han få af behandling?")
    assert Aspect.PHONE not in q.aspects


def test_a_worry_told_in_the_story_is_still_heard():
    q = understand("Jeg er pædagog. En dreng på 16 ryger hash og er bange for at hans forældre får det at vide. "
                   "Hvordan kommer han i gang?")
    assert Aspect.HOW_TO_START in q.aspects
    assert {Aspect.ANONYMITY, Aspect.CONSENT} & set(q.aspects)


def test_an_ordinary_word_is_no_misspelt_offer_name(kb):
    from core.answering.index import index_for
    ix = index_for(kb["skanderborg"])
    assert ix.names("hvilken slags behandling får min bror") == []
    # a real misspelling still finds the offer
    assert [oid for oid, _, _ in ix.names("hvad sker der i familiebehandlngen")][:1] == ["familieorienteret_behandling"]


def test_a_professional_asking_for_their_role_gets_their_offer(ask):
    reply = ask("sonderborg", "Jeg er personalechef. En kollega lugter af alkohol om morgenen. "
                              "Vi har talt med ham to gange. Kan I rådgive os som arbejdsplads?")
    assert reply is not None and reply.offer_id == "raadgivning_arbejdsgivere"


@pytest.mark.parametrize("text", ["is it free for my son?", "How long does the group last and how often?",
                                  "where is the centre, I'm 19"])
def test_english_is_recognised(text):
    assert looks_english(text)


@pytest.mark.parametrize("text", ["jeg er 17 og ryger hash", "hvad koster det", "er der en gruppe for pårørende?"])
def test_danish_is_left_alone(text):
    assert not looks_english(text) and gloss(text) == text


def test_english_is_read_in_the_catalogues_words(ask):
    glossed = gloss("how long does the family treatment last?")
    assert "hvor lang tid" in glossed and "how long" in glossed
    reply = ask("sonderborg", "my daughter is pregnant and smokes weed, do you have anything for pregnant women?")
    assert reply is not None and reply.offer_id == "gravide"


@pytest.mark.parametrize("text,profession", [("sagsbehandler her: har I noget for unge?", "caseworker"),
                                             ("Lærer her. Hvad kan I tilbyde?", "teacher")])
def test_a_role_said_as_a_signature_makes_a_professional(text, profession):
    from core.answering.text import normalise
    from core.answering.understand import Asker, find_asker
    assert find_asker(normalise(text)) == (Asker.PROFESSIONAL, profession)


def test_a_professional_passing_someone_on_gets_the_way_in(ask):
    reply = ask("sonderborg", "jeg er bostøtte. hvordan sender jeg en beboer videre til jer?")
    assert reply is not None and Aspect.HOW_TO_START in reply.question.aspects
    assert "henv" in reply.text.splitlines()[0] and reply.offer_id is None, reply.text


def test_med_det_samme_names_no_fact_about_the_same_course(ask):
    reply = ask("sonderborg", "kan min bror komme på døgnbehandling med det samme?")
    assert reply is not None and "samme forløb" not in reply.text, reply.text


def test_a_professional_describing_the_persons_need_gets_the_offer_for_it(ask):
    reply = ask("fredericia", "Jeg er bostøtte. En beboer med store varige handicap kan ikke rummes i den "
                              "almindelige misbrugsbehandling. Har I et særligt tilbud?")
    assert reply is not None and reply.offer_id == "akademiet", reply and reply.text


def test_withdrawal_described_gets_the_withdrawal_offer_not_the_course(ask):
    reply = ask("vejle", "Min bror sveder og ryster, når han prøver at stoppe med at drikke. "
                         "Kan han få hjælp hos jer?")
    assert reply is not None and reply.offer_id == "alko_afrusning", reply and reply.text
    assert "prøve" not in reply.text.splitlines()[0].lower()  # "prøver at" is trying, not a sample


@pytest.mark.parametrize("slug,text,expected", [
    ("fredericia", "Vi tror at en borger har psykiske problemer som ingen har undersøgt. Kan I screene ham?",
     "psykolog"),
    ("skanderborg", "Jeg er pædagog. En mor til et af vores børn er i behandling hos jer. Hvad gør I, hvis I bliver "
                    "bekymrede for barnet?", "underretningspligt"),
])
def test_a_professionals_worry_is_answered_by_the_fact_about_it(ask, slug, text, expected):
    reply = ask(slug, text)
    assert reply is not None and expected in reply.text.splitlines()[0], reply and reply.text


def test_an_offer_named_that_the_age_rules_out_yields_to_the_place_for_that_age(ask):
    reply = ask("vejle", "jeg er 31 og tager coke. jeg er for gammel til ungeafdelingen ik? hvor skal jeg så hen")
    assert reply is not None and "Horsensvej 35" in reply.text.splitlines()[0], reply and reply.text


def test_without_anyone_knowing_who_one_is_asks_anonymity():
    from core.answering.aspects import detect_aspects
    assert Aspect.ANONYMITY in detect_aspects("kan man komme i behandling uden at chefen ved hvem man er?")


def test_an_english_intro_course_is_the_intro_course(ask):
    reply = ask("fredericia", "my dad starts the intro course next week, how long is it?")
    assert reply is not None and reply.offer_id == "introkursus", reply and reply.text


def test_english_where_are_you_and_the_wait(ask):
    reply = ask("skanderborg", "hey, 21 and i smoke weed daily, i live in skanderborg. where are you located?")
    assert reply is not None and "Ole Lund Kirkegaards Stræde 2F" in reply.text
    reply = ask("vejle", "how long is the waiting time?")
    assert reply is not None and "14 dage" in reply.text


def test_where_one_lives_names_no_offer():
    from core.answering.understand import understand
    assert "bor" not in understand("jeg bor i Vejle og drikker for meget. hvad findes der?", None, None).offer_words
