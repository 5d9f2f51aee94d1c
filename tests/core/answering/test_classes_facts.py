"""Failure class C: a thing asked that lives in no typed field leads with the fact that holds
it (FAQ answers, topic facts, offer facts; BM25 over their words). Own examples."""

from __future__ import annotations

import re

import pytest

from core.answering.lookup import fact_index, lookup
from tests.core.answering.conftest import first_line

FACTS = [
    ("skanderborg", "hvor meget er gavekortet på?", r"200 kr"),
    ("skanderborg", "hvor mange gavekort kan man få", r"gavekort"),
    ("skanderborg", "får man gavekort hvis man er i alkoholbehandling?", r"[Gg]avekort"),
    ("vejle", "skal man aflevere urinprøver?", r"Urinprøver"),
    ("fredericia", "er der en psykolog?", r"psykolog"),
    ("sonderborg", "hvilke faggrupper arbejder hos jer?", r"medarbejder|sygeplejerske|læge"),
    ("fredericia", "bruger i kognitiv terapi?", r"kognitiv"),
    ("vejle", "hvor udleveres metadon?", r"medicinudlevering"),
    ("skanderborg", "hvor lang tid har jeg til at klage over min medicin?", r"Patientklager"),
    ("vejle", "hvad er telefonnummeret til den anonyme stofbehandling?",
     r"Telefonnummeret til behandlingsstedet"),
    ("vejle", "skal jeg have en henvisning fra lægen?", r"henvisning"),
]


@pytest.mark.parametrize("slug,text,pattern", FACTS)
def test_classC_the_fact_with_the_word_asked_leads(ask, slug, text, pattern):
    reply = ask(slug, text)
    assert reply is not None and reply.confident
    # it leads, or the offer's own short description already says it right below its name
    assert re.search(pattern, first_line(reply)) or re.search(pattern, "\n".join(reply.text.splitlines()[:3])), \
        reply.text
    assert reply.text.splitlines()[-1].startswith("Kilde: ")


def test_classC_a_statement_or_a_common_word_finds_no_fact(kb):
    assert lookup(kb["vejle"], "hvad er forskellen på alkohol og stoffer") is None
    assert lookup(kb["vejle"], "hvad koster stofbehandling") is None


def test_classC_a_thing_asked_needs_a_fact_that_has_it(kb):
    for hit in fact_index(kb["skanderborg"]).search("skal man aflevere urinprøver?"):
        assert "rinprøve" in hit.text


def test_classC_complaints_without_a_thing_stay_with_the_intent_answers(ask):
    assert ask("vejle", "hvordan klager jeg") is None


def test_classC_a_substance_named_is_no_thing_asked(ask):
    assert ask("vejle", "er hash farligt?") is None


def test_classC_a_medicine_complaint_deadline_gets_both_facts(ask):
    lines = ask("skanderborg", "hvor lang tid har jeg til at klage over min medicin?"
                ).text.splitlines()
    assert "Patientklager" in lines[0] and re.search(r"4 uger|[Ff]risterne", " ".join(lines[:2]))


@pytest.mark.parametrize("slug,text,pattern", [
    ("skanderborg", "får man penge for at komme til samtalerne?", r"gavekort"),
    ("vejle", "hvad er nummeret til det anonyme tilbud i odense?", r"Telefonnummeret"),
    ("skanderborg", "hvor skal jeg klage hvis jeg er utilfreds med min medicin?",
     r"Patientklager"),
])
def test_classC_the_thing_in_other_words(ask, slug, text, pattern):
    assert re.search(pattern, ask(slug, text).text), ask(slug, text).text


def test_classC_which_residential_places(ask):
    assert "døgnsteder" in first_line(ask("vejle", "hvilke døgnbehandlingssteder bruger i?"))


def test_classC_no_fact_when_the_catalogue_does_not_say(ask):
    assert ask("fredericia", "hvor udleveres metadon?") is None


# A thing asked outranks an intent NLU guessed from other words ("arbejder" is no offer).
THING_OVER_INTENT = [
    ("sonderborg", "ask_methods", "hvilke slags fagfolk har I ansat?", r"sygeplejerske|læge|[Mm]edarbejder"),
    ("fredericia", "ask_methods", "hvilket personale er der ansat, fx sygeplejersker?", r"sygeplejersker"),
    ("vejle", "ask_offer_info", "hvor mange andre borgere går i efterbehandlingsgruppen ved alkohol?", r"8 borgere"),
]


@pytest.mark.parametrize("slug,intent,text,pattern", THING_OVER_INTENT)
def test_classC_the_thing_asked_outranks_a_guessed_intent(ask, slug, intent, text, pattern):
    reply = ask(slug, text, intent=intent)
    assert reply is not None and re.search(pattern, first_line(reply)), reply.text


def test_classC_a_long_offer_fact_is_cut_to_the_sentences_with_the_thing_asked(kb):
    hit = lookup(kb["vejle"], "kan man få lavet en netværksgruppe eller selvhjælpsgruppe bagefter?")
    assert hit is not None and hit.kind == "offer" and hit.line.count(".") < hit.text.count("."), hit
    assert "selvhjælpsgruppe" in hit.line


def test_classC_a_faq_answer_or_topic_fact_is_never_cut(kb):
    hit = lookup(kb["fredericia"], "hvordan klager man over et afslag, og hvad er fristen?")
    assert hit is not None and hit.kind != "offer" and hit.line == hit.text


def test_classC_a_detail_in_a_named_offers_facts_leads_when_only_an_age_is_said(ask):
    reply = ask("sonderborg", "jeg er 30 og går på lykken, hvornår kan man spise morgenmad der")
    assert re.search(r"08\.30-10\.00", first_line(reply)), reply.text


def test_classC_a_reward_for_showing_up_is_the_gift_card(ask):
    reply = ask("skanderborg", "får man noget for at møde op hos jer?")
    assert reply is not None and "gavekort" in reply.text.lower(), reply and reply.text


@pytest.mark.parametrize("slug,text,pattern", [
    ("skanderborg", "min datter er 16 og skal i stofbehandling, hvem træffer afgørelsen", r"Børnesocialrådgivningen"),
    ("skanderborg", "hvis min mor skal på døgnbehandling, hvem bestemmer så om hun kan komme af sted?",
     r"udvalg"),
])
def test_classC_who_decides_is_answered_by_the_fact_that_says_it(ask, slug, text, pattern):
    reply = ask(slug, text)
    assert reply is not None and re.search(pattern, reply.text.split("Kilde:")[0]), reply and reply.text


@pytest.mark.parametrize("slug,text,pattern", [
    ("sonderborg", "jeg vil ikke ringe, kan jeg skrive til jer i stedet?", r"mcs@sonderborg\.dk"),
    ("skanderborg", "kan man sms'e med nogen i BRUS i stedet for at snakke?", r"sms"),
])
def test_classC_writing_instead_of_talking(ask, slug, text, pattern):
    reply = ask(slug, text)
    assert reply is not None and re.search(pattern, reply.text.split("Kilde:")[0]), reply and reply.text


def test_classC_a_fact_with_more_of_the_questions_own_words_wins(ask):
    reply = ask("skanderborg", "mister jeg min anonymitet, hvis jeg tager antabus?")
    assert reply is not None and "anonym" in first_line(reply), reply and reply.text
