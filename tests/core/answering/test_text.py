"""One spelling with or without æøå, Danish stems, compounds, slang."""

import pytest

from core.answering.text import (
    at_boundaries,
    compact_spans,
    content_words,
    normalise,
    skeleton,
    split_compound,
    stem,
    words,
)


@pytest.mark.parametrize("variants", [
    ("pårørende", "paarorende", "parorende", "paaroerende", "PÅRØRENDE"),
    ("værestedet", "vaerestedet", "varestedet"),
    ("døgnbehandling", "doegnbehandling", "dognbehandling"),
    ("hvornår", "hvornaar", "hvornar"),
])
def test_skeleton_is_one_spelling(variants):
    assert len({skeleton(v) for v in variants}) == 1


@pytest.mark.parametrize("forms", [
    ("gruppe", "gruppen", "grupper"), ("samtale", "samtaler", "samtalerne"),
    ("behandling", "behandlingen"), ("anonym", "anonyme"), ("forældre", "forældrene"),
    ("tilbud", "tilbuddet"),
])
def test_inflected_forms_share_a_stem(forms):
    assert len({stem(skeleton(f)) for f in forms}) == 1


def test_short_words_and_numbers_are_kept():
    assert stem("fra") == "fra" and stem("101a") == "101a"


def test_hyphenated_words_are_also_written_together():
    assert "forforlob" in words("før-forløb") and "for" in words("før-forløb")
    assert words("før-forløb", joined=False) == ["for", "forlob"]
    assert words("#mindrerus") == ["mindrerus"]


def test_compounds_split_into_known_words():
    known = {"samtale", "terapi", "hash", "behandling", "stof"}
    assert split_compound("samtaleterapi", known) == ["samtale", "terapi"]
    assert split_compound("hashbehandling", known) == ["hash", "behandling"]
    assert split_compound("stofbehandling", known) == ["stof", "behandling"]
    assert split_compound("kortord", known) == []


def test_phrases_match_at_word_boundaries_only():
    compact, starts, ends = compact_spans(["jeg", "vil", "have", "brus"])
    assert at_boundaries(compact, set(starts), set(ends), "brus")
    compact, starts, ends = compact_spans(["brusebad"])
    assert not at_boundaries(compact, set(starts), set(ends), "brus")


@pytest.mark.parametrize("text,expected", [
    ("Hvorlænge varer det", "hvor lange varer det"),
    ("hva koster det", "hvad koster det"),
    ("ka jeg ik bare komme", "kan jeg ikke bare komme"),
    ("hvor lang tid tar det", "hvor lang tid tager det"),
])
def test_normalise_undoes_slang(text, expected):
    assert normalise(text) == expected


def test_content_words_drop_small_words_and_numbers():
    assert content_words("hvad med den anonyme stofbehandling i 2025") == [
        "anonyme", "stofbehandling"]
