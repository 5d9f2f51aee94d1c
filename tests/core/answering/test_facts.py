"""What the catalogue says about an offer when its own field for the aspect is empty."""

from core.answering.aspects import Aspect
from core.answering.facts import (
    age_range,
    fits_age,
    fitting_offers,
    offer_evidence,
    short_name,
    situation_fact,
    topic_facts,
)
from core.answering.understand import understand


def test_evidence_in_other_fields(kb):
    offer = kb["skanderborg"].offer("anonym_stofbehandling")
    found = offer_evidence(offer, Aspect.WAITING_TIME)
    assert "behandlingsgarantien" in found[0][0].lower() and "ikke" in found[0][0]


def test_group_or_alone_is_read_from_the_text(kb):
    found = offer_evidence(kb["vejle"].offer("craft"), Aspect.GROUP_OR_INDIVIDUAL)
    assert "alene" in found[0][0]


def test_general_price_facts_about_other_offers_are_left_out(kb):
    m = kb["sonderborg"]
    assert topic_facts(m, Aspect.PRICE, m.offer("anonym_stofbehandling")) == []
    assert topic_facts(m, Aspect.PRICE, m.offer("introgruppe")) == []


def test_a_general_fact_holds_for_an_offer_it_does_not_contradict(kb):
    m = kb["skanderborg"]
    facts = topic_facts(m, Aspect.PRICE, m.offer("paaroerendegruppe"))
    assert facts[0].fact.text == "Ambulant behandling på rusmiddelcentret er gratis."


def test_facts_about_another_kind_of_offer_are_left_out(kb):
    m = kb["vejle"]
    texts = [t.fact.text for t in topic_facts(m, Aspect.PRICE, m.offer("craft"), limit=9)]
    assert not any("øgnbehandling" in t or "medicin" in t for t in texts)


def test_general_facts_for_a_question_rank_by_its_words(kb):
    q = understand("kan jeg tage min mand med til samtalerne i alkoholbehandlingen")
    facts = topic_facts(kb["vejle"], Aspect.RELATIVES, None, q)
    assert facts[0].fact.text.startswith("I alkoholbehandlingen kan partner")


def test_a_rare_word_finds_a_general_fact(kb):
    m = kb["skanderborg"]
    q = understand("min søn har autisme og ryger hash")
    fact = situation_fact(m, q, [m.offer("paaroerende_til_unge")])
    assert "autisme" in fact.fact.text


def test_ages(kb):
    move = kb["skanderborg"].offer("move")
    assert fits_age(move, 15) and not fits_age(move, 13)
    assert fits_age(kb["vejle"].offer("craft"), 40) is True
    assert fits_age(kb["vejle"].offer("unge_15_18"), 18) is False   # "under 18"
    assert age_range(kb["vejle"].offer("unge_15_18")) == "fra 15 år til du fylder 18"
    assert fits_age(kb["vejle"].offer("visitation_udredning"), 40) is None
    assert [o.id for o in fitting_offers(kb["skanderborg"], 13)][:2] == [
        "ungeraadgivningen_raadgivning", "forloeb_13_14"]


def test_short_names():
    class Named:
        name = "CRAFT - pårørende til rusmiddelmisbrugende, der ikke er i behandling"
    assert short_name(Named) == "CRAFT"
    Named.name = "Åben rådgivning (uden visitation)"
    assert short_name(Named) == "Åben rådgivning"


def test_a_clock_time_after_kl_does_not_end_a_sentence():
    from core.answering.facts import sentences
    assert sentences("Der er morgenmad kl. 08.30-10.00. Alle er velkomne.") == [
        "Der er morgenmad kl. 08.30-10.00.", "Alle er velkomne."]
