import pytest

from core.answering.retrieval import best_faq, best_offers, find_foreign_offer


@pytest.mark.parametrize("slug,text,offer_id", [
    ("vejle", "hvad er craft", "craft"),
    ("skanderborg", "fortæl om MOVE", "move"),
    ("skanderborg", "hvad er brus", "brus"),
    ("sonderborg", "hvad sker der i efterbehandlingsgruppen", "efterbehandlingsgruppe"),
    ("sonderborg", "hvem kan komme i vaerestedet lykken", "vaerestedet_lykken"),
    ("sonderborg", "ungdomsradgivning", "ungdomsraadgivning"),      # typo, no å
    ("fredericia", "hvad er vagten", "vagten"),
])
def test_offer_names_are_found(kb, slug, text, offer_id):
    assert best_offers(kb[slug].offers, text)[0].id == offer_id


@pytest.mark.parametrize("slug,text", [
    ("vejle", "hvornår har i åbent"), ("sonderborg", "kan jeg være anonym"),
])
def test_no_offer_in_plain_questions(kb, slug, text):
    assert best_offers(kb[slug].offers, text) == []


def test_compounds_sharing_a_suffix_do_not_match(kb):
    found = best_offers(kb["fredericia"].offers, "hvor lang tid varer doegnbehandling")
    assert all(o.id not in ("ungebehandlingen", "stoffri_dagbehandling") for o in found)


def test_foreign_offer_is_found_only_when_nothing_here_matches(kb):
    assert find_foreign_offer(kb, kb["sonderborg"], "hvad er CRAFT")[1].id == "craft"
    assert find_foreign_offer(kb, kb["vejle"], "hvad er CRAFT") is None


def test_faq_matches_a_paraphrase(kb):
    entry, score = best_faq(kb["skanderborg"], "hvis jeg får antabus er jeg så stadig anonym")
    assert score >= 90 and "antabus" in entry.answer.text.lower()
