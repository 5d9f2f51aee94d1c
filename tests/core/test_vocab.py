"""The shared vocabulary is tied to the knowledge schema: no category without a label."""

from __future__ import annotations

import importlib

import pytest

import core.knowledge.base as base
import core.language.vocab as vocab
from core.answering.builders import Question, answer_offers
from core.language.vocab import (
    CATEGORY_LABELS,
    CATEGORY_WORDS,
    RELATION_NOUNS,
    RELATIONS,
    check_covers_schema,
    spellings,
)
from core.triage.rules import RELATIONS as TRIAGE_RELATIONS


def test_every_schema_category_has_a_label_and_index_words():
    assert set(CATEGORY_LABELS) == set(base.CATEGORIES)
    assert set(CATEGORY_WORDS) == set(base.CATEGORIES)
    assert all(label.strip() for label in CATEGORY_LABELS.values())


def test_a_new_category_without_a_label_is_an_error():
    with pytest.raises(ValueError, match="missing \\['harm_reduction'\\]"):
        check_covers_schema(CATEGORY_LABELS, "CATEGORY_LABELS",
                            (*base.CATEGORIES, "harm_reduction"))


def test_a_new_category_fails_at_import(monkeypatch):
    monkeypatch.setattr(base, "CATEGORIES", (*base.CATEGORIES, "harm_reduction"))
    try:
        with pytest.raises(ValueError, match="harm_reduction"):
            importlib.reload(vocab)
    finally:
        monkeypatch.undo()
        importlib.reload(vocab)


def test_the_offer_list_names_every_offer(kb):
    for slug, m in kb.items():
        text = "\n".join(answer_offers(m, Question(intent="ask_offer_info")).lines)
        missing = [o.name for o in m.offers if o.name not in text]
        assert missing == [], slug


def test_one_relation_vocabulary_for_triage():
    assert set(RELATIONS) == set(TRIAGE_RELATIONS) == set(RELATION_NOUNS)
    seen = {}
    for relation, nouns in RELATION_NOUNS.items():
        for noun in nouns:
            assert noun not in seen, (noun, relation, seen.get(noun))
            seen[noun] = relation


def test_spellings_cover_the_ways_people_type():
    assert spellings("søn") == ("soen", "son")
    assert spellings("pårørende") == ("paaroerende", "parorende")
    assert spellings("ven") == ("ven",)
