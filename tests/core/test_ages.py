"""The one age reader (core.language.ages): what counts as an age, whose it is, and 'snart'."""

from __future__ import annotations

import pytest

from core.language.ages import (
    ADULT_AGE,
    DEFAULT_YOUTH_TOP,
    ages,
    first_age,
    other_age,
    stated_ages,
    writer_age,
    youth_top_age,
)


@pytest.mark.parametrize("text,age", [
    ("jeg er 14", 14), ("er 14", 14), ("14 år", 14), ("14-årig", 14), ("en 14 årig", 14),
    ("han er fjorten", 14), ("jeg er fjorten år", 14), ("14 år gammel", 14),
    ("I am 19", 19), ("i'm 19", 19), ("19 years old", 19),
    # a birthday still to come: the age today is one less
    ("jeg fylder 16", 15), ("jeg bliver 16 til sommer", 15), ("jeg er snart 16", 15),
    ("næsten 18", 17), ("jeg er næsten 18", 17), ("jeg er naesten 18", 17), ("lige under 18", 17),
    # a birthday that has come
    ("jeg fylder 16 i dag", 16), ("jeg har lige fyldt 16", 16), ("jeg er lige blevet 18", 18),
])
def test_one_reading_of_each_phrasing(text, age):
    assert first_age(text) == age


@pytest.mark.parametrize("text", [
    "2 samtaler", "kl. 15", "vi har 2 samtaler kl. 15", "han er 3 gange om ugen i gruppen",
    "behandling for over 18 år", "unge under 25 år", "jeg har drukket i 10 år",
    "for 10 år siden", "uge 42", "jeg er en mor", "jeg er bekymret", "det koster 50 kr",
])
def test_numbers_that_are_not_ages(text):
    assert ages(text) == ()


@pytest.mark.parametrize("text,writer,other", [
    ("min søn på 16", None, 16), ("jeg er 40 og min søn på 16 ryger", 40, 16),
    ("min mor drikker, jeg er 12", 12, None), ("jeg fylder 18 og min kæreste er 20", 17, 20),
    ("min datter fylder 15", None, 14), ("er 17 kan jeg få hjælp", 17, None),
])
def test_the_writers_age_and_the_other_persons(text, writer, other):
    assert (writer_age(text), other_age(text)) == (writer, other)


def test_all_three_former_readers_now_agree():
    from core.answering.text import normalise
    from core.answering.understand import find_ages
    from core.triage.parse import extract_facts, parse_answer
    for text, age in [("jeg fylder 16", 15), ("jeg er næsten 18", 17), ("jeg er 14", 14),
                      ("jeg er fjorten år", 14)]:
        assert find_ages(normalise(text)) == (age,)
        assert first_age(text) == age
        assert parse_answer("user_age", text).value == (age, age)
        assert extract_facts(text, asker_hint="self")["user_age"] == (age, age)


def test_positions_are_kept_in_order():
    assert [a.age for a in stated_ages("min søn på 16 og jeg er 45")] == [16, 45]


def test_the_youth_ages_come_from_the_youth_offers(kb):
    # Vejle: "unge 18-25" ends before 25; Skanderborg's youth offers take people up to 29
    assert youth_top_age(kb["vejle"]) == 24
    assert youth_top_age(kb["skanderborg"]) == 29
    # Fredericia's youth offers give no upper age: "unge under 25" (serviceloven § 101)
    assert youth_top_age(kb["fredericia"]) == DEFAULT_YOUTH_TOP == 24
    assert ADULT_AGE == 18


@pytest.mark.parametrize("text,expected", [
    ("hvor skal jeg hen? er 22 og drikker for meget", (22,)),
    ("hey er 15 og ryger", (15,)),
    ("kan jeg komme? er 17", (17,)),
    ("hvad koster det? er 4 af os der vil", ()),
    ("klokken er 16 og jeg har fri", ()),
])
def test_a_bare_er_n_after_a_sentence_or_greeting_is_the_writer_s_age(text, expected):
    assert ages(text) == expected


def test_the_writer_described_before_the_age_is_the_writer():
    assert writer_age("jeg er en voksen datter på 40 og min far drikker") == 40
    assert writer_age("I am a mum of 45") == 45


def test_a_text_about_other_ages_is_told_from_one_about_this_age():
    from core.language.ages import names_other_ages

    assert names_other_ages("Unge på 13-14 år får et særligt forløb.", 16)
    assert not names_other_ages("Unge på 13-17 år kan få stofbehandling.", 16)
    assert not names_other_ages("Alle kan få rådgivning.", 16)
