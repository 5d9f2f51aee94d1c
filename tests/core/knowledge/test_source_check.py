"""Every number, time, phone number and e-mail in knowledge/ occurs in its source."""

import dataclasses

import pytest

from core.knowledge.base import Fact
from core.knowledge.source_check import check_municipality, index_document, unverified_tokens
from tests.conftest import CATALOGUE_DIR

MUNICIPALITIES = ("sonderborg", "fredericia", "skanderborg", "vejle")


@pytest.mark.parametrize("slug", MUNICIPALITIES)
def test_every_fact_is_verified_against_its_catalogue(kb, slug):
    assert check_municipality(kb[slug], CATALOGUE_DIR) == []


@pytest.mark.parametrize("slug", MUNICIPALITIES)
def test_every_fact_cites_its_own_municipalitys_document(kb, slug):
    m = kb[slug]
    assert {fact.document for _, fact in m.all_facts()} == {m.document}


def _doc():
    return index_document(CATALOGUE_DIR / "vejle-kvalitetsstandard-2024-2026.txt")


@pytest.mark.parametrize("text,missing", [
    ("Ring på 76 81 90 00", []),
    ("Ring på 7681 9000", []),
    ("Ring på 12 34 56 78", ["12 34 56 78"]),
    ("Skriv til rusmiddel@vejle.dk", []),
    ("Skriv til info@vejle.dk", ["info@vejle.dk"]),
    ("Forløbet varer 12 uger", []),
    ("Forløbet varer 97 uger", ["97"]),
    ("Åbent kl. 23.45", ["23.45"]),
])
def test_unverified_tokens(text, missing):
    assert unverified_tokens(text, _doc()) == missing


def test_a_wrong_number_in_the_knowledge_base_is_caught(kb):
    m = kb["vejle"]
    offer = m.offers[0]
    bad_summary = Fact(source=offer.summary.source, text="Det varer 99 uger.")
    bad_offer = dataclasses.replace(offer, facts={**offer.facts, "summary": bad_summary})
    bad = dataclasses.replace(m, offers=(bad_offer, *m.offers[1:]))
    assert any("'99' does not occur" in p for p in check_municipality(bad, CATALOGUE_DIR))


def test_a_section_that_is_not_in_the_document_is_caught(kb):
    m = kb["vejle"]
    offer = m.offers[0]
    bad_summary = Fact(source=f"{m.document} §Kapitel om noget andet", text="Tekst.")
    bad_offer = dataclasses.replace(offer, facts={**offer.facts, "summary": bad_summary})
    bad = dataclasses.replace(m, offers=(bad_offer, *m.offers[1:]))
    assert any("section 'Kapitel om noget andet' does not occur" in p
               for p in check_municipality(bad, CATALOGUE_DIR))
