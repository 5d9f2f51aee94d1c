"""Failure class D: an age with an offer named leads with the offer's age rule when the age
does not fit, then what fits that age. Own examples."""

from __future__ import annotations

import pytest

from core.answering.text import normalise
from core.answering.understand import find_ages

AGES = [
    ("vejle", "er 17 kan jeg få anonym stofbehandling", "fra 18 år", "15-18"),
    ("vejle", "jeg er 16, kan jeg komme i craft?", "fra 18 år", None),
    ("skanderborg", "jeg er 12 kan jeg få MOVE", "fra 15 år", "Individuelt tilrettelagt"),
    ("sonderborg", "min søn er 15 kan han komme i dagbehandling", "fra 18 år",
     "Ungdomsrådgivning"),
]


@pytest.mark.parametrize("slug,text,rule,fits", AGES)
def test_classD_age_rule_leads(ask, slug, text, rule, fits):
    lines = ask(slug, text).text.splitlines()
    assert rule in lines[0] and "passer ikke" in lines[0], lines
    if fits:
        assert lines[1].startswith("Til en på") and fits in lines[1], lines


def test_classD_an_age_at_the_start_without_a_subject():
    assert find_ages(normalise("er 17 kan jeg få hjælp")) == (17,)
    assert find_ages(normalise("er 3 gange nok")) == ()


def test_classD_a_relative_too_young_is_not_offered_treatment(ask):
    text = ask("vejle", "jeg er 16, kan jeg komme i craft?").text
    assert "stofmisbrug for unge" not in text


def test_a_parent_asking_what_exists_for_a_child_that_young_gets_the_offers_for_the_age(ask):
    # Words like "fuld" or "gange" match some offer's text; the child's age decides instead.
    reply = ask("skanderborg", "min pige er 13 og har drukket sig fuld et par gange. "
                               "findes der noget for så unge?")
    assert reply.text.startswith("Tilbud, der passer til en på 13 år")
    assert "forloeb_13_14" in reply.offer_ids


def test_no_offer_with_an_age_field_keeps_the_offer_that_says_it_in_words(ask):
    # Fredericia's youth treatment says "unge under 18" in words, not as age fields: it is
    # answered, not "no offer fits a 15-year-old".
    reply = ask("fredericia", "min søn er 15 og ryger hash. er der noget for så unge hos jer?")
    assert "under 18" in reply.text and "Det fremgår ikke" not in reply.text


def test_ages_said_in_words_count():
    from core.answering.general import says_age
    assert says_age("unge under 18 år", 17) and not says_age("unge under 18 år", 18)
    assert says_age("unge på 18-25 år", 25) and not says_age("unge på 18-25 år", 26)
    assert says_age("børn fra 12 år", 12) and not says_age("børn fra 12 år", 11)
    assert not says_age("et forløb på 12 uger", 12)


def test_an_age_only_said_in_words_is_not_a_false_silence(ask):
    text = ask("fredericia", "jeg er 17, kan jeg overhovedet få hjælp hos jer?").text
    assert text.startswith("Tilbud, der passer til en på 17 år") and "Ungebehandlingen" in text


def test_a_grown_up_hears_which_offers_have_no_age_limit(ask):
    text = ask("fredericia", "jeg er 44, er der noget for mig?").text
    assert text.startswith("Kataloget sætter ingen aldersgrænse") and "Åben anonym rådgivning" in text
