"""Names, BM25 and the general facts' mentions on the real catalogues."""

import pytest

from core.answering.index import OfferIndex, index_for


def named(kb, slug, text):
    return [oid for oid, _, score in index_for(kb[slug]).names(text) if score >= 78]


def test_one_index_per_loaded_municipality(kb):
    assert OfferIndex.build(kb["vejle"]) is index_for(kb["vejle"])


@pytest.mark.parametrize("slug,text,offer", [
    ("vejle", "den anonyme stofbehandling", "anonym_stofbehandling"),
    ("vejle", "pårørende-kursus", "paarorendekursus"),
    ("vejle", "pårørendekurset", "paarorendekursus"),
    ("vejle", "efterbehandlingsgrupen", "alko_efterbehandling"),       # typo
    ("vejle", "substitusion", "stof_substitution"),                    # typo
    ("sonderborg", "førforløb", "foerforloeb_dagbehandling"),          # without the dash
    ("sonderborg", "mindre rus", "mindrerus"),
    ("sonderborg", "den åbne rådgivning", "aaben_raadgivning"),         # adjective form
    ("sonderborg", "vaerestedet", "vaerestedet_lykken"),                # no æ
    ("skanderborg", "døgnbehandling", "doegnbehandling"),
])
def test_names_in_their_many_forms(kb, slug, text, offer):
    assert named(kb, slug, text)[0] == offer


def test_a_correct_word_is_not_a_typo_of_another_name(kb):
    assert "dagbehandling" not in named(kb, "skanderborg", "døgnbehandling")


def test_common_words_are_weak_names(kb):
    assert named(kb, "sonderborg", "hvor mange gange om ugen er gruppen") == []
    assert named(kb, "vejle", "kan jeg være anonym") == []


def test_compounds_split_so_a_description_matches(kb):
    ix = index_for(kb["skanderborg"])
    terms = ix.query_terms(["samtaleterapi"])
    assert {"samtal", "terapi"} <= set(terms["samtaleterapi"])
    assert "stabiliserende_forloeb" in ix.bm25(terms)    # "samtalebehandling" -> samtale


def test_unknown_words_find_known_ones_by_their_beginning(kb):
    ix = index_for(kb["vejle"])
    scores = ix.bm25(ix.query_terms(["flex"]))
    assert list(scores) == ["alko_flexbehandling"]


def test_situation_words_count_as_one_query_word(kb):
    ix = index_for(kb["skanderborg"])
    terms = ix.query_terms(["hjem"], ["hjemmebesog", "udgaende", "naromrade"])
    assert set(terms) == {"hjem", "~situation"}
    score, coverage = ix.bm25(terms)["aaben_raadgivning"]
    assert coverage > 0.5


def test_general_facts_know_the_offers_they_name(kb):
    ix = index_for(kb["sonderborg"])
    fact = next(t for t in ix.facts_for(["price"]) if "injektionsudstyr" in t.fact.text)
    assert fact.mentions == {"injektionsudstyr"}


def test_a_phrase_many_offers_use_names_none_of_them(kb):
    ix = index_for(kb["skanderborg"])
    fact = next(t for t in ix.facts_for(["price"])
                if t.fact.text.startswith("Ambulant behandling på rusmiddelcentret"))
    assert fact.mentions == frozenset()


def test_the_centre_is_not_an_offer(kb):
    ix = index_for(kb["vejle"])
    assert "rusmiddelcent" in " ".join(ix.centre_words)
