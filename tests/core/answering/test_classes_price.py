"""Failure class G: the price of residential treatment leads with a price fact (gratis,
egenbetaling, kost og logi, rådighedsbeløb), not with network or consent facts. Own examples."""

from __future__ import annotations

import re

import pytest

from tests.core.answering.conftest import first_line

PRICE = r"gratis|Gratis|betal|kost og logi|egenbetaling|rådighed"
RESIDENTIAL = [
    ("vejle", "skal vi selv betale hvis vores søn kommer på døgnbehandling?"),
    ("skanderborg", "hvad koster døgnbehandling for stoffer"),
    ("sonderborg", "skal man selv betale for døgnbehandling"),
    ("skanderborg", "hvor meget skal jeg betale for at være på døgn"),
    ("vejle", "min mand skal på døgn, skal vi betale noget?"),
    ("vejle", "koster ringgården noget"),
]


@pytest.mark.parametrize("slug,text", RESIDENTIAL)
def test_classG_price_fact_leads(ask, slug, text):
    reply = ask(slug, text)
    assert reply.topic == "price"
    assert re.search(PRICE, first_line(reply)), reply.text


def test_classG_residential_words_rank_the_residential_price_first(ask):
    line = first_line(ask("skanderborg", "hvor meget skal jeg betale for at være på døgn"))
    assert "døgn" in line and "Ambulant" not in line


def test_classG_no_gift_card_for_a_residential_price(ask):
    assert "gavekort" not in ask("skanderborg", "hvor meget skal jeg betale på døgn").text


def test_classG_follow_up_price_stays_with_the_residential_offer(ask):
    reply = ask("vejle", "skal vi selv betale?",
                context={"offer_id": "stof_doegnbehandling", "topic": "overview"})
    assert reply.offer_id == "stof_doegnbehandling"
    assert "kost og logi" in first_line(reply)
