"""Answers that are not about one offer."""

from core.answering.aspects import Aspect
from core.answering.general import compose_age, compose_foreign, compose_topic, compose_which
from core.answering.understand import understand
from tests.core.answering.conftest import NOW


def test_general_facts_answer_a_general_question(kb):
    answer = compose_topic(kb["fredericia"], understand("koster det noget"), Aspect.PRICE, NOW)
    assert answer.lines[0] == ("Behandlingen i Misbrugscentret er gratis – både for alkohol "
                               "og for stoffer.")


def test_consent_with_an_age_starts_with_the_offer_for_that_age(kb):
    q = understand("skal mine forældre give samtykke? jeg er 16")
    answer = compose_topic(kb["vejle"], q, Aspect.CONSENT, NOW)
    assert answer.lines[0].startswith("Når du er 16 år – Ambulant behandling af stofmisbrug "
                                      "for unge mellem 15-18 år: ")
    assert "samtykke" in answer.lines[0]


def test_silent_topic(kb):
    answer = compose_topic(kb["sonderborg"], understand("er der ventetid"),
                           Aspect.WAITING_TIME, NOW)
    assert answer.lines[0] == ("Det fremgår ikke af Indsatskatalog for Misbrugscenter "
                               "Sønderborg 2020, hvor lang ventetiden er.")
    assert not answer.found


def test_a_dated_general_fact_says_it_ended(kb):
    q = understand("får børn og unge i familier med rusmiddelproblemer samtaler?")
    answer = compose_topic(kb["skanderborg"], q, Aspect.RELATIVES, NOW)
    assert any("kørte til august 2025" in line for line in answer.lines)


def test_offers_for_an_age(kb):
    answer = compose_age(kb["sonderborg"], understand("hun er 12"), 12)
    assert answer.lines[0] == "Tilbud, der passer til en på 12 år:"
    assert "- Ungdomsrådgivning med op til tre samtaler (uden visitation) (fra 12 år til du " \
        "fylder 23)" in answer.lines


def test_no_offer_for_the_age(kb):
    answer = compose_age(kb["vejle"], understand("hun er 13"), 13)
    assert answer.lines[0].startswith("Det fremgår ikke af Vejle kvalitetsstandard 2024-2026")
    assert "fra 15 år" in answer.lines[1]


def test_another_municipalitys_offer(kb):
    answer = compose_foreign(kb["vejle"], kb["skanderborg"], kb["skanderborg"].offer("brus"))
    assert answer.lines[0] == ("BRUS er et tilbud i Skanderborg. Det står ikke i Vejle "
                               "kvalitetsstandard 2024-2026.")
    assert "Samtaler med børn til indskrevne voksne" in answer.lines[1]


def test_which_offer(kb):
    answer = compose_which(kb["sonderborg"], Aspect.FREQUENCY)
    assert answer.lines[0] == "Det afhænger af tilbuddet. Hvilket tilbud tænker du på?"
    assert "Introgruppe" in answer.lines[1] and not answer.found
